"""Accessible names for the window's fields, lists and panes whose visible text does not say what they are.

A button's text is its name; a search box's placeholder, a date field or a list has none a screen reader
can speak. The names are set here, in one place, by object name, so a field added later without one is
caught by the test that walks the window (tests/ui/test_accessible_names.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "AccessibleNames"

# object name: (name, description); the description may be empty
NAMES: dict[str, tuple[str, str]] = {
    "search": (
        QT_TRANSLATE_NOOP("AccessibleNames", "Search events and documents"),
        QT_TRANSLATE_NOOP("AccessibleNames", "Type words; Enter selects the first event found"),
    ),
    "date_from": (
        QT_TRANSLATE_NOOP("AccessibleNames", "From date"),
        QT_TRANSLATE_NOOP("AccessibleNames", "Year, year-month or full date, such as 2004 or 2004-03"),
    ),
    "date_to": (
        QT_TRANSLATE_NOOP("AccessibleNames", "To date"),
        QT_TRANSLATE_NOOP("AccessibleNames", "Year, year-month or full date, such as 2024 or 2024-12-31"),
    ),
    "peopleSearch": (QT_TRANSLATE_NOOP("AccessibleNames", "Find a person"), ""),
    "peopleList": (
        QT_TRANSLATE_NOOP("AccessibleNames", "People"),
        QT_TRANSLATE_NOOP("AccessibleNames", "Tick names to show only their events"),
    ),
    "eventTable": (
        QT_TRANSLATE_NOOP("AccessibleNames", "Events"),
        QT_TRANSLATE_NOOP("AccessibleNames", "The events shown, by date; Enter shows one's details"),
    ),
    "details": (
        QT_TRANSLATE_NOOP("AccessibleNames", "Details"),
        QT_TRANSLATE_NOOP("AccessibleNames", "The current event and its sources"),
    ),
    "documentFilter": (
        QT_TRANSLATE_NOOP("AccessibleNames", "Filter documents"),
        QT_TRANSLATE_NOOP("AccessibleNames", "By title, outlet or date"),
    ),
    "documentSort": (QT_TRANSLATE_NOOP("AccessibleNames", "Sort documents"), ""),
    "documentList": (QT_TRANSLATE_NOOP("AccessibleNames", "Documents"), ""),
    "documentText": (QT_TRANSLATE_NOOP("AccessibleNames", "Document text"), ""),
    "citingEvents": (QT_TRANSLATE_NOOP("AccessibleNames", "Events citing this document"), ""),
    "tabs": (QT_TRANSLATE_NOOP("AccessibleNames", "Views"), ""),
    "tradePlot": (
        QT_TRANSLATE_NOOP("AccessibleNames", "Trade chart"),
        QT_TRANSLATE_NOOP(
            "AccessibleNames", "View, Show Figures as Table, reads the same figures as a table"
        ),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def name_widgets(root: QWidget) -> int:
    """Give every known descendant of `root` its accessible name (and description) unless it has one."""
    named = 0
    # One search per known name: Qt walks the tree itself, and only the matches get Python wrappers
    # (wrapping every descendant of the main window cost a visible part of the launch).
    for object_name, (name, description) in NAMES.items():
        for widget in root.findChildren(QWidget, object_name):
            if not widget.accessibleName():
                widget.setAccessibleName(_tr(name))
                named += 1
            if description and not widget.accessibleDescription():
                widget.setAccessibleDescription(_tr(description))
    return named
