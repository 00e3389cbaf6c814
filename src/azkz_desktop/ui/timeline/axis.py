"""Time-axis ticks: decades down to days, chosen so that labels never overlap. Pure: no Qt.

Like pyqtgraph's date axis, it walks a table of zoom levels from coarse to fine and keeps the finest level
whose every label fits in the space between its ticks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from azkz_desktop.data.dates import MONTH_NAMES, days_in_month
from azkz_desktop.session.scale import TimeScale

SHORT_MONTHS = tuple(name[:3] for name in MONTH_NAMES)
LABEL_GAP_PX = 14.0


@dataclass(frozen=True)
class Tick:
    """A tick at the start of a calendar unit; `label` is empty for unlabelled minor ticks."""

    day: float
    x: float
    label: str


@dataclass(frozen=True)
class AxisLevel:
    """One zoom level: how far apart ticks are, in years, months or days."""

    name: str
    years: int = 0
    months: int = 0
    days: int = 0

    def shortest_gap_days(self) -> float:
        if self.years:
            return 365.0 * self.years
        if self.months:
            return 28.0 * self.months
        return float(self.days)

    def ticks(self, start: dt.date, end: dt.date) -> Iterator[dt.date]:
        """Calendar boundaries of this level from `start` to `end` inclusive."""
        if self.years:
            year = start.year - start.year % self.years
            while year <= end.year:
                if 1 <= year <= 9999:
                    yield dt.date(year, 1, 1)
                year += self.years
        elif self.months:
            index = start.year * 12 + (start.month - 1)
            index -= index % self.months
            while index <= end.year * 12 + end.month - 1:
                yield dt.date(index // 12, index % 12 + 1, 1)
                index += self.months
        else:
            # Days 1, 1+n, 1+2n… of each month; one too close to the next month's 1st is left out,
            # so no two ticks are ever nearer than n days.
            day = start.replace(day=1)
            while day <= end:
                month_length = days_in_month(day.year, day.month)
                offset = day.day - 1
                if offset % self.days == 0 and (day.day == 1 or day.day + self.days - 1 <= month_length):
                    yield day
                day += dt.timedelta(days=1)

    def label(self, day: dt.date) -> str:
        """The tick's words in the language in use: "Mar 2024", "мар. 2024", "11. März 2024"."""
        if self.years:
            return str(day.year)
        month = _words.months[day.month - 1]
        if self.months:
            return f"{month} {day.year}"
        return f"{day.day}{_words.day_mark} {month} {day.year}"


@dataclass
class _MonthWords:
    months: tuple[str, ...] = SHORT_MONTHS
    day_mark: str = ""  # "." after the day in German: "11. Mär 2024"


_words = _MonthWords()


def use_month_words(months: tuple[str, ...], day_mark: str = "") -> None:
    """The short month names (and the mark after a day) the labels use: the language's (set by the UI)."""
    _words.months = tuple(months) if len(months) == 12 else SHORT_MONTHS
    _words.day_mark = day_mark


LEVELS = (
    AxisLevel("century", years=100),
    AxisLevel("50 years", years=50),
    AxisLevel("decade", years=10),
    AxisLevel("5 years", years=5),
    AxisLevel("2 years", years=2),
    AxisLevel("year", years=1),
    AxisLevel("6 months", months=6),
    AxisLevel("quarter", months=3),
    AxisLevel("month", months=1),
    AxisLevel("10 days", days=10),
    AxisLevel("5 days", days=5),
    AxisLevel("2 days", days=2),
    AxisLevel("day", days=1),
)


def _widest(level: AxisLevel) -> str:
    """The widest label the level can have, in the language in use (its spacing must fit any label)."""
    if level.years:
        return "8888"
    widest = max(_words.months, key=len)
    return f"{widest} 8888" if level.months else f"28{_words.day_mark} {widest} 8888"


def choose_level(scale: TimeScale, measure: Callable[[str], float]) -> AxisLevel:
    """The finest level whose labels all fit between neighbouring ticks."""
    px_per_day = scale.px_per_day
    chosen = LEVELS[0]
    for level in LEVELS:
        if level.shortest_gap_days() * px_per_day >= measure(_widest(level)) + LABEL_GAP_PX:
            chosen = level
        else:
            break
    return chosen


def axis_ticks(scale: TimeScale, measure: Callable[[str], float]) -> tuple[AxisLevel, list[Tick]]:
    """Ticks for the window and width of `scale`; x is from the scale's left edge."""
    level = choose_level(scale, measure)
    span = scale.span
    first = dt.date.fromordinal(max(int(span.start), 1))
    last = dt.date.fromordinal(min(int(span.end) + 1, dt.date.max.toordinal()))
    ticks = [
        Tick(float(day.toordinal()), scale.x_of(day.toordinal()) - scale.left, level.label(day))
        for day in level.ticks(first, last)
    ]
    return level, [tick for tick in ticks if -1.0 <= tick.x <= scale.width + 1.0]
