"""The checks behind `check` that look for what would trip the window or the export up.

They run on a connection of their own that returns text as bytes, so that a value which is not UTF-8 is
found and named rather than failing the query; large values are compared inside SQLite (substr) and never
fetched more than once.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from azkz_desktop.data.connection import limit_connection
from azkz_desktop.data.database import MAX_DAY, MIN_DAY
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.read_only import connect_without_writing

MAX_SOURCES_PER_EVENT = 1_000  # more sources on one event than any real one has
TRADE_YEARS = (1900, 2100)
MAX_AMOUNT = 1e9  # USD millions
SHOWN = 60  # characters of a record's key quoted in a message
Check = Callable[[sqlite3.Connection], Iterator[str]]


def connect_raw(path: Path) -> sqlite3.Connection:
    """Read-only, with text as bytes; no query_only, so that a temporary table can inspect an index."""
    connection = connect_without_writing(Path(path), str(path))  # nothing is created beside the file
    connection.text_factory = bytes
    limit_connection(connection)
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def name(value: object) -> str:
    """A record's key for a message: decoded, on one line, cut short."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = repr(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…'"


def _tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%'"
    ).fetchall()
    return [row[0].decode("utf-8", "replace") for row in rows]


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1].decode("utf-8", "replace") for row in connection.execute(f'PRAGMA table_info("{table}")')]


def encoding_problems(connection: sqlite3.Connection) -> Iterator[str]:
    """Every text value, in every table, that is not valid UTF-8 (one value in memory at a time)."""
    for table in _tables(connection):
        names = _columns(connection, table)
        key = "id" if "id" in names else ("event_id" if "event_id" in names else "rowid")
        for column in names:
            cursor = connection.execute(
                f'SELECT "{key}" AS k, "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
            )
            for record, value in cursor:
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError as error:
                    yield f"{table} {name(record)}: {column} is not valid UTF-8 (at byte {error.start})"


def day_problems(connection: sqlite3.Connection) -> Iterator[str]:
    """Day numbers of the wrong type, out of range, reversed, or not the days of the event's date."""
    rows = connection.execute('SELECT id, start, "end", first_day, last_day FROM events')
    for record, start, end, first, last in rows:
        label = f"event {name(record)}"
        numbers = {"first_day": first, "last_day": last}
        bad = [column for column, value in numbers.items() if type(value) is not int]
        if bad:
            yield f"{label}: {bad[0]} is {type(numbers[bad[0]]).__name__}, not an integer day number"
            continue
        wrong = [column for column, value in numbers.items() if not MIN_DAY <= value <= MAX_DAY]
        if wrong:
            yield f"{label}: {wrong[0]} {numbers[wrong[0]]} is not a day between year 1 and 9999"
            continue
        if last < first:
            yield f"{label}: last_day is before first_day"
            continue
        try:
            span = DateSpan.parse(start.decode(), end.decode() if end else None)
        except (AttributeError, UnicodeDecodeError, ValueError):
            continue  # the date itself is reported by the date check
        if (span.first_day().toordinal(), span.last_day().toordinal()) != (first, last):
            yield f"{label}: first_day and last_day are not the days of its date"


def _query(connection: sqlite3.Connection, sql: str, message: str) -> Iterator[str]:
    for row in connection.execute(sql):
        yield message.format(*(name(value) for value in row))


def reference_problems(connection: sqlite3.Connection) -> Iterator[str]:
    """Links to records that do not exist, twins under one id, people without a name, no categories."""
    if connection.execute("SELECT count(*) FROM categories WHERE typeof(id) = 'text'").fetchone()[0] == 0:
        yield "categories: there are none; every event needs one"
    for table in ("events", "documents", "categories", "people"):
        yield from _query(
            connection,
            f"SELECT id, count(*) FROM {table} GROUP BY id HAVING count(*) > 1 LIMIT 50",
            f"{table} {{0}}: the id is used {{1}} times",
        )
    checks = (
        (
            "SELECT id, category FROM events WHERE category NOT IN (SELECT id FROM categories)",
            "event {0}: category {1} does not exist",
        ),
        (
            "SELECT event_id, document_id FROM event_sources"
            " WHERE document_id NOT IN (SELECT id FROM documents)",
            "event {0}: source document {1} does not exist",
        ),
        (
            "SELECT event_id, related_id FROM event_links"
            " WHERE related_id NOT IN (SELECT id FROM events) OR event_id NOT IN (SELECT id FROM events)",
            "event {0}: the link to {1} leads nowhere",
        ),
        (
            "SELECT event_id, person_id FROM event_people"
            " WHERE person_id NOT IN (SELECT id FROM people) OR event_id NOT IN (SELECT id FROM events)",
            "event {0}: person {1} does not exist",
        ),
        (
            "SELECT id, typeof(name) FROM people WHERE typeof(name) <> 'text'",
            "person {0}: name is {1}, not text",
        ),
        (
            "SELECT event_id, count(*) FROM event_sources GROUP BY event_id"
            f" HAVING count(*) > {MAX_SOURCES_PER_EVENT}",
            "event {0}: {1} sources, more than any real event has",
        ),
    )
    for sql, message in checks:
        yield from _query(connection, sql + " LIMIT 50", message)


