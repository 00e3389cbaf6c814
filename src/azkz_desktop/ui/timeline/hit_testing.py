"""What is under a point of the timeline: a lane, an event (marker, span or label), a cluster; and what
its tooltip says. A mixin of TimelineWidget, reading only the cached layout and the index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt

from azkz_desktop.data.dates import DateSpan, PartialDate
from azkz_desktop.data.spans import DaySpan, exclusive_end
from azkz_desktop.ui.category_names import category_label
from azkz_desktop.ui.date_words import span_words
from azkz_desktop.ui.plural import counted
from azkz_desktop.ui.timeline.layout import CARRIED, POINT_RADIUS

if TYPE_CHECKING:
    from azkz_desktop.ui.timeline.host import TimelineHost as _Base
else:
    _Base = object


class HitTesting(_Base):
    """Lane, event and cluster under a point, the tooltip's plain text, and selecting by click or band."""

    def lane_at(self, y: float) -> str | None:
        for lane in self.current_layout().lanes:
            if lane.top <= y < lane.top + lane.height:
                return lane.category
        return None

    def event_at(self, point: QPointF) -> str | None:
        """The event whose marker, span or label is under `point`."""
        layout = self.current_layout()
        for lane in layout.lanes:
            if not lane.top <= point.y() < lane.top + lane.height:
                continue
            x = point.x()
            half_line = layout.line_height / 2
            for label in lane.labels:
                if label.x <= x <= label.x + label.max_width and abs(point.y() - label.y) < half_line:
                    return self.index.ids[label.row]
            near = (lane.x0 - POINT_RADIUS - 2 <= x) & (x <= lane.x1 + POINT_RADIUS + 2)
            hits = np.flatnonzero(near)
            if len(hits):
                # The narrowest candidate wins: a point on top of a long span.
                best = hits[np.argmin(lane.x1[hits] - lane.x0[hits])]
                return self.index.ids[int(lane.rows[best])]
        return None

    def cluster_at(self, point: QPointF) -> tuple[float, float, np.ndarray] | None:
        """The cluster under `point`: its time span and the index rows of its shown events."""
        layout = self.current_layout()
        for lane in layout.lanes:
            if not lane.top <= point.y() < lane.top + lane.height:
                continue
            inside = np.flatnonzero((lane.cluster_x0 <= point.x()) & (point.x() <= lane.cluster_x1))
            if not len(inside):
                return None
            number = int(inside[-1])
            index_lane = self.index.lanes[lane.category]
            first, last = int(lane.cluster_first[number]), int(lane.cluster_last[number])
            rows = lane.carried_rows if first == CARRIED else index_lane.rows[first:last]
            mask = self.shown_mask
            if mask is not None:
                rows = rows[mask[rows]]
            starts = self.index.first_days[rows]
            ends = exclusive_end(self.index.last_days[rows])
            return float(starts.min()), float(ends.max()), rows
        return None

    def events_between(self, start_day: float, end_day: float, lanes: Sequence[str]) -> list[str]:
        return self.index.ids_of(self.rows_between(start_day, end_day, lanes))

    def rows_between(self, start_day: float, end_day: float, lanes: Sequence[str]) -> np.ndarray:
        """Rows of the shown events in these lanes overlapping [start_day, end_day)."""
        rows = self.index.rows_between(start_day, end_day, lanes)
        mask = self.shown_mask
        if mask is not None:
            rows = rows[mask[rows]]
        return rows

    def tooltip_text(self, point: QPointF) -> str:
        """What the tooltip at `point` says, as plain text (titles come from the database)."""
        event_id = self.event_at(point)
        if event_id is not None:
            row = self.index.row_of(event_id)
            assert row is not None
            category = category_label(self._categories[self.index.category_of(row)])
            text = f"{self.index.titles[row]}\n{span_words(self.index.date_span(row))} · {category}"
            extra = getattr(self, "tooltip_extra", None)  # the workspace adds "mine", star and note
            return text + extra(event_id) if extra is not None else text
        cluster = self.cluster_at(point)
        if cluster is not None:
            start, end, rows = cluster
            first = dt.date.fromordinal(int(start))
            last = dt.date.fromordinal(DaySpan(start, end).last_whole_day)
            days = span_words(DateSpan(_day(first), _day(last) if last != first else None))
            text = counted().events_on(len(rows)).replace("%1", days)
            chosen = int(np.isin(rows, self.session.selected_rows).sum()) if self.session.selection else 0
            if chosen:
                text += " · " + counted().of_selected(len(rows)).replace("%1", str(chosen))
            return (
                text
                + "\n"
                + QCoreApplication.translate("HitTesting", "Click to zoom in; Ctrl-click to select them")
            )
        return ""

    # ---- selecting what is under the pointer ---------------------------------------------------------

    def click(self, point: QPointF, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """Select what is under `point`: an event, a cluster's events, or nothing."""
        toggle = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        event_id = self.event_at(point)
        if event_id is not None:
            if toggle:
                self.session.toggle(event_id)
            else:
                self.session.make_current(event_id)
            return
        cluster = self.cluster_at(point)
        if cluster is not None:
            start, end, rows = cluster
            if toggle:
                self.session.select_rows(rows, add=True)
            else:
                self.zoom_to_span(start, end)
            return
        if not toggle:
            self.session.clear_selection()

    def select_band(self, band: QRectF, add: bool = False) -> None:
        """Select every event in the lanes the band crosses whose span overlaps the band's time."""
        layout = self.current_layout()
        lanes = [
            lane.category
            for lane in layout.lanes
            if lane.top < band.bottom() and band.top() < lane.top + lane.height
        ]
        span = self.scale().span_between(band.left(), band.right())
        rows = self.rows_between(span.start, span.end, lanes)  # lane by lane: each row once
        self.session.select_rows(rows, add=add, distinct=True)


def _day(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)
