"""Event ids and titles by timeline row: all in memory, or fetched from the database as they are shown.

Ten million ids and titles would cost gigabytes and seconds to read at every launch, yet a window shows a
few hundred at a time. `LazyTexts` asks its `TextSource` (the database) for the rows in view, keeps the
most recent ones in a small LRU cache, and answers bulk questions (ids of a selection, rows of ids) with
one query each.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, overload

import numpy as np

CACHE_SIZE = 20_000  # texts kept per column: several screens of list rows and timeline labels


class TextSource(Protocol):
    """What LazyTexts needs of a database (data/database.py implements it)."""

    def texts_of(self, column: str, rowids: Sequence[int]) -> list[str]:
        """The `column` ("id" or "title") of the events with these rowids, in the order given."""
        ...

    def rowids_of(self, event_ids: Sequence[str]) -> np.ndarray:
        """The rowids of the events with these ids, in the order given; unknown ids left out."""
        ...


class Rowids(Protocol):
    """Rows' rowids: an array, or a view that gives them without making one (timeline_index)."""

    def __len__(self) -> int: ...

    def __getitem__(self, key: Any) -> Any: ...


def rows_for_rowids(rowids: Rowids, wanted: np.ndarray) -> np.ndarray:
    """Positions in the sorted `rowids` of the `wanted` rowids; rowids not there are left out."""
    wanted = np.asarray(wanted, dtype=np.int64)
    count = len(rowids)
    if not count or not len(wanted):
        return np.empty(0, dtype=np.int64)
    if getattr(rowids, "consecutive", False):  # rowids 1..count (timeline_index.RowidsByRow): no search
        return wanted[(wanted >= 1) & (wanted <= count)] - 1
    rowids = np.asarray(rowids)
    first = int(rowids[0])
    if int(rowids[-1]) - first == count - 1:
        # Sorted, distinct and without gaps (as the build writes them): a rowid's row is its offset.
        rows = wanted - first
        return np.asarray(rows[(rows >= 0) & (rows < count)], dtype=np.int64)
    rows = np.minimum(np.searchsorted(rowids, wanted), count - 1)
    return np.asarray(rows[rowids[rows] == wanted], dtype=np.int64)


def mask_for_rowid_flags(rowids: Rowids, flags: np.ndarray) -> np.ndarray:
    """True at the rows whose rowid r has `flags[r]` true (a rowid past the flags' end has not): the
    mask rows_for_rowids would give for the rowids of the true flags, without listing them (perhaps a
    view of `flags`)."""
    count = len(rowids)
    if getattr(rowids, "consecutive", False):  # rowids 1..count: row i is rowid i + 1
        if len(flags) > count:
            return flags[1 : count + 1]  # a view: nothing copied
        mask = np.zeros(count, dtype=bool)
        shared = max(min(count, len(flags) - 1), 0)
        mask[:shared] = flags[1 : shared + 1]
        return mask
    mask = np.zeros(count, dtype=bool)
    rowids = np.asarray(rowids, dtype=np.int64)
    inside = (rowids >= 0) & (rowids < len(flags))
    mask[inside] = flags[rowids[inside]]
    return mask


class EventTexts(Protocol):
    @property
    def ids(self) -> Sequence[str]: ...

    @property
    def titles(self) -> Sequence[str]: ...

    def ids_of(self, rows: np.ndarray) -> list[str]: ...

    def titles_of(self, rows: np.ndarray) -> list[str]: ...

    def rows_of(self, event_ids: Sequence[str]) -> np.ndarray: ...


class EagerTexts:
    """Every id and title in lists (an index read row by row, or made in memory)."""

    def __init__(self, ids: list[str], titles: list[str]) -> None:
        self.ids: Sequence[str] = ids
        self.titles: Sequence[str] = titles
        self._row_of: dict[str, int] | None = None

    def ids_of(self, rows: np.ndarray) -> list[str]:
        ids = self.ids
        return [ids[row] for row in rows.tolist()]

    def titles_of(self, rows: np.ndarray) -> list[str]:
        titles = self.titles
        return [titles[row] for row in rows.tolist()]

    def rows_of(self, event_ids: Sequence[str]) -> np.ndarray:
        if self._row_of is None:  # built on first use, in one C-level pass
            self._row_of = dict(zip(self.ids, range(len(self.ids)), strict=True))
        get = self._row_of.get
        found = (row for row in map(get, event_ids) if row is not None)
        return np.fromiter(found, dtype=np.int64)


