"""Every event's position in time, as sorted numpy arrays per category lane.

The timeline draws tens of thousands of events many times a second. It cannot afford a query, or a Python
object per event, per frame; it bisects these arrays instead. Loading reads the rows in one pass without
ORDER BY (sorting in numpy is several times faster than SQLite sorting on an unclustered index).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from azkz_desktop.data.dates import DateSpan, PartialDate, Precision
from azkz_desktop.data.spans import exclusive_end

PRECISION_CODE = {Precision.DAY.value: 0, Precision.MONTH.value: 1, Precision.YEAR.value: 2}
CODE_PRECISION = (Precision.DAY, Precision.MONTH, Precision.YEAR)

# One row as the database gives it: id, first_day, last_day, precision code (PRECISION_CODE),
# category code (position in the category list, -1 if unknown), title, is_range, number of sources.
TimelineRow = tuple[str, int, int, int, int, str, int, int]


@dataclass(frozen=True)
class Lane:
    """One category's events, sorted by start. `rows` point into the index's ids and titles."""

    category: str
    starts: np.ndarray  # float64 day ordinal of the first day
    ends: np.ndarray  # float64 day ordinal after the last day (exclusive)
    precision: np.ndarray  # int8: 0 day, 1 month, 2 year
    is_range: np.ndarray  # bool
    rows: np.ndarray  # int64
    longest: float  # the longest span in days, to find events that began before a window

    def __len__(self) -> int:
        return len(self.starts)

    def visible_slice(self, start_day: float, end_day: float) -> tuple[int, int]:
        """Indices [i0, i1) of the events that may overlap [start_day, end_day)."""
        i0 = int(np.searchsorted(self.starts, start_day - self.longest, side="left"))
        i1 = int(np.searchsorted(self.starts, end_day, side="left"))
        return i0, i1


class TimelineIndex:
    """All events, by lane, ready for bisection; plus ids and titles for labels and tooltips."""

    def __init__(self, rows: Iterable[Sequence[TimelineRow]], categories: Sequence[str]) -> None:
        ids: list[str] = []
        titles: list[str] = []
        first: list[np.ndarray] = []
        last: list[np.ndarray] = []
        precision: list[np.ndarray] = []
        ranges: list[np.ndarray] = []
        category_codes: list[np.ndarray] = []
        source_counts: list[np.ndarray] = []
        for chunk in rows:
            if not chunk:
                continue
            (
                chunk_ids,
                chunk_first,
                chunk_last,
                chunk_precision,
                chunk_category,
                chunk_titles,
                chunk_range,
                chunk_sources,
            ) = zip(*chunk, strict=True)
            ids.extend(chunk_ids)
            titles.extend(chunk_titles)
            first.append(np.asarray(chunk_first, dtype=np.float64))
            last.append(np.asarray(chunk_last, dtype=np.float64))
            precision.append(np.asarray(chunk_precision, dtype=np.int8))
            ranges.append(np.asarray(chunk_range, dtype=bool))
            category_codes.append(np.asarray(chunk_category, dtype=np.int16))
            source_counts.append(np.asarray(chunk_sources, dtype=np.int32))
        self.ids = ids
        self.titles = titles
        self.categories = list(categories)
        self._first = np.concatenate(first) if first else np.empty(0)
        self._last = np.concatenate(last) if last else np.empty(0)
        self._precision = np.concatenate(precision) if precision else np.empty(0, np.int8)
        self._is_range = np.concatenate(ranges) if ranges else np.empty(0, bool)
        self._category = np.concatenate(category_codes) if category_codes else np.empty(0, np.int16)
        self.source_counts = np.concatenate(source_counts) if source_counts else np.empty(0, np.int32)
        self._row_of: dict[str, int] | None = None
        self.lanes = {category: self._lane(code, category) for code, category in enumerate(self.categories)}

    def _lane(self, code: int, category: str) -> Lane:
        rows = np.flatnonzero(self._category == code)
        order = np.argsort(self._first[rows], kind="stable")
        rows = rows[order]
        starts = self._first[rows]
        ends = exclusive_end(self._last[rows])
        longest = float((ends - starts).max()) if len(rows) else 0.0
        return Lane(category, starts, ends, self._precision[rows], self._is_range[rows], rows, longest)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def first_days(self) -> np.ndarray:
        """Every event's first day number, by row (read-only view)."""
        return self._first

    @property
    def last_days(self) -> np.ndarray:
        return self._last

    @property
    def category_codes(self) -> np.ndarray:
        """Every event's category as its position in `categories` (-1: unknown)."""
        return self._category

    @property
    def first_day(self) -> float:
        return float(self._first.min()) if len(self._first) else float(dt.date.today().toordinal())

    @property
    def end_day(self) -> float:
        """The day after the last day of the latest event."""
        return exclusive_end(float(self._last.max())) if len(self._last) else exclusive_end(self.first_day)

    def row_of(self, event_id: str) -> int | None:
        if self._row_of is None:  # built on first use: a million entries cost time and memory
            self._row_of = {identifier: row for row, identifier in enumerate(self.ids)}
        return self._row_of.get(event_id)

    def category_of(self, row: int) -> str:
        return self.categories[int(self._category[row])]

    def span_days(self, row: int) -> tuple[float, float]:
        """[first day, day after the last day) of an event."""
        return float(self._first[row]), exclusive_end(float(self._last[row]))

    def date_span(self, row: int) -> DateSpan:
        """The event's date at its precision, rebuilt from its day numbers."""
        precision = CODE_PRECISION[int(self._precision[row])]
        start = _partial(dt.date.fromordinal(int(self._first[row])), precision)
        end = _partial(dt.date.fromordinal(int(self._last[row])), precision)
        return DateSpan(start, end if self._is_range[row] and end != start else None)

    def rows_between(self, start_day: float, end_day: float, categories: Iterable[str]) -> Iterator[int]:
        """Rows of the events in these lanes overlapping [start_day, end_day), in date order per lane."""
        for category in categories:
            lane = self.lanes.get(category)
            if lane is None:
                continue
            i0, i1 = lane.visible_slice(start_day, end_day)
            overlapping = lane.ends[i0:i1] > start_day
            yield from (int(row) for row in lane.rows[i0:i1][overlapping])


def _partial(day: dt.date, precision: Precision) -> PartialDate:
    if precision is Precision.YEAR:
        return PartialDate(day.year)
    if precision is Precision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)
