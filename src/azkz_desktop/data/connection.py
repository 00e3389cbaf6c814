"""Opening a relations database: read-only and defensively, with its schema checked before anything is read.

A database opened with `--db` may come from anyone, so it is opened read-only by URI, with `query_only`,
`trusted_schema` off, no extension loading and SQLite's defensive mode where Python offers it. Every
SQLite error afterwards becomes a DatabaseError naming the file, so the UI never sees sqlite3.
"""

from __future__ import annotations

import contextlib
import gc
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from azkz_desktop.data.errors import (
    DatabaseCorrupt,
    DatabaseNotAFile,
    DatabaseNotFound,
    EmptyDatabaseFile,
    MissingTables,
    NewerSchemaVersion,
    NotADatabase,
    OlderSchemaVersion,
    WrongSchema,
)
from azkz_desktop.data.read_only import connect_without_writing
from azkz_desktop.data.schema import REQUIRED_COLUMNS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
# What one value or one statement may cost: a hostile file meets a clear error, not a swap storm.
LIMITS = {
    "SQLITE_LIMIT_LENGTH": 256_000_000,
    "SQLITE_LIMIT_SQL_LENGTH": 1_000_000,
    "SQLITE_LIMIT_COLUMN": 200,
    "SQLITE_LIMIT_EXPR_DEPTH": 200,
    "SQLITE_LIMIT_COMPOUND_SELECT": 20,
    "SQLITE_LIMIT_ATTACHED": 0,
    "SQLITE_LIMIT_TRIGGER_DEPTH": 1,
}
QUERY_SECONDS = 60.0  # one query running longer is stopped: no real question takes a tenth of that


def decode_text(data: bytes) -> str:
    """SQLite text as str; bytes that are not UTF-8 become U+FFFD instead of failing the whole query."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace")


def limit_connection(connection: sqlite3.Connection) -> None:
    """Cap sizes with SQLite's limits and stop any single query that runs for more than QUERY_SECONDS."""
    if hasattr(connection, "setlimit"):
        for name, value in LIMITS.items():
            if hasattr(sqlite3, name):
                connection.setlimit(getattr(sqlite3, name), value)
    started = [time.monotonic()]

    def runaway() -> int:
        return int(time.monotonic() - started[0] > QUERY_SECONDS)

    connection.set_trace_callback(lambda _statement: started.__setitem__(0, time.monotonic()))
    connection.set_progress_handler(runaway, 200_000)


def restart_clock(connection: sqlite3.Connection) -> None:
    """Start QUERY_SECONDS afresh for a query read in chunks (an export that streams a million rows):
    the clock restarts with each statement run, as this trivial one is."""
    connection.execute("SELECT 1")


def connect_read_only(path: Path) -> sqlite3.Connection:
    connection = connect_without_writing(path, str(path))  # nothing is created beside the file
    connection.text_factory = decode_text
    limit_connection(connection)
    if hasattr(connection, "setconfig") and hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):
        connection.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    if hasattr(connection, "enable_load_extension"):
        connection.enable_load_extension(False)
    connection.execute("PRAGMA query_only = ON")
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def open_checked(path: str | Path) -> tuple[sqlite3.Connection, str]:
    """Open `path` read-only and check that it is a relations database this app can read."""
    path = Path(path)
    shown = str(path)
    if not path.exists():
        raise DatabaseNotFound(shown, "no such file")
    if path.is_dir():
        raise DatabaseNotAFile(shown, "this is a folder, not a database file")
    if not path.is_file():
        raise DatabaseNotAFile(shown, "this is not a regular file (a pipe, a device or a socket)")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseNotFound(shown, f"cannot be read ({error.strerror})") from None
    if not header:
        raise EmptyDatabaseFile(shown, "the file is empty (zero bytes)")
    if header != SQLITE_HEADER:
        raise NotADatabase(shown, "this is not an SQLite database")
    try:
        connection = connect_read_only(path)
        _check_schema(connection, shown)
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(shown, f"the database is damaged ({error})") from None
    return connection, shown


def _check_schema(connection: sqlite3.Connection, shown: str) -> None:
    tables = {
        name: {row[1] for row in connection.execute(f"PRAGMA table_info({quote_identifier(name)})")}
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if "meta" not in tables:
        raise WrongSchema(shown, "this SQLite database is not a relations database (no meta table)")
    version_row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        version = int(version_row[0]) if version_row else None
    except (TypeError, ValueError):
        version = None
    if version is None:
        raise WrongSchema(shown, "the meta table has no valid schema_version")
    if version < SCHEMA_VERSION:
        raise OlderSchemaVersion(
            shown, f"schema version {version} is older than the version this app reads ({SCHEMA_VERSION})"
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaVersion(
            shown,
            f"schema version {version} is newer than the version this app reads ({SCHEMA_VERSION});"
            " a newer azkz-desktop is needed",
        )
    for table, columns in REQUIRED_COLUMNS.items():
        if table not in tables:
            raise MissingTables(shown, f"the table {table!r} is missing")
        missing = [column for column in columns if column not in tables[table]]
        if missing:
            raise MissingTables(shown, f"the table {table!r} lacks the columns {', '.join(missing)}")


def quote_identifier(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while reading many rows.

    Reading creates hundreds of thousands of tuples that cannot form cycles; the collector would walk
    them again and again (a third of the time at a million rows).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class DatabaseConnection:
    """One open database file: its connection, the rows read from it, and what had to be skipped."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._connection = connection
        self.path = path
        # Rows that could not be read (a date that does not parse, say): skipped and reported, not fatal.
        self.skipped_rows: list[str] = []

    def close(self) -> None:
        self._connection.close()

    def _rows(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._damage_reported():
            cursor = self._connection.execute(sql, parameters)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    @contextlib.contextmanager
    def _damage_reported(self) -> Iterator[None]:
        """Turn SQLite's errors into a DatabaseError naming this file: the UI never sees sqlite3."""
        try:
            yield
        except sqlite3.OperationalError as error:
            if str(error) == "interrupted":
                raise DatabaseCorrupt(
                    self.path, f"a query ran for more than {QUERY_SECONDS:.0f} s and was stopped"
                ) from None
            raise DatabaseCorrupt(self.path, f"the database is damaged ({_short(error)})") from None
        except sqlite3.DatabaseError as error:
            raise DatabaseCorrupt(self.path, f"the database is damaged ({_short(error)})") from None

    def _skip(self, problem: str) -> None:
        if problem not in self.skipped_rows:
            self.skipped_rows.append(problem)


def _short(error: Exception, limit: int = 200) -> str:
    """An error message on one line and of bounded length: some quote a whole value."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
