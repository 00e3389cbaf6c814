"""Undoing a CSV import or a workspace merge, and redoing it: each one transaction, exactly what the
import or merge changed, and nothing that someone changed since."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from workspace_helpers import draft

from azkz_desktop.data.workspace import Workspace, open_workspace
from azkz_desktop.data.workspace.changes import ChangeOutcome, redo_changes, undo_changes
from azkz_desktop.data.workspace.csv_import import import_preview, preview_csv
from azkz_desktop.data.workspace.transfer import export_workspace, merge_workspace

LABELS = {"diplomacy": "Diplomacy", "economy": "Economy", "energy": "Energy"}
TABLES = ("stars", "removed_stars", "notes", "cleared_notes", "own_events")


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = open_workspace(tmp_path / "workspace.sqlite", LABELS)
    yield opened  # type: ignore[misc]
    opened.close()


def state(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every live table, row by row (the note history only grows, and is left out)."""
    rows = {table: sorted(workspace.connection.rows(f"SELECT * FROM {table}"), key=repr) for table in TABLES}
    # The search tables, by the id of the row each entry belongs to, as the words they index.
    for name, sql in (
        ("fts", "SELECT e.id, f.* FROM own_events_fts f JOIN own_events e ON e.rowid = f.rowid"),
        ("notes_fts", "SELECT n.event_id, f.* FROM notes_fts f JOIN notes n ON n.rowid = f.rowid"),
    ):
        entries = workspace.connection.rows(sql)
        rows[name] = sorted(tuple(" ".join(str(value).split()) for value in entry) for entry in entries)
    count = workspace.connection.rows(
        "SELECT (SELECT count(*) FROM own_events_fts), (SELECT count(*) FROM notes_fts)"
    )
    rows["fts_counts"] = count
    return rows


def transactions(workspace: Workspace) -> list[str]:
    """Start recording the statements of the workspace's connection; returns the list they go to."""
    statements: list[str] = []
    workspace.connection.connection.set_trace_callback(statements.append)
    return statements


def own_csv(tmp_path: Path, existing_id: str) -> Path:
    path = tmp_path / "events.csv"
    path.write_text(
        "id,date,title,category,source address,my note\r\n"
        f"{existing_id},2004-03-12,Talks in Baku (corrected),diplomacy,https://example.org/c,corrected\r\n"
        ",2007,Pipeline,energy,https://example.org/b,\r\n"
        ",2009-05,Forum,economy,https://example.org/d,a note of the import\r\n",
        encoding="utf-8",
    )
    return path


def test_undo_of_a_csv_import_restores_exactly_what_was_there(tmp_path: Path, workspace: Workspace) -> None:
    kept = workspace.add_own_event(draft(title="Talks in Baku"))
    workspace.set_note(kept.id, "my first note")
    workspace.set_starred("bundled-1", True)
    before = state(workspace)
    result = import_preview(workspace, preview_csv(own_csv(tmp_path, kept.id), LABELS))
    assert (result.added, result.replaced, result.notes) == (2, 1, 2)
    imported = state(workspace)
    assert imported != before
    assert len(result.changes.events) == 3 and len(result.changes.notes) == 2

    statements = transactions(workspace)
    outcome = undo_changes(workspace, result.changes)
    assert outcome == ChangeOutcome(applied=5, kept=0)
    assert statements.count("BEGIN IMMEDIATE") == 1 and statements[-1] == "COMMIT"
    assert state(workspace) == before
    assert workspace.own_event(kept.id).title == "Talks in Baku"  # type: ignore[union-attr]
    assert workspace.own_events_matching("Pipeline") == []
    assert workspace.notes_matching("import") == []
    # The import's notes that left went to the history; nothing typed is lost to an undo.
    assert "corrected" in {note.text for note in workspace.note_history(kept.id)}

    statements.clear()
    assert redo_changes(workspace, result.changes) == ChangeOutcome(applied=5, kept=0)
    assert statements.count("BEGIN IMMEDIATE") == 1
    assert state(workspace) == imported
    assert len(workspace.own_events_matching("Pipeline")) == 1


def test_an_item_changed_since_is_kept(tmp_path: Path, workspace: Workspace) -> None:
    result = import_preview(workspace, preview_csv(own_csv(tmp_path, ""), LABELS))
    pipeline = next(event for event in workspace.own_events() if event.title == "Pipeline")
    # Another window on the same file edits one of the imported events.
    with open_workspace(workspace.path, LABELS) as other:
        other.update_own_event(pipeline.id, draft(start="2007", title="Pipeline, edited", category="energy"))
    outcome = undo_changes(workspace, result.changes)
    assert outcome.kept == 1 and outcome.applied == len(result.changes) - 1
    assert [event.title for event in workspace.own_events()] == ["Pipeline, edited"]


def test_undo_of_a_merge_restores_stars_notes_and_events(tmp_path: Path, workspace: Workspace) -> None:
    with open_workspace(tmp_path / "laptop.sqlite", LABELS) as laptop:
        workspace.add_own_event(draft(title="The desk's own"))
        workspace.set_starred("starred-here", True)
        workspace.set_note("noted-here", "words of the desk")
        time.sleep(0.002)
        laptop.set_starred("starred-there", True)
        laptop.set_starred("starred-here", True)
        laptop.set_starred("starred-here", False)  # removed there, after it was starred here
        laptop.set_note("noted-here", "newer words of the laptop")
        laptop.add_own_event(draft(title="The laptop's own"))
        export_workspace(laptop, tmp_path / "laptop.azkz-workspace")
    before = state(workspace)
    report = merge_workspace(workspace, tmp_path / "laptop.azkz-workspace")
    assert (report.stars_added, report.stars_removed) == (1, 1)
    assert (report.notes_replaced, report.events_added) == (1, 1)
    merged = state(workspace)
    statements = transactions(workspace)
    undo_changes(workspace, report.changes)
    assert statements.count("BEGIN IMMEDIATE") == 1
    assert state(workspace) == before
    assert workspace.starred_ids() == {"starred-here"}
    assert workspace.note("noted-here").text == "words of the desk"  # type: ignore[union-attr]
    redo_changes(workspace, report.changes)
    assert state(workspace) == merged


def test_a_failed_undo_changes_nothing(tmp_path: Path, workspace: Workspace) -> None:
    result = import_preview(workspace, preview_csv(own_csv(tmp_path, ""), LABELS))
    imported = state(workspace)
    original = workspace.connection.connection

    class Failing:
        """The connection, failing the first DELETE of own events as a full disk would."""

        def __init__(self) -> None:
            self.in_transaction = False

        def execute(self, sql: str, *parameters: object) -> sqlite3.Cursor:
            if sql.startswith("DELETE FROM own_events WHERE"):
                raise sqlite3.OperationalError("database or disk is full")
            cursor = original.execute(sql, *parameters)
            self.in_transaction = original.in_transaction
            return cursor

        def __getattr__(self, name: str) -> object:
            return getattr(original, name)

    workspace.connection.connection = Failing()  # type: ignore[assignment]
    with pytest.raises(Exception, match="disk is full"):
        undo_changes(workspace, result.changes)
    workspace.connection.connection = original
    assert state(workspace) == imported  # rolled back: nothing of the undo half done
    assert undo_changes(workspace, result.changes).kept == 0  # and it can still be undone
