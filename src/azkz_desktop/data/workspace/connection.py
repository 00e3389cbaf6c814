"""Opening the workspace file defensively and writing to it durably.

The workspace is the one database the app writes, and what is in it exists nowhere else. So: WAL with
synchronous=FULL (a committed change survives a power cut), every change one BEGIN IMMEDIATE transaction
(a second process waits for the write lock instead of failing half-way), a busy timeout plus a retry loop
(no "database is locked" reaches the user), and an integrity check at every open. A file that fails it is
renamed aside with its -wal and -shm, never deleted; a file that is not ours is never touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from azkz_desktop.data.workspace.errors import (
    NotAWorkspace,
    WorkspaceBusy,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceWriteFailed,
)

T = TypeVar("T")
SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id of every workspace ("AZKW"): tells our file from any other SQLite database.
APPLICATION_ID = 0x415A4B57
BUSY_TIMEOUT_MS = 5_000
RETRY_SECONDS = 30.0
COMPANIONS = ("-wal", "-shm")
PROBLEMS_SHOWN = 3  # of an integrity check's findings, in a message


def utc_now() -> str:
    """A timestamp that sorts as text: every `updated` column holds one."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def header_application_id(path: Path) -> int | None:
    """The application id in the file's header, or None when the file is not an SQLite database."""
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[68:72], "big")


def connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN ourselves) with the bundled database's defences."""
    mode = "ro" if read_only else "rwc"
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    if hasattr(connection, "setconfig") and hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):
        connection.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    if hasattr(connection, "enable_load_extension"):
        connection.enable_load_extension(False)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if read_only:
        connection.execute("PRAGMA query_only = ON")
    return connection


def is_empty_database(connection: sqlite3.Connection) -> bool:
    return bool(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0)


def stored_application_id(path: Path) -> tuple[int | None, bool]:
    """(application id, has tables) of an SQLite file; (None, False) when it is not SQLite at all.

    The header alone is not enough: in WAL mode a new file's id may still sit in the -wal file.
    """
    application_id = header_application_id(path)
    if application_id is None:
        return None, False
    # A writer killed mid-transaction leaves a hot journal that only a writable connection rolls back
    # (as any SQLite client would); the file's own content is not changed by that.
    recovering = any(path.with_name(path.name + suffix).exists() for suffix in ("-journal", "-wal"))
    for read_only in (True, False) if recovering else (True,):
        try:
            connection = connect(path, read_only=read_only)
            try:
                application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
                return application_id, not is_empty_database(connection)
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            continue
    return application_id, True  # unreadable: only our own id in the header makes it ours


def check_ours(path: Path) -> bool:
    """True when `path` holds a workspace, False when it is new (missing, empty or a blank SQLite file).

    Raises NotAWorkspace for anything else: that file is somebody else's and is left untouched.
    """
    shown = str(path)
    if not path.exists():
        return False
    if not path.is_file():
        raise NotAWorkspace(shown, "this is a folder, not a workspace file")
    try:
        if path.stat().st_size == 0:
            return False
        application_id, has_tables = stored_application_id(path)
    except OSError as error:
        raise NotAWorkspace(shown, f"cannot be read ({error.strerror})") from None
    if application_id is None:
        raise NotAWorkspace(shown, "this is not an azkz-desktop workspace (not an SQLite database)")
    if application_id == APPLICATION_ID:
        return True
    if application_id == 0 and not has_tables:
        return False  # a blank database (a first open killed before its first commit) is ours to fill
    raise NotAWorkspace(shown, "this SQLite database is not an azkz-desktop workspace; it was not changed")


def integrity_problem(connection: sqlite3.Connection) -> str | None:
    """SQLite's integrity check in one line, or None when the file is sound."""
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows == [("ok",)]:
        return None
    # SQLite may give one row per problem or all of them in one row, one a line, under a heading.
    lines = [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("*** in database")
    ] or ["unknown damage"]
    shown = "; ".join(lines[:PROBLEMS_SHOWN])
    more = len(lines) - PROBLEMS_SHOWN
    return shown + (f" (and {more} more)" if more > 0 else "")


def set_aside(path: Path) -> Path:
    """Rename a damaged workspace (and its -wal and -shm) with a timestamp; return the new name."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    path.rename(target)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def damaged(path: Path, problem: str) -> WorkspaceDamaged:
    """Set the file aside and say so; the next open starts a new, empty workspace."""
    try:
        moved: Path | None = set_aside(path)
    except OSError as error:
        return WorkspaceDamaged(
            str(path),
            f"the workspace is damaged ({problem}) and could not be set aside ({error.strerror})",
            detail=problem,
        )
    return WorkspaceDamaged(
        str(path),
        f"the workspace is damaged ({problem}); it was kept as {moved}, not deleted,"
        " and the next open starts a new, empty workspace",
        set_aside=moved,
        detail=problem,
    )


def write_failure(path: Path, error: sqlite3.Error) -> WorkspaceWriteFailed:
    """Say in words why a change could not be saved; it was rolled back, so nothing half is left."""
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error)
    if code == sqlite3.SQLITE_FULL or "full" in text:
        reason = "the disk is full"
    elif code == sqlite3.SQLITE_READONLY or "readonly" in text:
        reason = "the file or its folder is read-only"
    else:
        reason = f"the disk refused the write ({text})"
    return WorkspaceWriteFailed(
        str(path), f"the change could not be saved: {reason}; nothing saved before is lost"
    )


def is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error)


class WorkspaceConnection:
    """One connection to a workspace: reads, and writes that are whole transactions or nothing."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    def close(self) -> None:
        self.connection.close()

    def rows(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[object, ...]]:
        """The rows of one query; a read never waits on a writer in WAL mode."""
        return self._retrying(lambda: self.connection.execute(sql, parameters).fetchall(), reading=True)

    def write(self, change: Callable[[sqlite3.Connection], T]) -> T:
        """Run `change` in one BEGIN IMMEDIATE transaction, retried while another process writes."""
        return self._retrying(lambda: self._transaction(change))

    def _transaction(self, change: Callable[[sqlite3.Connection], T]) -> T:
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            result = change(connection)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            raise
        return result

    def _retrying(self, attempt: Callable[[], T], reading: bool = False) -> T:
        deadline = time.monotonic() + RETRY_SECONDS
        delay = 0.01
        while True:
            try:
                return attempt()
            except sqlite3.OperationalError as error:
                if not is_busy(error):
                    raise self._failure(error, reading) from None
                if time.monotonic() > deadline:
                    raise WorkspaceBusy(
                        str(self.path), "another program kept the workspace locked; the change was not saved"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.2)
            except sqlite3.DatabaseError as error:
                raise self._failure(error, reading) from None

    def _failure(self, error: sqlite3.Error, reading: bool) -> WorkspaceError:
        code = getattr(error, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_CORRUPT or "malformed" in str(error):
            return WorkspaceDamaged(
                str(self.path), f"the workspace is damaged ({error}); it is checked again when next opened"
            )
        if reading:
            return WorkspaceError(str(self.path), f"the workspace could not be read ({error})")
        return write_failure(self.path, error)
