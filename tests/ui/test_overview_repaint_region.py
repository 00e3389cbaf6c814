"""A zoom or pan step repaints only the columns the overview frame's edges swept, and the strip on the
screen is then exactly what painting it whole would give.

On the offscreen platform the screen is the window's backing store, so what partial repaints left there
is compared with a full paint (`grab`) after each move: anything the swept columns missed would show.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage, QPaintEvent
from PySide6.QtWidgets import QApplication

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.timeline.overview import OverviewStrip
from tests.ui.timeline_data import day, index_of, row, session_of


class PaintRegions(QObject):
    """The rectangles of each paint event the strip gets."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.rects.append(event.rect())
        return False


@pytest.fixture
def strip(qtbot) -> OverviewStrip:
    rows = [row(f"e{year}", day(year)) for year in range(1990, 2026)]
    widget = OverviewStrip(session_of(index_of([*rows, row("x", day(2000, 1, 2))])))
    qtbot.addWidget(widget)
    widget.resize(900, 40)
    widget.show()
    QApplication.processEvents()
    return widget


def on_screen(widget: OverviewStrip) -> QImage:
    screen = widget.screen()
    assert screen is not None
    return screen.grabWindow(widget.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)


def painted_whole(widget: OverviewStrip) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def moves(strip: OverviewStrip) -> list[DaySpan]:
    full = strip.session.padded_full_range
    middle = (full.start + full.end) / 2
    return [
        DaySpan(day(2000), day(2010)),  # in from the whole period
        DaySpan(day(2001), day(2008)),  # in again
        DaySpan(day(1999), day(2012)),  # out
        DaySpan(day(2003), day(2016)),  # a pan
        DaySpan(day(1991), day(1993)),  # a jump far left, the old and new frames apart
        DaySpan(day(2020), day(2020, 1, 20)),  # far right, narrower than the frame's least width
        DaySpan(middle - 2, middle + 2),
        full,  # out to everything
    ]


@pytest.mark.parametrize("focused", [False, True])
def test_after_each_move_the_screen_shows_the_whole_strip_painted_anew(
    qtbot, strip: OverviewStrip, focused: bool
) -> None:
    if focused:  # the focused frame's pen is wider: the swept columns must reach over it too
        strip.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(strip.hasFocus)
        QApplication.processEvents()
    regions = PaintRegions()
    strip.installEventFilter(regions)
    for span in moves(strip):
        strip.session.set_window(span)
        QApplication.processEvents()
        assert on_screen(strip) == painted_whole(strip), span
    painted = [rect for rect in regions.rects if rect.width() < strip.width()]
    assert painted, "no move was painted in part"


def test_two_moves_before_a_paint_are_both_covered(strip: OverviewStrip) -> None:
    strip.session.set_window(DaySpan(day(2000), day(2010)))
    strip.session.set_window(DaySpan(day(2015), day(2020)))
    QApplication.processEvents()
    assert on_screen(strip) == painted_whole(strip)


def test_a_small_step_repaints_two_narrow_bands(strip: OverviewStrip) -> None:
    strip.session.set_window(DaySpan(day(2000), day(2010)))
    QApplication.processEvents()
    regions = PaintRegions()
    strip.installEventFilter(regions)
    strip.session.set_window(DaySpan(day(2000, 3, 1), day(2010, 3, 1)))
    QApplication.processEvents()
    assert regions.rects, "the move was not painted"
    assert all(rect.width() < strip.width() / 4 for rect in regions.rects)
    assert on_screen(strip) == painted_whole(strip)


def test_after_a_resize_the_whole_strip_is_painted(strip: OverviewStrip) -> None:
    strip.session.set_window(DaySpan(day(2000), day(2010)))
    QApplication.processEvents()
    strip.resize(700, 40)
    strip.session.set_window(DaySpan(day(2001), day(2009)))
    QApplication.processEvents()
    assert on_screen(strip) == painted_whole(strip)
