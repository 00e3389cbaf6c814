"""What a screen reader is told about the timeline: its painted items in reading order, and their words.

Built from the widget's current layout and index only; an item is known by its key, so an interface made
for it stays meaningful after the layout is recomputed (or reports itself invalid if the item is gone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from azkz_desktop.data.dates import DateSpan, PartialDate
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.ui import date_words as words
from azkz_desktop.ui.plural import counted
from azkz_desktop.ui.timeline.layout import (
    CARRIED,
    CLUSTER_HEIGHT,
    POINT_RADIUS,
    SPAN_HEIGHT,
    TimelineLayout,
)

CONTEXT = "TimelineAccessible"
YEARS_SHOWN_AS_YEARS = 3 * 365.25  # a cluster or window longer than this is named by years
WINDOW_IN_YEARS = 2 * 365.25  # a window longer than this is named by years
MONTHS_SHOWN_AS_MONTHS = 92.0  # a window longer than this is named by months, shorter by days

ItemKey = tuple[str, ...]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Item:
    """One painted event or cluster: its key, where it is drawn (widget pixels) and the rows it stands for."""

    key: ItemKey
    x0: float
    x1: float
    center_y: float
    half_height: float
    rows: tuple[int, ...]
    lane: str

    @property
    def is_cluster(self) -> bool:
        return self.key[0] == "cluster"

    @property
    def event_id(self) -> str | None:
        return None if self.is_cluster else self.key[1]


def event_key(event_id: str) -> ItemKey:
    return ("event", event_id)


def layout_items(layout: TimelineLayout, index: TimelineIndex, shown_mask: np.ndarray | None) -> list[Item]:
    """Every event and cluster of the layout, left to right (then top to bottom): the reading order."""
    items: list[Item] = []
    for lane in layout.lanes:
        for x0, x1, row in zip(lane.x0.tolist(), lane.x1.tolist(), lane.rows.tolist(), strict=True):
            narrow = x1 - x0 < 2 * POINT_RADIUS
            half = POINT_RADIUS if narrow else SPAN_HEIGHT / 2
            pad = POINT_RADIUS if narrow else 0.0
            key = event_key(index.ids[row])
            items.append(Item(key, x0 - pad, x1 + pad, lane.center_y, half, (row,), lane.category))
        index_lane = index.lanes.get(lane.category)
        for number in range(len(lane.cluster_count)):
            first, last = int(lane.cluster_first[number]), int(lane.cluster_last[number])
            if first == CARRIED:
                rows = lane.carried_rows
            elif index_lane is not None:
                rows = index_lane.rows[first:last]
            else:
                continue
            if shown_mask is not None:
                rows = rows[shown_mask[rows]]
            key = ("cluster", lane.category, str(first), str(last), f"{layout.bucket_days:g}")
            x0, x1 = float(lane.cluster_x0[number]), float(lane.cluster_x1[number])
            items.append(
                Item(key, x0, x1, lane.center_y, CLUSTER_HEIGHT / 2, tuple(rows.tolist()), lane.category)
            )
    items.sort(key=lambda item: (item.x0, item.center_y))
    return items


def current_item(layout: TimelineLayout, index: TimelineIndex, event_id: str) -> Item | None:
    """The current event as an item of its own when it is drawn only inside a cluster: focus (and the
    painted ring) stay on the event Left and Right stepped to, not on the crowd it is in."""
    row = index.row_of(event_id) if event_id else None
    if row is None:
        return None
    category = index.category_of(row)
    lane = next((lane for lane in layout.lanes if lane.category == category), None)
    first, end = index.span_days(row)
    if lane is None or end <= layout.start_day or first >= layout.end_day:
        return None
    x0, x1 = layout.x_of(first), layout.x_of(end)
    middle = (x0 + x1) / 2
    x0, x1 = min(x0, middle - POINT_RADIUS), max(x1, middle + POINT_RADIUS)
    return Item(event_key(event_id), x0, x1, lane.center_y, POINT_RADIUS, (row,), category)


def event_name(
    index: TimelineIndex, row: int, category_labels: Mapping[str, str], starred: bool = False
) -> str:
    """ "11–12 March 2024, Tokayev's state visit to Azerbaijan, Diplomacy, 5 sources, starred"."""
    category = index.category_of(row)
    sources = int(index.source_counts[row]) if len(index.source_counts) > row else 0
    parts = [
        words.span_words(index.date_span(row)),
        index.titles[row],
        category_labels.get(category, category),
        counted().sources(sources),
    ]
    if starred:  # said last: the star is the reader's, the rest the data's
        parts.append(QCoreApplication.translate("TimelineAccessible", "starred"))
    return ", ".join(parts)


def cluster_name(index: TimelineIndex, rows: tuple[int, ...], starred: np.ndarray | None = None) -> str:
    """ "Cluster, 11 events, March 2024, 2 starred": how many, when, and how many the reader starred
    (`starred` is the session's mask over the index's rows)."""
    count = counted().events(len(rows))
    if not rows:
        return f"{QCoreApplication.translate('TimelineAccessible', 'Cluster')}, {count}"
    selected = np.asarray(rows)
    first = float(index.first_days[selected].min())
    last = float(index.last_days[selected].max())
    cluster = QCoreApplication.translate("TimelineAccessible", "Cluster")
    name = f"{cluster}, {count}, {span_words(first, last + 1.0)}"
    stars = 0 if starred is None or len(starred) != len(index) else int(starred[selected].sum())
    return f"{name}, {counted().starred(stars)}" if stars else name


def span_words(first_day: float, end_day: float) -> str:
    """The days [first_day, end_day) of a cluster in words, by month or, over years, by year:
    "March 2024", "November 2023 – February 2024", "2019–2024". A cluster is a glance, not a date."""
    first = dt.date.fromordinal(max(int(first_day), 1))
    last = dt.date.fromordinal(max(int(np.ceil(end_day)) - 1, int(first_day), 1))
    if end_day - first_day > YEARS_SHOWN_AS_YEARS:
        start, end = PartialDate(first.year), PartialDate(last.year)
    else:
        start, end = PartialDate(first.year, first.month), PartialDate(last.year, last.month)
    return words.span_words(DateSpan(start, end if end != start else None))


def window_words(start_day: float, end_day: float) -> str:
    """The visible stretch, ends joined by "to": "2022 to 2024", "March 2024 to June 2024"."""
    length = end_day - start_day
    first = dt.date.fromordinal(max(int(start_day), 1))
    last = dt.date.fromordinal(max(int(end_day) - 1, int(start_day), 1))
    if length > WINDOW_IN_YEARS:
        start, end = PartialDate(first.year), PartialDate(last.year)
    elif length > MONTHS_SHOWN_AS_MONTHS:
        start, end = PartialDate(first.year, first.month), PartialDate(last.year, last.month)
    else:
        start = PartialDate(first.year, first.month, first.day)
        end = PartialDate(last.year, last.month, last.day)
    if start == end:
        return words.date_words(start)
    return (
        QCoreApplication.translate("TimelineAccessible", "%1 to %2")
        .replace("%1", words.date_words(start))
        .replace("%2", words.date_words(end))
    )


def shown_count(items: list[Item]) -> int:
    """How many events the items stand for (a cluster counts all of its events; none counts twice)."""
    return len({row for item in items for row in item.rows})


def window_announcement(start_day: float, end_day: float, events: int) -> str:
    """ "Showing 2022 to 2024, 44 events": said when zoom, pan or a filter changes what is in view."""
    words = QCoreApplication.translate("TimelineAccessible", "Showing %1").replace(
        "%1", window_words(start_day, end_day)
    )
    count = counted().events(events)
    return f"{words}, {count}"
