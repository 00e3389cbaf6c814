"""Half-open day spans and the one day↔pixel mapping."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from azkz_desktop.data.spans import DaySpan, exclusive_end
from azkz_desktop.session import TimeScale

days = st.floats(min_value=1.0, max_value=3_000_000.0, allow_nan=False)
lengths = st.floats(min_value=0.1, max_value=1e6, allow_nan=False)  # the session's windows: 3 days up
widths = st.floats(min_value=1.0, max_value=20_000.0, allow_nan=False)
lefts = st.floats(min_value=-500.0, max_value=500.0, allow_nan=False)
factors = st.floats(min_value=0.05, max_value=20.0, allow_nan=False)


def test_an_event_of_one_day_is_one_day_long() -> None:
    span = DaySpan(730_000.0, exclusive_end(730_000.0))
    assert span == DaySpan(730_000.0, 730_001.0)
    assert span.length == 1.0
    assert span.last_whole_day == 730_000
    assert DaySpan(10.0, exclusive_end(12.0)).last_whole_day == 12
    assert exclusive_end(np.array([1.0, 5.0])).tolist() == [2.0, 6.0]


def test_adjacent_days_meet_and_each_keeps_its_own_last_day() -> None:
    first, second = DaySpan(5.0, exclusive_end(5.0)), DaySpan(6.0, exclusive_end(6.0))
    assert first.end == second.start
    assert (first.last_whole_day, second.last_whole_day) == (5, 6)


@pytest.mark.parametrize(("start", "end"), [(2.0, 1.0), (math.nan, 1.0), (0.0, math.inf)])
def test_a_reversed_or_infinite_span_is_refused(start: float, end: float) -> None:
    with pytest.raises(ValueError, match="day span"):
        DaySpan(start, end)


def test_padding_and_shifting() -> None:
    span = DaySpan(100.0, 200.0)
    assert span.padded(0.15, 2.0) == DaySpan(85.0, 215.0)
    assert DaySpan(100.0, 101.0).padded(0.15, 2.0) == DaySpan(98.0, 103.0)
    assert span.shifted(-10) == DaySpan(90.0, 190.0)
    assert DaySpan.around(50.0, 10.0) == DaySpan(45.0, 55.0)


def test_the_scale_maps_the_span_onto_its_pixels() -> None:
    scale = TimeScale(DaySpan(1000.0, 1100.0), 500.0, left=176.0)
    assert scale.x_of(1000.0) == 176.0
    assert scale.x_of(1100.0) == 676.0
    assert scale.day_at(426.0) == 1050.0
    assert scale.px_per_day == 5.0 and scale.days_per_px == 0.2
    assert scale.xs_of(np.array([1000.0, 1020.0])).tolist() == [176.0, 276.0]
    assert scale.span_between(676.0, 176.0) == DaySpan(1000.0, 1100.0)


def test_dragging_moves_the_content_with_the_pointer() -> None:
    scale = TimeScale(DaySpan(1000.0, 1100.0), 500.0)
    moved = TimeScale(scale.panned_by(50.0), scale.width, scale.left)
    assert moved.span == DaySpan(990.0, 1090.0)
    assert moved.x_of(scale.day_at(100.0)) == pytest.approx(150.0)


@pytest.mark.parametrize("width", [0.0, -3.0, math.nan])
def test_a_scale_needs_pixels(width: float) -> None:
    with pytest.raises(ValueError, match="width"):
        TimeScale(DaySpan(0.0, 1.0), width)
    assert TimeScale.fitting(DaySpan(0.0, 1.0), 0.0).width == 1.0


def test_a_scale_needs_a_span_of_some_length() -> None:
    with pytest.raises(ValueError, match="length"):
        TimeScale(DaySpan(5.0, 5.0), 100.0)


@given(start=days, length=lengths, width=widths, left=lefts, fraction=st.floats(-0.5, 1.5))
def test_x_to_day_to_x_comes_back(
    start: float, length: float, width: float, left: float, fraction: float
) -> None:
    scale = TimeScale(DaySpan(start, start + length), width, left)
    x = left + fraction * width
    assert scale.x_of(scale.day_at(x)) == pytest.approx(x, abs=1e-6 * max(width, 1.0) + 1e-6)


@given(start=days, length=lengths, width=widths, fraction=st.floats(0.0, 1.0))
def test_day_to_x_to_day_comes_back(start: float, length: float, width: float, fraction: float) -> None:
    scale = TimeScale(DaySpan(start, start + length), width)
    day = start + fraction * length
    assert scale.day_at(scale.x_of(day)) == pytest.approx(day, abs=1e-7 * max(abs(day), 1.0))


@given(start=days, length=lengths, width=widths, left=lefts, fraction=st.floats(0.0, 1.0), factor=factors)
def test_zooming_keeps_the_day_under_the_pointer_in_place(
    start: float, length: float, width: float, left: float, fraction: float, factor: float
) -> None:
    scale = TimeScale(DaySpan(start, start + length), width, left)
    x = left + fraction * width
    anchor = scale.day_at(x)
    zoomed = TimeScale(scale.zoomed_at(x, factor), width, left)
    rounding = 8 * math.ulp(start + length)  # day numbers near a million carry about 1e-10 days of error
    assert zoomed.span.length == pytest.approx(length / factor, rel=1e-6, abs=rounding)
    tolerance = 1e-6 * width + rounding * zoomed.px_per_day + 1e-6
    assert zoomed.x_of(anchor) == pytest.approx(x, abs=tolerance)


def test_a_zoom_factor_must_be_positive() -> None:
    with pytest.raises(ValueError, match="zoom factor"):
        DaySpan(0.0, 10.0).zoomed_around(5.0, 0.0)
