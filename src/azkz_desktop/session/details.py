"""What the detail pane should show: routed by the session, drawn by the UI."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.timeline_index import TimelineIndex

if TYPE_CHECKING:  # a trade figure's class is made when the Trade tab first reads them
    from azkz_desktop.data.trade_records import TradePoint

MAX_LISTED = 200  # events named in the detail pane when several are selected


@dataclass(frozen=True, slots=True)
class NoDetails:
    """Nothing selected."""


@dataclass(frozen=True, slots=True)
class EventDetails:
    """One event, by id."""

    event_id: str


@dataclass(frozen=True, slots=True)
class EventListDetails:
    """Several selected events: the first `len(event_ids)` in date order, of `total`. When made from a
    selection, also their rows in the index they were chosen in, so that the pane need not ask the
    database for the rows of the ids (one query by two hundred ids at every rubber band); two targets
    naming the same events are equal whatever they say of rows."""

    event_ids: tuple[str, ...]
    total: int
    rows: npt.NDArray[np.int64] | None = field(default=None, compare=False)
    index: TimelineIndex | None = field(default=None, compare=False)

    def rows_in(self, index: TimelineIndex) -> npt.NDArray[np.int64] | None:
        """The listed events' rows in `index`, when they were given for it; else None."""
        return self.rows if self.index is index else None


@dataclass(frozen=True, slots=True)
class TradeFigureDetails:
    """A figure of the trade chart, with its source."""

    point: TradePoint


DetailsTarget = NoDetails | EventDetails | EventListDetails | TradeFigureDetails


def details_for_selection(
    index: TimelineIndex,
    rows: npt.NDArray[np.int64],
    size: int,
    current: str,
    listed: npt.NDArray[np.int64] | None = None,
) -> DetailsTarget:
    """What a selection of `size` events (at `rows`) shows: a list by date when several (the first
    MAX_LISTED of `rows` by date, worked out here unless `listed` gives them), else the current."""
    if size > 1:
        if listed is None:
            listed = rows_by_date(index, rows, MAX_LISTED)
        return EventListDetails(tuple(index.ids_of(listed)), len(rows), listed, index)
    return EventDetails(current) if current else NoDetails()


def rows_by_date(
    index: TimelineIndex, rows: npt.NDArray[np.int64], limit: int | None = None
) -> npt.NDArray[np.int64]:
    """The rows by first day, last day and row (the first `limit` of them, if given). Many of them
    (Select All) are picked from the index's date order, one pass, instead of sorted; of a rubber band's
    thousands only the first `limit` are sorted."""
    if limit is not None and limit < len(rows) <= len(index) // 16:
        return _first_by_date(index, np.asarray(rows, dtype=np.int64), limit)
    if len(rows) > len(index) // 16:
        chosen = np.zeros(len(index), dtype=bool)
        chosen[rows] = True
        return np.asarray(index.date_order[chosen[index.date_order]][:limit], dtype=np.int64)
    order = np.lexsort((rows, index.last_days[rows], index.first_days[rows]))
    return np.asarray(rows[order][:limit], dtype=np.int64)


def _first_by_date(index: TimelineIndex, rows: npt.NDArray[np.int64], limit: int) -> npt.NDArray[np.int64]:
    """The first `limit` of `rows` by first day, last day and row: the index's date order is that order,
    so they are the rows of the `limit` smallest places in it (found by partition, then sorted), where
    gathering both days as one key, partitioning and sorting the ties took several times as long."""
    places = date_places(index)[rows]
    first = np.sort(np.partition(places, limit - 1)[:limit])
    return np.asarray(index.date_order[first], dtype=np.int64)


_PLACES: weakref.WeakKeyDictionary[TimelineIndex, npt.NDArray[np.int32]] = weakref.WeakKeyDictionary()


def date_places(index: TimelineIndex) -> npt.NDArray[np.int32]:
    """Each row's place in the index's date order (first day, last day, row): made when a selection
    first needs it, once per index (4 bytes an event)."""
    places = _PLACES.get(index)
    if places is None:
        order = index.date_order
        places = np.empty(len(order), dtype=np.int32)
        places[order] = np.arange(len(order), dtype=np.int32)
        _PLACES[index] = places
    return places
