"""Tooltips that show text as written: titles come from a database and are never read as markup."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt


def plain_tooltip(text: str) -> str:
    """`text` as Qt rich text that displays it verbatim: markup escaped, lines kept, long lines wrapped."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
