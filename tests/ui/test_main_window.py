"""The window opens on the bundled database and tells the user what it holds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTreeWidget

from azkz_desktop.app import main
from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.errors import DatabaseNotFound, NotADatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.controls_help import controls_dialog
from azkz_desktop.ui.event_table import EVENT_ID_ROLE
from azkz_desktop.ui.main_window import MainWindow


def test_status_bar_shows_the_event_count(window: MainWindow, database: RelationsDatabase) -> None:
    count = database.summary().event_count
    assert count >= 30
    assert window.status_label.text().startswith(f"{count} events")
    assert "offline" in window.status_label.text()


def test_event_table_lists_every_event_in_date_order(window: MainWindow, database: RelationsDatabase) -> None:
    table_model = window.event_table.model()
    assert table_model.rowCount() == database.summary().event_count
    ids = [table_model.index(row, 0).data(EVENT_ID_ROLE) for row in range(table_model.rowCount())]
    events = {event_id: database.event(event_id) for event_id in database.filtered_event_ids(EventFilter())}
    assert sorted(ids) == sorted(events)
    spans = [(events[i].span.first_day(), events[i].span.last_day()) for i in ids]
    assert spans == sorted(spans)
    assert table_model.index(0, 0).data() == "1936–1938"


def test_event_table_shows_dates_in_words(window: MainWindow) -> None:
    table_model = window.event_table.model()
    rows = {
        table_model.index(row, 0).data(EVENT_ID_ROLE): table_model.index(row, 0).data()
        for row in range(table_model.rowCount())
    }
    assert rows["rasizade-inauguration-2006"] == "11–12 January 2006"
    assert rows["ilham-aliyev-state-visit-2004"] == "1–2 March 2004"
    assert rows["bilateral-documents-2022-2024"] == "2022–2024"


def test_about_shows_the_licences_as_scrollable_plain_text(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    window.show_about()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    text = dialog.findChild(QPlainTextEdit, "aboutText")
    assert text.isReadOnly()
    shown = text.toPlainText()
    assert "CC BY-SA 4.0" in shown and "MIT" in shown
    assert "Wikipedia contributors" in shown and "https://creativecommons.org/licenses/by-sa/3.0/" in shown
    assert text.verticalScrollBar().maximum() > 0  # longer than the view: it scrolls
    dialog.close()


def test_about_names_every_bundled_document(window: MainWindow, database: RelationsDatabase) -> None:
    text = window.about_text()
    for document in database.documents(kind="full"):
        assert document.title in text
        assert document.outlet in text
    assert f"{database.summary().event_count} events" in text


def test_window_geometry_is_remembered(qtbot, database: RelationsDatabase) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    first.resize(760, 520)
    first.show()
    first.close()
    second = MainWindow(database)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 520)


def test_screenshot_writes_a_png_of_the_window(tmp_path: Path, qapp) -> None:
    target = tmp_path / "window.png"
    assert main(["--screenshot", str(target)]) == 0
    image = QImage(str(target))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_of_a_missing_database_fails_without_waiting(tmp_path: Path, qapp, capsys) -> None:
    code = main(["--db", str(tmp_path / "absent.sqlite"), "--screenshot", str(tmp_path / "x.png")])
    assert code == DatabaseNotFound.exit_code
    assert "absent.sqlite: no such file" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_screenshot_of_a_text_file_names_the_problem(tmp_path: Path, qapp, capsys) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("hello", encoding="utf-8")
    code = main(["--db", str(bogus), "--screenshot", str(tmp_path / "x.png")])
    assert code == NotADatabase.exit_code
    assert "not an SQLite database" in capsys.readouterr().err


def test_table_and_timeline_share_the_selection(window: MainWindow) -> None:
    table = window.event_table
    proxy = table.model()
    rows = {proxy.index(row, 0).data(EVENT_ID_ROLE): row for row in range(proxy.rowCount())}
    table.selectRow(rows["caspian-seabed-agreement-2001"])
    assert window.session.selection == {"caspian-seabed-agreement-2001"}
    assert window.timeline._selected_rows.sum() == 1
    window.session.select(["diplomatic-relations-1992", "veten-newspaper-2007"])
    selected = {index.data(EVENT_ID_ROLE) for index in table.selectionModel().selectedRows()}
    assert selected == {"diplomatic-relations-1992", "veten-newspaper-2007"}
    assert "2 selected" in window.status_label.text()


def test_double_click_in_the_list_zooms_the_timeline_to_the_event(qtbot, window: MainWindow) -> None:
    table = window.event_table
    proxy = table.model()
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(EVENT_ID_ROLE) == "nasimi-culture-centre-2006"
    )
    table.doubleClicked.emit(proxy.index(row, 1))
    start, end = window.session.window.as_tuple()
    day = window.index.span_days(window.index.row_of("nasimi-culture-centre-2006"))[0]
    assert start < day < end
    assert 90 <= end - start <= 200  # a few months of context around a day event, not a few days


def test_view_state_survives_a_restart(qtbot, database: RelationsDatabase) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    first.session.set_window(DaySpan(730000.0, 731000.0))
    first.session.set_lane_visible("culture", False)
    first.session.move_lane("economy", -1)
    first.session.select(
        ["caspian-seabed-agreement-2001", "diplomatic-relations-1992"],
        current="caspian-seabed-agreement-2001",
    )
    first.close()
    second = MainWindow(database)
    qtbot.addWidget(second)
    assert second.session.window.as_tuple() == pytest.approx((730000.0, 731000.0))
    assert second.session.visible_lanes == ["diplomacy", "economy", "treaties", "energy", "conflict"]
    assert second.session.selection == {"caspian-seabed-agreement-2001", "diplomatic-relations-1992"}
    assert second.session.current == "caspian-seabed-agreement-2001"


def test_hiding_a_lane_unselects_its_events_and_they_stay_unselected_after_a_restart(
    qtbot, database: RelationsDatabase
) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    first.session.select(["veten-newspaper-2007", "diplomatic-relations-1992"])
    first.session.set_lane_visible("culture", False)
    assert first.session.selection == {"diplomatic-relations-1992"}
    listed = {first.event_model.event_id_at(position) for position in range(first.event_model.rowCount())}
    assert "veten-newspaper-2007" not in listed and "diplomatic-relations-1992" in listed
    first.close()
    second = MainWindow(database)
    qtbot.addWidget(second)
    assert second.session.selection == {"diplomatic-relations-1992"}


def test_damaged_settings_do_not_stop_the_window(
    qtbot, database: RelationsDatabase, isolated_settings
) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings()
    settings.setValue("window/geometry", "not bytes")
    settings.setValue("timeline/window", ["nan", "x"])
    settings.setValue("timeline/lane_order", 42)
    settings.setValue("selection/ids", ["no-such-event"])
    settings.sync()
    window = MainWindow(database)
    qtbot.addWidget(window)
    default = window.session.window.as_tuple()
    window.timeline.fit_all()
    assert window.session.window.as_tuple() == default  # the damaged window was ignored: the default view
    assert window.session.selection == frozenset()


@pytest.mark.parametrize(("column", "key"), [(1, "title"), (2, "category"), (3, "sources")])
def test_the_list_sorts_by_any_column_both_ways(window: MainWindow, column: int, key: str) -> None:
    table = window.event_table
    model = table.model()

    def values() -> list:
        cells = [model.index(row, column).data() for row in range(model.rowCount())]
        return [cell.casefold() if isinstance(cell, str) else cell for cell in cells]

    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert values() == sorted(values())
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert values() == sorted(values(), reverse=True)
    assert model.rowCount() == len(window.index.ids) >= 140


def test_a_garbage_settings_file_does_not_stop_the_window(qtbot, database, isolated_settings) -> None:
    from PySide6.QtCore import QSettings

    path = Path(QSettings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\xff[[[\n=\x9c garbage\n[window]\ngeometry=@ByteArray(\\x01\\x02)\n")
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window.session.event_filter.is_empty
    assert window.status_label.text().startswith(f"{len(window.index.ids)} events")


def test_about_and_check_give_the_period_at_its_precision(window: MainWindow, capsys) -> None:
    assert f"{len(window.index.ids)} events from 1936 to " in window.about_text()
    assert "1936-01-01" not in window.about_text()
    assert main(["check"]) == 0
    assert any(line.startswith("period: 1936 to 2025-") for line in capsys.readouterr().out.splitlines())


def test_keyboard_and_mouse_help_is_a_table(qtbot, window: MainWindow) -> None:
    dialog = controls_dialog(window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTreeWidget, "controlsTable")
    assert table.columnCount() == 2
    rows = {
        table.topLevelItem(n).child(r).text(0): table.topLevelItem(n).child(r).text(1)
        for n in range(table.topLevelItemCount())
        for r in range(table.topLevelItem(n).childCount())
    }
    assert rows["Ctrl+0"] == "Fit all"
    assert "replaces the selection" in rows["Shift+drag"]
    assert "Add" in rows["Ctrl+Shift+drag"]
    assert all(keys.strip() == keys and action for keys, action in rows.items())


def test_a_screenshot_run_writes_no_warnings(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    home = tmp_path / "home"
    home.mkdir()
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "azkz_desktop", "--screenshot", str(target)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()
    assert "propagateSizeHints" not in result.stderr
    assert "QTextCursor" not in result.stderr


def test_a_database_without_arrays_opens_and_says_it_is_slower(qtbot, modified_copy) -> None:
    from PySide6.QtWidgets import QLabel

    from azkz_desktop.data.database import open_database

    window = MainWindow(open_database(modified_copy("DROP TABLE timeline_arrays")))
    qtbot.addWidget(window)
    label = window.findChild(QLabel, "slowOpen")
    assert not label.isHidden()
    assert "every event read" in label.text() and "no stored timeline arrays" in label.text()
    assert window.event_model.rowCount() >= 140


def test_the_bundled_database_opens_without_the_slow_note(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    assert window.findChild(QLabel, "slowOpen").isHidden()