class LazyColumn(Sequence[str]):
    """One text column by row, fetched on demand through an LRU cache."""

    def __init__(self, source: TextSource, column: str, rowids: Rowids) -> None:
        self._source = source
        self._column = column
        self._rowids = rowids
        self._cache: OrderedDict[int, str] = OrderedDict()

    def __len__(self) -> int:
        return len(self._rowids)

    @overload
    def __getitem__(self, row: int) -> str: ...

    @overload
    def __getitem__(self, row: slice) -> list[str]: ...

    def __getitem__(self, row: int | slice) -> str | list[str]:
        if isinstance(row, slice):
            return self.many(np.arange(len(self))[row])
        row = int(row)
        text = self._cache.get(row)
        if text is not None:
            self._cache.move_to_end(row)
            return text
        if not -len(self) <= row < len(self):
            raise IndexError(row)
        (text,) = self._source.texts_of(self._column, [int(self._rowids[row])])
        self._remember(row, text)
        return text

    def __iter__(self) -> Iterator[str]:
        for start in range(0, len(self), CACHE_SIZE):
            yield from self.many(np.arange(start, min(start + CACHE_SIZE, len(self))), remember=False)

    def many(self, rows: np.ndarray, remember: bool = True) -> list[str]:
        """The texts of these rows, with one query for those not cached."""
        rows = np.asarray(rows, dtype=np.int64)
        if len(rows) > CACHE_SIZE:  # a bulk question (a selection's ids): asked as it is, not cached
            return self._source.texts_of(self._column, self._rowids[rows].tolist())
        cache = self._cache
        wanted = rows.tolist()
        known = {row: cache[row] for row in wanted if row in cache}
        missing = [row for row in dict.fromkeys(wanted) if row not in known]
        texts = self._source.texts_of(self._column, self._rowids[missing].tolist()) if missing else []
        known.update(zip(missing, texts, strict=True))
        if remember and len(missing) <= CACHE_SIZE:
            for row, text in zip(missing, texts, strict=True):
                self._remember(row, text)
        return [known[row] for row in wanted]

    def _remember(self, row: int, text: str) -> None:
        self._cache[row] = text
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)


class LazyTexts:
    """Ids and titles of an index made from stored arrays, fetched from the database as needed."""

    def __init__(self, source: TextSource, rowids: Rowids) -> None:
        self._source = source
        self._rowids = rowids
        self.ids: LazyColumn = LazyColumn(source, "id", rowids)
        self.titles: LazyColumn = LazyColumn(source, "title", rowids)
        self._row_of_id: OrderedDict[str, int] = OrderedDict()  # single look-ups answered before

    def ids_of(self, rows: np.ndarray) -> list[str]:
        return self.ids.many(rows, remember=len(rows) <= CACHE_SIZE)

    def titles_of(self, rows: np.ndarray) -> list[str]:
        return self.titles.many(rows, remember=len(rows) <= CACHE_SIZE)

    def rows_of(self, event_ids: Sequence[str]) -> np.ndarray:
        """The rows of these ids. One id is remembered: a click asks for the row of the event it made
        current several times (the selection, the current event's ring, the panels showing it)."""
        if len(event_ids) != 1:
            return rows_for_rowids(self._rowids, self._source.rowids_of(event_ids))
        event_id = event_ids[0]
        known = self._row_of_id.get(event_id)
        if known is not None:
            self._row_of_id.move_to_end(event_id)
            return np.array([known], dtype=np.int64)
        rows = rows_for_rowids(self._rowids, self._source.rowids_of(event_ids))
        if len(rows) == 1:  # an unknown id is asked again: it may be nowhere, and that is not kept
            self._row_of_id[event_id] = int(rows[0])
            if len(self._row_of_id) > CACHE_SIZE:
                self._row_of_id.popitem(last=False)
        return rows


class JoinedColumn(Sequence[str]):
    """Two text columns read as one: rows below `split` from the first, the rest from the second."""

    def __init__(self, first: Sequence[str], second: Sequence[str]) -> None:
        self._first = first
        self._second = second

    def __len__(self) -> int:
        return len(self._first) + len(self._second)

    @overload
    def __getitem__(self, row: int) -> str: ...

    @overload
    def __getitem__(self, row: slice) -> list[str]: ...

    def __getitem__(self, row: int | slice) -> str | list[str]:
        if isinstance(row, slice):
            return [self[number] for number in range(len(self))[row]]
        row = int(row)
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        split = len(self._first)
        return self._first[row] if row < split else self._second[row - split]

    def __iter__(self) -> Iterator[str]:
        yield from self._first
        yield from self._second


class JoinedTexts:
    """The texts of an index followed by more rows (the reader's own events after the bundled ones).

    The first part keeps answering as it did (lazily, for an index from stored arrays), so merging a
    workspace into a large database does not read every bundled title.
    """

    def __init__(self, first: EventTexts, second: EagerTexts) -> None:
        self._first = first
        self._second = second
        self._split = len(first.ids)
        self.ids: Sequence[str] = JoinedColumn(first.ids, second.ids)
        self.titles: Sequence[str] = JoinedColumn(first.titles, second.titles)

    def _parts(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows = np.asarray(rows, dtype=np.int64)
        below = rows < self._split
        return rows, below, rows[~below] - self._split

    def ids_of(self, rows: np.ndarray) -> list[str]:
        return self._joined(rows, self._first.ids_of, self._second.ids_of)

    def titles_of(self, rows: np.ndarray) -> list[str]:
        return self._joined(rows, self._first.titles_of, self._second.titles_of)

    def _joined(self, rows: np.ndarray, first: TextsOf, second: TextsOf) -> list[str]:
        rows, below, upper = self._parts(rows)
        lower_texts = iter(first(rows[below]))
        upper_texts = iter(second(upper))
        return [next(lower_texts) if low else next(upper_texts) for low in below.tolist()]

    def rows_of(self, event_ids: Sequence[str]) -> np.ndarray:
        """Rows of these ids: the first part's, then the second's (ids are unique across both)."""
        lower = self._first.rows_of(event_ids)
        upper = self._second.rows_of(event_ids) + self._split
        if not len(upper):
            return lower
        if not len(lower):
            return upper
        position = {event_id: number for number, event_id in enumerate(event_ids)}
        found = np.concatenate([lower, upper])
        order = np.argsort([position.get(self.ids[int(row)], 0) for row in found.tolist()], kind="stable")
        return np.asarray(found[order], dtype=np.int64)


TextsOf = Callable[[np.ndarray], list[str]]
