"""Accessible names for the window's fields, lists and panes whose visible text does not say what they are.

A button's text is its name; a search box's placeholder, a date field or a list has none a screen reader
can speak. The names are set here, in one place, by object name, so a field added later without one is
caught by the test that walks the window (tests/ui/test_accessible_names.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

CONTEXT = "AccessibleNames"

# object name: (name, description); the description may be empty
NAMES: dict[str, tuple[str, str]] = {
    "search": ("Search events and documents", "Type words; Enter selects the first event found"),
    "date_from": ("From date", "Year, year-month or full date, such as 2004 or 2004-03"),
    "date_to": ("To date", "Year, year-month or full date, such as 2024 or 2024-12-31"),
    "peopleSearch": ("Find a person", ""),
    "peopleList": ("People", "Tick names to show only their events"),
    "eventTable": ("Events", "The events shown, by date; Enter shows one's details"),
    "details": ("Details", "The current event and its sources"),
    "documentFilter": ("Filter documents", "By title, outlet or date"),
    "documentSort": ("Sort documents", ""),
    "documentList": ("Documents", ""),
    "documentText": ("Document text", ""),
    "citingEvents": ("Events citing this document", ""),
    "tabs": ("Views", ""),
    "tradePlot": ("Trade chart", "View, Show Figures as Table, reads the same figures as a table"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def name_widgets(root: QWidget) -> int:
    """Give every known descendant of `root` its accessible name (and description) unless it has one."""
    named = 0
    for widget in root.findChildren(QWidget):
        entry = NAMES.get(widget.objectName())
        if entry is None:
            continue
        name, description = entry
        if not widget.accessibleName():
            widget.setAccessibleName(_tr(name))
            named += 1
        if description and not widget.accessibleDescription():
            widget.setAccessibleDescription(_tr(description))
    return named
