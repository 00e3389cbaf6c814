"""The workspace panel fills its own background (panel.py): shown at a click, it is painted alone, not
the dock and window beneath it, and looks exactly as when they painted its background."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QWidget

from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.theme import apply_theme


class Paints(QObject):
    """The regions painted on the widgets it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRegion] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.regions.append(QRegion(event.region()))
        return False


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_click_paints_the_panel_and_not_the_dock_beneath(qtbot, window: MainWindow) -> None:
    """The dock may paint elsewhere (beside the pane, under a scroll bar that comes and goes)."""
    settle()
    dock = window.findChild(QWidget, "detailsDock")
    panel = window.workspace_ui.panel
    dock_paints, panel_paints = Paints(), Paints()
    for event_id in window.index.ids[:3]:
        dock.installEventFilter(dock_paints)
        panel.installEventFilter(panel_paints)
        window.session.make_current(event_id)  # from no selection: the panel comes into view
        settle()
        assert panel.isVisible()
        dock.removeEventFilter(dock_paints)
        panel.removeEventFilter(panel_paints)
        under_panel = QRegion(panel.geometry().translated(panel.parentWidget().mapTo(dock, QPoint(0, 0))))
        assert not any(region.intersects(under_panel) for region in dock_paints.regions)
        dock_paints.regions.clear()
        window.session.clear_selection()
        settle()
        assert not panel.isVisible()
    assert len(panel_paints.regions) >= 3


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_panel_looks_as_over_the_docks_background(qtbot, window: MainWindow, theme: str) -> None:
    panel = window.workspace_ui.panel

    def grab(filled: bool) -> QImage:
        panel.setAutoFillBackground(filled)
        window.repaint()
        settle()
        return window.grab().toImage()

    apply_theme(theme)
    try:
        window.session.make_current(window.index.ids[0])
        settle()
        assert panel.isVisible()
        assert grab(True) == grab(False)
    finally:
        panel.setAutoFillBackground(True)
        apply_theme("system")
