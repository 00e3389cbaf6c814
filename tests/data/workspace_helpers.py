"""Helpers for the workspace tests: drafts, and workspaces of every earlier schema version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from azkz_desktop.data.workspace import OwnEventDraft
from azkz_desktop.data.workspace.connection import APPLICATION_ID
from azkz_desktop.data.workspace.schema import MIGRATIONS, split_statements


def draft(**changes: object) -> OwnEventDraft:
    values: dict[str, object] = {
        "start": "2004-03-12",
        "title": "Talks in Baku",
        "category": "diplomacy",
        "summary": "Delegations met.",
        "source_url": "https://example.org/report",
        "source_outlet": "Example News",
        "source_title": "Delegations meet",
        "source_date": "2004-03-13",
    }
    values.update(changes)
    return OwnEventDraft(**values)  # type: ignore[arg-type]


def make_workspace_of_version(path: Path, version: int) -> None:
    """A workspace as version `version` of the app wrote it, with a star, a note and an own event (and,
    from version 3, a removed star and a cleared note)."""
    connection = sqlite3.connect(path)
    for step in range(1, version + 1):
        for statement in split_statements(MIGRATIONS[step]):
            connection.execute(statement)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        connection.execute("INSERT INTO stars VALUES ('e-star', '2020-01-01T00:00:00.000000+00:00')")
        connection.execute(
            "INSERT INTO notes (event_id, text, updated) VALUES ('e-note', 'pipeline remark',"
            " '2020-01-01T00:00:00.000000+00:00')"
        )
        connection.execute(
            """INSERT INTO own_events (id, start, "end", precision, first_day, last_day, title, summary,
               category, people, source_url, source_outlet, source_title, source_date, source_text,
               created, updated, deleted) VALUES ('mine-00000000-0000-4000-8000-000000000001', '2001',
               NULL, 'year', 730486, 730850, 'Own event', '', 'energy', '[]', '', '', '', '', 'archive',
               '2020-01-01T00:00:00.000000+00:00', '2020-01-01T00:00:00.000000+00:00', NULL)"""
        )
        # The app of that version kept its search tables in step, as this one does.
        connection.execute(
            """INSERT INTO own_events_fts (rowid, title, summary, people, source)
               SELECT rowid, title, summary, '', source_text FROM own_events"""
        )
        if version >= 2:
            connection.execute("INSERT INTO notes_fts (rowid, text) SELECT rowid, text FROM notes")
    if version >= 3:
        connection.execute(
            "INSERT INTO removed_stars VALUES ('e-unstarred', '2020-01-02T00:00:00.000000+00:00')"
        )
        connection.execute(
            "INSERT INTO cleared_notes VALUES ('e-cleared', '2020-01-02T00:00:00.000000+00:00')"
        )
    connection.commit()
    connection.close()
