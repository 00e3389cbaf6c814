"""Export from the window: the same rows as the command line, images of the timeline, errors in dialogs."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from azkz_desktop.app import main
from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, database: RelationsDatabase) -> MainWindow:
    shown = MainWindow(database)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_window_and_command_line_export_the_same_rows(window: MainWindow, tmp_path: Path) -> None:
    window.session.set_filter(EventFilter(categories=frozenset({"culture", "conflict"}), text="Kazakhstan"))
    from_window = tmp_path / "window.csv"
    count = window.exporter.write_events(from_window, window.session.event_filter)
    from_cli = tmp_path / "cli.csv"
    arguments = ["export", "--category", "culture", "--category", "conflict", "--query", "Kazakhstan"]
    assert main([*arguments, "-o", str(from_cli)]) == 0
    assert count > 0
    assert from_window.read_bytes() == from_cli.read_bytes()
    assert f"Exported {count} events to {from_window}" == window.statusBar().currentMessage()


def test_selected_events_export_only_those(window: MainWindow, tmp_path: Path) -> None:
    window.session.select(["veten-newspaper-2007", "diplomatic-relations-1992"])
    path = tmp_path / "selected.csv"
    window.exporter.write_events(path, EventFilter(ids=window.session.selection))
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))  # a row with several sources spans several lines
    assert len(rows) == 3
    assert rows[1][0] == "diplomatic-relations-1992" and rows[2][0] == "veten-newspaper-2007"


def test_the_bom_option_is_remembered_and_used(window: MainWindow, tmp_path: Path) -> None:
    window.exporter.bom_action.setChecked(True)
    path = tmp_path / "excel.csv"
    window.exporter.write_events(path, EventFilter())
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("width", [800, 2400])
def test_timeline_image_as_png_at_the_chosen_width(window: MainWindow, tmp_path: Path, width: int) -> None:
    path = tmp_path / "timeline.png"
    window.exporter.write_image(path, width)
    image = QImage(str(path))
    assert image.width() == width
    assert image.height() > window.timeline.height()  # the timeline, with a title above and a legend below
    colors = {image.pixelColor(x, y).name() for x in range(0, width, 5) for y in range(0, image.height(), 5)}
    lane_colors = {category.color for category in window.categories}
    assert len(colors) > 20, "the image should show lanes, markers and labels, not a blank"
    assert colors & lane_colors, "the lanes' colours should appear"


def test_timeline_image_as_svg(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "timeline.svg"
    window.exporter.write_image(path, 1000)
    root = ElementTree.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = path.read_text(encoding="utf-8")
    assert "Diplomacy" in text and "1990" in text


def test_an_unsupported_image_type_and_a_folder_are_refused(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    folder = tmp_path / "out"
    folder.mkdir()
    window.exporter._run(lambda: window.exporter.write_image(folder / "timeline.gif", 800))
    window.exporter._run(lambda: window.exporter.write_events(folder, EventFilter()))
    assert shown == [
        f"{folder / 'timeline.gif'}: choose a name ending in .png or .svg",
        f"{folder}: this is a folder; choose a file name",
    ]
    assert list(folder.iterdir()) == []


def test_export_actions_are_in_the_file_menu_and_context_menus(window: MainWindow) -> None:
    texts = [action.text() for action in window.file_menu.actions()]
    assert "&Export Selected Events…" in texts and "Export &All Shown Events…" in texts
    assert "Export Timeline &Image…" in texts
    assert window.export_selected_action.shortcut().toString() == "Ctrl+E"
    assert window.export_selected_action in window.timeline.context_actions
    assert window.export_shown_action in window.event_table.context_actions


def test_one_exported_event_is_counted_in_the_singular(window: MainWindow, tmp_path: Path, capsys) -> None:
    path = tmp_path / "one.csv"
    window.exporter.write_events(path, EventFilter(ids=frozenset({"veten-newspaper-2007"})))
    assert window.statusBar().currentMessage() == f"Exported 1 event to {path}"
    assert main(["export", "--ids", "veten-newspaper-2007", "-o", str(tmp_path / "cli.csv")]) == 0
    assert "exported 1 event to " in capsys.readouterr().err


def test_file_dialogs_start_in_the_documents_folder(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda location: str(documents)))
    asked: list[str] = []

    def fake_dialog(parent, title, folder, *rest):
        asked.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    window.ask_open_database()
    window.exporter.export_shown()
    assert asked[0] == str(documents)
    assert Path(asked[1]).parent == documents
    remembered = tmp_path / "elsewhere"
    remembered.mkdir()
    QSettings().setValue("open/folder", str(remembered))
    window.ask_open_database()
    assert asked[2] == str(remembered)
