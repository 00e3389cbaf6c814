"""One mapping between days and pixels, for the timeline, its axis, the overview strip and the chart link.

A TimeScale is a span of days drawn across `width` pixels starting at `left`. Everything that turns a day
into an x or an x into a day asks one, so zooming around the pointer and dragging agree everywhere.
It sits in the session layer: it is view geometry (pixels), which the data layer has no business with,
and it needs nothing from Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.spans import DaySpan

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class TimeScale:
    """`span` drawn in the pixels [left, left + width)."""

    span: DaySpan
    width: float
    left: float = 0.0

    def __post_init__(self) -> None:
        if not (math.isfinite(self.width) and self.width > 0):
            raise ValueError(f"a time scale needs a positive width in pixels, not {self.width}")
        if not math.isfinite(self.left):
            raise ValueError(f"a time scale needs a finite left edge, not {self.left}")
        if self.span.length <= 0:
            raise ValueError(f"a time scale needs a span of some length, not {self.span}")

    @classmethod
    def fitting(cls, span: DaySpan, width: float, left: float = 0.0) -> TimeScale:
        """As the constructor, but a widget too small to draw in still gets a one-pixel scale."""
        return cls(span, max(width, 1.0), left)

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def px_per_day(self) -> float:
        return self.width / self.span.length

    @property
    def days_per_px(self) -> float:
        return self.span.length / self.width

    def x_of(self, day: float) -> float:
        return self.left + (day - self.span.start) * self.px_per_day

    def xs_of(self, days: FloatArray) -> FloatArray:
        """`x_of` for an array of days, for bulk layout."""
        return self.left + (days - self.span.start) * self.px_per_day

    def day_at(self, x: float) -> float:
        return self.span.start + (x - self.left) * self.days_per_px

    def span_between(self, x0: float, x1: float) -> DaySpan:
        """The days under the pixels from x0 to x1, in either order (a rubber band)."""
        first, second = sorted((self.day_at(x0), self.day_at(x1)))
        return DaySpan(first, second)

    def zoomed_at(self, x: float, factor: float) -> DaySpan:
        """The span `factor` times shorter (above 1 zooms in) that keeps the day under `x` at `x`."""
        return self.span.zoomed_around(self.day_at(x), factor)

    def panned_by(self, dx: float) -> DaySpan:
        """The span after dragging the content `dx` pixels to the right (it shows earlier days)."""
        return self.span.shifted(-dx * self.days_per_px)
