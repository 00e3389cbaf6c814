"""A whole repaint is drawn without testing lanes, counts and labels against its area: the same pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.timeline import painting
from azkz_desktop.ui.timeline.render import draw_timeline, partial_area
from azkz_desktop.ui.timeline.widget import TimelineWidget


def painted(timeline: TimelineWidget, draw: object) -> QImage:
    image = QImage(timeline.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.magenta)
    painter = QPainter(image)
    draw(painter)  # type: ignore[operator]
    painter.end()
    return image


def test_an_area_covering_the_drawing_is_no_area() -> None:
    assert partial_area(None, 100, 50) is None
    assert partial_area(QRectF(0, 0, 100, 50), 100, 50) is None
    assert partial_area(QRectF(-5, -5, 120, 60), 100, 50) is None
    for part in (QRectF(0, 0, 99, 50), QRectF(1, 0, 99, 50), QRectF(0, 0, 100, 49), QRectF(10, 10, 5, 5)):
        assert partial_area(part, 100, 50) == part


@pytest.mark.parametrize("days", [None, 3650.0, 365.0, 40.0])
def test_a_whole_repaint_draws_what_the_tested_area_draws(window: MainWindow, days: float | None) -> None:
    timeline, session = window.timeline, window.session
    if days is None:
        session.fit_all()
    else:
        session.set_window(DaySpan.around(session.padded_full_range.center, days))
    session.select_rows(timeline.index.lanes[timeline.shown_lanes()[0]].rows[:3])
    whole = QRectF(0, 0, timeline.width(), timeline.height())
    for event_filter in (EventFilter(), EventFilter(text="oil")):
        session.set_filter(event_filter)
        timeline.repaint()
        colors = painting.Palette.from_qt(timeline.palette())
        slow = painted(timeline, lambda p, c=colors: draw_timeline(p, timeline.picture(area=whole), c, whole))
        fast = painted(timeline, lambda p: timeline.paint(p, whole))
        assert fast == slow
        assert fast == painted(timeline, timeline.paint)
