"""How many flagged events (selected, starred) each drawn cluster holds, without a look at every event
per paint: a running count per lane is made once per change of the flags or of the filter, and a paint
only subtracts two entries of it per cluster. A few flagged events (a click selects one) are instead
found in the lane by their first day, so that a click does no work in proportion to all the events, and
many (a rubber band's thousands) by a map of each row's place in its lane, made once per index, for
every lane at once."""

from __future__ import annotations

import weakref

import numpy as np

from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.ui.timeline.layout import CARRIED, LaneLayout

FEW = 64  # flagged events looked up one by one in their lane; more: a running count over the lane


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


_place_maps: list[tuple[weakref.ref[TimelineIndex], np.ndarray]] = []  # the index last asked about


def place_in_lane(index: TimelineIndex) -> np.ndarray:
    """Each row's place in its lane (-1 in none), made once per index and kept while it lives."""
    if _place_maps and _place_maps[0][0]() is index:
        return _place_maps[0][1]
    places = np.full(len(index), -1, dtype=np.int32)
    for lane in index.lanes.values():
        places[lane.rows] = np.arange(len(lane), dtype=np.int32)
    _place_maps[:] = [(weakref.ref(index), places)]
    return places


def places_by_lane(
    index: TimelineIndex, rows: np.ndarray, shown_mask: np.ndarray | None
) -> dict[str, np.ndarray]:
    """The places, ascending, of those of `rows` that are shown, in each lane: their lanes and places
    (`place_in_lane`) gathered once and sorted together by lane and place, O(rows log rows) for all
    lanes, not a pass over every row per lane."""
    rows = np.asarray(rows, dtype=np.int64)
    if shown_mask is not None:
        rows = rows[shown_mask[rows]]
    codes = index.category_codes[rows].astype(np.int64)
    places = place_in_lane(index)[rows].astype(np.int64)
    known = (codes >= 0) & (places >= 0)
    keys = np.sort((codes[known] << 32) | places[known])
    lanes = list(index.categories)
    bounds = np.searchsorted(keys, np.arange(len(lanes) + 1, dtype=np.int64) << 32)
    return {
        name: keys[int(bounds[code]) : int(bounds[code + 1])] - (code << 32)
        for code, name in enumerate(lanes)
        if name in index.lanes
    }
