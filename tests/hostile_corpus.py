"""A corpus of hostile databases, each made from a copy of the bundled one by a few changes.

Changes go by table and column name and never list every column, so a schema that gains tables or columns
still yields the same corpus. After each change the full-text indexes are rebuilt (unless damaging them is
the point), so every case holds exactly the damage it is named for.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.timeline_arrays import write_arrays

Change = Callable[[sqlite3.Connection], None]

MARKUP = '<img src="/usr/share/pixmaps/debian-logo.png"><b style="color:red">big</b><a href="x">a</a>'
BAD_UTF8 = "CAST(X'41E282FF28C3' AS TEXT)"  # "A" then bytes that are not UTF-8
HUGE_OFFSET = 2**40


def _bundled_rows(sql: str) -> list[tuple]:
    connection = sqlite3.connect(f"{bundled_database_path().resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


# The events the cases damage: one mid-timeline, one quoting the most quoted document, one economy event.
TARGET = _bundled_rows("SELECT id FROM events ORDER BY first_day, id LIMIT 1 OFFSET 40")[0][0]
ECONOMY = _bundled_rows("SELECT id FROM events WHERE category = 'economy' ORDER BY first_day, id LIMIT 1")[0][
    0
]
QUOTED_DOCUMENT = _bundled_rows(
    "SELECT document_id FROM event_sources GROUP BY document_id ORDER BY count(*) DESC, document_id LIMIT 1"
)[0][0]
QUOTING_EVENT = _bundled_rows(
    f"SELECT event_id FROM event_sources WHERE document_id = '{QUOTED_DOCUMENT}' ORDER BY event_id LIMIT 1"
)[0][0]


def columns(connection: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of every column of `table`."""
    return [(row[1], row[2].upper()) for row in connection.execute(f'PRAGMA table_info("{table}")')]


def sql(*statements: str) -> Change:
    def change(connection: sqlite3.Connection) -> None:
        for statement in statements:
            connection.execute(statement)

    return change


def set_value(table: str, column: str, value: str, where: str = "1") -> Change:
    """UPDATE one column (by name) to an SQL expression on the rows `where` selects."""
    return sql(f'UPDATE "{table}" SET "{column}" = {value} WHERE {where}')


def on_event(column: str, value: str, event: str = TARGET) -> Change:
    return set_value("events", column, value, f"id = '{event}'")


# Free text a person reads: every such column is given markup by the markup cases. Ids, dates, enums
# and colours are structure, damaged by cases of their own.
STRUCTURE = {"id", "event_id", "document_id", "related_id", "person_id", "start", "end", "precision", "kind"}
STRUCTURE |= {"category", "color", "key", "position", "period", "basis", "published", "language", "quote"}
STRUCTURE |= {"multilateral"}  # a closed vocabulary, checked by `check` like the category
STRUCTURE |= {"stated", "text", "tokenize", "source_digest"}


def markup_everywhere(connection: sqlite3.Connection) -> None:
    """Every free-text column of every ordinary table holds markup; document texts end with some."""
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " AND name NOT LIKE '%_fts_%'"
        )
    ]
    for table in tables:
        for column, declared in columns(connection, table):
            if column in STRUCTURE or (declared and "TEXT" not in declared):
                continue
            where = "key = 'built'" if table == "meta" else "1"
            if table == "meta" and column == "value":
                connection.execute(f"UPDATE meta SET value = ? WHERE {where}", (MARKUP,))
                continue
            connection.execute(
                f'UPDATE "{table}" SET "{column}" = ? || coalesce("{column}", \'\')', (MARKUP,)
            )
    connection.execute("UPDATE documents SET text = text || ?", (MARKUP,))


