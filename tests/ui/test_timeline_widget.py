"""The timeline widget: zoom, pan, selection and keys, driven through real Qt events and the session."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.timeline import framing
from azkz_desktop.ui.timeline.layout import POINT_RADIUS
from azkz_desktop.ui.timeline.widget import TimelineWidget
from tests.ui.timeline_data import CATEGORIES, day, index_of, row, session_of

ROWS = [
    row("relations", day(1992, 8, 27), title="Diplomatic relations"),
    row("visit", day(2004, 3, 1), day(2004, 3, 31), "month", title="State visit"),
    row("treaty", day(2001, 11, 29), lane="treaties", title="Caspian agreement"),
    row(
        "inauguration",
        day(2006, 1, 11),
        day(2006, 1, 12),
        lane="diplomacy",
        is_range=True,
        title="Inauguration",
    ),
    row("trade", day(2005), day(2005, 12, 31), "year", lane="economy", title="Exports"),
]


@pytest.fixture
def timeline(qtbot) -> TimelineWidget:
    index = index_of(ROWS)
    widget = TimelineWidget(session_of(index), CATEGORIES)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def point_of(widget: TimelineWidget, event_id: str) -> QPoint:
    """Where the event's marker is drawn."""
    layout = widget.current_layout()
    for lane in layout.lanes:
        for position, r in enumerate(lane.rows):
            if widget.index.ids[r] == event_id:
                x = (lane.x0[position] + lane.x1[position]) / 2
                return QPointF(x, lane.center_y).toPoint()
    raise AssertionError(f"{event_id} is not drawn")


def wheel(widget: TimelineWidget, x: float, notches: float, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    position = QPointF(x, widget.height() / 2)
    event = QWheelEvent(
        position,
        widget.mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, int(120 * notches)),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_starts_showing_every_event(timeline: TimelineWidget) -> None:
    start, end = timeline.session.window.as_tuple()
    assert start < day(1992, 8, 27) and end > day(2006, 1, 13)
    shown = {timeline.index.ids[r] for lane in timeline.current_layout().lanes for r in lane.rows}
    assert shown == {r[0] for r in ROWS}


@pytest.mark.parametrize("x", [250.0, 500.0, 900.0])
def test_wheel_zoom_keeps_the_date_under_the_cursor(timeline: TimelineWidget, x: float) -> None:
    anchor = timeline.day_at(x)
    before = timeline.session.window.as_tuple()
    wheel(timeline, x, 3)
    after = timeline.session.window.as_tuple()
    assert after[1] - after[0] == pytest.approx((before[1] - before[0]) / 1.25**3)
    assert timeline.day_at(x) == pytest.approx(anchor, abs=1e-6)
    wheel(timeline, x, -2)
    assert timeline.day_at(x) == pytest.approx(anchor, abs=1e-6)


def test_zoom_stops_at_a_few_days_and_at_the_whole_range(timeline: TimelineWidget) -> None:
    for _ in range(200):
        wheel(timeline, 500, 1)
    start, end = timeline.session.window.as_tuple()
    assert end - start == pytest.approx(3.0)
    for _ in range(200):
        wheel(timeline, 500, -1)
    start, end = timeline.session.window.as_tuple()
    assert end - start == pytest.approx(timeline.session.limits.max_length)


def test_dragging_pans_by_the_distance_moved(qtbot, timeline: TimelineWidget) -> None:
    timeline.session.set_window(DaySpan(day(2000), day(2002)))
    start, end = timeline.session.window.as_tuple()
    days_per_px = (end - start) / timeline.plot_rect().width()
    empty = QPoint(600, int(timeline.plot_rect().bottom() - 3))
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=empty)
    qtbot.mouseMove(timeline, empty + QPoint(-50, 0))
    qtbot.mouseMove(timeline, empty + QPoint(-100, 0))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=empty + QPoint(-100, 0))
    assert timeline.session.window.as_tuple()[0] == pytest.approx(start + 100 * days_per_px)
    assert timeline.session.window.as_tuple()[1] - timeline.session.window.as_tuple()[0] == pytest.approx(
        end - start
    )


