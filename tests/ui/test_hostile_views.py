"""The hostile corpus in the window: every view is shown and the affected event opened; the window keeps
running, counts what it skipped, and `check` fails whenever it does. Markup from the data is never rich text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel

from azkz_desktop import exit_codes
from azkz_desktop.app import main
from azkz_desktop.data.database import open_database
from azkz_desktop.ui import guard
from azkz_desktop.ui.main_window import MainWindow
from tests.hostile_corpus import CORPUS, Hostile

CASES = [pytest.param(case, id=case.name) for case in CORPUS if not case.special]
MARKUP_CASES = [pytest.param(case, id=case.name) for case in CORPUS if case.name.startswith("markup")]


def shown_window(qtbot, path: Path, case: Hostile) -> MainWindow:
    window = MainWindow(open_database(path))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    if case.search:
        window.filter_bar.search.setText(case.search)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        window.grab()
    window.tabs.setCurrentIndex(0)
    window.session.select([case.event], current=case.event)
    QApplication.processEvents()
    window.grab()
    model = window.event_model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                model.data(model.index(row, column), role)
    return window


@pytest.mark.parametrize("case", CASES)
def test_the_window_survives_and_check_names_what_it_skips(qtbot, tmp_path: Path, case: Hostile) -> None:
    path = case.make(tmp_path)
    guard._problems.clear()
    window = shown_window(qtbot, path, case)
    damage = window._database.skipped_rows + guard.shown_problems()
    window._update_status()
    assert window.problems_label.isVisibleTo(window) == bool(damage)
    if damage:
        assert main(["check", "--db", str(path)]) != exit_codes.OK, damage
        assert str(len(damage)) in window.problems_label.text()
    window.close()


def rich(text: str) -> bool:
    return "<img" in text or "<b style" in text


@pytest.mark.parametrize("case", MARKUP_CASES)
def test_markup_in_the_data_is_never_rendered(qtbot, tmp_path: Path, case: Hostile) -> None:
    window = shown_window(qtbot, case.make(tmp_path), case)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        for widget in QApplication.allWidgets():
            if isinstance(widget, QLabel) and rich(widget.text()):
                assert widget.textFormat() == Qt.TextFormat.PlainText, widget.text()[:80]
            tip = widget.toolTip()
            assert not (rich(tip) and GuiQt.mightBeRichText(tip)), tip[:120]
    model = window.event_model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            assert not (isinstance(tip, str) and rich(tip)), tip[:120]
    window.close()


def test_a_raising_override_is_counted_not_fatal(qtbot, tmp_path: Path) -> None:
    guard._problems.clear()

    class Broken:
        @guard.guarded(0)
        def rowCount(self) -> int:
            raise ValueError("year 0 is out of range")

    assert Broken().rowCount() == 0
    assert guard.shown_problems() == ["Broken.rowCount: ValueError: year 0 is out of range"]
