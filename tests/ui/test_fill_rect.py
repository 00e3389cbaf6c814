"""`painting.fill_rect` fills exactly what QPainter.fillRect fills and leaves the painter as it was.

The timeline and the overview strip fill their backgrounds with it (fillRect's overloads make PySide set
up the gradient classes at a launch's first paint). A rectangle drawn without a pen would not do: in the
window it fills one more row along a lane's edge, which the last test sees.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from azkz_desktop.ui.timeline.painting import fill_rect


def painted(fill, rect: QRectF, color: QColor, scale: float, antialiased: bool) -> QImage:
    image = QImage(160, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
    fill(painter, rect, color)
    painter.end()
    return image


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5, 2.0])
@pytest.mark.parametrize("antialiased", [False, True])
def test_the_same_pixels_as_fill_rect(scale: float, antialiased: bool) -> None:
    generator = random.Random(19)
    halves = [QRectF(0, 10.5, 100, 20), QRectF(3.5, 0.5, 40.5, 60.5), QRectF(0, 0, 120, 33.25)]
    rects = halves + [
        QRectF(
            generator.uniform(0, 40),
            generator.uniform(0, 40),
            generator.uniform(0, 60),
            generator.uniform(0, 60),
        )
        for _ in range(40)
    ]
    color = QColor("#4e79a7")
    for rect in rects:
        expected = painted(lambda p, r, c: p.fillRect(r, c), rect, color, scale, antialiased)
        assert painted(fill_rect, rect, color, scale, antialiased) == expected, rect


def test_the_painters_pen_brush_and_background_are_kept() -> None:
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setPen(QColor("red"))
    painter.setBrush(QBrush(QColor("blue"), Qt.BrushStyle.Dense4Pattern))
    painter.setBackground(QColor("green"))
    fill_rect(painter, QRectF(0, 0, 10, 10), QColor("black"))
    assert painter.pen().color() == QColor("red")
    assert painter.brush().color() == QColor("blue")
    assert painter.brush().style() == Qt.BrushStyle.Dense4Pattern
    assert painter.background().color() == QColor("green")
    painter.end()
    assert image.pixelColor(5, 5) == QColor("black")


def fill_rect_by_qt(painter: QPainter, rect: QRectF, color: QColor) -> None:
    painter.fillRect(rect, color)


def test_the_window_looks_as_filled_by_fill_rect(qtbot, database, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from azkz_desktop.ui.main_window import MainWindow
    from azkz_desktop.ui.timeline import overview, painting

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    ours = window.grab().toImage()
    monkeypatch.setattr(painting, "fill_rect", fill_rect_by_qt)
    monkeypatch.setattr(overview, "fill_rect", fill_rect_by_qt)
    assert window.grab().toImage() == ours
