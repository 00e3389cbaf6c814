"""The shape of the database file, shared by the build, the reader and `check`.

The tables and columns come from schema.sql, the schema of record, which the build executes; db/SCHEMA.md
documents the same tables for other tools, and a test keeps it in step.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

SCHEMA_VERSION = 2

CATEGORY_IDS = ("diplomacy", "treaties", "economy", "energy", "culture", "conflict")
DOCUMENT_KINDS = ("full", "reference")
# What a name in an event's `people` stands for; db/people.toml gives one kind per canonical name.
PERSON_KINDS = ("person", "organisation", "country", "other")
# The multilateral settings an event may have been held in (events.multilateral); db/SCHEMA.md says what
# each covers. An event without one is bilateral.
MULTILATERAL_SETTINGS = ("CIS", "Turkic states", "SCO", "Caspian", "OSCE", "CICA", "UN", "other")

SCHEMA_SQL = Path(__file__).with_name("schema.sql")  # the schema of record


def schema_statements() -> list[str]:
    """Every statement of schema.sql in order, each as SQLite keeps its text in sqlite_master."""
    statements = []
    for chunk in SCHEMA_SQL.read_text(encoding="utf-8").split("\n;\n"):
        statement = "\n".join(line for line in chunk.splitlines() if not line.startswith("--")).strip()
        if statement:
            statements.append(statement)
    return statements


def table_statements() -> list[str]:
    """schema.sql's statements without its triggers, which are created with the stored arrays."""
    return [statement for statement in schema_statements() if not statement.startswith("CREATE TRIGGER")]


def trigger_statements() -> dict[str, str]:
    """schema.sql's triggers by name: they mark the stored timeline arrays stale when an event changes."""
    triggers = {}
    for statement in schema_statements():
        match = re.match(r'CREATE TRIGGER "(\w+)"', statement)
        if match:
            triggers[match.group(1)] = statement
    return triggers


def columns_of_schema_sql() -> dict[str, tuple[str, ...]]:
    """Table -> its columns, in order, for the tables schema.sql creates (not FTS5's own tables), as
    SQLite reports them once schema.sql has run in a memory database."""
    statements = schema_statements()
    connection = sqlite3.connect(":memory:")
    try:
        for statement in statements:
            connection.execute(statement)
        created = [
            str(name)
            for (name, sql) in connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
            if sql in statements
        ]
        return {
            table: tuple(str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")'))
            for table in created
        }
    finally:
        connection.close()


# Tables of schema.sql a database may lack: without the stored timeline arrays it opens by reading
# every event (and says so), without the stored search hits every search asks the full-text index,
# so an older or hand-made database still opens.
OPTIONAL_TABLES = frozenset({"timeline_arrays", "search_postings"})
# Table -> the columns the app reads: every column of schema.sql but those of OPTIONAL_TABLES. A
# database may have more; not fewer. Written out rather than derived at import, which ran schema.sql
# into a memory database at every launch (some 5 ms); a test keeps it equal to columns_of_schema_sql().
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(columns.split())
    for table, columns in {
        "meta": "key value",
        "categories": "id label color position",
        "documents": "id kind title outlet published language url provenance note text",
        "events": "id start end precision title summary category date_note note first_day last_day"
        " source_count multilateral",
        "event_sources": "event_id position document_id quote char_start char_end note",
        "people": "id name kind",
        "people_aliases": "person_id alias",
        "event_people": "event_id person_id",
        "event_links": "event_id related_id",
        "trade": "id year exports_musd imports_musd turnover_musd growth_pct basis statistics period"
        " document_id quote char_start char_end year_note note",
        "trade_targets": "id turnover_musd stated document_id quote char_start char_end",
        "events_fts": "title summary sources people",
        "documents_fts": "title text",
    }.items()
}
