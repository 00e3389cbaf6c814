"""One category lane of the timeline: its events' whole-day spans, sorted by start, and the bisections
the timeline asks of them (how many start before a day, which may overlap a window, the latest ends)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# Day numbers as the lanes hold them: a query day is turned into this type before bisecting, because
# numpy would otherwise convert the whole lane to the query's type at every search.
DAY_TYPE = np.int32
_DAY_LIMIT = float(np.iinfo(DAY_TYPE).max - 1)


@dataclass(frozen=True)
class Lane:
    """One category's events, sorted by start. `rows` point into the index's ids and titles.

    Whole day numbers, as stored: `starts` the first day, `ends` the day after the last (exclusive), so
    that a stored database's lanes are its BLOBs as read, not copies. Bisect them with `count_before`.
    """

    category: str
    starts: np.ndarray  # int32 day number of the first day
    ends: np.ndarray  # int32 day number after the last day (exclusive)
    precision: np.ndarray  # int8: 0 day, 1 month, 2 year
    is_range: np.ndarray  # bool
    rows: np.ndarray  # int32 or int64
    longest: float  # the longest span in days, to find events that began before a window

    def __len__(self) -> int:
        return len(self.starts)

    def count_before(self, days: np.ndarray) -> np.ndarray:
        """How many events start before each of `days` (fractional): `searchsorted(starts, days)`.

        Starts are whole days, so "before day d" is "before the first whole day at or after d".
        """
        keys = np.ceil(np.asarray(days, dtype=np.float64))
        np.minimum(np.maximum(keys, -_DAY_LIMIT, out=keys), _DAY_LIMIT, out=keys)
        return self.starts.searchsorted(keys.astype(DAY_TYPE), side="left")

    def count_before_day(self, day: float) -> int:
        """`count_before` for one day, without making arrays of it (a paint asks a few per lane)."""
        key = min(max(math.ceil(day), -_DAY_LIMIT), _DAY_LIMIT)
        return int(self.starts.searchsorted(DAY_TYPE(key), side="left"))  # the method: no wrapper

    def ends_after(self, day: float, first: int, last: int) -> np.ndarray:
        """Whether each of the events [first, last) ends after `day` (fractional), as a boolean array.

        Ends are whole days, so "after d" is "after the whole day d falls in": the comparison stays in
        the lane's own type instead of converting the slice to floats.
        """
        key = DAY_TYPE(min(max(math.floor(day), -_DAY_LIMIT), _DAY_LIMIT))
        return self.ends[first:last] > key

    def latest_ends(self, count: int) -> np.ndarray:
        """The `count` latest ends (or all, if fewer), ascending, without a pass over the whole lane.

        The last `count` events by start end no earlier than T, their earliest end; so the latest ends
        end at T or later, and began at most `longest` days before: only the events starting from
        T - longest need a look (a lane of short events: its last few; one long event: more).
        """
        if len(self) <= count:
            return np.sort(self.ends)
        floor = int(self.ends[len(self) - count :].min())
        candidates = self.ends[self.count_before_day(floor - self.longest) :]
        return np.sort(np.partition(candidates, len(candidates) - count)[len(candidates) - count :])

    def visible_slice(self, start_day: float, end_day: float) -> tuple[int, int]:
        """Indices [i0, i1) of the events that may overlap [start_day, end_day)."""
        return self.count_before_day(start_day - self.longest), self.count_before_day(end_day)
