"""The overview strip shows the whole period and moves the timeline's window, by mouse and keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.session import Session
from azkz_desktop.ui.timeline.geometry import KEY_ZOOM, PAN_FRACTION
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


def test_the_strip_takes_focus_by_tab_and_click(qtbot, strip: OverviewStrip) -> None:
    assert strip.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(int(strip.x_of(day(2000))), 20))
    qtbot.waitUntil(strip.hasFocus)


def test_arrows_and_page_keys_pan_and_keep_the_length(qtbot, strip: OverviewStrip) -> None:
    session = strip.session
    session.set_window(DaySpan(day(2000), day(2004)))
    length = session.window.length
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert session.window.start == pytest.approx(day(2000) + PAN_FRACTION * length)
    qtbot.keyClick(strip, Qt.Key.Key_Left)
    qtbot.keyClick(strip, Qt.Key.Key_Left)
    assert session.window.start == pytest.approx(day(2000) - PAN_FRACTION * length)
    qtbot.keyClick(strip, Qt.Key.Key_PageDown)
    assert session.window.start == pytest.approx(day(2000) + (1 - PAN_FRACTION) * length)
    qtbot.keyClick(strip, Qt.Key.Key_PageUp)
    assert session.window.start == pytest.approx(day(2000) - PAN_FRACTION * length)
    assert session.window.length == pytest.approx(length)


def test_plus_and_minus_zoom_around_the_windows_centre(qtbot, strip: OverviewStrip) -> None:
    session = strip.session
    session.set_window(DaySpan(day(2000), day(2006)))
    center, length = session.window.center, session.window.length
    qtbot.keyClick(strip, Qt.Key.Key_Plus)
    assert session.window.length == pytest.approx(length / KEY_ZOOM)
    assert session.window.center == pytest.approx(center)
    qtbot.keyClick(strip, Qt.Key.Key_Minus)
    qtbot.keyClick(strip, Qt.Key.Key_Minus)
    assert session.window.length == pytest.approx(length * KEY_ZOOM)
    assert session.window.center == pytest.approx(center)


def test_home_and_end_go_to_the_ends_of_the_period(qtbot, strip: OverviewStrip) -> None:
    session = strip.session
    session.set_window(DaySpan(day(2000), day(2002)))
    length = session.window.length
    full = session.padded_full_range
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    assert session.window.start == pytest.approx(full.start)
    qtbot.keyClick(strip, Qt.Key.Key_End)
    assert session.window.end == pytest.approx(full.end)
    assert session.window.length == pytest.approx(length)


def test_keys_the_strip_does_not_use_go_on_to_its_parent(qtbot, strip: OverviewStrip) -> None:
    before = strip.session.window
    qtbot.keyClick(strip, Qt.Key.Key_Up)
    qtbot.keyClick(strip, Qt.Key.Key_A)
    assert strip.session.window == before


def border_colors(widget: OverviewStrip) -> set[str]:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    y = int(widget.height() / 2 * ratio)
    return {image.pixelColor(0, y).name(), image.pixelColor(image.width() - 1, y).name()}


def test_focus_is_shown_by_a_ring_round_the_strip(qtbot, strip: OverviewStrip) -> None:
    highlight = strip.palette().color(QPalette.ColorRole.Highlight).name()
    strip.clearFocus()
    assert highlight not in border_colors(strip)
    strip.setFocus()
    qtbot.waitUntil(strip.hasFocus)
    assert border_colors(strip) == {highlight}


def test_the_histogram_after_each_filter_counts_as_one_made_afresh(qtbot) -> None:
    """Each lane's columns are kept across filters: a category filter, a word, the lanes hidden, a
    resize and another index each give the counts of a strip that never counted before."""
    import numpy as np

    from azkz_desktop.data.filters import EventFilter
    from tests.session.fakes import FakeQueries

    generator = np.random.default_rng(3)
    lanes = ("diplomacy", "treaties", "economy")
    index = index_of(
        [
            row(
                f"e{n}{'x' if n % 3 else ''}", day(1995) + int(generator.integers(0, 9000)), lane=lanes[n % 3]
            )
            for n in range(600)
        ]
    )
    session = Session(index, FakeQueries(index), list(lanes))
    kept = OverviewStrip(session)
    qtbot.addWidget(kept)
    kept.resize(700, 40)
    kept.show()

    def fresh() -> np.ndarray:
        strip = OverviewStrip(session)
        qtbot.addWidget(strip)
        strip.resize(kept.size())
        return strip.histogram()

    assert np.array_equal(kept.histogram(), fresh())
    for change in (
        lambda: session.set_filter(EventFilter(categories=frozenset({"treaties", "economy"}))),
        lambda: session.set_filter(EventFilter(text="x")),
        lambda: session.set_lane_visible("economy", False),
        lambda: session.set_filter(EventFilter()),
        lambda: kept.resize(450, 40),
    ):
        change()
        qtbot.wait(1)
        assert np.array_equal(kept.histogram(), fresh())
    other = index_of([row("only", day(2001), lane="treaties")])
    kept.set_index(other)
    assert kept.histogram().sum() == 1, "the new index's one event, not the old lanes' counts"