def loosened(table: str, untyped: str = "") -> Change:
    """Rebuild `table` with the same columns and rows but no constraints, so it can hold NULLs and twins;
    the column `untyped` loses its type too, so that it can hold a number where text belongs."""

    def change(connection: sqlite3.Connection) -> None:
        picked = ", ".join(
            f'"{name}" || \'\' AS "{name}"' if name == untyped else f'"{name}"'
            for name, _ in columns(connection, table)
        )
        connection.execute(f'CREATE TABLE "{table}_loose" AS SELECT {picked} FROM "{table}"')
        connection.execute(f'DROP TABLE "{table}"')
        connection.execute(f'ALTER TABLE "{table}_loose" RENAME TO "{table}"')

    return change


def duplicate_event_ids(connection: sqlite3.Connection) -> None:
    """One event twice, under the same id."""
    loosened("events")(connection)
    names = ", ".join(f'"{name}"' for name, _ in columns(connection, "events"))
    connection.execute(f"INSERT INTO events ({names}) SELECT {names} FROM events WHERE id = '{TARGET}'")


def many_sources(count: int) -> Change:
    """`count` sources on one event, each a copy of its first source (so each stands in its document)."""

    def change(connection: sqlite3.Connection) -> None:
        names = [name for name, _ in columns(connection, "event_sources")]
        picked = ", ".join("1000 + n" if name == "position" else f'"{name}"' for name in names)
        connection.execute(
            f"""WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < {count})
                INSERT INTO event_sources ({", ".join(f'"{name}"' for name in names)})
                SELECT {picked} FROM seq,
                  (SELECT * FROM event_sources WHERE event_id = '{TARGET}' ORDER BY position LIMIT 1)"""
        )
        connection.execute(
            f"UPDATE events SET source_count = (SELECT count(*) FROM event_sources WHERE event_id = id)"
            f" WHERE id = '{TARGET}'"
        )

    return change


def huge_document(megabytes: int) -> Change:
    """The most quoted document padded to `megabytes` MB at its end: its quotes stay in place."""
    return sql(
        f"UPDATE documents SET text = text || printf('%.*c', {megabytes * 1_000_000}, ' ')"
        f" WHERE id = '{QUOTED_DOCUMENT}'"
    )


def damaged_fts(table: str) -> Change:
    return sql(f"UPDATE {table}_fts_data SET block = X'0102030405060708' WHERE id > 10")


@dataclass(frozen=True)
class Hostile:
    """One hostile database: how to make it, and what the app must make of it."""

    name: str
    changes: tuple[Change, ...] = ()
    damaged: bool = True  # `check` must fail
    event: str = TARGET  # the event whose detail pane the view test opens
    search: str = ""  # a saved search the window restores
    keep_fts: bool = False  # damaging the full-text index is the point: do not rebuild it
    heavy: bool = False  # large (200,000 rows or 50 MB): still made and run by every test run
    special: str = ""  # "fifo" or "zero": not a file at all

    def make(self, folder: Path) -> Path:
        if self.special == "fifo":
            target = folder / "pipe.sqlite"
            os.mkfifo(target)
            return target
        if self.special == "zero":
            return Path("/dev/zero")
        target = folder / f"{self.name}.sqlite"
        shutil.copyfile(bundled_database_path(), target)
        connection = sqlite3.connect(target)
        try:
            for change in self.changes:
                change(connection)
            if not self.keep_fts:
                for fts in ("events_fts", "documents_fts"):
                    connection.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
            if not self.damaged:  # content `check` accepts: its timeline arrays as a build would store them
                write_arrays(connection)
            connection.commit()
        finally:
            connection.close()
        return target


def _trade_year(value: str) -> Change:
    return set_value("trade", "year", value, "id = (SELECT min(id) FROM trade)")


