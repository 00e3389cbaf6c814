"""The overview strip as a screen reader sees it: a slider over the whole period, its value the window.

The value is where the window starts, in years with their fraction (2019.5 is the start of July 2019),
between the start of the period and the latest start that still ends inside it; a screen reader can set
it, and the slider's increase and decrease actions move the window a step later or earlier. The name
says the same in words ("Overview: showing 2022 to 2024").
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleValueChangeEvent,
    QAccessibleValueInterface,
)
from PySide6.QtWidgets import QAccessibleWidget

from azkz_desktop.ui.accessibility.interfaces import inherited, interface_pointer
from azkz_desktop.ui.accessibility.timeline_items import window_words
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.timeline.geometry import PAN_FRACTION

if TYPE_CHECKING:
    from shiboken6 import VoidPtr

    from azkz_desktop.ui.timeline.overview import OverviewStrip

CONTEXT = "OverviewAccessible"
SETTLE_MS = 400
VALUE_DECIMALS = 2


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def overview_value(strip: OverviewStrip) -> str:
    """ "1990 to 2026": the stretch of time the timeline shows."""
    start, end = strip.session.window.as_tuple()
    return window_words(start, end)


def year_of(day: float) -> float:
    """A day number as a year with its fraction: 1 January 2020 is 2020.0, 2 July 2020 about 2020.5."""
    whole = max(int(day // 1), 1)
    date = dt.date.fromordinal(whole)
    first = dt.date(date.year, 1, 1).toordinal()
    length = dt.date(date.year + 1, 1, 1).toordinal() - first if date.year < dt.MAXYEAR else 365
    return date.year + (whole - first + (day - whole)) / length


def day_of(year: float) -> float:
    """The inverse of `year_of`: the day number at a year with its fraction."""
    whole = min(max(int(year // 1), dt.MINYEAR), dt.MAXYEAR - 1)
    first = dt.date(whole, 1, 1).toordinal()
    length = dt.date(whole + 1, 1, 1).toordinal() - first
    return first + (year - whole) * length


class OverviewValue(QAccessibleValueInterface):
    """The window's start in years; kept apart from the widget's interface (see `interfaces`)."""

    def __init__(self, strip: OverviewStrip) -> None:
        super().__init__()
        self.strip = strip

    def _bounds(self) -> tuple[float, float]:
        session = self.strip.session
        full = session.padded_full_range
        start = session.window.start
        latest = max(full.end - session.window.length, full.start)
        return min(year_of(full.start), year_of(start)), max(year_of(latest), year_of(start))

    def currentValue(self) -> float:
        return round(year_of(self.strip.session.window.start), VALUE_DECIMALS)

    def minimumValue(self) -> float:
        return round(self._bounds()[0], VALUE_DECIMALS)

    def maximumValue(self) -> float:
        return round(self._bounds()[1], VALUE_DECIMALS)

    def minimumStepSize(self) -> float:
        return round(self.strip.session.window.length * PAN_FRACTION / 365.25, VALUE_DECIMALS)

    def setCurrentValue(self, value: object) -> None:
        """A screen reader sets the slider: the window starts at that year, its length kept."""
        try:
            year = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return
        if year == year and abs(year) != float("inf"):  # not NaN or infinite
            self.strip.move_start_to(day_of(year))


class OverviewAccessible(QAccessibleWidget):
    """A slider-like control: "Overview: showing 1990 to 2026", with the window's start as its value."""

    def __init__(self, strip: OverviewStrip) -> None:
        super().__init__(strip, QAccessible.Role.Slider)
        self.strip = strip
        self.value = OverviewValue(strip)
        OverviewSpeaker(strip)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.ValueInterface:
            return interface_pointer(self.value)
        return inherited(super().interface_cast(kind))  # the action interface QAccessibleWidget is

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return QCoreApplication.translate("OverviewAccessible", "Overview: showing %1").replace(
                "%1", overview_value(self.strip)
            )
        if kind == QAccessible.Text.Value:
            return overview_value(self.strip)
        if kind == QAccessible.Text.Description:
            return QCoreApplication.translate(
                "OverviewAccessible",
                "The whole period; the frame marks the stretch the timeline shows. "
                "Left and Right move it, plus and minus zoom, Home and End go to the ends",
            )
        return super().text(kind)

    # ---- the action interface QAccessibleWidget already is -----------------------------------------

    def actionNames(self) -> list[str]:
        steps = [QAccessibleActionInterface.increaseAction(), QAccessibleActionInterface.decreaseAction()]
        return steps + [name for name in super().actionNames() if name not in steps]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.increaseAction():
            self.strip.session.pan_by_fraction(PAN_FRACTION)
        elif name == QAccessibleActionInterface.decreaseAction():
            self.strip.session.pan_by_fraction(-PAN_FRACTION)
        else:
            super().doAction(name)

    def localizedActionDescription(self, name: str) -> str:
        if name == QAccessibleActionInterface.increaseAction():
            return QCoreApplication.translate("OverviewAccessible", "Move the window later")
        if name == QAccessibleActionInterface.decreaseAction():
            return QCoreApplication.translate("OverviewAccessible", "Move the window earlier")
        return super().localizedActionDescription(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        if name == QAccessibleActionInterface.increaseAction():
            return ["Right"]
        if name == QAccessibleActionInterface.decreaseAction():
            return ["Left"]
        return super().keyBindingsForAction(name)


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
        if not self._strip.isVisible():
            return
        QAccessible.updateAccessibility(QAccessibleEvent(self._strip, QAccessible.Event.NameChanged))
        value = round(year_of(self._strip.session.window.start), VALUE_DECIMALS)
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(self._strip, value))
