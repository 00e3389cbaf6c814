"""The state of one open database in one window, without Qt.

Every view reads the session and changes it through its methods, never each other, so the timeline, the
list, the detail pane, the chart and export stay in step, and a test drives them all without a mouse.
Each method changes all the state it touches first and only then tells the subscribers, in a fixed order
(lanes, window, filter, mask, stars, selection, current, details), so nobody sees half a change.
The lanes' commands (lane_controls.py), the selection's (selection_commands.py) and the window's moves
(window_moves.py) are mixed in: they only build a new arrangement, selection or span and hand it to the
transitions here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session.changes import Changes
from azkz_desktop.session.details import (
    DetailsTarget,
    EventDetails,
    NoDetails,
    TradeFigureDetails,
    details_for_selection,
)
from azkz_desktop.session.lane_controls import LaneControls
from azkz_desktop.session.lanes import LaneArrangement
from azkz_desktop.session.mask import (
    BoolArray,
    ChartMarker,
    StatusCounts,
    chart_markers,
    lanes_decided,
    same_mask,
    without_lanes,
)
from azkz_desktop.session.observable import Event
from azkz_desktop.session.queries import EventQueries
from azkz_desktop.session.selection import Selection
from azkz_desktop.session.selection_commands import SelectionCommands
from azkz_desktop.session.shown_lanes import declare_lane_flags, declare_lanes, shown_count
from azkz_desktop.session.snapshot import SessionSnapshot, known_filter
from azkz_desktop.session.stars import StarredRows
from azkz_desktop.session.window import WindowLimits
from azkz_desktop.session.window_moves import WindowMoves

MARKER_LANE = "economy"  # the lane whose events the trade chart marks

if TYPE_CHECKING:  # a trade figure's class is made when the Trade tab first reads them
    from azkz_desktop.data.trade_records import TradePoint


class Session(LaneControls, SelectionCommands, WindowMoves):
    """Visible window, selection, current event, filter and its mask, lanes and the details to show."""

    def __init__(
        self,
        index: TimelineIndex,
        queries: EventQueries,
        lanes: Sequence[str] | None = None,
        marker_lane: str = MARKER_LANE,
    ) -> None:
        self.index = index
        self._queries = queries
        self._marker_lane = marker_lane
        self.limits = WindowLimits.for_data(DaySpan(index.first_day, index.end_day))
        self._window = self.limits.padded_range
        self._default_lanes = tuple(index.categories if lanes is None else dict.fromkeys(lanes))
        self._lanes = LaneArrangement(self._default_lanes)
        self._filter = EventFilter()
        self._filter_mask: BoolArray | None = None  # rows the filter lets through; None: all
        self._shown_mask: BoolArray | None = None  # and not in a hidden lane
        self._shown_count = len(index)
        self._selection = Selection(index)
        self._current = ""
        self._details: DetailsTarget = NoDetails()
        self._stars = StarredRows()

        self.lanes_changed: Event[[]] = Event("lanes_changed")
        self.window_changed: Event[[DaySpan]] = Event("window_changed")
        self.filter_changed: Event[[EventFilter]] = Event("filter_changed")
        self.mask_changed: Event[[BoolArray | None]] = Event("mask_changed")
        self.stars_changed: Event[[]] = Event("stars_changed")
        self.selection_changed: Event[[]] = Event("selection_changed")
        self.current_changed: Event[[str]] = Event("current_changed")
        self.details_changed: Event[[DetailsTarget]] = Event("details_changed")
        self.activated: Event[[str]] = Event("activated")  # Enter or double-click: bring the details forward

    # ---- notifying -----------------------------------------------------------------------------------

    def _emit(self, changes: Changes) -> None:
        if changes.lanes:
            self.lanes_changed.emit()
        if changes.window:
            self.window_changed.emit(self._window)
        if changes.filter:
            self.filter_changed.emit(self._filter)
        if changes.mask:
            self.mask_changed.emit(self._shown_mask)
        if changes.stars:
            self.stars_changed.emit()
        if changes.selection:
            self.selection_changed.emit()
        if changes.current:
            self.current_changed.emit(self._current)
        if changes.details:
            self.details_changed.emit(self._details)

    # ---- selection transitions ----------------------------------------------------------------------

    def _commit_selection(self, selection: Selection, current: str | None) -> None:
        changes = Changes()
        self._set_selection(selection, current, changes)
        self._emit(changes)

    def _set_selection(self, selection: Selection, current: str | None, changes: Changes) -> None:
        if current is None:
            if self._current and self._current in selection:
                current = self._current
            elif selection.made_of_rows:
                current = selection.first_in_time()
            else:
                current = min(selection, default="")
        changes.selection |= selection != self._selection
        changes.current |= current != self._current
        self._selection, self._current = selection, current
        if changes.selection or changes.current:
            self._set_details(self._details_for_selection(), changes)

    # ---- details -------------------------------------------------------------------------------------

    @property
    def details(self) -> DetailsTarget:
        """What the detail pane shows: follows the selection, or a trade figure asked for."""
        return self._details

    def show_trade_figure(self, point: TradePoint) -> None:
        changes = Changes()
        self._set_details(TradeFigureDetails(point), changes)
        self._emit(changes)

    def activate(self, event_id: str) -> None:
        """Show this event's details and ask for the pane to come forward (Enter, double-click)."""
        changes = Changes()
        self._set_details(EventDetails(event_id), changes)
        self._emit(changes)
        self.activated.emit(event_id)

    def _set_details(self, details: DetailsTarget, changes: Changes) -> None:
        changes.details |= details != self._details
        self._details = details

    def _details_for_selection(self) -> DetailsTarget:
        selection = self._selection
        listed = selection.by_date() if len(selection) > 1 and selection.index is self.index else None
        rows = selection.rows_any_order
        return details_for_selection(self.index, rows, len(selection), self._current, listed)

    # ---- time window ---------------------------------------------------------------------------------

    @property
    def window(self) -> DaySpan:
        """The visible stretch of time, [start, end) in fractional day numbers."""
        return self._window

    @property
    def padded_full_range(self) -> DaySpan:
        return self.limits.padded_range

    def set_window(self, span: DaySpan) -> None:
        """Show `span`, kept within the zoom limits and near the data."""
        changes = Changes()
        self._set_window(span, changes)
        self._emit(changes)

    def _set_window(self, span: DaySpan, changes: Changes) -> None:
        window = self.limits.clamp(span)
        changes.window |= window != self._window
        self._window = window

    # ---- filter and mask -----------------------------------------------------------------------------

    @property
    def event_filter(self) -> EventFilter:
        """What every view shows: categories, people, dates and search words."""
        return self._filter

    @property
    def shown_filter(self) -> EventFilter:
        """The filter with the hidden lanes' categories left out: the events the views show and export."""
        hidden = self._lanes.hidden
        if not hidden:
            return self._filter
        categories = self._filter.categories
        shown = (frozenset(self._lanes.order) if categories is None else categories) - hidden
        return replace(self._filter, categories=shown)

    @property
    def shown_mask(self) -> BoolArray | None:
        """Over the index's rows: true where the filter lets the event through and its lane is not hidden.

        None when every event is shown, so views keep their fast unfiltered path. Read-only for views.
        """
        return self._shown_mask

    def set_filter(self, event_filter: EventFilter) -> None:
        """Apply a filter: the mask follows, and selected events it hides are unselected."""
        changes = Changes()
        self._set_filter(event_filter, changes)
        self._emit(changes)

    def clear_filter(self) -> None:
        self.set_filter(EventFilter())

    def _set_filter(self, event_filter: EventFilter, changes: Changes) -> None:
        if event_filter == self._filter:
            return
        self._filter = event_filter
        changes.filter = True
        self._run_filter(changes)

    def refilter(self) -> None:
        """Run the filter again: what it matches changed (a star under the Starred filter, a note)."""
        changes = Changes()
        self._run_filter(changes)
        self._emit(changes)

    def replace_index(self, index: TimelineIndex, queries: EventQueries) -> None:
        """The reader's own events were added, changed or deleted: the same view over the new index.

        The filter runs again, events no longer there leave the selection, and the details are told to
        show again (the event shown may be the one that changed).
        """
        changes = Changes()
        old = self._selection
        self.index, self._queries = index, queries
        self._shown_mask, self._shown_count = None, len(index)
        changes.mask = True
        self._stars.reindex(index)
        changes.stars = True
        self._run_filter(changes)
        rows = old.rows_in(index)  # events no longer there leave the selection
        self._set_selection(Selection(index, rows=rows, ids=index.ids_of(rows)), None, changes)
        self._set_details(self._details_for_selection(), changes)
        changes.details = True
        self._emit(changes)

    def _run_filter(self, changes: Changes) -> None:
        if self._filter.is_empty:
            self._filter_mask = None
        else:
            self._filter_mask = self._queries.mask_matching(self._filter)
        self._update_mask(changes)

    def _update_mask(self, changes: Changes) -> None:
        """Combine the filter's mask with the hidden lanes, then unselect what is no longer shown."""
        mask = without_lanes(self.index, self._filter_mask, self._lanes.hidden)
        if same_mask(mask, self._shown_mask):
            return
        if mask is not None:
            mask.setflags(write=False)  # views keep answers worked out from it (session.shown_lanes)
            ready = getattr(self._queries, "lane_flags", None)
            lane_flags = ready(mask) if ready is not None and mask is self._filter_mask else None
            if lane_flags is not None:  # first: their counts add up to the mask's
                declare_lane_flags(mask, self.index, lane_flags)
            declare_lanes(mask, self.index, lanes_decided(self._filter, self.index.lanes, self._lanes.hidden))
        self._shown_mask = mask
        self._shown_count = len(self.index) if mask is None else shown_count(mask)
        changes.mask = True
        if mask is not None and self._selection:
            rows = self.selected_rows
            kept = rows[mask[rows]]
            if len(kept) != len(self._selection):
                # What was chosen by ids stays so (the current event then falls back to the first id).
                ids = None if self._selection.made_of_rows else self.index.ids_of(kept)
                self._set_selection(Selection(self.index, rows=kept, ids=ids), None, changes)

    def is_shown(self, event_id: str) -> bool:
        row = self.index.row_of(event_id)
        return row is not None and (self._shown_mask is None or bool(self._shown_mask[row]))

    def shown_count(self) -> int:
        """How many events are shown: counted once per change of the mask, not at each question."""
        return self._shown_count

    def status(self) -> StatusCounts:
        return StatusCounts(len(self.index), self.shown_count(), len(self._selection))

    def chart_markers(self) -> list[ChartMarker]:
        """The shown events of the marker lane (economy & trade), for the trade chart, by date."""
        return chart_markers(self.index, self._marker_lane, self._shown_mask)

    # ---- lanes ---------------------------------------------------------------------------------------

    def _commit_lanes(self, lanes: LaneArrangement) -> None:
        changes = Changes()
        self._set_lanes(lanes, changes)
        self._emit(changes)

    def _set_lanes(self, lanes: LaneArrangement, changes: Changes) -> None:
        if lanes == self._lanes:
            return
        hidden_changed = lanes.hidden != self._lanes.hidden
        self._lanes = lanes
        changes.lanes = True
        if hidden_changed:
            self._update_mask(changes)

    # ---- snapshot ------------------------------------------------------------------------------------

    def snapshot(self) -> SessionSnapshot:
        return SessionSnapshot(
            window=self._window,
            selection=self._selection.ids,
            current=self._current,
            event_filter=self._filter,
            lane_order=self._lanes.order,
            hidden_lanes=self._lanes.hidden,
        )

    def restore(self, snapshot: SessionSnapshot) -> None:
        """Take up a saved state, dropping what does not fit this database; one round of events."""
        changes = Changes()
        if snapshot.lane_order:
            self._set_lanes(self._lanes.restored(snapshot.lane_order, snapshot.hidden_lanes), changes)
        if snapshot.window is not None:
            self._set_window(snapshot.window, changes)
        self._set_filter(known_filter(snapshot.event_filter, self._default_lanes), changes)
        rows = self.index.rows_of(snapshot.selection)  # one look-up for all, not one per saved id
        if self._shown_mask is not None:
            rows = rows[self._shown_mask[rows]]
        selection = Selection(self.index, rows=rows, ids=self.index.ids_of(rows))
        current = snapshot.current if snapshot.current in selection else None
        self._set_selection(selection, current, changes)
        self._emit(changes)
