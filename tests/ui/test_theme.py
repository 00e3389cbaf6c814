"""View → Theme: light, dark or the system's colours, applied at once and remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.theme import apply_theme


@pytest.fixture(autouse=True)
def back_to_system() -> Iterator[None]:
    yield
    apply_theme("system")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def first_highlight_lightness(window: MainWindow) -> int:
    selections = window.documents.text.extraSelections()
    text_format = selections[0].format
    return text_format.background().color().lightness()


def test_dark_is_applied_live_and_remembered(qtbot, window: MainWindow, database: RelationsDatabase) -> None:
    assert window.theme_actions["system"].isChecked()
    window.theme_actions["dark"].trigger()
    assert is_dark(QApplication.palette())
    QApplication.processEvents()
    assert is_dark(window.event_table.palette()) and is_dark(window.details.palette())
    assert QApplication.style().name().casefold() == "fusion"
    text = window.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() > 180  # light text on the dark window: readable
    window.tabs.setCurrentWidget(window.documents)
    window.documents.show_document(database.documents(kind="full")[0].id)
    selections = window.documents.text.extraSelections()
    assert selections and selections[0].format.background().color().lightness() < 128
    window.close()
    again = MainWindow(database)
    qtbot.addWidget(again)
    assert again.theme_actions["dark"].isChecked()
    assert is_dark(QApplication.palette())
    again.theme_actions["light"].trigger()
    assert not is_dark(QApplication.palette())


def test_the_reader_recolours_its_highlights_when_the_theme_changes(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    window.tabs.setCurrentWidget(window.documents)
    window.documents.show_document(database.documents(kind="full")[0].id)
    assert first_highlight_lightness(window) > 128
    window.set_theme("dark")
    QApplication.processEvents()
    assert first_highlight_lightness(window) < 128
