"""How many flagged events (selected, starred) each drawn cluster holds, without a look at every event
per paint: a running count per lane is made once per change of the flags or of the filter, and a paint
only subtracts two entries of it per cluster. A few flagged events (a click selects one) are instead
found in the lane by their first day, so that a click does no work in proportion to all the events, and
many (a rubber band's thousands) by a map of each row's place among all lanes' events, made once per
index, for every lane at once."""

from __future__ import annotations

import weakref

import numpy as np

from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session.selection import ascending
from azkz_desktop.ui.timeline.layout import CARRIED, LaneLayout

FEW = 64  # flagged events looked up one by one in their lane; more: a running count over the lane
# Above this share of all events (Select All), the flagged rows' places are not sorted: a running count
# over each lane, one pass, is cheaper than sorting a million places.
MANY = 16


class ClusterCounts:
    """Per-lane running counts of one kind of flag; `clear` when the flags, the filter or the index change."""

    def __init__(self) -> None:
        self._prefix: dict[str, np.ndarray] = {}
        self._places: dict[str, np.ndarray] = {}

    def clear(self) -> None:
        self._prefix.clear()
        self._places.clear()

    def counts(
        self,
        index: TimelineIndex,
        lane: LaneLayout,
        flags: np.ndarray | None,
        shown_mask: np.ndarray | None,
        flagged: np.ndarray | None = None,
    ) -> np.ndarray:
        """How many shown events with the flag set each cluster of `lane` holds (zeros without flags).

        `flagged`, when given, holds the rows whose flag is set (the same as `flags`, as rows)."""
        counts = np.zeros(len(lane.cluster_count), dtype=np.int64)
        if not len(counts) or flags is None:
            return counts
        if flagged is not None and len(flagged) > len(index) // MANY:
            flagged = None  # too many to sort: the running counts
        first, last = np.maximum(lane.cluster_first, 0), np.maximum(lane.cluster_last, 0)
        if flagged is not None:
            places = self._places.get(lane.category)
            if places is None:  # once per change of flags or filter: O(flagged), not O(events)
                if len(flagged) <= FEW:
                    places = lane_places(index, lane.category, flagged, shown_mask)
                    self._places[lane.category] = places
                else:  # a rubber band's thousands: every lane's places at once, from a map of places
                    self._places.update(places_by_lane(index, flagged, shown_mask))
                    places = self._places.setdefault(lane.category, np.empty(0, np.int64))
            counts[:] = np.searchsorted(places, last) - np.searchsorted(places, first)
        else:
            prefix = self._prefix.get(lane.category)
            if prefix is None:  # once per change of flags or filter, not per paint: O(events in the lane)
                rows = index.lanes[lane.category].rows
                chosen = flags[rows] if shown_mask is None else flags[rows] & shown_mask[rows]
                # 32 bits (a lane of two billion events is far off), summed in place: half the memory
                # of numpy's int64 running sum, and no second copy to prepend the zero.
                prefix = np.zeros(len(rows) + 1, dtype=np.int32)
                np.cumsum(chosen, dtype=np.int32, out=prefix[1:])
                self._prefix[lane.category] = prefix
            counts[:] = prefix[last] - prefix[first]
        carried = lane.cluster_first == CARRIED
        if carried.any():
            rows = lane.carried_rows
            chosen = flags[rows] if shown_mask is None else flags[rows] & shown_mask[rows]
            counts[carried] = int(chosen.sum())
        return counts


def lane_places(
    index: TimelineIndex, category: str, rows: np.ndarray, shown_mask: np.ndarray | None
) -> np.ndarray:
    """The places, ascending, in the lane of `category` of those of `rows` that are in it and shown; each
    found among the lane's events of its first day (the lane is in order of first day)."""
    lane = index.lanes[category]
    if shown_mask is not None:
        rows = rows[shown_mask[rows]]
    # In the lane's own type (whole days): a query of another type would convert the whole lane; each
    # row's day alone (a few rows), so that a click reads no array of every event's first day.
    days = np.array([index.span_days(row)[0] for row in rows.tolist()], dtype=lane.starts.dtype)
    low = np.searchsorted(lane.starts, days, side="left")
    high = np.searchsorted(lane.starts, days, side="right")
    places = [
        start + int(found[0])
        for row, start, end in zip(rows.tolist(), low.tolist(), high.tolist(), strict=True)
        if len(found := np.flatnonzero(lane.rows[start:end] == row))
    ]
    return np.sort(np.asarray(places, dtype=np.int64))


_lane_offsets: list[tuple[weakref.ref[TimelineIndex], np.ndarray, dict[str, int]]] = []


def place_in_lanes(index: TimelineIndex) -> tuple[np.ndarray, dict[str, int]]:
    """Each row's place among every lane's events, one lane after the other (-1 in none), and where
    each lane starts in that order: made once per index and kept while it lives."""
    if place_in_lanes_made(index):
        return _lane_offsets[0][1], _lane_offsets[0][2]
    places = np.full(len(index), -1, dtype=np.int32)
    starts: dict[str, int] = {}
    offset = 0
    for name, lane in index.lanes.items():
        starts[name] = offset
        places[lane.rows] = np.arange(offset, offset + len(lane), dtype=np.int32)
        offset += len(lane)
    _lane_offsets[:] = [(weakref.ref(index), places, starts)]
    return places, starts


def place_in_lanes_made(index: TimelineIndex) -> bool:
    """Whether `place_in_lanes` has its answer for `index` kept (asking it again costs nothing)."""
    return bool(_lane_offsets) and _lane_offsets[0][0]() is index


def places_by_lane(
    index: TimelineIndex, rows: np.ndarray, shown_mask: np.ndarray | None
) -> dict[str, np.ndarray]:
    """The places, ascending, of those of `rows` that are shown, in each lane: their places among all
    lanes' events (`place_in_lanes`) gathered and sorted once, then cut at each lane's start;
    O(rows log rows) for all lanes, not a pass over every row per lane. A rubber band's rows come lane
    by lane, each lane's in its order: their places are in order already, and are not sorted again."""
    rows = np.asarray(rows, dtype=np.int64)
    if shown_mask is not None:
        rows = rows[shown_mask[rows]]
    places, starts = place_in_lanes(index)
    chosen = ascending(places[rows])
    lanes = [(name, starts[name], len(lane)) for name, lane in index.lanes.items()]
    bounds = np.searchsorted(chosen, [start for _, start, _ in lanes] + [len(places) + 1])
    return {
        name: chosen[int(bounds[number]) : int(bounds[number + 1])].astype(np.int64) - start
        for number, (name, start, _) in enumerate(lanes)
    }