CORPUS: tuple[Hostile, ...] = (
    # trade figures and targets that cannot be charted
    Hostile("trade-year-0", (set_value("trade", "year", "0"),)),
    Hostile("trade-year-99999", (set_value("trade", "year", "99999"),)),
    Hostile("trade-one-year-0", (_trade_year("0"),)),
    Hostile("trade-year-1800", (_trade_year("1800"),)),
    Hostile("trade-year-2200", (_trade_year("2200"),)),
    Hostile("trade-year-negative", (_trade_year("-5"),)),
    Hostile("trade-year-text", (_trade_year("'x'"),)),
    Hostile("trade-year-real", (_trade_year("2015.5"),)),
    Hostile("trade-turnover-huge", (set_value("trade", "turnover_musd", "1e308"),)),
    Hostile("trade-turnover-infinite", (set_value("trade", "turnover_musd", "9e999"),)),
    Hostile("trade-char-start-huge", (set_value("trade", "char_start", str(HUGE_OFFSET)),)),
    Hostile(
        "trade-markup",
        (set_value("trade", "note", repr(MARKUP)), set_value("trade", "year_note", repr(MARKUP))),
        damaged=False,
    ),
    Hostile("target-turnover-text", (set_value("trade_targets", "turnover_musd", "'lots'"),)),
    Hostile("target-turnover-null", (set_value("trade_targets", "turnover_musd", "NULL"),)),
    Hostile("target-stated-bad-utf8", (set_value("trade_targets", "stated", BAD_UTF8),)),
    # day numbers
    Hostile("days-zero", (on_event("first_day", "0"), on_event("last_day", "0"))),
    Hostile("first-day-huge", (on_event("first_day", str(10**12)),)),
    Hostile("days-huge", (on_event("first_day", str(10**12)), on_event("last_day", str(10**12)))),
    Hostile("days-negative", (on_event("first_day", "-500"), on_event("last_day", "-500"))),
    Hostile("first-day-text", (on_event("first_day", "'x'"),)),
    Hostile("last-day-real", (on_event("last_day", "last_day + 0.5"),)),
    Hostile("last-before-first", (on_event("last_day", "first_day - 400"),)),
    Hostile(
        "days-disagree-with-date",
        (on_event("first_day", "first_day + 3000"), on_event("last_day", "last_day + 3000")),
    ),
    # invalid UTF-8
    Hostile("bad-utf8-event-id", (on_event("id", BAD_UTF8),)),
    Hostile("bad-utf8-event-title", (on_event("title", BAD_UTF8),)),
    Hostile("bad-utf8-event-summary", (on_event("summary", BAD_UTF8),)),
    Hostile("bad-utf8-event-start", (on_event("start", BAD_UTF8),)),
    Hostile("bad-utf8-event-category", (on_event("category", BAD_UTF8),)),
    Hostile(
        "bad-utf8-person-name",
        (
            set_value(
                "people",
                "name",
                BAD_UTF8,
                f"id IN (SELECT person_id FROM event_people WHERE event_id = '{TARGET}')",
            ),
        ),
    ),
    Hostile(
        "bad-utf8-document-text",
        (set_value("documents", "text", f"text || {BAD_UTF8}", f"id = '{QUOTED_DOCUMENT}'"),),
        event=QUOTING_EVENT,
    ),
    Hostile(
        "bad-utf8-document-title",
        (set_value("documents", "title", BAD_UTF8, f"id = '{QUOTED_DOCUMENT}'"),),
        event=QUOTING_EVENT,
    ),
    Hostile(
        "bad-utf8-document-id",
        (set_value("documents", "id", BAD_UTF8, f"id = '{QUOTED_DOCUMENT}'"),),
        event=QUOTING_EVENT,
    ),
    Hostile(
        "bad-utf8-source-quote", (set_value("event_sources", "quote", BAD_UTF8, f"event_id = '{TARGET}'"),)
    ),
    Hostile(
        "bad-utf8-category-label",
        (set_value("categories", "label", BAD_UTF8, "id = 'economy'"),),
        event=ECONOMY,
    ),
    Hostile("bad-utf8-meta-built", (set_value("meta", "value", BAD_UTF8, "key = 'built'"),)),
    # people
    Hostile(
        "person-name-null",
        (
            loosened("people"),
            sql("UPDATE people SET name = NULL"),
        ),
    ),
    Hostile(
        "person-name-integer",
        (
            loosened("people", "name"),
            sql("UPDATE people SET name = 42"),
        ),
    ),
    # offsets
    Hostile(
        "char-start-text",
        (set_value("event_sources", "char_start", "'x'", f"event_id = '{QUOTING_EVENT}'"),),
        event=QUOTING_EVENT,
    ),
    Hostile(
        "char-start-huge",
        (set_value("event_sources", "char_start", str(HUGE_OFFSET), f"event_id = '{QUOTING_EVENT}'"),),
        event=QUOTING_EVENT,
    ),
    Hostile(
        "char-end-huge",
        (set_value("event_sources", "char_end", str(HUGE_OFFSET), f"event_id = '{QUOTING_EVENT}'"),),
        event=QUOTING_EVENT,
    ),
    Hostile(
        "char-start-negative",
        (set_value("event_sources", "char_start", "-7", f"event_id = '{QUOTING_EVENT}'"),),
        event=QUOTING_EVENT,
    ),
    Hostile(
        "char-end-before-start",
        (set_value("event_sources", "char_end", "char_start - 5", f"event_id = '{QUOTING_EVENT}'"),),
        event=QUOTING_EVENT,
    ),
    # markup: valid data that must be shown as text
    Hostile("markup-everywhere", (markup_everywhere,), damaged=False, event=ECONOMY),
    Hostile("markup-meta-built", (set_value("meta", "value", repr(MARKUP), "key = 'built'"),), damaged=False),
    Hostile(
        "markup-titles",
        (set_value("events", "title", repr(MARKUP)), set_value("documents", "title", repr(MARKUP))),
        damaged=False,
    ),
    Hostile(
        "markup-people-and-labels",
        (set_value("people", "name", f"{MARKUP!r} || id"), set_value("categories", "label", repr(MARKUP))),
        damaged=False,
    ),
    # size
    Hostile("source-count-huge", (on_event("source_count", str(2**62)),)),
    Hostile("summary-enormous", (on_event("summary", "printf('%.*c', 3000000, 'x')"),)),
    Hostile("many-sources", (many_sources(200_000),), heavy=True),
    Hostile("huge-document", (huge_document(50),), damaged=False, event=QUOTING_EVENT, heavy=True),
    # structure
    Hostile("no-categories", (sql("DELETE FROM categories"),)),
    Hostile("category-id-null", (set_value("categories", "id", "NULL", "id = 'economy'"),), event=ECONOMY),
    Hostile("dangling-category", (on_event("category", "'no-such-category'"),)),
    Hostile(
        "dangling-link",
        (sql(f"INSERT INTO event_links (event_id, related_id) VALUES ('{TARGET}', 'no-such-event')"),),
    ),
    Hostile(
        "dangling-source-document",
        (set_value("event_sources", "document_id", "'no-such-document'", f"event_id = '{TARGET}'"),),
    ),
    Hostile(
        "dangling-person",
        (sql(f"INSERT INTO event_people (event_id, person_id) VALUES ('{TARGET}', 999999)"),),
    ),
    Hostile("duplicate-event-ids", (duplicate_event_ids,)),
    Hostile("event-id-integer", (on_event("id", "12345"),), event="12345"),
    Hostile(
        "event-title-null",
        (
            loosened("events"),
            on_event("title", "NULL"),
        ),
    ),
    Hostile("meta-built-integer", (set_value("meta", "value", "20261201", "key = 'built'"),), damaged=False),
    # full-text search
    Hostile("damaged-events-fts", (damaged_fts("events"),), keep_fts=True, search="trade"),
    Hostile("damaged-documents-fts", (damaged_fts("documents"),), keep_fts=True, search="trade"),
    Hostile("dropped-fts-shadow", (sql("DROP TABLE events_fts_idx"),), keep_fts=True),
    Hostile(
        "dropped-fts-shadow-saved-search",
        (sql("DROP TABLE documents_fts_docsize"),),
        keep_fts=True,
        search="oil",
    ),
    Hostile(
        "saved-search-damaged-fts",
        (sql("DELETE FROM events_fts_data WHERE id > 10"),),
        keep_fts=True,
        search="president",
    ),
    # not files at all
    Hostile("fifo", special="fifo"),
    Hostile("dev-zero", special="zero"),
)
