"""Which rows of the timeline index are shown, and what follows from that: counts and chart markers.

One name for one idea: the boolean array over the index's rows that says which events are shown is a
`shown_mask` everywhere; None stands for "all of them", so the views keep their fast unfiltered path.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.timeline_index import TimelineIndex

BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class StatusCounts:
    """What the status bar reports, as numbers: the UI words and translates them."""

    total: int
    shown: int
    selected: int

    @property
    def all_shown(self) -> bool:
        return self.shown == self.total


@dataclass(frozen=True, slots=True)
class ChartMarker:
    """An event the trade chart marks with a vertical line."""

    event_id: str
    day: float
    title: str


def mask_of_rows(length: int, rows: npt.NDArray[np.int64]) -> BoolArray:
    """True at `rows`, false elsewhere."""
    mask = np.zeros(length, dtype=bool)
    mask[rows] = True
    return mask


def without_lanes(index: TimelineIndex, mask: BoolArray | None, hidden: Collection[str]) -> BoolArray | None:
    """`mask` (None: all rows) with the rows of the `hidden` lanes set false; never changes `mask` itself."""
    codes = [code for code, lane in enumerate(index.categories) if lane in hidden]
    if not codes:
        return mask
    shown = np.ones(len(index.categories) + 1, dtype=bool)  # by code; -1 (unknown) is the last entry
    shown[codes] = False
    lanes_shown: BoolArray = shown[index.category_codes]
    return lanes_shown if mask is None else np.logical_and(mask, lanes_shown)


def lanes_decided(
    event_filter: EventFilter, lanes: Collection[str], hidden: Collection[str]
) -> dict[str, bool]:
    """The lanes whose events the filter's mask shows all of (True) or none of (False), known from the
    filter alone: hidden lanes and categories left out show none; with nothing but categories chosen,
    the others show all."""
    only_categories = replace(event_filter, categories=None).is_empty
    chosen = event_filter.categories
    decided: dict[str, bool] = {}
    for lane in lanes:
        if lane in hidden or (chosen is not None and lane not in chosen):
            decided[lane] = False
        elif only_categories:
            decided[lane] = True
    return decided


def same_mask(first: BoolArray | None, second: BoolArray | None) -> bool:
    if first is None or second is None or first is second:
        return first is second
    return bool(np.array_equal(first, second))


def chart_markers(index: TimelineIndex, lane_name: str, shown_mask: BoolArray | None) -> list[ChartMarker]:
    """The shown events of one lane, by date."""
    lane = index.lanes.get(lane_name)
    if lane is None:
        return []
    rows = lane.rows if shown_mask is None else lane.rows[shown_mask[lane.rows]]
    ids, titles = index.ids_of(rows), index.titles_of(rows)  # fetched together, not one query per row
    days = index.first_days[rows].tolist()
    return [ChartMarker(*marker) for marker in zip(ids, days, titles, strict=True)]
