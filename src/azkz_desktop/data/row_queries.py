"""The session's questions answered from a database: which rows of the timeline index pass a filter.

Categories and dates are answered from the index's arrays with numpy (a million rows in a few
milliseconds); only what the arrays do not hold (people, words, chosen ids, multilateral settings) goes
to SQL, which returns rowids that map back to rows (by subtraction when the rowids run without gaps, as
the build writes them; else with one searchsorted).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.timeline_index import TimelineIndex


class DatabaseRows:
    """Runs the filter on the index's arrays and, for the rest, as one query over rowids."""

    def __init__(self, database: RelationsDatabase, index: TimelineIndex) -> None:
        self._database = database
        self._index = index

    def rows_matching(self, event_filter: EventFilter) -> npt.NDArray[np.int64]:
        return np.flatnonzero(self.mask_matching(event_filter)).astype(np.int64)

    def mask_matching(self, event_filter: EventFilter) -> npt.NDArray[np.bool_]:
        """True at the rows whose events pass `event_filter` (a new array: the caller may keep it)."""
        index = self._index
        parts: list[npt.NDArray[np.bool_]] = []
        if event_filter.categories is not None:
            # A table of the wanted codes, indexed by each event's code (-1, unknown, is the last
            # entry): one gather (np.take, twice as fast as indexing), several times faster than np.isin.
            wanted = np.zeros(len(index.categories) + 1, dtype=bool)
            wanted[
                [code for code, name in enumerate(index.categories) if name in event_filter.categories]
            ] = True
            parts.append(np.take(wanted, index.category_codes))
        if event_filter.start is not None:
            parts.append(index.last_days >= event_filter.start.first_day().toordinal())
        if event_filter.end is not None:
            parts.append(index.first_days <= event_filter.end.last_day().toordinal())
        rest = dataclasses.replace(event_filter, categories=None, start=None, end=None)
        if not rest.is_empty:
            found = np.zeros(len(index), dtype=bool)
            found[index.rows_of_rowids(self._database.filtered_rowids(rest))] = True
            parts.append(found)
        if not parts:
            return np.ones(len(index), dtype=bool)
        mask = parts[0]
        for part in parts[1:]:
            np.logical_and(mask, part, out=mask)
        return mask