def trade_problems(connection: sqlite3.Connection) -> Iterator[str]:
    low, high = TRADE_YEARS
    yield from _query(
        connection,
        "SELECT id, year FROM trade WHERE typeof(year) = 'integer'"
        f" AND year NOT BETWEEN {low} AND {high} LIMIT 50",
        f"trade {{0}}: the year {{1}} is outside {low}–{high}",
    )
    for column in ("exports_musd", "imports_musd", "turnover_musd", "growth_pct"):
        yield from _query(
            connection,
            f"SELECT id, {column} FROM trade WHERE typeof({column}) IN ('integer', 'real')"
            f" AND NOT abs({column}) < {MAX_AMOUNT} LIMIT 50",
            f"trade {{0}}: {column} {{1}} is not a plausible amount",
        )
    yield from _query(
        connection,
        "SELECT id, typeof(turnover_musd) FROM trade_targets"
        " WHERE typeof(turnover_musd) NOT IN ('integer', 'real')"
        f" OR NOT abs(turnover_musd) < {MAX_AMOUNT} LIMIT 50",
        "trade target {0}: turnover_musd is {1}, not a plausible amount",
    )
    yield from _query(
        connection,
        "SELECT id, typeof(stated) FROM trade_targets WHERE typeof(stated) <> 'text' LIMIT 50",
        "trade target {0}: stated is {1}, not text",
    )


QUOTED = """
    SELECT {owner}, {record}, typeof(s.char_start), typeof(s.char_end), s.char_start, s.char_end,
           typeof(s.quote) = 'text' AND typeof(s.char_start) = 'integer' AND typeof(s.char_end) = 'integer'
             AND s.char_start >= 0 AND s.char_end > s.char_start
             AND substr(d.text, s.char_start + 1, s.char_end - s.char_start) = s.quote
    FROM {table} s JOIN documents d ON d.id = s.document_id WHERE s.quote IS NOT NULL"""


def quote_problems(connection: sqlite3.Connection) -> Iterator[str]:
    """Quotes that do not stand in their documents, compared inside SQLite: a text is never fetched."""
    for owner, record, table in (
        ("'event'", "s.event_id", "event_sources"),
        ("'trade'", "CAST(s.year AS TEXT)", "trade"),
        ("'target'", "s.id", "trade_targets"),
    ):
        sql = QUOTED.format(owner=owner, record=record, table=table)
        for kind, key, start_type, end_type, start, end, in_place in connection.execute(sql):
            if in_place:
                continue
            where = f"{kind.decode()} {name(key)}"
            if start_type != b"integer" or end_type != b"integer":
                types = f"{start_type.decode()}/{end_type.decode()}"
                yield f"{where}: char_start/char_end are {types}, not integers"
            else:
                yield f"{where}: the quote is not in its document at {start}-{end}"


def search_index_problems(connection: sqlite3.Connection) -> Iterator[str]:
    """Read every full-text index through fts5vocab: damage or a missing shadow table shows as an error."""
    for table in ("events_fts", "documents_fts"):
        vocabulary = f"temp.check_{table}_vocabulary"
        try:
            connection.execute(
                f"CREATE VIRTUAL TABLE {vocabulary} USING fts5vocab(main, {table}, 'instance')"
            )
            connection.execute(f"SELECT count(*), sum(length(term)) FROM {vocabulary}").fetchone()
            connection.execute(
                f"SELECT count(*) FROM {table} WHERE {table} MATCH 'a* OR e* OR t*'"
            ).fetchone()
            connection.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH 't*' ORDER BY rank").fetchall()
        except sqlite3.DatabaseError as error:
            message = " ".join(str(error).split())[:160]
            yield f"{table}: the full-text index is damaged; search would fail ({message})"
        finally:
            with contextlib.suppress(sqlite3.DatabaseError):
                connection.execute(f"DROP TABLE IF EXISTS {vocabulary}")
