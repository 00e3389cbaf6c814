"""The last few whole paints of a widget, kept as pixmaps: a repaint of one of them copies it.

A category toggled off and on, a search typed on and taken back, a window uncovered: a view would draw
exactly what it drew before. Each view says what a whole paint draws from (a `WholePaint`: the timeline's
picture, the list's cells on screen); the second time one is asked for it is drawn into a pixmap and
copied from then on, so a paint seen once (a zoom or pan step, a new search) draws as before and keeps
nothing but its description.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPixmap

KEPT_PIXMAPS = 3  # a toggle's two states and one more: 1.3 MB each at 914 by 365 pixels, 5.3 at scale 2


class WholePaint(Protocol):
    """What a whole paint of a widget draws from, and the size it covers in device-independent pixels."""

    @property
    def width(self) -> float: ...

    @property
    def height(self) -> float: ...

    @property
    def ratio(self) -> float: ...  # the device pixel ratio it is drawn at

    def same(self, other: object) -> bool: ...


class KeptPixmaps:
    """Whole paints seen lately, most recent last; those seen twice with their pixmaps."""

    def __init__(self, size: int = KEPT_PIXMAPS) -> None:
        self.size = max(size, 1)
        self._seen: list[tuple[WholePaint, QPixmap | None]] = []

    def clear(self) -> None:
        self._seen.clear()

    def __len__(self) -> int:
        return sum(pixmap is not None for _, pixmap in self._seen)

    def paint(self, painter: QPainter, painted: WholePaint, draw: Callable[[QPainter], None]) -> None:
        """Draw `painted` with `painter` (over the whole widget): copied from its pixmap when it has one,
        drawn into one the second time it is asked for, else drawn by `draw`. `draw` covers every pixel
        of the widget (its background included) when it draws into a pixmap."""
        found = next((number for number, (seen, _) in enumerate(self._seen) if seen.same(painted)), None)
        pixmap = None
        if found is not None:
            pixmap = self._seen.pop(found)[1]
            if pixmap is None:
                pixmap = self._drawn(painted, draw)
        self._seen.append((painted, pixmap))
        del self._seen[: -self.size]
        if pixmap is None:
            draw(painter)
        else:
            painter.drawPixmap(QPointF(0, 0), pixmap)

    @staticmethod
    def _drawn(painted: WholePaint, draw: Callable[[QPainter], None]) -> QPixmap:
        ratio = painted.ratio
        pixmap = QPixmap(round(painted.width * ratio), round(painted.height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.black)  # opaque: the paint covers it, as it covers the widget
        painter = QPainter(pixmap)
        try:
            draw(painter)
        finally:
            painter.end()
        return pixmap
