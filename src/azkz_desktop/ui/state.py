"""The state every view shares: which events are selected, which stretch of time is visible, which lanes.

Views subscribe to the signals and change the state through the methods, never each other, so the
timeline, the list and later the detail pane, the chart and export stay in step, and a test can drive all
of them without a mouse.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal

from azkz_desktop.data.filters import EventFilter

MIN_WINDOW_DAYS = 3.0


class ViewState(QObject):
    """Selection, current event, visible time window and lane order/visibility."""

    selection_changed = Signal()
    current_changed = Signal(str)
    window_changed = Signal(float, float)
    lanes_changed = Signal()
    filter_changed = Signal()

    def __init__(
        self, lanes: Sequence[str], full_range: tuple[float, float], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._selection: frozenset[str] = frozenset()
        self._current = ""
        self._lane_order = list(lanes)
        self._hidden: set[str] = set()
        start, end = full_range
        if end - start < MIN_WINDOW_DAYS:
            end = start + MIN_WINDOW_DAYS
        self.full_range = (start, end)
        self._window = self.padded_full_range()
        self._filter = EventFilter()

    # ---- selection -------------------------------------------------------------------------------------

    @property
    def selection(self) -> frozenset[str]:
        return self._selection

    @property
    def current(self) -> str:
        """The event last clicked or stepped to: what Enter opens and Left/Right step from."""
        return self._current

    def select(self, event_ids: Iterable[str], current: str | None = None) -> None:
        """Replace the selection."""
        self._set_selection(frozenset(event_ids), current)

    def toggle(self, event_id: str) -> None:
        """Add the event to the selection, or take it out (Ctrl-click)."""
        self._set_selection(self._selection ^ {event_id}, event_id)

    def add(self, event_ids: Iterable[str]) -> None:
        self._set_selection(self._selection | frozenset(event_ids), None)

    def clear_selection(self) -> None:
        self._set_selection(frozenset(), "")

    def _set_selection(self, selection: frozenset[str], current: str | None) -> None:
        if current is None:
            current = self._current if self._current in selection else next(iter(sorted(selection)), "")
        selection_changed = selection != self._selection
        current_changed = current != self._current
        self._selection, self._current = selection, current  # both set before anyone is told
        if selection_changed:
            self.selection_changed.emit()
        if current_changed:
            self.current_changed.emit(current)

    # ---- time window -----------------------------------------------------------------------------------

    @property
    def window(self) -> tuple[float, float]:
        """The visible stretch of time, as [start, end) day numbers (fractional)."""
        return self._window

    def padded_full_range(self) -> tuple[float, float]:
        """Everything, with a little room at both ends so no event sits on the edge."""
        start, end = self.full_range
        margin = max((end - start) * 0.02, 1.0)
        return (start - margin, end + margin)

    def max_window_days(self) -> float:
        """Zooming out stops here: twice everything, so that from a view of the events' core (which may
        leave out an outlier at one end) zooming out alone reaches every event."""
        start, end = self.padded_full_range()
        return (end - start) * 2.0

    def set_window(self, start: float, end: float) -> None:
        """Show [start, end), kept within the zoom limits and near the data."""
        length = min(max(end - start, MIN_WINDOW_DAYS), self.max_window_days())
        center = (start + end) / 2
        full_start, full_end = self.padded_full_range()
        center = min(max(center, full_start), full_end)  # never pan the data wholly out of view
        window = (center - length / 2, center + length / 2)
        if window != self._window:
            self._window = window
            self.window_changed.emit(*window)

    def fit_all(self) -> None:
        self.set_window(*self.padded_full_range())

    # ---- filter --------------------------------------------------------------------------------------

    @property
    def event_filter(self) -> EventFilter:
        """What every view shows: categories, people, dates and search words."""
        return self._filter

    def set_filter(self, event_filter: EventFilter) -> None:
        if event_filter != self._filter:
            self._filter = event_filter
            self.filter_changed.emit()

    def clear_filter(self) -> None:
        self.set_filter(EventFilter())

    # ---- lanes -----------------------------------------------------------------------------------------

    @property
    def lane_order(self) -> list[str]:
        return list(self._lane_order)

    @property
    def visible_lanes(self) -> list[str]:
        return [lane for lane in self._lane_order if lane not in self._hidden]

    def is_lane_visible(self, lane: str) -> bool:
        return lane not in self._hidden

    def set_lane_visible(self, lane: str, visible: bool) -> None:
        if visible == (lane not in self._hidden):
            return
        if visible:
            self._hidden.discard(lane)
        else:
            self._hidden.add(lane)
        self.lanes_changed.emit()

    def move_lane(self, lane: str, offset: int) -> None:
        """Move a lane up (-1) or down (+1) past its visible neighbour; hidden lanes keep their places."""
        visible = self.visible_lanes
        if lane not in visible:
            return
        position = visible.index(lane)
        target = min(max(position + offset, 0), len(visible) - 1)
        if target == position:
            return
        neighbour = visible[target]
        order = self._lane_order
        order.remove(lane)
        anchor = order.index(neighbour)
        order.insert(anchor + (1 if offset > 0 else 0), lane)
        self.lanes_changed.emit()

    def set_lane_order(self, order: Sequence[str], hidden: Iterable[str] = ()) -> None:
        """Restore a saved arrangement; unknown names are dropped and new lanes kept at the end."""
        known = [lane for lane in order if lane in self._lane_order]
        rest = [lane for lane in self._lane_order if lane not in known]
        new_order = known + rest
        new_hidden = {lane for lane in hidden if lane in new_order}
        if new_order != self._lane_order or new_hidden != self._hidden:
            self._lane_order, self._hidden = new_order, new_hidden
            self.lanes_changed.emit()

    def shown_filter(self) -> EventFilter:
        """The filter with hidden lanes' categories taken out: what the list, counts and export show."""
        hidden = frozenset(self._hidden)
        if not hidden:
            return self._filter
        categories = self._filter.categories
        shown = (frozenset(self._lane_order) if categories is None else categories) - hidden
        return dataclasses.replace(self._filter, categories=shown)
