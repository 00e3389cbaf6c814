"""What the session needs to ask of the data: an interface, so tests can pass a fake."""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.filters import EventFilter


class EventQueries(Protocol):
    """The questions the session asks the data layer (data/row_queries.py answers them from a database)."""

    def rows_matching(self, event_filter: EventFilter) -> npt.NDArray[np.int64]:
        """Rows of the session's timeline index whose events pass `event_filter`, in any order."""
        ...
