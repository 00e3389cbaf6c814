"""What the detail pane should show: routed by the session, drawn by the UI."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.models import TradePoint
from azkz_desktop.data.timeline_index import TimelineIndex

MAX_LISTED = 200  # events named in the detail pane when several are selected


@dataclass(frozen=True, slots=True)
class NoDetails:
    """Nothing selected."""


@dataclass(frozen=True, slots=True)
class EventDetails:
    """One event, by id."""

    event_id: str


@dataclass(frozen=True, slots=True)
class EventListDetails:
    """Several selected events: the first `len(event_ids)` in date order, of `total`."""

    event_ids: tuple[str, ...]
    total: int


@dataclass(frozen=True, slots=True)
class TradeFigureDetails:
    """A figure of the trade chart, with its source."""

    point: TradePoint


DetailsTarget = NoDetails | EventDetails | EventListDetails | TradeFigureDetails


def details_for_selection(
    index: TimelineIndex, rows: npt.NDArray[np.int64], size: int, current: str
) -> DetailsTarget:
    """What a selection of `size` events (at `rows`) shows: a list by date when several, else the current."""
    if size > 1:
        ordered = rows_by_date(index, rows)
        return EventListDetails(tuple(index.ids_of(ordered[:MAX_LISTED])), len(ordered))
    return EventDetails(current) if current else NoDetails()


def rows_by_date(index: TimelineIndex, rows: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The rows by first day, last day and row. Many of them (Select All) are picked from the index's
    date order, one pass, instead of sorted."""
    if len(rows) > len(index) // 16:
        chosen = np.zeros(len(index), dtype=bool)
        chosen[rows] = True
        return np.asarray(index.date_order[chosen[index.date_order]], dtype=np.int64)
    order = np.lexsort((rows, index.last_days[rows], index.first_days[rows]))
    return np.asarray(rows[order], dtype=np.int64)
