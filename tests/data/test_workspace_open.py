"""Opening a workspace: migrations from every earlier version, and files that must be left alone."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from workspace_helpers import make_workspace_of_version

from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.workspace import (
    SCHEMA_VERSION,
    NewerWorkspace,
    NotAWorkspace,
    WorkspaceDamaged,
    open_workspace,
)
from azkz_desktop.data.workspace.connection import APPLICATION_ID


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("version", range(0, SCHEMA_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "workspace.sqlite"
    make_workspace_of_version(path, version)
    before = digest(path)
    with open_workspace(path) as workspace:
        assert workspace.connection.rows("PRAGMA user_version") == [(SCHEMA_VERSION,)]
        if version == 0:
            assert workspace.backups == []
            assert workspace.summary().notes == 0
            return
        assert workspace.starred_ids() == {"e-star"}
        assert workspace.note("e-note").text == "pipeline remark"  # type: ignore[union-attr]
        assert workspace.notes_matching("pipeline") == ["e-note"]  # the note index was filled
        (own,) = workspace.own_events()
        assert own.title == "Own event" and own.added_from == "form"
        workspace.set_note("e-note", "rewritten")
        assert [note.text for note in workspace.note_history("e-note")] == ["pipeline remark"]
        # Version 3 keeps when a star is taken off and a note cleared.
        workspace.set_starred("e-star", False)
        workspace.set_note("e-note", "")
        removed = workspace.connection.rows("SELECT event_id FROM removed_stars ORDER BY event_id")
        cleared = workspace.connection.rows("SELECT event_id FROM cleared_notes ORDER BY event_id")
        assert ("e-star",) in removed and ("e-note",) in cleared
        (backup,) = workspace.backups  # one copy of the file as it was, however many steps followed
    # The backup is the file as it was, made through SQLite's backup API, beside it.
    assert backup.parent == path.parent and backup.name.startswith(f"workspace.sqlite.v{version}-")
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone() == (version,)
    assert copy.execute("SELECT text FROM notes").fetchall() == [("pipeline remark",)]
    copy.close()
    assert before != digest(path)


def test_a_newer_workspace_is_refused_and_never_changed(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite"
    make_workspace_of_version(path, SCHEMA_VERSION)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NewerWorkspace, match=f"schema version {SCHEMA_VERSION + 1}, newer") as raised:
        open_workspace(path)
    assert "newer azkz-desktop" in str(raised.value)
    assert digest(path) == before
    assert sorted(item.name for item in tmp_path.iterdir()) == ["workspace.sqlite"]


def test_another_database_is_never_touched(tmp_path: Path) -> None:
    path = tmp_path / "relations.sqlite"
    shutil.copyfile(bundled_database_path(), path)
    before = digest(path)
    with pytest.raises(NotAWorkspace, match="not an azkz-desktop workspace"):
        open_workspace(path)
    assert digest(path) == before


def test_a_text_file_is_never_touched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my own notes\n" * 20, encoding="utf-8")
    with pytest.raises(NotAWorkspace):
        open_workspace(path)
    assert path.read_text(encoding="utf-8") == "my own notes\n" * 20


def test_a_blank_file_becomes_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite"
    path.write_bytes(b"")
    with open_workspace(path) as workspace:
        workspace.toggle_star("e1")
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    connection.close()


def corrupt(path: Path) -> None:
    """Overwrite the pages after the first with garbage, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, len(data), 7):
        data[offset] = (data[offset] * 31 + 7) % 256
    path.write_bytes(bytes(data))


def test_a_damaged_workspace_is_set_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite"
    with open_workspace(path) as workspace:
        for number in range(200):
            workspace.set_note(f"e{number}", "words " * 50)
        workspace.connection.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(path)
    damaged_bytes = path.read_bytes()
    with pytest.raises(WorkspaceDamaged, match="the workspace is damaged") as raised:
        open_workspace(path)
    aside = raised.value.set_aside
    assert aside is not None and aside.name.startswith("workspace.sqlite.damaged-")
    # One line with a few of SQLite's findings, however many it has, and no heading of its own.
    assert "\n" not in str(raised.value) and "***" not in raised.value.detail
    assert raised.value.detail and raised.value.detail in raised.value.problem
    assert aside.read_bytes() == damaged_bytes  # kept as it was, with its -wal and -shm
    assert str(aside) in str(raised.value)
    assert not path.exists()
    with open_workspace(path) as fresh:  # the next open starts afresh
        assert fresh.notes() == []
