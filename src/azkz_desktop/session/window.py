"""The zoom limits of the visible window: a few days at least, a little more than everything at most."""

from __future__ import annotations

from dataclasses import dataclass

from azkz_desktop.data.spans import DaySpan

MIN_WINDOW_DAYS = 3.0
EDGE_FRACTION = 0.02  # room at both ends so no event sits on the edge
EDGE_MIN_DAYS = 1.0
MAX_ZOOM_OUT = 2.0  # the widest window, as a multiple of the padded range: from a view of the
# events' core (which may leave out an outlier at one end) zooming out alone reaches every event


@dataclass(frozen=True, slots=True)
class WindowLimits:
    """Where the window may go for the data in `full_range`."""

    full_range: DaySpan

    @classmethod
    def for_data(cls, data: DaySpan) -> WindowLimits:
        """Limits for the days the events cover; a range shorter than the narrowest window is widened."""
        if data.length < MIN_WINDOW_DAYS:
            data = DaySpan(data.start, data.start + MIN_WINDOW_DAYS)
        return cls(data)

    @property
    def padded_range(self) -> DaySpan:
        """Everything, with a little room at both ends: what "fit all" shows."""
        return self.full_range.padded(EDGE_FRACTION, EDGE_MIN_DAYS)

    @property
    def max_length(self) -> float:
        return self.padded_range.length * MAX_ZOOM_OUT

    def clamp(self, span: DaySpan) -> DaySpan:
        """`span` kept within the zoom limits, its centre kept within the data (never panned out of view)."""
        length = min(max(span.length, MIN_WINDOW_DAYS), self.max_length)
        padded = self.padded_range
        center = min(max(span.center, padded.start), padded.end)
        return DaySpan.around(center, length)
