"""The overview strip as a screen reader sees it: a slider over the whole period, its value the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAccessibleWidget

from azkz_desktop.ui.accessibility.timeline_items import window_words
from azkz_desktop.ui.session_binding import bind

if TYPE_CHECKING:
    from azkz_desktop.ui.timeline.overview import OverviewStrip

CONTEXT = "OverviewAccessible"
SETTLE_MS = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def overview_value(strip: OverviewStrip) -> str:
    """ "1990 to 2026": the stretch of time the timeline shows."""
    start, end = strip.session.window.as_tuple()
    return window_words(start, end)


class OverviewAccessible(QAccessibleWidget):
    """A slider-like control: "Overview: showing 1990 to 2026", with the shown stretch as its value."""

    def __init__(self, strip: OverviewStrip) -> None:
        super().__init__(strip, QAccessible.Role.Slider)
        self.strip = strip
        OverviewSpeaker(strip)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return QCoreApplication.translate("OverviewAccessible", "Overview: showing %1").replace(
                "%1", overview_value(self.strip)
            )
        if kind == QAccessible.Text.Value:
            return overview_value(self.strip)
        if kind == QAccessible.Text.Description:
            return QCoreApplication.translate(
                "OverviewAccessible", "The whole period; the frame marks the stretch the timeline shows"
            )
        return super().text(kind)


class OverviewSpeaker(QObject):
    """Tells assistive technology the strip's name and value changed, once a zoom or pan settles."""

    def __init__(self, strip: OverviewStrip) -> None:
        super().__init__(strip)
        self._strip = strip
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._tell)
        bind(strip.session.window_changed, strip, lambda *_: self._settle.start())

    def _tell(self) -> None:
        if self._strip.isVisible():
            # The name carries the value: without a value interface, a ValueChanged event says nothing.
            QAccessible.updateAccessibility(QAccessibleEvent(self._strip, QAccessible.Event.NameChanged))
