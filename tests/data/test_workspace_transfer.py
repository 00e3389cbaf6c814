"""Moving a workspace: one file out, a merge by event id in, and a report of what was merged."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from workspace_helpers import draft, make_workspace_of_version

from azkz_desktop.data.export import ExportError
from azkz_desktop.data.workspace import open_workspace
from azkz_desktop.data.workspace.own_events import replace_event
from azkz_desktop.data.workspace.transfer import (
    TransferFileUnusable,
    export_workspace,
    merge_workspace,
    preview_merge,
)


def test_export_is_one_consistent_file(tmp_path: Path) -> None:
    with open_workspace(tmp_path / "home" / "workspace.sqlite") as workspace:
        workspace.toggle_star("e1")
        workspace.set_note("e1", "note")
        export_workspace(workspace, tmp_path / "moved.azkz")
        with pytest.raises(ExportError, match="the workspace itself"):
            export_workspace(workspace, workspace.path)
    assert sorted(item.name for item in tmp_path.iterdir()) == ["home", "moved.azkz"]  # no -wal beside it
    copy = sqlite3.connect(tmp_path / "moved.azkz")
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT event_id, text FROM notes").fetchall() == [("e1", "note")]
    copy.close()


def test_merge_by_event_id(tmp_path: Path) -> None:
    laptop = open_workspace(tmp_path / "laptop.sqlite")
    desk = open_workspace(tmp_path / "desk.sqlite")
    laptop.toggle_star("both")
    laptop.toggle_star("laptop-only")
    desk.toggle_star("both")
    desk.toggle_star("desk-only")
    desk.set_note("older-on-desk", "desk wrote first")
    laptop.set_note("only-laptop", "laptop alone")
    shared = laptop.add_own_event(draft(title="Shared event"))
    time.sleep(0.01)
    laptop.set_note("older-on-desk", "laptop wrote later")
    laptop.set_note("newer-on-desk", "laptop wrote first")
    export_workspace(laptop, tmp_path / "laptop.azkz")
    time.sleep(0.01)
    desk.set_note("newer-on-desk", "desk wrote later")
    # The desk first received the shared event, then edited it: its version is newer.
    desk.connection.write(lambda db: replace_event(db, shared))
    edited = desk.update_own_event(shared.id, draft(title="Edited on the desk"))
    assert edited.title == "Shared event"
    mine = laptop.add_own_event(draft(title="Laptop's own"))
    export_workspace(laptop, tmp_path / "laptop.azkz")

    before = desk.summary()
    preview = preview_merge(desk, tmp_path / "laptop.azkz")
    assert desk.summary() == before  # a preview changes nothing
    report = merge_workspace(desk, tmp_path / "laptop.azkz")
    assert report == preview
    assert (report.stars_added, report.notes_added, report.notes_replaced, report.notes_kept) == (1, 1, 1, 1)
    assert (report.events_added, report.events_updated, report.events_kept) == (1, 0, 1)
    assert desk.starred_ids() == {"both", "laptop-only", "desk-only"}
    assert desk.note("older-on-desk").text == "laptop wrote later"  # type: ignore[union-attr]
    assert desk.note("newer-on-desk").text == "desk wrote later"  # type: ignore[union-attr]
    history = {(note.event_id, note.text) for note in desk.note_history()}
    assert {("older-on-desk", "desk wrote first"), ("newer-on-desk", "laptop wrote first")} <= history
    assert desk.own_event(shared.id).title == "Edited on the desk"  # type: ignore[union-attr]
    assert desk.own_event(mine.id).title == "Laptop's own"  # type: ignore[union-attr]
    again = merge_workspace(desk, tmp_path / "laptop.azkz")
    assert (again.stars_added, again.notes_added, again.notes_replaced, again.events_added) == (0, 0, 0, 0)
    laptop.close()
    desk.close()


def test_an_older_version_file_is_merged(tmp_path: Path) -> None:
    make_workspace_of_version(tmp_path / "old.sqlite", 1)
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        report = merge_workspace(workspace, tmp_path / "old.sqlite")
        assert (report.stars_added, report.notes_added, report.events_added) == (1, 1, 1)
    assert (tmp_path / "old.sqlite").read_bytes()[60:64] == (1).to_bytes(4, "big")  # still version 1


@pytest.mark.parametrize("kind", ["missing", "text", "other-sqlite", "newer"])
def test_unusable_files_are_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "offered.azkz"
    if kind == "text":
        path.write_text("hello", encoding="utf-8")
    elif kind == "other-sqlite":
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE t (a)")
        connection.commit()
        connection.close()
    elif kind == "newer":
        make_workspace_of_version(path, 2)
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA user_version = 99")
        connection.commit()
        connection.close()
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        with pytest.raises(TransferFileUnusable) as raised:
            merge_workspace(workspace, path)
        assert str(path) in str(raised.value)
        assert workspace.summary().stars == 0
