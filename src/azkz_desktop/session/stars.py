"""The events the reader starred, as ids (what the workspace holds) and as a mask over the index's rows
(what the timeline draws from, so a paint never looks an id up)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session.mask import BoolArray


class StarredRows:
    """Starred ids, and the rows of the index they are; None as the mask when no shown event is starred."""

    def __init__(self) -> None:
        self.ids: frozenset[str] = frozenset()
        self.mask: BoolArray | None = None

    def set(self, ids: Iterable[str], index: TimelineIndex) -> bool:
        """Take these ids as the starred ones; return whether anything changed."""
        ids = frozenset(ids)
        if ids == self.ids:
            return False
        self.ids = ids
        self.reindex(index)
        return True

    def reindex(self, index: TimelineIndex) -> None:
        """The same ids over another index (own events were added or deleted)."""
        rows = index.rows_of(sorted(self.ids))  # one look-up for all (a query, for a stored index)
        if not len(rows):
            self.mask = None
            return
        mask = np.zeros(len(index), dtype=bool)
        mask[rows] = True
        self.mask = mask
