"""The session's questions answered from a database: which rows of the timeline index pass a filter.

Categories and dates are answered from the index's arrays with numpy (a million rows in a few
milliseconds); only what the arrays do not hold (people, words, chosen ids, multilateral settings) goes
to SQL, which returns rowids that map back to rows (by subtraction when the rowids run without gaps, as
the build writes them; else with one searchsorted).
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.timeline_index import TimelineIndex

KEPT_ANSWERS = 4  # masks kept, by filter: a search typed on and taken back, a category toggled


class DatabaseRows:
    """Runs the filter on the index's arrays and, for the rest, as one query over rowids. The last few
    masks are kept, each with the database's `answers_version` when it was made (a workspace's
    changes; a database alone never changes), and given again for the same filter while that holds."""

    def __init__(self, database: RelationsDatabase, index: TimelineIndex) -> None:
        self._database = database
        self._index = index
        self._kept: OrderedDict[EventFilter, tuple[object, npt.NDArray[np.bool_]]] = OrderedDict()
        # each lane's flags of a kept mask, by id(mask), when the stored bitmaps gave them ready
        self._lane_flags: dict[int, tuple[npt.NDArray[np.bool_], dict[str, npt.NDArray[np.bool_]]]] = {}

    def rows_matching(self, event_filter: EventFilter) -> npt.NDArray[np.int64]:
        return np.flatnonzero(self.mask_matching(event_filter)).astype(np.int64)

    def mask_matching(self, event_filter: EventFilter) -> npt.NDArray[np.bool_]:
        """True at the rows whose events pass `event_filter`: read-only, and the same array as before
        for the same filter while nothing it depends on changed (the caller may keep it)."""
        version = self._answers_version()
        kept = self._kept.get(event_filter)
        if kept is not None and kept[0] == version:
            self._kept.move_to_end(event_filter)
            return kept[1]
        mask = self._mask(event_filter)
        mask.setflags(write=False)
        self._kept[event_filter] = (version, mask)
        self._kept.move_to_end(event_filter)
        while len(self._kept) > KEPT_ANSWERS:
            self._kept.popitem(last=False)
        answers = {id(answer) for _, answer in self._kept.values()}
        self._lane_flags = {key: value for key, value in self._lane_flags.items() if key in answers}
        return mask

    def lane_flags(self, mask: npt.NDArray[np.bool_]) -> dict[str, npt.NDArray[np.bool_]] | None:
        """Each lane's flags under `mask` (an answer of mask_matching), in the lane's order, when they
        came ready with it (words alone, from the stored bitmaps); None: gather the mask along them."""
        found = self._lane_flags.get(id(mask))
        return found[1] if found is not None and found[0] is mask else None

    def _answers_version(self) -> object:
        version = getattr(self._database, "answers_version", None)  # a database with a workspace
        return None if version is None else version()

    def _mask(self, event_filter: EventFilter) -> npt.NDArray[np.bool_]:
        index = self._index
        parts: list[npt.NDArray[np.bool_]] = []
        if event_filter.categories is not None:
            wanted = [code for code, name in enumerate(index.categories) if name in event_filter.categories]
            parts.append(codes_mask(index.category_codes, wanted, len(index.categories)))
        if event_filter.start is not None:
            parts.append(index.last_days >= event_filter.start.first_day().toordinal())
        if event_filter.end is not None:
            parts.append(index.first_days <= event_filter.end.last_day().toordinal())
        rest = dataclasses.replace(event_filter, categories=None, start=None, end=None)
        if not rest.is_empty:
            found, stored = self._rest_mask(rest)
            parts.append(found)
            lanes = getattr(self._database, "stored_search_lanes", None)
            if stored and not parts[:-1] and lanes is not None:  # the words' mask is the whole answer
                flags = lanes(rest.text, index)
                if flags is not None:
                    self._lane_flags[id(found)] = (found, flags)
        if not parts:
            return np.ones(len(index), dtype=bool)
        mask = parts[0]
        for part in parts[1:]:
            np.logical_and(mask, part, out=mask)
        return mask

    def _rest_mask(self, rest: EventFilter) -> tuple[npt.NDArray[np.bool_], bool]:
        """The rows passing what the arrays do not hold, and whether the stored bitmaps of frequent
        words gave them (words alone: no list of rowids made and mapped back); else from SQL."""
        index = self._index
        stored = getattr(self._database, "stored_search_mask", None)
        if stored is not None and rest == EventFilter(text=rest.text) and rest.text.strip():
            mask: npt.NDArray[np.bool_] | None = stored(rest.text, index)
            if mask is not None:
                return mask, True
        found = np.zeros(len(index), dtype=bool)
        found[index.rows_of_rowids(self._database.filtered_rowids(rest))] = True
        return found, False


def codes_mask(codes: npt.NDArray[np.integer], wanted: list[int], known: int) -> npt.NDArray[np.bool_]:
    """True where `codes` is one of `wanted` (codes 0 to known - 1; -1, an unknown category, never is).

    A comparison per code, with the fewer of the wanted or the left out: a toggled category is one or
    two passes of a few hundred microseconds at a million events, where a gather through a table of the
    codes (np.take) widens every code to an index first and takes three times as long.
    """
    left_out = [code for code in range(known) if code not in wanted]
    if not wanted:
        return np.zeros(len(codes), dtype=bool)
    if len(wanted) <= len(left_out) + 1:  # the unknown code costs a comparison of its own
        mask: npt.NDArray[np.bool_] = np.equal(codes, wanted[0])
        for code in wanted[1:]:
            mask |= np.equal(codes, code)
        return mask
    mask = np.greater_equal(codes, 0)
    for code in left_out:
        mask &= np.not_equal(codes, code)
    return mask
