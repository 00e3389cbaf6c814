"""Rectangles drawn from one array paint exactly what drawRects of a list of QRectF paints."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from azkz_desktop.ui.timeline import rect_array
from azkz_desktop.ui.timeline.rect_array import RectArray


def painted(draw, pen: bool) -> QImage:
    image = QImage(320, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#803000"), 1, Qt.PenStyle.DashLine) if pen else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(40, 110, 200))
    draw(painter)
    painter.end()
    return image


def random_rects(count: int, seed: int) -> RectArray:
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(-20, 320, count), rng.uniform(-5, 190, count)
    return RectArray(x, y, rng.uniform(0, 40, count), 12.5)


@pytest.mark.parametrize("count", [1, 7, 300])
@pytest.mark.parametrize("pen", [False, True])
def test_an_array_paints_as_a_list_of_its_rectangles(qapp: object, count: int, pen: bool) -> None:
    rects = random_rects(count, count)
    listed = [QRectF(*row) for row in rects.values.tolist()]
    expected = painted(lambda painter: painter.drawRects(listed), pen)
    assert painted(rects.draw, pen) == expected
    assert [r.getRect() for r in rects.rects()] == [r.getRect() for r in listed]
    assert painted(lambda painter: None, pen) != expected, "the rectangles are visible"


def test_the_rows_are_what_was_given_and_cannot_change(qapp: object) -> None:
    rects = RectArray(np.array([1.0, 2.0]), np.array([3.0, 4.0]), np.array([5.0, 6.0]), 7.0)
    assert rects.values.tolist() == [[1.0, 3.0, 5.0, 7.0], [2.0, 4.0, 6.0, 7.0]]
    with pytest.raises(ValueError):
        rects.values[0, 0] = 9.0
    assert len(RectArray(np.empty(0), 0.0, np.empty(0), 1.0)) == 0


def test_without_pointers_the_rectangles_go_as_a_list(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    rects = random_rects(50, 3)
    expected = painted(rects.draw, False)
    monkeypatch.setattr(rect_array, "_BY_POINTER", [False])
    fallback = random_rects(50, 3)
    assert fallback._first is None
    assert painted(fallback.draw, False) == expected


def test_runs_of_one_array_paint_as_their_own_rows(qapp: object) -> None:
    rows = random_rects(90, 11).values.copy()
    cuts = [0, 10, 10, 55, 90]
    runs = RectArray.runs(rows, cuts)
    assert [len(run) for run in runs] == [10, 0, 45, 35]
    for run, (start, stop) in zip(runs, itertools.pairwise(cuts), strict=True):
        listed = [QRectF(*row) for row in rows[start:stop].tolist()]
        assert painted(run.draw, True) == painted(lambda painter, r=listed: painter.drawRects(r), True)
    with pytest.raises(ValueError, match="four float64"):
        RectArray.runs(rows[:, :3], [0, 3])
