"""Own events in the real window: the form checks as the workspace does; add, edit, delete and undo;
CSV import with its preview; workspace export and import; and the window without a workspace."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QTableWidget

from azkz_desktop.data.database import open_database
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.workspace import open_workspace
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.workspace import menus
from azkz_desktop.ui.workspace.commands import AddEventCommand
from azkz_desktop.ui.workspace.opening import open_for_window


def fill(dialog, **values: str) -> None:
    for name, value in values.items():
        field = dialog.fields[name]
        if isinstance(field, QLineEdit):
            field.setText(value)
        else:
            field.setPlainText(value)


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def problem(dialog, name: str) -> str:
    label = dialog.findChild(QLabel, f"{name}Problem")
    return label.text() if label.isVisibleTo(dialog) else ""


def test_the_form_names_each_problem_beside_its_field(open_window, qtbot) -> None:
    window = open_window()
    qtbot.keyClick(window.timeline, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.workspace_ui.form
    assert dialog.isVisible()
    assert not ok_button(dialog).isEnabled()
    fill(dialog, start="2019-02-30", title="Visit of a delegation", source_text="A colleague's notes")
    assert "2019-02-30" in problem(dialog, "start")
    assert not ok_button(dialog).isEnabled()
    fill(dialog, start="2019-05-10", end="2019-05-01")
    assert "before the start" in problem(dialog, "end")
    fill(dialog, end="2019-06")
    assert "precision" in problem(dialog, "end")
    fill(dialog, end="", title="   ")
    assert "title" in problem(dialog, "title")
    fill(dialog, title="Visit of a delegation")
    assert problem(dialog, "start") == problem(dialog, "end") == problem(dialog, "title") == ""
    assert ok_button(dialog).isEnabled()


def test_add_edit_delete_and_undo_an_own_event(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    ui = window.workspace_ui
    bundled_count = len(window.index)
    dialog = ui.add_event()
    fill(
        dialog,
        start="2021-07",
        title="Seminar on the Middle Corridor",
        people="Ilham Aliyev",
        source_url="https://example.org/seminar",
        source_outlet="Example Review",
    )
    ok_button(dialog).click()
    assert len(window.index) == bundled_count + 1
    assert window.status_label.text().startswith(f"{bundled_count + 1} events")
    event_id = window.session.current
    row = window.index.row_of(event_id)
    assert row is not None and bool(window.index.mine[row])
    assert ui.panel.mine_label.isVisibleTo(ui.panel) and ui.panel.edit_button.isVisibleTo(ui.panel)
    assert "Your own event" in window.timeline.tooltip_extra(event_id)
    picture = window.timeline.picture()  # the painter gets the "mine" flag per drawn event
    assert picture.mine is not None
    # searched and filtered like bundled events
    window.filter_bar.search.setText("Middle Corridor seminar")
    window.filter_bar.apply()
    assert window.session.is_shown(event_id)
    window.session.clear_filter()
    # edited
    window.session.select([event_id], current=event_id)
    form = ui.edit_current()
    assert form.fields["title"].text() == "Seminar on the Middle Corridor"
    fill(form, title="Seminar on transport routes")
    ok_button(form).click()
    assert window.index.titles[window.index.row_of(event_id)] == "Seminar on transport routes"
    ui.undo_action.trigger()
    assert window.index.titles[window.index.row_of(event_id)] == "Seminar on the Middle Corridor"
    # deleted, and back with undo
    window.session.select([event_id], current=event_id)
    ui.delete_action.trigger()
    assert window.index.row_of(event_id) is None
    ui.undo_action.trigger()
    assert window.index.row_of(event_id) is not None
    # undo the add itself
    ui.undo_action.trigger()
    ui.undo_action.trigger()
    assert window.index.row_of(event_id) is None and len(window.index) == bundled_count
    ui.redo_action.trigger()
    assert window.index.row_of(event_id) is not None


def test_own_events_are_exported_with_their_origin(open_window, tmp_path: Path) -> None:
    window = open_window()
    ui = window.workspace_ui
    dialog = ui.add_event()
    fill(dialog, start="2022", title="Own export row", source_text="Seen in an archive")
    ok_button(dialog).click()
    out = tmp_path / "all.csv"
    window.exporter.write_events(out, window.session.shown_filter)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    mine = [row for row in rows if row["origin"] == "mine"]
    assert [row["title"] for row in mine] == ["Own export row"]
    assert len(rows) == len(window.index)
    assert {row["origin"] for row in rows} == {"bundled", "mine"}


def test_csv_import_previews_and_imports_the_accepted_rows(open_window, tmp_path: Path) -> None:
    source = tmp_path / "mine.csv"
    source.write_text(
        "date,title,summary,category,source address\r\n"
        "2015-04-02,Forum in Astana,A forum,Economy,https://example.org/a\r\n"
        "2015-02-30,Bad date row,,Economy,https://example.org/b\r\n"
        "2016,,No title,Diplomacy,https://example.org/c\r\n"
        "2017-09,Cultural days,Concerts,Culture,https://example.org/d\r\n",
        encoding="utf-8",
    )
    window = open_window()
    before = len(window.index)
    dialog = menus.import_csv_file(window.workspace_ui, source)
    accepted = dialog.findChild(QTableWidget, "acceptedRows")
    rejected = dialog.findChild(QTableWidget, "rejectedRows")
    assert accepted.rowCount() == 2 and rejected.rowCount() == 2
    assert [rejected.item(r, 0).text() for r in range(2)] == ["3", "4"]
    assert rejected.item(0, 1).text()  # the reason
    assert len(window.index) == before  # nothing until Import
    dialog.import_button.click()
    assert len(window.index) == before + 2
    titles = {window.index.titles[row] for row in range(before, before + 2)}
    assert titles == {"Forum in Astana", "Cultural days"}


def test_a_workspace_moves_to_another_and_says_what_it_merged(open_window, tmp_path: Path) -> None:
    window = open_window(tmp_path / "laptop-a.sqlite")
    ui = window.workspace_ui
    event_id = window.index.ids[2]
    window.session.select([event_id], current=event_id)
    ui.toggle_star()
    ui.save_note(event_id, "", "carried over")
    transfer = tmp_path / "move.azkz-workspace"
    assert menus.export_to(ui, transfer)
    other = open_window(tmp_path / "laptop-b.sqlite")
    dialog = menus.import_workspace_file(other.workspace_ui, transfer)
    lines = dialog.findChild(QLabel, "mergeLines").text()
    assert "Stars added: 1;" in lines
    assert event_id not in other.workspace_ui.workspace.starred_ids()  # a preview changes nothing
    dialog.merge_button.click()
    assert event_id in other.workspace_ui.workspace.starred_ids()
    assert other.workspace_ui.workspace.note(event_id).text == "carried over"
    assert "Notes added: 1;" in other.workspace_ui.merge_report.text()


def test_without_a_workspace_the_window_runs_and_says_why(qtbot, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite"
    with open_workspace(newer) as workspace:
        workspace.connection.write(lambda db: db.execute("PRAGMA user_version = 999"))
    workspace, problem_text = open_for_window(path=newer)
    assert workspace is None and "newer" in problem_text
    window = MainWindow(
        open_database(bundled_database_path()), workspace=None, workspace_problem=problem_text
    )
    qtbot.addWidget(window)
    window.show()
    ui = window.workspace_ui
    for action in (ui.star_action, ui.add_action, ui.import_csv_action):
        assert not action.isEnabled()
        assert "newer" in action.toolTip()
    assert not window.filter_bar.starred_action.isEnabled()
    event_id = window.index.ids[1]
    window.session.select([event_id], current=event_id)
    ui.toggle_star()  # nothing happens, nothing breaks
    assert window.index.row_of(event_id) is not None


@pytest.mark.parametrize("language", ["en", "ru", "de"])
def test_showing_an_own_event_keeps_the_timeline_width(open_window, qtbot, language: str) -> None:
    """The detail pane's Edit and Delete keep their room while hidden: the dock never widens, so the
    timeline does not narrow (and shift what is under the pointer) when one's own event is selected."""
    from PySide6.QtWidgets import QApplication

    from azkz_desktop.data.workspace import OwnEventDraft
    from azkz_desktop.ui.languages import apply_language

    apply_language(language)
    window = open_window()
    ui = window.workspace_ui
    QApplication.processEvents()
    width = window.timeline.width()
    ui.stack.push(  # the new event becomes the one shown
        AddEventCommand(ui, OwnEventDraft(start="2015", title="Own", category="diplomacy", source_text="x"))
    )
    own = window.session.current
    assert ui.data.is_own(own) and ui.panel.edit_button.isVisibleTo(ui.panel)
    QApplication.processEvents()
    assert window.timeline.width() == width
    for event_id in (own, window.index.ids[3], own, ""):
        if event_id:
            window.session.make_current(event_id)
        else:
            window.session.clear_selection()
        QApplication.processEvents()
        assert window.timeline.width() == width, (language, event_id)
