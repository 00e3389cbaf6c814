"""What a whole paint of the timeline draws from, to keep its pixmap (ui/kept_pixmaps.py).

A category toggled off and on, a search typed on and taken back, a window uncovered: the timeline's
kept layout (kept.py) would be drawn again exactly as before, markers, counts and titles, which is
most of a paint (its texts alone are half). A whole paint is told apart by everything it draws from
(`Painted.of`: the picture's fields, the colours, the lane names as translated now, the pixel ratio);
a zoom or pan step, whose layout is new at every step, draws as before and keeps nothing, while a paint
in the window of the one before (its `place`) is kept at once.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from azkz_desktop.ui.category_names import category_label
from azkz_desktop.ui.timeline.layout import TimelineLayout
from azkz_desktop.ui.timeline.render import TimelinePicture


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

    @property
    def width(self) -> float:
        return self.picture.width

    @property
    def height(self) -> float:
        return self.picture.height

    @property
    def place(self) -> tuple[object, ...]:
        """The window shown and the size: a filter, a search or a selection keeps it, a zoom moves it."""
        return (self.picture.layout.scale, self.picture.width, self.picture.height)

    def same(self, other: object) -> bool:
        if not isinstance(other, Painted):
            return False
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
