"""Moving through time on the timeline: zoom, pan, fit, bring an event into view, step event by event.

A mixin of TimelineWidget, kept apart because it only turns requests into a new window on the session;
the stretches of time themselves come from `framing` (pure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from azkz_desktop.data.spans import DaySpan, exclusive_end
from azkz_desktop.session.shown_lanes import shown_in_lane
from azkz_desktop.ui.timeline import framing

if TYPE_CHECKING:
    from azkz_desktop.data.lanes import Lane
    from azkz_desktop.ui.timeline.host import TimelineHost as _Base
else:
    _Base = object


class Navigation(_Base):
    """Zoom, pan, fit and step; uses the widget's session, index, plot and shown mask."""

    def zoom_at(self, x: float, factor: float) -> None:
        """Zoom by `factor` (above 1 zooms in), keeping the date under pixel `x` in place."""
        self.session.set_window(self.scale().zoomed_at(x, factor))

    def zoom_center(self, factor: float) -> None:
        plot = self.plot_rect()
        self.zoom_at(plot.center().x(), factor)

    def pan_by_fraction(self, fraction: float) -> None:
        self.session.pan_by_fraction(fraction)

    def zoom_to_span(self, start_day: float, end_day: float, min_days: float = 0.0) -> None:
        """Show [start_day, end_day) with a margin on each side, and at least `min_days`."""
        self.session.set_window(DaySpan(*framing.context_window(start_day, end_day, min_days)))

    def zoom_to_selection(self) -> None:
        """Z: the selected events with context around them (months, not days, around a day event)."""
        rows = self.session.selected_rows
        if not len(rows):
            return
        first = float(self.index.first_days[rows].min())
        end = float(exclusive_end(self.index.last_days[rows]).max())
        self.zoom_to_span(first, end, framing.CONTEXT_DAYS)

    def zoom_to_event(self, event_id: str) -> None:
        """Double-click in the list: the event with context around it."""
        row = self.index.row_of(event_id)
        if row is not None:
            self.zoom_to_span(*self.index.span_days(row), framing.CONTEXT_DAYS)

    def reveal_event(self, event_id: str) -> None:
        """Bring the event into view, keeping the zoom unless it does not fit (a click in the list)."""
        row = self.index.row_of(event_id)
        if row is None:
            return
        window = framing.reveal_window(self.session.window.as_tuple(), *self.index.span_days(row))
        if window is not None:
            self.session.set_window(DaySpan(*window))

    def fit_all(self) -> None:
        """Ctrl+0 and the view at launch: the events the filter shows, lone outliers left at the edge."""
        mask = self.session.shown_mask
        found = (self.index.lanes.get(name) for name in self.shown_lanes())
        lanes = [lane for lane in found if lane is not None and len(lane)]
        span = self._core_span_unfiltered(lanes) if mask is None and lanes else None
        if span is None and lanes:
            # The shown events' places in each lane, as the layout asks them of the same mask (worked
            # out once per mask and lane): gathering the mask along every lane here took 2–3 ms at a
            # million events, at each search whose hits are out of view.
            shown = [slice(None) if mask is None else shown_in_lane(lane, mask).positions for lane in lanes]
            starts = np.concatenate([lane.starts[s] for lane, s in zip(lanes, shown, strict=True)])
            ends = np.concatenate([lane.ends[s] for lane, s in zip(lanes, shown, strict=True)])
            span = framing.core_span(starts, ends)
        if span is None:
            self.session.fit_all()
        else:
            self.session.set_window(DaySpan(*framing.padded(*span, framing.CONTEXT_DAYS)))

    @staticmethod
    def _core_span_unfiltered(lanes: list[Lane]) -> tuple[float, float] | None:
        """Fit All's span over whole lanes from their few earliest starts (each lane is sorted by start)
        and latest ends, without concatenating them; None if those few cannot decide it."""
        few = 64
        firsts = np.sort(np.concatenate([lane.starts[:few] for lane in lanes]))[:few]
        lasts = np.sort(np.concatenate([lane.latest_ends(few) for lane in lanes]))[-few:]
        return framing.core_span_of_extremes(firsts, lasts, sum(len(lane) for lane in lanes))

    def _ordered_visible_rows(self) -> np.ndarray:
        """Events in the visible lanes, in date order: the sequence Left and Right step through."""
        full = self.session.padded_full_range
        rows = self.index.rows_between(full.start - 1e6, full.end + 1e6, self.shown_lanes())
        mask = self.session.shown_mask
        if mask is not None:
            rows = rows[mask[rows]]
        return rows[np.lexsort((rows, self.index.last_days[rows], self.index.first_days[rows]))]

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) event in time, and bring it into view."""
        window = self.session.window
        visible = self._step_candidates(self.session.current, direction, window.center)
        if visible is None:
            return
        self.session.make_current(visible)
        first, last = self.index.span_days(self.index.row_of(visible) or 0)
        if last < window.start or first > window.end:
            self.session.set_window(DaySpan.around(first, window.length))

    def _step_candidates(self, current: str, direction: int, center: float) -> str | None:
        rows = self._ordered_visible_rows()
        if not len(rows):
            return None
        row = self.index.row_of(current) if current else None
        found = np.flatnonzero(rows == row) if row is not None else np.empty(0, np.int64)
        if len(found):
            position = int(found[0]) + direction
            return self.index.ids[int(rows[position])] if 0 <= position < len(rows) else None
        # Nothing current: start from the middle of the window.
        position = int(np.searchsorted(self.index.first_days[rows], center))
        position = min(max(position if direction > 0 else position - 1, 0), len(rows) - 1)
        return self.index.ids[int(rows[position])]