def test_keys_zoom_pan_and_fit(qtbot, timeline: TimelineWidget) -> None:
    full = timeline.session.window.as_tuple()
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    zoomed = timeline.session.window.as_tuple()
    assert zoomed[1] - zoomed[0] == pytest.approx((full[1] - full[0]) / 1.5)
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.session.window.as_tuple()[0] == pytest.approx(zoomed[0] + 0.1 * (zoomed[1] - zoomed[0]))
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    qtbot.keyClick(timeline, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    start, end = timeline.session.window.as_tuple()
    index = timeline.index
    assert start <= index.first_day and index.end_day <= end  # every event: too few to leave one out
    assert end - start == pytest.approx(full[1] - full[0], rel=0.03)


def test_zoom_to_an_event_and_to_the_selection_leave_context(timeline: TimelineWidget) -> None:
    timeline.zoom_to_event("visit")  # March 2004, shown with some months around it
    window = timeline.session.window
    assert window.length == pytest.approx(framing.CONTEXT_DAYS)
    assert window.start < day(2004, 3, 1) and window.end > day(2004, 4, 1)
    timeline.session.select(["relations", "treaty"])
    timeline.zoom_to_selection()
    window = timeline.session.window
    assert window.start < day(1992, 8, 27) and window.end > day(2001, 11, 30)
    assert window.length < 1.5 * (day(2001, 11, 30) - day(1992, 8, 27))
    timeline.zoom_to_event("nobody")  # unknown: nothing moves
    assert timeline.session.window == window


def test_click_selects_and_ctrl_click_adds_or_removes(qtbot, timeline: TimelineWidget) -> None:
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=point_of(timeline, "treaty"))
    assert timeline.session.selection == {"treaty"}
    assert timeline.session.current == "treaty"
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, ctrl, point_of(timeline, "relations"))
    assert timeline.session.selection == {"treaty", "relations"}
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, ctrl, point_of(timeline, "treaty"))
    assert timeline.session.selection == {"relations"}
    empty = QPoint(int(timeline.plot_rect().right() - 2), int(timeline.plot_rect().bottom() - 2))
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=empty)
    assert timeline.session.selection == frozenset()


def test_shift_drag_selects_every_event_in_the_span(qtbot, timeline: TimelineWidget) -> None:
    plot = timeline.plot_rect()
    left = QPoint(int(timeline.x_of(day(2001))), int(plot.top() + 2))
    right = QPoint(int(timeline.x_of(day(2005, 6))), int(plot.bottom() - 2))
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, shift, left)
    qtbot.mouseMove(timeline, right)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, shift, right)
    assert timeline.session.selection == {"treaty", "visit", "trade"}


def test_left_and_right_step_through_events_in_time(qtbot, timeline: TimelineWidget) -> None:
    timeline.session.select(["treaty"], current="treaty")
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.session.current == "visit"
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.session.current == "trade"
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.session.selection == {"relations"}


def test_enter_asks_for_the_details_of_the_current_event(qtbot, timeline: TimelineWidget) -> None:
    timeline.session.select(["visit"], current="visit")
    with qtbot.waitSignal(timeline.activated) as signal:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert signal.args == ["visit"]


def test_tooltip_names_the_event_its_date_and_category(timeline: TimelineWidget) -> None:
    text = timeline.tooltip_text(QPointF(point_of(timeline, "inauguration")))
    assert text == "Inauguration\n11–12 January 2006 · Diplomacy"


def test_a_cluster_zooms_in_on_click_and_splits(qtbot) -> None:
    rows = [row(f"e{n}", day(2004, 3, 1) + n) for n in range(6)] + [row("early", day(1990))]
    index = index_of(rows)
    widget = TimelineWidget(session_of(index), CATEGORIES)
    qtbot.addWidget(widget)
    widget.resize(1000, 300)
    widget.show()
    lane = widget.current_layout().lanes[0]
    assert lane.cluster_count.tolist() == [6]
    center = QPointF((lane.cluster_x0[0] + lane.cluster_x1[0]) / 2, lane.center_y)
    assert "6 events" in widget.tooltip_text(center)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=center.toPoint())
    lane = widget.current_layout().lanes[0]
    assert not len(lane.cluster_count)
    assert len(lane.rows) == 6


def test_hidden_and_reordered_lanes_change_what_is_drawn(timeline: TimelineWidget) -> None:
    timeline.session.set_lane_visible("treaties", False)
    assert [lane.category for lane in timeline.current_layout().lanes] == ["diplomacy", "economy"]
    timeline.session.move_lane("economy", -1)
    assert [lane.category for lane in timeline.current_layout().lanes] == ["economy", "diplomacy"]


def test_selection_from_elsewhere_is_drawn(timeline: TimelineWidget) -> None:
    before = timeline.grab().toImage()
    timeline.session.select(["treaty"])
    after = timeline.grab().toImage()
    point = point_of(timeline, "treaty")
    ring = point + QPoint(0, int(POINT_RADIUS + 3))
    assert before.pixelColor(ring) != after.pixelColor(ring)


def test_follows_a_dark_palette(timeline: TimelineWidget) -> None:
    palette = QPalette(timeline.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    timeline.setPalette(palette)
    image = timeline.grab().toImage()
    corner = image.pixelColor(timeline.width() - 3, 3)
    assert corner.lightness() < 60


def test_thousands_of_repaints_while_zooming_do_not_crash(timeline: TimelineWidget) -> None:
    rng = np.random.default_rng(7)
    for step in range(2000):
        if step % 10 == 0:
            timeline.zoom_at(float(rng.uniform(200, 950)), float(rng.choice([0.5, 0.8, 1.25, 2.0])))
        timeline.repaint()
    assert timeline.isVisible()
