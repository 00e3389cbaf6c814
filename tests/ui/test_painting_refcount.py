"""Regression: some PySide6 builds drop a reference to None on every QPainter call returning nothing.

With PySide6-Essentials 6.12.0 on CPython 3.11 the interpreter aborts ("none_dealloc") after a few hundred
repaints. The pinned version must not leak: repaint many times and watch None's reference count.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

CALLS_PER_PAINT = 4
PAINTS = 400


class PaintingWidget(QWidget):
    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(QColor("black")))
        painter.fillRect(QRect(0, 0, 10, 10), QColor("red"))
        painter.drawRect(QRect(5, 5, 20, 20))
        painter.drawLine(0, 0, 30, 30)
        painter.end()


def test_repainting_keeps_none_alive(qtbot) -> None:
    widget = PaintingWidget()
    qtbot.addWidget(widget)
    widget.resize(64, 64)
    widget.show()
    widget.grab()
    before = sys.getrefcount(None)
    for _ in range(PAINTS):
        widget.grab()
    after = sys.getrefcount(None)
    # A leaking build loses CALLS_PER_PAINT references per paint: 1,600 here.
    assert after >= before - PAINTS // 4, (before, after)
    assert widget.testAttribute(Qt.WidgetAttribute.WA_WState_Visible)
