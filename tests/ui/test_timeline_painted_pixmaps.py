"""A whole repaint copied from a kept pixmap has exactly the pixels of drawing it, and anything that
changes the drawing (selection, current event, focus, filter, window, palette, lane names) draws anew."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.kept_pixmaps import KeptPixmaps
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.timeline import painting, widget
from azkz_desktop.ui.timeline.painted import Painted
from azkz_desktop.ui.timeline.widget import TimelineWidget


def show_events(window: MainWindow, shift: float = 0.0) -> None:
    """A window of 400 days around an event of the bundled database (moved by `shift` days)."""
    middle = float(window.index.first_days[len(window.index) // 2])
    window.session.set_window(DaySpan.around(middle + shift, 400.0))


def drawn(timeline: TimelineWidget) -> QImage:
    """The slow path: the widget's paint drawn straight into an image, nothing kept."""
    ratio = timeline.devicePixelRatioF()
    size = timeline.size() * ratio
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.magenta)
    painter = QPainter(image)
    timeline.paint(painter)
    painter.end()
    return image


def grabbed(timeline: TimelineWidget) -> QImage:
    """A whole repaint as Qt asks for it (paintEvent over the widget's rectangle)."""
    return timeline.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the timeline is drawn (rather than copied), so far."""
    count = [0]
    original = widget.draw_timeline

    def counting(*args: object, **kwargs: object) -> None:
        count[0] += 1
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(widget, "draw_timeline", counting)
    return count


def test_a_whole_repaint_asked_for_again_is_copied_with_the_same_pixels(
    window: MainWindow, draws: list[int]
) -> None:
    timeline = window.timeline
    show_events(window)
    expected = drawn(timeline)
    before = draws[0]
    first, second, third = grabbed(timeline), grabbed(timeline), grabbed(timeline)
    assert draws[0] - before == 2  # drawn, then drawn into the pixmap, then copied
    assert first == expected and second == expected and third == expected
    assert len(timeline.kept_paints) == 1


def in_view(window: MainWindow) -> np.ndarray:
    """Rows of a few events drawn as single events in the present window."""
    rows = np.concatenate([lane.rows for lane in window.timeline.current_layout().lanes])
    assert len(rows) >= 3
    return rows[:3]


def current(window: MainWindow) -> None:
    ids = [window.index.ids[row] for row in in_view(window)]
    window.session.select(ids, current=ids[1])


CHANGES: dict[str, Callable[[MainWindow], object]] = {
    "selection": lambda w: w.session.select_rows(in_view(w)),
    "current": current,
    "focus": lambda w: w.timeline.setFocus(),
    "filter": lambda w: w.session.set_filter(EventFilter(text="oil")),
    "window": lambda w: show_events(w, 100.0),
    "palette": lambda w: w.timeline.setPalette(dark(w.timeline.palette())),
}


def dark(palette: QPalette) -> QPalette:
    changed = QPalette(palette)
    changed.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    changed.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    return changed


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_what_changes_the_drawing_draws_anew(window: MainWindow, qtbot, change: str) -> None:
    timeline = window.timeline
    window.activateWindow()
    show_events(window)
    for _ in range(3):
        before = grabbed(timeline)  # kept as a pixmap now
    CHANGES[change](window)
    qtbot.wait(1)
    assert drawn(timeline) != before, "the change shows"
    assert grabbed(timeline) == drawn(timeline)
    assert grabbed(timeline) == drawn(timeline)  # and again, from the pixmap made of it
    assert grabbed(timeline) == drawn(timeline)


def test_lane_names_and_pixel_ratio_tell_paints_apart(window: MainWindow) -> None:
    timeline = window.timeline
    picture, colors = timeline.picture(), painting.Palette.from_qt(timeline.palette())
    seen = Painted.of(picture, colors, 1.0)
    assert seen.same(Painted.of(timeline.picture(), colors, 1.0))
    assert not seen.same(Painted.of(picture, colors, 2.0))
    assert not seen.same(Painted(picture, colors, ("Another name",) * len(seen.lane_names), 1.0))
    assert not seen.same(Painted.of(picture, painting.Palette.from_qt(timeline.palette()), 1.0))
    flipped = [np.logical_not(flags) for flags in picture.selected]
    moved = type(picture)(**{**picture.__dict__, "selected": flipped})
    assert any(len(flags) for flags in flipped) and not seen.same(Painted.of(moved, colors, 1.0))


def test_only_the_last_few_paints_are_kept(window: MainWindow) -> None:
    timeline = window.timeline
    colors = painting.Palette.from_qt(timeline.palette())
    kept = KeptPixmaps(size=2)
    image = QImage(timeline.size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    seen = []
    for shift in range(4):
        show_events(window, 300.0 * shift)
        seen.append(Painted.of(timeline.picture(), colors, 1.0))
        for _ in range(2):
            kept.paint(painter, seen[-1], lambda p: None)
        assert len(kept) == min(shift + 1, 2)
    drew = []
    kept.paint(painter, seen[0], drew.append)  # forgotten: drawn again
    painter.end()
    assert len(drew) == 1
    kept.clear()
    assert len(kept) == 0


def test_a_filter_in_the_same_window_is_kept_at_its_first_paint_and_a_zoom_step_is_not(
    window: MainWindow, draws: list[int]
) -> None:
    timeline = window.timeline
    show_events(window)
    launch = [grabbed(timeline), grabbed(timeline)][-1]  # kept
    window.session.set_filter(EventFilter(text="oil"))
    before = draws[0]
    fewer = grabbed(timeline)  # new, in the same window: drawn into a pixmap at once
    window.session.clear_filter()
    assert grabbed(timeline) == launch  # taken back: copied
    window.session.set_filter(EventFilter(text="oil"))
    assert grabbed(timeline) == fewer == drawn(timeline)  # and again: copied
    assert draws[0] - before == 2  # the pixmap and `drawn`
    assert len(timeline.kept_paints) == 2
    show_events(window, 50.0)  # another window: drawn on screen, nothing more kept
    before = draws[0]
    grabbed(timeline)
    assert draws[0] - before == 1 and len(timeline.kept_paints) == 2
