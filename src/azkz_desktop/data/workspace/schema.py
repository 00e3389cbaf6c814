"""The workspace's tables, version by version, and the migrations between them.

PRAGMA user_version holds the schema version; PRAGMA application_id marks the file as a workspace.

- Version 1: stars(event_id, starred), notes(event_id, text, updated), own_events(id "mine-<uuid>",
  start, end, precision, first_day, last_day, title, summary, category, people (JSON list), the source
  (source_url, source_outlet, source_title, source_date, source_text), created, updated, deleted (a
  timestamp: deletion is soft, so it can be undone)), and own_events_fts over title, summary, people and
  source.
- Version 2: note_history(event_id, text, updated, replaced, reason), where every note that was
  overwritten, cleared or lost a merge is kept; own_events.added_from (how the event arrived: "form",
  "csv: <file>", "workspace: <file>"); notes_fts, filled from the existing notes.
- Version 3: removed_stars(event_id, removed) and cleared_notes(event_id, cleared): when a star was taken
  off or a note cleared, so that a merge can carry the removal to a workspace where the star or note is
  older. Removals made before version 3 left no trace and are not carried.

The full-text tables are kept in step by the code that writes (trusted_schema is off, so triggers may
not touch virtual tables), always inside the same transaction.

Before an existing file is migrated, a copy of it as it was is made beside it with SQLite's backup API
(`workspace.sqlite.v1-20250101-120000.bak`): one copy of the original version, however many steps follow.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from azkz_desktop.data.workspace.connection import APPLICATION_ID

SCHEMA_VERSION = 3

VERSION_1 = """
CREATE TABLE stars (
    event_id TEXT PRIMARY KEY NOT NULL,
    starred TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE notes (
    event_id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE own_events (
    id TEXT PRIMARY KEY NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT,
    precision TEXT NOT NULL,
    first_day INTEGER NOT NULL,
    last_day INTEGER NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    people TEXT NOT NULL DEFAULT '[]',
    source_url TEXT NOT NULL DEFAULT '',
    source_outlet TEXT NOT NULL DEFAULT '',
    source_title TEXT NOT NULL DEFAULT '',
    source_date TEXT NOT NULL DEFAULT '',
    source_text TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    deleted TEXT
);
CREATE INDEX own_events_days ON own_events (first_day, last_day);
CREATE VIRTUAL TABLE own_events_fts USING fts5(title, summary, people, source);
"""

VERSION_2 = """
CREATE TABLE note_history (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    text TEXT NOT NULL,
    updated TEXT NOT NULL,
    replaced TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX note_history_event ON note_history (event_id);
ALTER TABLE own_events ADD COLUMN added_from TEXT NOT NULL DEFAULT 'form';
CREATE VIRTUAL TABLE notes_fts USING fts5(text);
INSERT INTO notes_fts (rowid, text) SELECT rowid, text FROM notes;
"""

VERSION_3 = """
CREATE TABLE removed_stars (
    event_id TEXT PRIMARY KEY NOT NULL,
    removed TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE cleared_notes (
    event_id TEXT PRIMARY KEY NOT NULL,
    cleared TEXT NOT NULL
) WITHOUT ROWID;
"""

MIGRATIONS: dict[int, str] = {1: VERSION_1, 2: VERSION_2, 3: VERSION_3}


def user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def backup_path(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.v{version}-{stamp}-{counter}.bak")
    return target


def back_up(connection: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the open database at `target`, through SQLite's online backup API."""
    copy = sqlite3.connect(target)
    try:
        connection.backup(copy)
    finally:
        copy.close()


def migrate(
    connection: sqlite3.Connection,
    path: Path | None,
    run_in_transaction: Callable[[Callable[[sqlite3.Connection], None]], None],
) -> list[Path]:
    """Bring the workspace to SCHEMA_VERSION one step at a time; return the backup made (none or one).

    A new file (version 0) needs no backup; an existing one is copied once, as it was, before the first
    step. Each step runs in its own transaction, which checks the version again: another process may
    have migrated the file meanwhile.
    """
    backups: list[Path] = []
    existing = user_version(connection) > 0
    while (version := user_version(connection)) < SCHEMA_VERSION:
        if existing and path is not None and not backups:
            target = backup_path(path, version)
            back_up(connection, target)
            backups.append(target)

        def step(db: sqlite3.Connection, expected: int = version) -> None:
            if user_version(db) != expected:
                return  # someone else did this step already
            for statement in split_statements(MIGRATIONS[expected + 1]):
                db.execute(statement)
            if expected == 0:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {expected + 1}")

        run_in_transaction(step)
    return backups


def split_statements(script: str) -> list[str]:
    """The statements of a migration, to run one by one inside our own transaction."""
    statements: list[str] = []
    current = ""
    for line in script.strip().splitlines():
        current += line + "\n"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements
