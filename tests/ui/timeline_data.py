"""Synthetic events for timeline tests: known positions, so expectations can be computed by hand."""

from __future__ import annotations

import datetime as dt

from azkz_desktop.data.models import Category
from azkz_desktop.data.timeline_index import PRECISION_CODE, TimelineIndex, TimelineRow
from azkz_desktop.session import Session
from tests.session.fakes import FakeQueries

LANES = ("diplomacy", "treaties", "economy")
CATEGORIES = [
    Category("diplomacy", "Diplomacy", "#3b6fb6", 0),
    Category("treaties", "Treaties & law", "#7a4fb0", 1),
    Category("economy", "Economy & trade", "#2e8b57", 2),
]


def day(year: int, month: int = 1, day_of_month: int = 1) -> int:
    return dt.date(year, month, day_of_month).toordinal()


def row(
    event_id: str,
    first: int,
    last: int | None = None,
    precision: str = "day",
    lane: str = "diplomacy",
    title: str | None = None,
    is_range: bool = False,
    sources: int = 1,
) -> TimelineRow:
    last_day = first if last is None else last
    codes = (PRECISION_CODE[precision], LANES.index(lane))
    return (event_id, first, last_day, *codes, title or event_id, int(is_range), sources)


def index_of(rows: list[TimelineRow]) -> TimelineIndex:
    return TimelineIndex([rows], LANES)


def session_of(index: TimelineIndex) -> Session:
    """A session on `index` whose filters pass every event (these tests do not filter)."""
    return Session(index, FakeQueries(index, lambda _id, _filter: True), list(LANES))
