"""Counted phrases in the singular or plural ("1 event", "2 events"), each form translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def counted(count: int, one: str, many: str, context: str = "Counted") -> str:
    """`one` or `many` (each with "%n" for the number) through Qt's translation, the number filled in."""
    text = QCoreApplication.translate(context, one if count == 1 else many)
    return text.replace("%n", f"{count:,}")
