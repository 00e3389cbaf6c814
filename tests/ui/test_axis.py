"""Axis ticks switch between decades, years, months and days, and their labels never overlap."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.session import TimeScale
from azkz_desktop.ui.timeline.axis import LABEL_GAP_PX, axis_ticks


def measure(text: str) -> float:
    return 7.0 * len(text)


def day(year: int, month: int = 1, day_of_month: int = 1) -> float:
    return float(dt.date(year, month, day_of_month).toordinal())


@pytest.mark.parametrize(
    ("start", "end", "level", "first_labels"),
    [
        (day(1935, 6), day(2025), "5 years", ["1940", "1945", "1950"]),
        (day(1990), day(2025), "2 years", ["1990", "1992", "1994"]),
        (day(2004), day(2005), "month", ["Jan 2004", "Feb 2004", "Mar 2004"]),
        (day(2004, 3), day(2004, 4), "5 days", ["1 Mar 2004", "6 Mar 2004", "11 Mar 2004"]),
        (day(2004, 3), day(2004, 3, 8), "day", ["1 Mar 2004", "2 Mar 2004", "3 Mar 2004"]),
    ],
)
def test_levels_and_labels_follow_the_zoom(
    start: float, end: float, level: str, first_labels: list[str]
) -> None:
    chosen, ticks = axis_ticks(TimeScale(DaySpan(start, end), 1000.0), measure)
    assert chosen.name == level
    assert [tick.label for tick in ticks[:3]] == first_labels


@pytest.mark.parametrize("days", [40000.0, 13000.0, 3000.0, 700.0, 120.0, 40.0, 9.0, 3.0])
@pytest.mark.parametrize("width", [400.0, 1000.0, 2500.0])
def test_labels_never_overlap(days: float, width: float) -> None:
    start = day(1999, 11, 17) + 0.37
    _, ticks = axis_ticks(TimeScale(DaySpan(start, start + days), width), measure)
    assert ticks
    for left, right in itertools.pairwise(ticks):
        assert right.x - left.x >= measure(left.label) + LABEL_GAP_PX - 1e-6


def test_ticks_stand_at_calendar_boundaries() -> None:
    start, end = day(2003, 12, 20), day(2004, 6, 10)
    _, ticks = axis_ticks(TimeScale(DaySpan(start, end), 1200.0), measure)
    for tick in ticks:
        date = dt.date.fromordinal(int(tick.day))
        assert date.day == 1
        assert tick.x == pytest.approx((tick.day - start) * 1200.0 / (end - start))
        assert 0 <= tick.x <= 1200.0 + 1


@pytest.mark.parametrize("width", [900.0, 1200.0, 2400.0, 4000.0])
def test_day_ticks_are_never_closer_than_their_step_across_month_ends(width: float) -> None:
    level, ticks = axis_ticks(TimeScale(DaySpan(day(2023, 1, 20), day(2023, 3, 12)), width), measure)
    assert level.days, "this window should be labelled in days"
    days = [dt.date.fromordinal(int(tick.day)) for tick in ticks]
    assert dt.date(2023, 3, 1) in days
    assert all((b - a).days >= level.days for a, b in itertools.pairwise(days))
