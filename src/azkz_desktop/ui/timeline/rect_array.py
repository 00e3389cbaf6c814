"""Rectangles kept in one numpy array and drawn by one QPainter call, without a QRectF object for each.

A QRectF is four doubles (x, y, width, height), so the rows of a C-ordered float64 array of four columns
lie in memory as an array of QRectF would. `QPainter::drawRects(const QRectF *, int)` takes exactly that:
PySide6 passes it the address of a QRectF wrapper, and `shiboken6.wrapInstance` makes one wrapper for the
array's first row (pyqtgraph draws its bulk primitives this way). A zoom step makes several hundred
rectangles; wrapping each as a Python QRectF cost half a microsecond, and handing a list of them to
drawRects copied them again at every paint.
"""

from __future__ import annotations

from itertools import pairwise
from typing import cast

import numpy as np
import shiboken6
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter


def _first_row(values: np.ndarray) -> QRectF:
    """A QRectF wrapper over the first row of `values`, not owning it (the array must outlive it)."""
    return cast(QRectF, shiboken6.wrapInstance(values.__array_interface__["data"][0], QRectF))


def _reads_rows() -> bool:
    """Whether a wrapped row reads back as the row (a Qt built with single-precision qreal would not)."""
    probe = np.array([[1.25, -2.5, 3.75, 1e10]])
    return _first_row(probe).getRect() == (1.25, -2.5, 3.75, 1e10)


_BY_POINTER: list[bool] = []  # whether _reads_rows, asked once
ROW_BYTES = 4 * 8  # one QRectF, one row


def _by_pointer() -> bool:
    if not _BY_POINTER:
        _BY_POINTER.append(_reads_rows())
    return _BY_POINTER[0]


class RectArray:
    """Rectangles as the rows (x, y, width, height) of a float64 array that never changes once made."""

    __slots__ = ("_first", "_listed", "values")

    def __init__(self, x: np.ndarray, y: np.ndarray | float, width: np.ndarray, height: float) -> None:
        values = np.empty((len(x), 4), np.float64)
        values[:, 0], values[:, 1], values[:, 2], values[:, 3] = x, y, width, height
        self._keep(values)

    @classmethod
    def runs(cls, values: np.ndarray, cuts: list[int]) -> list[RectArray]:
        """The runs of rows [cuts[0], cuts[1]), [cuts[1], cuts[2]), ... of a C-ordered float64 array of
        four columns, each as rectangles of its own (views of `values`, with its address worked out once)."""
        if values.dtype != np.float64 or values.ndim != 2 or values.shape[1] != 4:
            raise ValueError(f"rectangles are rows of four float64 values, not {values.dtype} {values.shape}")
        values = np.ascontiguousarray(values)
        values.flags.writeable = False
        address = values.__array_interface__["data"][0] if _by_pointer() else None
        made = []
        for start, stop in pairwise(cuts):
            run = cls.__new__(cls)
            run.values, run._listed = values[start:stop], None
            run._first = None
            if address is not None and stop > start:
                run._first = cast(QRectF, shiboken6.wrapInstance(address + start * ROW_BYTES, QRectF))
            made.append(run)
        return made

    def _keep(self, values: np.ndarray) -> None:
        values.flags.writeable = False  # the wrapper below reads this memory: it must stay as it is
        self.values = values
        self._first: QRectF | None = None
        self._listed: list[QRectF] | None = None
        if len(values) and _by_pointer():
            self._first = _first_row(values)  # the array (a view keeps its base) lives as long as self

    def __len__(self) -> int:
        return len(self.values)

    def rects(self) -> list[QRectF]:
        """The rectangles as QRectF objects (what drawRects of a list takes)."""
        if self._listed is None:
            self._listed = [QRectF(*row) for row in self.values.tolist()]
        return self._listed

    def draw(self, painter: QPainter) -> None:
        """All the rectangles in one drawRects call, with the painter's pen and brush."""
        if not len(self.values):
            return
        if self._first is not None:
            painter.drawRects(self._first, len(self.values))
        else:
            painter.drawRects(self.rects())
