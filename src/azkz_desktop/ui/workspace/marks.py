"""The list's icons for an event's star, note and "mine" marks: painted glyphs, one pixmap per combination."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

GLYPHS = (("★", "#d99a00"), ("✎", "#2f9e62"), ("◇", "#7f7f7f"))  # starred, noted, mine
CELL = 14


def marks_icon(starred: bool, noted: bool, mine: bool, cache: dict[tuple[bool, bool, bool], QIcon]) -> QIcon:
    """An icon three cells wide showing the marks that apply, each always in its own place."""
    key = (starred, noted, mine)
    icon = cache.get(key)
    if icon is None:
        pixmap = QPixmap(3 * CELL, CELL)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        font = QFont()
        font.setPixelSize(CELL - 2)
        painter.setFont(font)
        for position, (on, (glyph, color)) in enumerate(zip(key, GLYPHS, strict=True)):
            if on:
                painter.setPen(QColor(color))
                painter.drawText(QRectF(position * CELL, 0, CELL, CELL), Qt.AlignmentFlag.AlignCenter, glyph)
        painter.end()
        icon = QIcon(pixmap)
        cache[key] = icon
    return icon
