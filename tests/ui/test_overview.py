"""The overview strip shows the whole period and moves the timeline's window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.timeline.overview import OverviewStrip
from tests.ui.timeline_data import day, index_of, row, session_of


@pytest.fixture
def strip(qtbot) -> OverviewStrip:
    index = index_of(
        [row("a", day(1992)), row("b", day(2000)), row("c", day(2000, 1, 2)), row("d", day(2020))]
    )
    widget = OverviewStrip(session_of(index))
    qtbot.addWidget(widget)
    widget.resize(900, 40)
    widget.show()
    return widget


def test_histogram_counts_every_event_in_visible_lanes(strip: OverviewStrip) -> None:
    assert strip.histogram().sum() == 4
    strip.session.set_lane_visible("diplomacy", False)
    assert strip.histogram().sum() == 0


def test_frame_shows_the_visible_window(strip: OverviewStrip) -> None:
    strip.session.set_window(DaySpan(day(2000), day(2005)))
    frame = strip.window_rect()
    assert frame.left() == pytest.approx(strip.x_of(day(2000)))
    assert frame.right() == pytest.approx(strip.x_of(day(2005)))


def test_dragging_the_frame_pans_and_keeps_the_zoom(qtbot, strip: OverviewStrip) -> None:
    strip.session.set_window(DaySpan(day(2000), day(2004)))
    frame = strip.window_rect()
    grab = QPoint(int(frame.center().x()), 20)
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(strip, grab + QPoint(60, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=grab + QPoint(60, 0))
    start, end = strip.session.window.as_tuple()
    assert end - start == pytest.approx(day(2004) - day(2000))
    assert start == pytest.approx(day(2000) + strip.day_at(grab.x() + 60) - strip.day_at(grab.x()), abs=0.5)


def test_clicking_outside_the_frame_centres_the_window_there(qtbot, strip: OverviewStrip) -> None:
    strip.session.set_window(DaySpan(day(2000), day(2002)))
    target = QPoint(int(strip.x_of(day(1995))), 20)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=target)
    start, end = strip.session.window.as_tuple()
    assert (start + end) / 2 == pytest.approx(strip.day_at(target.x()), abs=0.5)
