"""Start-up with a workspace the window cannot use, through the app's own start path (launch.start_window):
a damaged file and one written by a newer version. The dialog names the file and the reason and opens
over the shown window. A damaged file is set aside, never deleted, and a new workspace begun at once; a
newer one is left unchanged and the window runs read-only."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.workspace import SCHEMA_VERSION, open_workspace
from azkz_desktop.ui import launch
from azkz_desktop.ui.workspace.opening import qt_workspace_path


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A copy of the bundled database: the single-instance name is the test's own."""
    target = tmp_path / "relations.sqlite"
    shutil.copyfile(bundled_database_path(), target)
    return target


@pytest.fixture
def started(qtbot, database: Path):
    windows = []

    def start():
        result = launch.start_window(database)
        assert not isinstance(result, int), f"no window: exit code {result}"
        window, guard = result
        qtbot.addWidget(window)
        windows.append((window, guard))
        qtbot.waitExposed(window)
        return window

    yield start
    for window, guard in windows:
        window.close()
        if guard is not None:
            guard.close()


def damage(path: Path) -> bytes:
    """A workspace with a star and many notes, its pages after the first then overwritten with garbage."""
    with open_workspace(path) as workspace:
        workspace.set_starred("independence-1991", True)
        for number in range(200):
            workspace.set_note(f"e{number}", "words " * 50)
        workspace.connection.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, len(data), 7):
        data[offset] = (data[offset] * 31 + 7) % 256
    path.write_bytes(bytes(data))
    return bytes(data)


def newer(path: Path) -> bytes:
    with open_workspace(path) as workspace:
        workspace.set_starred("independence-1991", True)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    return path.read_bytes()


def the_dialog(window, name: str = "workspaceUnavailableMessage") -> QMessageBox:
    boxes = [box for box in window.findChildren(QMessageBox) if box.objectName() == name]
    assert len(boxes) == 1
    return boxes[0]


def dialogs(window) -> list[str]:
    return [box.objectName() for box in window.findChildren(QMessageBox) if box.objectName()]


def assert_read_only(window) -> None:
    """Nothing of the workspace can be changed, and every control that would says why."""
    ui = window.workspace_ui
    for action in (ui.star_action, ui.add_action, ui.import_csv_action, ui.import_ws_action):
        assert not action.isEnabled() and action.toolTip()
    assert not window.filter_bar.starred_action.isEnabled()
    assert not ui.panel.star_button.isEnabled() and ui.panel.star_button.toolTip()
    assert not ui.panel.editor.isEnabled()
    label = window.statusBar().findChild(QLabel, "workspaceUnavailable")
    assert label is not None and label.text() == "Workspace unavailable"
    event_id = window.index.ids[3]
    window.session.select([event_id], current=event_id)
    window.timeline.setFocus()
    ui.toggle_star()  # a stray S: nothing happens, nothing breaks
    assert not window.session.is_starred(event_id) and window.session.starred_mask is None


def test_a_damaged_workspace_is_set_aside_and_a_new_one_begun_at_once(started, qtbot) -> None:
    path = qt_workspace_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    damaged_bytes = damage(path)
    window = started()
    assert window.isVisible()
    box = the_dialog(window, "workspaceReplacedMessage")
    assert dialogs(window) == ["workspaceReplacedMessage"]  # not also "cannot be used"
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert box.windowModality() == Qt.WindowModality.WindowModal and box.parentWidget() is window
    text = box.text()
    assert str(path) in text  # the file
    assert "The workspace is damaged (" in text  # the reason, SQLite's own words in brackets
    assert "more)" in text and len(text.splitlines()) < 10  # a few of its findings, not all of them
    asides = list(path.parent.glob("workspace.sqlite.damaged-*"))
    (aside,) = [aside for aside in asides if not aside.name.endswith(("-wal", "-shm"))]
    assert str(aside) in text and "not deleted" in text and "new, empty workspace" in text
    assert aside.read_bytes() == damaged_bytes  # set aside as it was, not deleted, not repaired
    # The window works with the new, empty workspace at once, and what is starred now is kept.
    ui = window.workspace_ui
    assert ui.available and ui.star_action.isEnabled() and ui.add_action.isEnabled()
    assert window.statusBar().findChild(QLabel, "workspaceUnavailable") is None
    assert ui.workspace.starred_ids() == frozenset() and path.exists()
    event_id = window.index.ids[3]
    window.session.select([event_id], current=event_id)
    ui.toggle_star()
    assert window.session.is_starred(event_id)
    box.close()
    window.close()
    again = started()
    QApplication.processEvents()
    assert dialogs(again) == []  # the next start says nothing
    assert again.workspace_ui.workspace.starred_ids() == frozenset({event_id})
    assert aside.read_bytes() == damaged_bytes


def test_a_damaged_workspace_whose_replacement_cannot_be_made_leaves_the_window_read_only(
    started, qtbot, monkeypatch
) -> None:
    from azkz_desktop.data.workspace import WorkspaceError
    from azkz_desktop.ui.workspace import opening

    path = qt_workspace_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    damage(path)
    real_open = opening.open_workspace
    calls: list[Path] = []

    def second_open_fails(where, categories):
        calls.append(Path(where))
        if len(calls) > 1:
            raise WorkspaceError(str(where), "the folder refused a new file")
        return real_open(where, categories)

    monkeypatch.setattr(opening, "open_workspace", second_open_fails)
    window = started()
    box = the_dialog(window)
    text = box.text()
    assert calls == [path, path]
    assert "The workspace is damaged (" in text and "not deleted" in text  # what happened first
    assert "No new workspace could be begun in its place (the folder refused a new file)" in text
    assert "read-only" in text and "was begun" not in text
    assert_read_only(window)


def test_a_workspace_of_a_newer_version_is_left_unchanged(started, qtbot) -> None:
    path = qt_workspace_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    before = newer(path)
    window = started()
    box = the_dialog(window)
    qtbot.waitUntil(box.isVisible, timeout=2000)
    text = box.text()
    assert str(path) in text
    assert f"schema version {SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION}" in text
    assert "newer version of azkz-desktop" in text and "not changed" in text
    assert_read_only(window)
    assert "newer" in window.workspace_ui.star_action.toolTip()  # the reason, where the action is
    box.close()
    window.close()
    assert path.read_bytes() == before  # never changed, never set aside
    assert not list(path.parent.glob("workspace.sqlite.damaged-*"))


def test_the_dialog_is_translated(started, qtbot) -> None:
    from azkz_desktop.ui.languages import apply_language

    path = qt_workspace_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    newer(path)
    apply_language("de")
    window = started()
    box = the_dialog(window)
    assert box.windowTitle() != "Your workspace cannot be used"
    assert str(path) in box.text()
    assert "newer version of azkz-desktop" not in box.text()
