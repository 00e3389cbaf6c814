"""The last few whole paints of the timeline, kept as pixmaps: a repaint of one of them copies it.

A category toggled off and on, a search typed on and taken back, a window uncovered: the timeline's
kept layout (kept.py) would be drawn again exactly as before, markers, counts and titles, which is
most of a paint (its texts alone are half). A whole paint is told apart by everything it draws from
(`Painted.of`: the picture's fields, the colours, the lane names as translated now, the pixel ratio):
the second time one is asked for it is drawn into a pixmap and copied from then on, so a zoom or pan
step, whose layout is new at every step, draws as before and keeps nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPixmap

from azkz_desktop.ui.category_names import category_label
from azkz_desktop.ui.timeline.layout import TimelineLayout
from azkz_desktop.ui.timeline.render import TimelinePicture

KEPT_PIXMAPS = 3  # a toggle's two states and one more: 1.3 MB each at 914 by 365 pixels, 5.3 at scale 2


@dataclass(frozen=True, eq=False)
class Painted:
    """What a whole paint draws from; two are the same paint when `same` says so."""

    picture: TimelinePicture
    colors: object
    lane_names: tuple[str, ...]
    ratio: float

    @classmethod
    def of(cls, picture: TimelinePicture, colors: object, ratio: float) -> Painted:
        """The paint of `picture` in `colors` at the pixel ratio `ratio`, with its lanes' names as the
        language in force names them."""
        names = tuple(category_label(picture.categories[lane.category]) for lane in picture.layout.lanes)
        return cls(picture, colors, names, ratio)

    def same(self, other: Painted) -> bool:
        if self.colors is not other.colors or self.ratio != other.ratio:
            return False
        if self.lane_names != other.lane_names:
            return False
        return all(
            _same_value(getattr(self.picture, name), getattr(other.picture, name))
            for name in (item.name for item in fields(TimelinePicture))
        )


def _same_value(first: object, second: object) -> bool:
    """A layout by identity (one is made anew, never changed, when what it shows changes; the painter
    only adds what follows from it), arrays by content, lists item by item, anything else by equality
    (sizes, ticks, fonts, categories, the current event's ring, the focus frame)."""
    if first is second:
        return True
    if isinstance(first, TimelineLayout) or isinstance(second, TimelineLayout):
        return False
    if isinstance(first, np.ndarray) and isinstance(second, np.ndarray):
        return first.shape == second.shape and bool(np.array_equal(first, second))
    if isinstance(first, list) and isinstance(second, list):
        return len(first) == len(second) and all(map(_same_value, first, second))
    if isinstance(first, np.ndarray) or isinstance(second, np.ndarray):
        return False
    return bool(first == second)


class PaintedPixmaps:
    """Whole paints seen lately, most recent last; those seen twice with their pixmaps."""

    def __init__(self, size: int = KEPT_PIXMAPS) -> None:
        self.size = size
        self._seen: list[tuple[Painted, QPixmap | None]] = []

    def clear(self) -> None:
        self._seen.clear()

    def __len__(self) -> int:
        return sum(pixmap is not None for _, pixmap in self._seen)

    def paint(self, painter: QPainter, painted: Painted, draw: Callable[[QPainter], None]) -> None:
        """Draw `painted` with `painter` (over the whole widget): copied from its pixmap when it has one,
        drawn into one the second time it is asked for, else drawn by `draw`."""
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
    def _drawn(painted: Painted, draw: Callable[[QPainter], None]) -> QPixmap:
        picture, ratio = painted.picture, painted.ratio
        pixmap = QPixmap(round(picture.width * ratio), round(picture.height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.black)  # opaque: the paint covers it, as it covers the widget
        painter = QPainter(pixmap)
        try:
            draw(painter)
        finally:
            painter.end()
        return pixmap
