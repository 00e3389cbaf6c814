"""How many flagged events (selected, starred) each drawn cluster holds, without a look at every event
per paint: a running count per lane is made once per change of the flags or of the filter, and a paint
only subtracts two entries of it per cluster."""

from __future__ import annotations

import numpy as np

from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.ui.timeline.layout import CARRIED, LaneLayout


class ClusterCounts:
    """Per-lane running counts of one kind of flag; `clear` when the flags, the filter or the index change."""

    def __init__(self) -> None:
        self._prefix: dict[str, np.ndarray] = {}

    def clear(self) -> None:
        self._prefix.clear()

    def counts(
        self,
        index: TimelineIndex,
        lane: LaneLayout,
        flags: np.ndarray | None,
        shown_mask: np.ndarray | None,
    ) -> np.ndarray:
        """How many shown events with the flag set each cluster of `lane` holds (zeros without flags)."""
        counts = np.zeros(len(lane.cluster_count), dtype=np.int64)
        if not len(counts) or flags is None:
            return counts
        prefix = self._prefix.get(lane.category)
        if prefix is None:  # once per change of flags or filter, not per paint: O(events in the lane)
            rows = index.lanes[lane.category].rows
            chosen = flags[rows] if shown_mask is None else flags[rows] & shown_mask[rows]
            # 32 bits (a lane of two billion events is far off), summed in place: half the memory
            # of numpy's int64 running sum, and no second copy to prepend the zero.
            prefix = np.zeros(len(rows) + 1, dtype=np.int32)
            np.cumsum(chosen, dtype=np.int32, out=prefix[1:])
            self._prefix[lane.category] = prefix
        carried = lane.cluster_first == CARRIED
        first, last = np.maximum(lane.cluster_first, 0), np.maximum(lane.cluster_last, 0)
        counts[:] = prefix[last] - prefix[first]
        if carried.any():
            rows = lane.carried_rows
            chosen = flags[rows] if shown_mask is None else flags[rows] & shown_mask[rows]
            counts[carried] = int(chosen.sum())
        return counts
