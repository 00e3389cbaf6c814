"""A half-open stretch of days, and the one place where an event's last day becomes an exclusive end.

Events are stored by their first and last day (both inclusive, as people read dates). Everything that
measures or draws time works with half-open spans [start, end) of fractional day numbers (proleptic
Gregorian ordinals), so that an event of one day is one day long and two adjacent days do not overlap.
The conversion is `exclusive_end`; its inverse for labels is `DaySpan.last_whole_day`. Nothing else adds
or removes that day.

It lives in the data layer because the timeline index, export and every layer above need it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import overload

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


@overload
def exclusive_end(last_day: float) -> float: ...
@overload
def exclusive_end(last_day: FloatArray) -> FloatArray: ...
def exclusive_end(last_day: float | FloatArray) -> float | FloatArray:
    """The day after an event's last day: where its half-open span ends."""
    return last_day + 1.0


@dataclass(frozen=True, slots=True)
class DaySpan:
    """[start, end) in day numbers; fractional, finite, and never reversed."""

    start: float
    end: float

    def __post_init__(self) -> None:
        if not (math.isfinite(self.start) and math.isfinite(self.end)):
            raise ValueError(f"a day span needs finite ends, not [{self.start}, {self.end})")
        if self.end < self.start:
            raise ValueError(f"a day span cannot end ({self.end}) before it starts ({self.start})")

    @classmethod
    def around(cls, center: float, length: float) -> DaySpan:
        return cls(center - length / 2, center + length / 2)

    @property
    def length(self) -> float:
        return self.end - self.start

    @property
    def center(self) -> float:
        return (self.start + self.end) / 2

    @property
    def last_whole_day(self) -> int:
        """The last day the span touches, for labels: the inverse of `exclusive_end` for whole days."""
        return max(math.ceil(self.end) - 1, math.floor(self.start))

    def as_tuple(self) -> tuple[float, float]:
        return (self.start, self.end)

    def shifted(self, days: float) -> DaySpan:
        return DaySpan(self.start + days, self.end + days)

    def padded(self, fraction: float, minimum: float = 0.0) -> DaySpan:
        """Wider by `fraction` of the length on each side, at least `minimum` days."""
        margin = max(self.length * fraction, minimum)
        return DaySpan(self.start - margin, self.end + margin)

    def zoomed_around(self, anchor: float, factor: float) -> DaySpan:
        """`factor` times shorter (above 1 zooms in), with `anchor` at the same fraction of the span."""
        if not (math.isfinite(factor) and factor > 0):
            raise ValueError(f"a zoom factor must be a positive number, not {factor}")
        return DaySpan(anchor - (anchor - self.start) / factor, anchor + (self.end - anchor) / factor)
