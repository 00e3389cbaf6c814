"""The selected events, as index rows and as ids, each worked out from the other only when first needed.

A rubber band or Select All chooses rows; a click, a passage or a saved state chooses ids. Fetching
the ids of a million rows costs a second and a hundred megabytes, yet most views only need the rows
(to draw the selection) and a count; so a selection made of rows fetches its ids only when something
asks for them (export, a citation, a saved state), and one made of ids looks its rows up once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from typing import Any

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session.details import MAX_LISTED, rows_by_date

Rows = npt.NDArray[np.int64]


_INT32 = np.iinfo(np.int32)


def unique_rows(values: Iterable[int] | npt.ArrayLike) -> Rows:
    """`values` ascending without repeats, as `np.unique` gives them, which a launch cannot afford:
    it imports `numpy.ma` on its first call (some 10 ms), and a saved selection is restored before
    the window first paints. Rows (any that fit in 32 bits) are sorted as 32-bit numbers, about three
    times as fast as 64-bit ones (a rubber band's 30,000 rows at a million events: 0.4 → 0.15 ms)."""
    rows = np.asarray(values, dtype=np.int64).ravel()
    if len(rows) > 1 and _INT32.min <= rows.min() and rows.max() <= _INT32.max:
        rows = np.sort(rows.astype(np.int32)).astype(np.int64)
    else:
        rows = np.sort(rows)
    if len(rows) > 1:
        keep = np.empty(len(rows), dtype=bool)
        keep[0] = True
        np.not_equal(rows[1:], rows[:-1], out=keep[1:])
        rows = rows[keep]
    return rows


def ascending(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """`values` sorted, or as they are when in order already (a rubber band's places in its lanes,
    Select All's positions in the list): one pass over them instead of a sort."""
    if len(values) > 1 and not bool((values[1:] >= values[:-1]).all()):
        return np.sort(values)
    return values


class Selection(Set[str]):
    """An immutable set of event ids over one index, which also knows the events' rows."""

    __slots__ = ("_by_date", "_chosen", "_ids", "_index", "_rows")

    def __init__(
        self,
        index: TimelineIndex,
        rows: Rows | None = None,
        ids: Iterable[str] | None = None,
        *,
        distinct: bool = False,
    ):
        """From `rows` (any order, repeats allowed) or from `ids` (ids the index does not hold are kept,
        but have no row). `distinct` says that `rows` holds no row twice (a rubber band's, lane by lane):
        they are then sorted only when something asks for them in order (most views need no order, and
        sorting a band's thousands costs a fifth of it at a million events)."""
        self._index = index
        self._chosen: Rows | None = None  # distinct rows in the order given, not sorted yet
        if rows is not None and distinct:
            self._chosen = np.array(rows, dtype=np.int64).ravel()  # its own, not the caller's array
            self._rows: Rows | None = None
        else:
            self._rows = None if rows is None else unique_rows(rows)
        self._ids: frozenset[str] | None = None if ids is None else frozenset(ids)
        if self._rows is None and self._chosen is None and self._ids is None:
            self._rows = np.empty(0, np.int64)
        self._by_date: tuple[int, Rows] | None = None

    @property
    def rows(self) -> Rows:
        """The selected events' rows in the index, ascending."""
        if self._rows is None:
            if self._chosen is not None:
                self._rows = unique_rows(self._chosen)
            else:
                assert self._ids is not None
                self._rows = unique_rows(self._index.rows_of(self._ids))
        return self._rows

    @property
    def rows_any_order(self) -> Rows:
        """The selected events' rows, each once, in no particular order: what drawing them, counting
        them or sorting them another way needs, without sorting them by row first."""
        if self._rows is None and self._chosen is not None:
            return self._chosen
        return self.rows

    @property
    def ids(self) -> frozenset[str]:
        """The selected events' ids (fetched together the first time, for a selection made of rows)."""
        if self._ids is None:
            self._ids = frozenset(self._index.ids_of(self.rows_any_order))
        return self._ids

    @property
    def index(self) -> TimelineIndex:
        return self._index

    @property
    def made_of_rows(self) -> bool:
        """Chosen as rows (a band, a cluster, Select All), its ids not fetched yet."""
        return self._ids is None

    def rows_in(self, index: TimelineIndex) -> Rows:
        """The selected events' rows in another index, each once, in no particular order (the same
        index answers from what it knows)."""
        return self.rows_any_order if index is self._index else unique_rows(index.rows_of(self.ids))

    def by_date(self, limit: int = MAX_LISTED) -> Rows:
        """The first `limit` selected rows by first day, last day and row, worked out once per selection:
        a rubber band's current event and the detail pane's list both come from them."""
        if self._by_date is None or self._by_date[0] != limit:
            self._by_date = (limit, rows_by_date(self._index, self.rows_any_order, limit))
        return self._by_date[1]

    def first_in_time(self) -> str:
        """The id of the earliest selected event (first day, last day, row), or "" if none is known."""
        first = self.by_date()[:1]
        return self._index.ids_of(first)[0] if len(first) else ""

    def __len__(self) -> int:
        return len(self._ids) if self._ids is not None else len(self.rows_any_order)

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __contains__(self, event_id: object) -> bool:
        if self._ids is not None or not isinstance(event_id, str):
            return event_id in self.ids
        row = self._index.row_of(event_id)
        if row is None:
            return False
        if self._rows is None and self._chosen is not None:  # not sorted yet: one pass, not a sort
            return bool((self._chosen == row).any())
        rows = self.rows
        place = int(np.searchsorted(rows, row))
        return place < len(rows) and int(rows[place]) == row

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) != len(other):
            return False
        if isinstance(other, Selection) and other._index is self._index:
            if self._ids is None or other._ids is None:  # one is rows only: compare rows, not ids
                return len(self.rows) == len(self) == len(other.rows) and bool(
                    np.array_equal(self.rows, other.rows)
                )
            return self.ids == other.ids
        return self.ids == frozenset(other)

    def __hash__(self) -> int:
        return hash(self.ids)

    def __repr__(self) -> str:
        return f"Selection({len(self)} events)"

    @classmethod
    def _from_iterable(cls, iterable: Iterable[Any]) -> frozenset[Any]:
        """Set operations (|, ^, -) give plain frozensets of ids."""
        return frozenset(iterable)
