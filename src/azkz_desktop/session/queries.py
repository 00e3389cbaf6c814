"""What the session needs to ask of the data: an interface, so tests can pass a fake."""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.filters import EventFilter


class EventQueries(Protocol):
    """The questions the session asks the data layer (data/row_queries.py answers them from a database).

    One more is asked if it is there (a fake need not have it): `lane_flags(mask)`, each lane's flags
    under an answer of mask_matching, in the lane's order, when the data layer had them ready (a search
    from stored bitmaps), else None; the session gives them to shown_lanes so no lane gathers the mask.
    """

    def mask_matching(self, event_filter: EventFilter) -> npt.NDArray[np.bool_]:
        """Over the rows of the session's timeline index: true where the event passes `event_filter`.

        A mask rather than rows: the session keeps a mask, and turning a mask into rows and back costs
        two passes over a million rows for nothing. It may be read-only, and the same array as an
        earlier answer for the same filter (data/row_queries.py keeps the last few)."""
        ...
