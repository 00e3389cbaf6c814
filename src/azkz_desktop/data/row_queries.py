"""The session's questions answered from a database: which rows of the timeline index pass a filter."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.timeline_index import TimelineIndex


class DatabaseRows:
    """Runs the filter as one query and maps the ids it gives to rows of `index` (unknown ids left out)."""

    def __init__(self, database: RelationsDatabase, index: TimelineIndex) -> None:
        self._database = database
        self._index = index

    def rows_matching(self, event_filter: EventFilter) -> npt.NDArray[np.int64]:
        ids = self._database.filtered_event_ids(event_filter, False)
        rows = (row for row in map(self._index.row_of, ids) if row is not None)
        return np.fromiter(rows, dtype=np.int64)
