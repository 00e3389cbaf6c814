"""The workspace panel fills its own background (panel.py): repainted at a click, it is painted alone,
not the dock and window beneath it, and looks exactly as when they painted its background. It stays in
place whatever is selected: the detail pane above it keeps its height."""

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


def test_a_click_paints_the_panel_and_not_the_dock_beneath(qtbot, open_window) -> None:
    """The dock may paint elsewhere (beside the pane, under a scroll bar that comes and goes)."""
    window = open_window()
    settle()
    dock = window.findChild(QWidget, "detailsDock")
    panel = window.workspace_ui.panel
    dock_paints, panel_paints = Paints(), Paints()
    for event_id in window.index.ids[:3]:
        dock.installEventFilter(dock_paints)
        panel.installEventFilter(panel_paints)
        window.session.make_current(event_id)  # from no selection: the panel's controls come alive
        settle()
        assert panel.isVisible() and panel.star_button.isEnabled() and panel.editor.isEnabled()
        dock.removeEventFilter(dock_paints)
        panel.removeEventFilter(panel_paints)
        under_panel = QRegion(panel.geometry().translated(panel.parentWidget().mapTo(dock, QPoint(0, 0))))
        assert not any(region.intersects(under_panel) for region in dock_paints.regions)
        dock_paints.regions.clear()
        shown_at = (panel.geometry(), window.details.geometry())
        window.session.clear_selection()
        settle()
        assert panel.isVisible() and (panel.geometry(), window.details.geometry()) == shown_at
        assert not panel.star_button.isEnabled() and not panel.editor.isEnabled()
        assert "Select one event" in panel.editor.placeholderText()
        assert "Select one event" in panel.star_button.toolTip()
    assert len(panel_paints.regions) >= 3


def test_without_a_workspace_the_panel_stays_disabled_whatever_is_selected(qtbot, window) -> None:
    panel = window.workspace_ui.panel
    why = panel.star_button.toolTip()
    assert "workspace" in why.lower()
    for selected in ([window.index.ids[0]], [], window.index.ids[:2]):
        window.session.select(selected)
        settle()
        assert panel.isVisible() and not panel.star_button.isEnabled() and not panel.editor.isEnabled()
        assert panel.star_button.toolTip() == why  # still why there is no workspace


def test_the_panel_is_disabled_over_several_selected_events(qtbot, open_window) -> None:
    window = open_window()
    panel = window.workspace_ui.panel
    first, second = window.index.ids[:2]
    window.session.make_current(first)
    settle()
    assert panel.editor.isEnabled() and panel.editor.placeholderText().startswith("Your note")
    window.session.select([first, second], current=second)
    settle()
    assert panel.isVisible() and not panel.editor.isEnabled() and not panel.star_button.isEnabled()
    assert not panel.editor.placeholderText().startswith("Your note")
    window.session.select([second])
    settle()
    assert panel.editor.isEnabled() and panel.star_button.isEnabled()


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
