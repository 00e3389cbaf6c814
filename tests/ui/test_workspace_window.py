"""Stars, notes and undo in the real window, with the workspace in tmp_path."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from azkz_desktop.data.workspace import WorkspaceWriteFailed, open_workspace


def pick(window, number: int = 5) -> str:
    event_id = window.index.ids[number]
    window.session.select([event_id], current=event_id)
    return event_id


def test_s_stars_the_selection_and_undo_takes_it_back(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    event_id = pick(window)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_S)
    ui = window.workspace_ui
    assert event_id in ui.workspace.starred_ids()
    assert ui.panel.star_button.isChecked()
    position = int(window.event_model.positions_of([event_id])[0])
    assert window.event_model.index(position, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    ui.undo_action.trigger()
    assert event_id not in ui.workspace.starred_ids()
    assert not ui.panel.star_button.isChecked()
    ui.redo_action.trigger()
    assert event_id in ui.workspace.starred_ids()


def test_the_detail_pane_star_and_the_starred_filter(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    event_id = pick(window, 3)
    window.workspace_ui.panel.star_button.click()
    assert event_id in window.workspace_ui.workspace.starred_ids()
    window.filter_bar.starred_action.trigger()
    assert window.session.event_filter.starred_only
    assert window.session.shown_count() == 1 and window.session.is_shown(event_id)
    window.filter_bar.bilateral_action.trigger()  # combines with the others
    assert window.session.shown_count() <= 1
    window.filter_bar.bilateral_action.trigger()
    window.close()
    again = open_window(tmp_path / "workspace.sqlite")
    assert again.session.event_filter.starred_only  # remembered
    assert again.filter_bar.starred_action.isChecked()
    assert again.session.shown_count() == 1 and again.session.is_shown(event_id)


def test_a_note_is_saved_as_one_types_and_on_focus_loss(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    event_id = pick(window)
    editor = window.workspace_ui.panel.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "zebrafinch remark")
    workspace = window.workspace_ui.workspace
    qtbot.waitUntil(lambda: workspace.note(event_id) is not None, timeout=3000)
    assert workspace.note(event_id).text == "zebrafinch remark"
    qtbot.keyClicks(editor, " more")
    window.timeline.setFocus()  # focus loss saves at once, before the timer
    QApplication.processEvents()
    assert workspace.note(event_id).text == "zebrafinch remark more"
    assert "zebrafinch" in window.event_model.index(
        int(window.event_model.positions_of([event_id])[0]), 1
    ).data(Qt.ItemDataRole.ToolTipRole)
    window.workspace_ui.undo_action.trigger()  # the two saves merge into one step
    assert workspace.note(event_id) is None
    assert editor.toPlainText() == ""
    window.workspace_ui.redo_action.trigger()
    assert editor.toPlainText() == "zebrafinch remark more"


def test_unsaved_typing_survives_the_same_event_shown_again(open_window, qtbot, tmp_path: Path) -> None:
    """Marks read anew (an import or its undo) show the event again before the debounce saves the note."""
    window = open_window()
    event_id = pick(window)
    editor = window.workspace_ui.panel.editor
    qtbot.keyClicks(editor, "half a thought")
    assert editor.dirty
    window.workspace_ui.reload()
    pick(window)  # the same event selected again
    assert editor.toPlainText() == "half a thought"
    workspace = window.workspace_ui.workspace
    qtbot.waitUntil(lambda: workspace.note(event_id) is not None, timeout=3000)
    assert workspace.note(event_id).text == "half a thought"


def test_a_note_typed_just_before_quitting_is_kept(open_window, tmp_path: Path, qtbot) -> None:
    window = open_window()
    event_id = pick(window)
    qtbot.keyClicks(window.workspace_ui.panel.editor, "last words")
    window.close()  # before the debounce timer fires
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        assert workspace.note(event_id).text == "last words"


def test_notes_are_searched_and_exported(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    event_id = pick(window, 7)
    ui = window.workspace_ui
    ui.save_note(event_id, "", "quokkaword in my own words")
    window.filter_bar.search.setText("quokkaword")
    window.filter_bar.apply()
    assert window.session.shown_count() == 1 and window.session.is_shown(event_id)
    out = tmp_path / "out.csv"
    window.exporter.write_events(out, window.session.shown_filter)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["id"] for row in rows] == [event_id]
    assert rows[0]["my_note"] == "quokkaword in my own words"
    assert rows[0]["origin"] == "bundled"


def test_a_failed_write_keeps_the_text_and_says_so(open_window, qtbot, monkeypatch) -> None:
    window = open_window()
    pick(window)
    ui = window.workspace_ui

    def full(*_: object) -> None:
        raise WorkspaceWriteFailed(str(ui.workspace.path), "the disk is full")

    monkeypatch.setattr(ui.workspace, "set_note", full)
    qtbot.keyClicks(ui.panel.editor, "unsaved thought")
    ui.panel.editor.flush()
    assert ui.panel.editor.toPlainText() == "unsaved thought"
    assert ui.panel.editor.dirty
    assert "the disk is full" in ui.panel.problem.text()
    assert not ui.stack.canUndo()  # nothing to undo: nothing happened
    monkeypatch.undo()
    ui.panel.editor.flush()
    assert not ui.panel.editor.dirty


def test_notes_on_missing_events_are_listed(open_window, tmp_path: Path) -> None:
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        workspace.set_note("gone-event-id", "kept although the event went")
    window = open_window()
    window.workspace_ui.orphans_action.trigger()
    listed = window.workspace_ui.orphans_dialog.findChild(QPlainTextEdit, "orphanNotes")
    assert "gone-event-id" in listed.toPlainText()
    assert "kept although the event went" in listed.toPlainText()


def test_star_and_edit_are_in_both_context_menus(open_window) -> None:
    window = open_window()
    ui = window.workspace_ui
    for view in (window.timeline, window.event_table):
        assert ui.star_action in view.context_actions
        assert ui.edit_action in view.context_actions


def test_the_timeline_tooltip_shows_the_note_and_star(open_window) -> None:
    window = open_window()
    event_id = pick(window, 4)
    ui = window.workspace_ui
    ui.toggle_star()
    ui.save_note(event_id, "", "tooltip words")
    window.timeline.zoom_to_event(event_id)
    layout = window.timeline.current_layout()
    for lane in layout.lanes:
        for position, row in enumerate(lane.rows.tolist()):
            if window.index.ids[row] == event_id:
                x = (lane.x0[position] + lane.x1[position]) / 2 + window.timeline.plot_rect().left()
                point = QPointF(x, lane.center_y + window.timeline.plot_rect().top())
                text = window.timeline.tooltip_text(point)
                if text.startswith(window.index.titles[row]):
                    assert "My note: tooltip words" in text and "Starred" in text
                    return
    raise AssertionError("the event was not found on the timeline")


def test_the_window_uses_qt_app_data_location(private_data_folder: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from azkz_desktop import APP_NAME
    from azkz_desktop.data.workspace import default_workspace_path
    from azkz_desktop.ui.workspace.opening import qt_workspace_path

    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    try:
        assert qt_workspace_path() == default_workspace_path()
        assert qt_workspace_path().is_relative_to(private_data_folder)  # the test's folder, not the user's
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def test_a_damaged_workspace_is_set_aside_and_said(tmp_path: Path) -> None:
    from azkz_desktop.ui.workspace.opening import open_for_window

    path = tmp_path / "workspace.sqlite"
    with open_workspace(path) as workspace:
        workspace.set_note("x", "y")
    data = bytearray(path.read_bytes())
    data[200:4000] = b"\xff" * 3800  # beyond the header: the pages themselves
    path.write_bytes(bytes(data))
    workspace, problem = open_for_window(path=path)
    assert workspace is not None  # a new, empty workspace in its place
    assert workspace.summary().notes == 0 and path.exists()
    workspace.close()
    assert str(path) in problem and "new, empty workspace" in problem
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("workspace.sqlite.damaged")]
    assert aside and aside[0].name in problem


def test_in_the_editor_s_types_and_ctrl_z_undoes_typing(open_window, qtbot) -> None:
    window = open_window()
    event_id = pick(window)
    ui = window.workspace_ui
    editor = ui.panel.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    qtbot.keyClicks(editor, "Silk")
    assert editor.toPlainText() == "Silk"
    assert event_id not in ui.workspace.starred_ids()  # S typed a letter, it did not star
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() != "Silk"  # the editor's own undo took the typing back
    assert not ui.stack.canUndo()  # nothing was saved yet, so Edit → Undo has nothing
