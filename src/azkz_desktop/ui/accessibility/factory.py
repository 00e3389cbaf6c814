"""The accessibility factory: interfaces for the widgets Qt cannot describe because we paint them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

from azkz_desktop.ui.timeline.overview import OverviewStrip
from azkz_desktop.ui.timeline.widget import TimelineWidget

_installed = False


def accessible_for(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt asks this for every object it describes; None leaves it to Qt's own interfaces.

    The interfaces load on the first question, which Qt asks only once a screen reader listens."""
    if isinstance(obj, TimelineWidget):
        from azkz_desktop.ui.accessibility.timeline import TimelineAccessible

        return TimelineAccessible(obj)
    if isinstance(obj, OverviewStrip):
        from azkz_desktop.ui.accessibility.overview import OverviewAccessible

        return OverviewAccessible(obj)
    return None


def install() -> None:
    """Install the factory, once per process (Qt keeps every factory it is given)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(accessible_for)
        _installed = True
