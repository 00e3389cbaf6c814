"""A small timeline index and a fake of the data layer's queries, with no database and no Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.timeline_index import PRECISION_CODE, TimelineIndex, TimelineRow
from azkz_desktop.session import Session

LANES = ("diplomacy", "treaties", "economy")


def day(year: int, month: int = 1, day_of_month: int = 1) -> int:
    return dt.date(year, month, day_of_month).toordinal()


def row(event_id: str, first: int, last: int | None = None, lane: str = "diplomacy") -> TimelineRow:
    last_day = first if last is None else last
    return (event_id, first, last_day, PRECISION_CODE["day"], LANES.index(lane), event_id.title(), 0, 1)


ROWS = [
    row("relations", day(1992, 8, 27)),
    row("visit", day(2004, 3, 1), day(2004, 3, 31)),
    row("treaty", day(2001, 11, 29), lane="treaties"),
    row("inauguration", day(2006, 1, 11), day(2006, 1, 12), lane="diplomacy"),
    row("exports", day(2005), day(2005, 12, 31), lane="economy"),
    row("pipeline", day(1999, 6, 1), lane="economy"),
]


class FakeQueries:
    """Answers a filter with the rows a predicate on the event id picks; counts the questions asked."""

    def __init__(
        self, index: TimelineIndex, passes: Callable[[str, EventFilter], bool] | None = None
    ) -> None:
        self.index = index
        self.passes = passes or _default_passes(index)
        self.asked: list[EventFilter] = []

    def mask_matching(self, event_filter: EventFilter) -> npt.NDArray[np.bool_]:
        self.asked.append(event_filter)
        return np.asarray([self.passes(event_id, event_filter) for event_id in self.index.ids], dtype=bool)


def _default_passes(index: TimelineIndex) -> Callable[[str, EventFilter], bool]:
    def passes(event_id: str, event_filter: EventFilter) -> bool:
        row_number = index.row_of(event_id)
        assert row_number is not None
        chosen = event_filter.categories
        if chosen is not None and index.category_of(row_number) not in chosen:
            return False
        if event_filter.ids is not None and event_id not in event_filter.ids:
            return False
        return event_filter.text.strip().lower() in event_id

    return passes


def make_session(rows: list[TimelineRow] | None = None) -> tuple[Session, FakeQueries]:
    index = TimelineIndex([ROWS if rows is None else rows], LANES)
    queries = FakeQueries(index)
    return Session(index, queries), queries


class Recorder:
    """Subscribes to every event of a session and notes, in order, which fired with what."""

    def __init__(self, session: Session) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        for name in (
            "lanes_changed",
            "window_changed",
            "filter_changed",
            "mask_changed",
            "stars_changed",
            "selection_changed",
            "current_changed",
            "details_changed",
            "activated",
        ):
            getattr(session, name).connect(self._recorder(name))

    def _recorder(self, name: str) -> Callable[..., None]:
        def record(*args: object) -> None:
            self.calls.append((name, args))

        return record

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def clear(self) -> None:
        self.calls.clear()
