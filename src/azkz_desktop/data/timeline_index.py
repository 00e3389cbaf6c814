"""Every event's position in time, as sorted numpy arrays per category lane.

The timeline draws tens of thousands of events many times a second. It cannot afford a query, or a Python
object per event, per frame; it bisects these arrays instead. Loading reads the rows in one pass without
ORDER BY (sorting in numpy is several times faster than SQLite sorting on an unclustered index).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from azkz_desktop.data.dates import DateSpan, PartialDate, Precision
from azkz_desktop.data.event_texts import (
    EagerTexts,
    EventTexts,
    JoinedTexts,
    LazyTexts,
    TextSource,
    mask_for_rowid_flags,
    rows_for_rowids,
)
from azkz_desktop.data.lanes import Lane
from azkz_desktop.data.spans import exclusive_end
from azkz_desktop.data.stored_arrays import LazyArrays
from azkz_desktop.data.timeline_arrays import lane_arrays

PRECISION_CODE = {Precision.DAY.value: 0, Precision.MONTH.value: 1, Precision.YEAR.value: 2}
CODE_PRECISION = (Precision.DAY, Precision.MONTH, Precision.YEAR)

# One row as the database gives it: id, first_day, last_day, precision code (PRECISION_CODE),
# category code (position in the category list, -1 if unknown), title, is_range, number of sources.
TimelineRow = tuple[str, int, int, int, int, str, int, int]


class TimelineIndex:
    """All events, by lane, ready for bisection; plus ids and titles for labels and tooltips.

    Built either from rows read from the database (`TimelineIndex(rows, categories)`, the slow path,
    which keeps every id and title in memory) or from the arrays stored in it (`from_arrays`, which
    fetches ids and titles only for the rows shown, through `texts`). `slow_reason` says why an index
    had to be read row by row (empty when it came from stored arrays, or was made in memory).
    """

    def __init__(
        self,
        rows: Iterable[Sequence[TimelineRow]],
        categories: Sequence[str],
        rowids: np.ndarray | None = None,
        slow_reason: str = "",
    ) -> None:
        ids: list[str] = []
        titles: list[str] = []
        columns: dict[str, list[np.ndarray]] = {name: [] for name in _ROW_COLUMNS}
        for chunk in rows:
            if not chunk:
                continue
            unpacked = list(zip(*chunk, strict=True))
            ids.extend(unpacked[0])
            titles.extend(unpacked[5])
            for name, (position, dtype) in _ROW_COLUMNS.items():
                columns[name].append(np.asarray(unpacked[position], dtype=dtype))
        arrays = {
            name: np.concatenate(parts) if parts else np.empty(0, _ROW_COLUMNS[name][1])
            for name, parts in columns.items()
        }
        arrays["rowid"] = np.arange(1, len(ids) + 1, dtype=np.int64) if rowids is None else rowids
        _add_orders(arrays, len(categories))
        self._setup(arrays, categories, EagerTexts(ids, titles), slow_reason)

    def merged_with(self, rows: Sequence[TimelineRow]) -> TimelineIndex:
        """This index followed by `rows` (the reader's own events), with `mine` true at those rows.

        The extra rows get rowids after this index's largest, so filters answered as rowids still map
        back with one searchsorted; this index's texts keep answering lazily if they did.
        """
        extra = TimelineIndex([rows], self.categories)
        first_rowid = int(self.rowids.max()) + 1 if len(self.rowids) else 1
        mine = np.zeros(len(self) + len(extra), dtype=bool)
        mine[len(self) :] = True
        arrays = {
            "first_day": np.concatenate([self._first, extra._first]),
            "last_day": np.concatenate([self._last, extra._last]),
            "precision": np.concatenate([self._precision, extra._precision]),
            "category": np.concatenate([self._category, extra._category]),
            "is_range": np.concatenate([self._is_range, extra._is_range]),
            "source_count": np.concatenate([self.source_counts, extra.source_counts]),
            "rowid": np.concatenate([self.rowids, first_rowid + np.arange(len(extra), dtype=np.int64)]),
        }
        _add_orders(arrays, len(self.categories))
        assert isinstance(extra._texts, EagerTexts)
        merged = TimelineIndex.__new__(TimelineIndex)
        merged._setup(arrays, self.categories, JoinedTexts(self._texts, extra._texts), self.slow_reason)
        merged.mine = mine
        return merged

    @classmethod
    def from_arrays(
        cls, arrays: dict[str, np.ndarray], categories: Sequence[str], texts: TextSource
    ) -> TimelineIndex:
        """An index over stored arrays (see timeline_arrays); ids and titles come from `texts` on demand."""
        index = cls.__new__(cls)
        index._setup(arrays, categories, LazyTexts(texts, _rowids_by_row(arrays)), "")
        return index

    def _setup(
        self, arrays: dict[str, np.ndarray], categories: Sequence[str], texts: EventTexts, slow_reason: str
    ) -> None:
        self.categories = list(categories)
        self.slow_reason = slow_reason
        self._texts = texts
        self.ids: Sequence[str] = texts.ids
        self.titles: Sequence[str] = texts.titles
        self._arrays = arrays
        self.date_order: np.ndarray = arrays["date_order"]
        self._title_order: np.ndarray | None = None
        self._lane_places: np.ndarray | None = None
        self.mine: np.ndarray | None = None  # per row: the reader's own event (None: there are none)
        if "lane_first_day" not in arrays:  # stored before format 2, or made here: gathered once
            arrays.update(lane_arrays(arrays))
        offsets = arrays["lane_offsets"]
        self.lanes = {
            category: self._lane(category, int(offsets[code]), int(offsets[code + 1]))
            for code, category in enumerate(self.categories)
        }

    @property
    def arrays_source(self) -> object:
        """The arrays this index was made from (the stored ones, or its own): the lanes are theirs."""
        return self._arrays

    @property
    def rowids(self) -> np.ndarray:
        """Every row's rowid in the events table (sorted: rows are in rowid order)."""
        return self._arrays["rowid"]

    @rowids.setter
    def rowids(self, rowids: np.ndarray) -> None:
        self._arrays["rowid"] = rowids

    def _value(self, name: str, row: int) -> int:
        """One row's value of a row array, without reading the whole array of a stored database."""
        arrays = self._arrays
        if isinstance(arrays, LazyArrays):
            return arrays.value(name, row)
        return int(arrays[name][row])

    # The row arrays: read from a stored database only when first needed (a filter, a click, the list's
    # columns), since the first frame draws from the lanes alone.
    @property
    def _first(self) -> np.ndarray:
        return self._arrays["first_day"]

    @property
    def _last(self) -> np.ndarray:
        return self._arrays["last_day"]

    @property
    def _precision(self) -> np.ndarray:
        return self._arrays["precision"]

    @property
    def _is_range(self) -> np.ndarray:
        return self._arrays["is_range"]

    @property
    def _category(self) -> np.ndarray:
        return self._arrays["category"]

    def _lane(self, category: str, first: int, last: int) -> Lane:
        arrays = self._arrays
        starts, ends = arrays["lane_first_day"][first:last], arrays["lane_end_day"][first:last]
        longest = float((ends - starts).max()) if last > first else 0.0
        return Lane(
            category,
            starts,
            ends,
            arrays["lane_precision"][first:last],
            arrays["lane_is_range"][first:last],
            arrays["lane_rows"][first:last],
            longest,
        )

    def __len__(self) -> int:
        return len(self.date_order)

    @property
    def first_days(self) -> np.ndarray:
        """Every event's first day number, by row (read-only view)."""
        return self._first

    @property
    def last_days(self) -> np.ndarray:
        return self._last

    @property
    def source_counts(self) -> np.ndarray:
        """Every event's number of sources, by row (read from stored arrays when first asked for)."""
        return self._arrays["source_count"]

    @property
    def category_codes(self) -> np.ndarray:
        """Every event's category as its position in `categories` (-1: unknown)."""
        return self._category

    def _lanes_hold_every_row(self) -> bool:
        return sum(len(lane) for lane in self.lanes.values()) == len(self)

    @property
    def first_day(self) -> float:
        if not len(self):
            return float(dt.date.today().toordinal())
        if self._lanes_hold_every_row():  # each lane's first start: no pass over the rows
            return float(min(int(lane.starts[0]) for lane in self.lanes.values() if len(lane)))
        return float(self._first.min())

    @property
    def end_day(self) -> float:
        """The day after the last day of the latest event."""
        if not len(self):
            return exclusive_end(self.first_day)
        if self._lanes_hold_every_row():
            return float(max(int(lane.ends.max()) for lane in self.lanes.values() if len(lane)))
        return exclusive_end(float(self._last.max()))

    def lane_places(self) -> np.ndarray:
        """Each row's place in its lane's order (-1: in no lane), worked out once, when first asked for."""
        if self._lane_places is None:
            places = np.full(len(self), -1, dtype=np.int32)  # half the memory: lanes are far shorter
            for lane in self.lanes.values():
                places[lane.rows] = np.arange(len(lane), dtype=np.int32)
            self._lane_places = places
        return self._lane_places

    def title_order(self) -> np.ndarray:
        """Every row, by casefolded title, ties in date order (stored by the build, else computed once)."""
        if self._title_order is None:
            try:
                self._title_order = self._arrays["title_order"]
            except (KeyError, ValueError):  # not stored (an index read row by row), or damaged: sort here
                titles = self.titles
                folded = np.fromiter(
                    (titles[row].casefold() for row in self.date_order.tolist()),
                    dtype=object,
                    count=len(self),
                )
                self._title_order = self.date_order[np.argsort(folded, kind="stable")]
        return self._title_order

    def row_of(self, event_id: str) -> int | None:
        rows = self.rows_of([event_id])
        return int(rows[0]) if len(rows) else None

    def rows_of(self, event_ids: Iterable[str]) -> np.ndarray:
        """The rows of these events, in the order given; unknown ids are left out."""
        return self._texts.rows_of(list(event_ids))

    def rows_of_rowids(self, rowids: np.ndarray) -> np.ndarray:
        """The rows of events given by rowid (as queries return them); rowids of no row are left out."""
        return rows_for_rowids(_rowids_by_row(self._arrays), rowids)

    def rows_mask_of_rowid_flags(self, flags: np.ndarray) -> np.ndarray:
        """True at the rows whose rowid r has `flags[r]` true (a bitmap over rowids, as stored for the
        search's frequent words): the rows rows_of_rowids finds for those rowids, as a mask."""
        return mask_for_rowid_flags(_rowids_by_row(self._arrays), flags)

    def ids_of(self, rows: Iterable[int]) -> list[str]:
        """The ids of these rows, fetched together (one query, not one per row, for stored indexes)."""
        return self._texts.ids_of(
            np.fromiter(rows, dtype=np.int64) if not isinstance(rows, np.ndarray) else rows
        )

    def titles_of(self, rows: np.ndarray) -> list[str]:
        """The titles of these rows, fetched together."""
        return self._texts.titles_of(np.asarray(rows, dtype=np.int64))

    def fetch_rows(self, rows: np.ndarray) -> None:
        """Fetch together what showing these rows one by one asks of a stored database (their values,
        ids and titles): a screen of the list is then three queries, not three per row."""
        rows = np.asarray(rows, dtype=np.int64)
        arrays = self._arrays
        if isinstance(arrays, LazyArrays):
            arrays.remember_rows(rows.tolist())
        self._texts.ids_of(rows)
        self._texts.titles_of(rows)

    def category_of(self, row: int) -> str:
        return self.categories[self.category_code_of(row)]

    def category_code_of(self, row: int) -> int:
        """One event's `category_codes` entry (fetched alone if the array is not read yet)."""
        return self._value("category", row)

    def source_count_of(self, row: int) -> int:
        """One event's `source_counts` entry (fetched alone if the array is not read yet)."""
        return self._value("source_count", row)

    def span_days(self, row: int) -> tuple[float, float]:
        """[first day, day after the last day) of an event."""
        return float(self._value("first_day", row)), exclusive_end(float(self._value("last_day", row)))

    def date_span(self, row: int) -> DateSpan:
        """The event's date at its precision, rebuilt from its day numbers."""
        precision = CODE_PRECISION[self._value("precision", row)]
        start = _partial(dt.date.fromordinal(self._value("first_day", row)), precision)
        end = _partial(dt.date.fromordinal(self._value("last_day", row)), precision)
        return DateSpan(start, end if self._value("is_range", row) and end != start else None)

    def date_spans(self, rows: np.ndarray) -> list[DateSpan]:
        """`date_span` of each of these rows (a few hundred: the detail pane's list), the four values
        of all of them read at once rather than one by one."""
        rows = np.asarray(rows, dtype=np.int64)
        columns = zip(
            self._first[rows].tolist(),
            self._last[rows].tolist(),
            self._precision[rows].tolist(),
            self._is_range[rows].tolist(),
            strict=True,
        )
        spans = []
        for first, last, code, ranged in columns:
            precision = CODE_PRECISION[code]
            start = _partial(dt.date.fromordinal(int(first)), precision)
            end = _partial(dt.date.fromordinal(int(last)), precision)
            spans.append(DateSpan(start, end if ranged and end != start else None))
        return spans

    def rows_between(self, start_day: float, end_day: float, categories: Iterable[str]) -> np.ndarray:
        """Rows of the events in these lanes overlapping [start_day, end_day), in date order per lane."""
        parts = [np.empty(0, np.int64)]
        for category in categories:
            lane = self.lanes.get(category)
            if lane is None:
                continue
            i0, i1 = lane.visible_slice(start_day, end_day)
            parts.append(lane.rows[i0:i1][lane.ends[i0:i1] > start_day])
        return np.concatenate(parts).astype(np.int64, copy=False)


def _rowids_by_row(arrays: dict[str, np.ndarray]) -> Any:
    """The rowids of a stored index as a view (no array of 1..N is made), else the array itself."""
    return RowidsByRow(arrays) if isinstance(arrays, LazyArrays) else arrays["rowid"]


class RowidsByRow:
    """Rows' rowids as the stored array gives them, without making the array when they are 1..N (as a
    build writes them): ids and titles are fetched by rowid for the rows shown, long before a filter
    needs the whole array."""

    def __init__(self, arrays: LazyArrays) -> None:
        self._arrays = arrays

    def __len__(self) -> int:
        return self._arrays._rows

    @property
    def consecutive(self) -> bool:
        """The rowids are 1..N: a row is its rowid less one (rows_for_rowids needs no search)."""
        return self._arrays.consecutive

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        return np.asarray(self._arrays["rowid"], dtype=dtype)

    def __getitem__(self, key: Any) -> Any:
        arrays = self._arrays
        if not arrays.consecutive or arrays.loaded("rowid") or isinstance(key, slice):
            return arrays["rowid"][key]
        rows = np.asarray(key, dtype=np.int64)
        count = len(self)
        if rows.size and (int(rows.min()) < -count or int(rows.max()) >= count):
            raise IndexError(f"row out of range for {count} events")
        rowids = np.where(rows < 0, rows + count, rows) + 1
        return int(rowids) if rowids.ndim == 0 else rowids


def _add_orders(arrays: dict[str, np.ndarray], categories: int) -> None:
    """The date order and the lanes (rows by category, sorted by start) of rows given as arrays; the
    lanes' own arrays are gathered by `_setup`."""
    first, last = arrays["first_day"], arrays["last_day"]
    arrays["date_order"] = np.lexsort((np.arange(len(first)), last, first))
    lanes = [np.flatnonzero(arrays["category"] == code) for code in range(categories)]
    lanes = [lane[np.argsort(first[lane], kind="stable")] for lane in lanes]
    arrays["lane_offsets"] = np.cumsum([0, *map(len, lanes)]).astype(np.int64)
    arrays["lane_rows"] = np.concatenate(lanes).astype(np.int64) if lanes else np.empty(0, np.int64)


# column -> (position in a TimelineRow, dtype)
_ROW_COLUMNS = {
    "first_day": (1, np.float64),
    "last_day": (2, np.float64),
    "precision": (3, np.int8),
    "category": (4, np.int16),
    "is_range": (6, bool),
    "source_count": (7, np.int32),
}


def _partial(day: dt.date, precision: Precision) -> PartialDate:
    if precision is Precision.YEAR:
        return PartialDate(day.year)
    if precision is Precision.MONTH:
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)
