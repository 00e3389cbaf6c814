"""A click repaints only the rings that change, and what it repaints leaves no stale pixels.

Each step below is replayed as the backing store does it: the image of the timeline before the step
takes, inside the region Qt repaints (and only there), the pixels of the widget's paint told that area;
it must then equal a full paint of the timeline after the step, pixel for pixel.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QRegion

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.timeline.mark_region import MAX_MARKED
from azkz_desktop.ui.timeline.widget import TimelineWidget
from tests.ui.timeline_data import CATEGORIES, day, index_of, row, session_of

# Singles with labels in three lanes, a span, a year and a run of days that clusters when zoomed out.
ROWS = [
    row("relations", day(1992, 8, 27), title="Diplomatic relations"),
    row("visit", day(2004, 3, 1), day(2004, 3, 31), "month", title="State visit"),
    row("treaty", day(2001, 11, 29), lane="treaties", title="Caspian agreement"),
    row("summit", day(2001, 12, 2), lane="treaties", title="Summit next to it"),
    row("forum", day(2003, 6, 10), day(2003, 6, 20), is_range=True, title="Forum"),
    row("trade", day(2005), day(2005, 12, 31), "year", lane="economy", title="Exports"),
    *[row(f"talk{n}", day(2010, 1, 1) + n, lane="economy", title=f"Talk {n}") for n in range(80)],
]


class Regions(QObject):
    """The regions of the paint events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRegion] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.regions.append(QRegion(event.region()))
        return False


@pytest.fixture
def timeline(qtbot) -> TimelineWidget:
    widget = TimelineWidget(session_of(index_of(ROWS)), CATEGORIES)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def full_paint(widget: TimelineWidget) -> QImage:
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.magenta)  # anything left unpainted shows
    painter = QPainter(image)
    widget.paint(painter)
    painter.end()
    return image


def marker_of(widget: TimelineWidget, event_id: str) -> QPointF:
    for lane in widget.current_layout().lanes:
        for position, r in enumerate(lane.rows):
            if widget.index.ids[r] == event_id:
                return QPointF((lane.x0[position] + lane.x1[position]) / 2, lane.center_y)
    raise AssertionError(f"{event_id} is not drawn as a single event")


def replay(qtbot, widget: TimelineWidget, image: QImage, action: Callable[[], object]) -> QRegion:
    """Do `action`, repaint `image` inside the region Qt repaints, and return that region."""
    recorder = Regions()
    widget.installEventFilter(recorder)
    try:
        action()
        qtbot.waitUntil(lambda: bool(recorder.regions), timeout=2000)
    finally:
        widget.removeEventFilter(recorder)
    region = QRegion()
    for part in recorder.regions:
        region = region.united(part)
    # The paint as the widget does it (its own clips replace any set on the painter, as Qt's clip to
    # the paint event's region would not be), on magenta so that anything it leaves unpainted shows,
    # then only the region put onto the image: what the backing store keeps.
    repainted = QImage(image.size(), image.format())
    repainted.fill(Qt.GlobalColor.magenta)
    painter = QPainter(repainted)
    widget.paint(painter, QRectF(region.boundingRect()))
    painter.end()
    painter = QPainter(image)
    painter.setClipRegion(region)
    painter.drawImage(0, 0, repainted)
    painter.end()
    return region


def differing_pixels(one: QImage, other: QImage) -> int:
    return sum(one.pixel(x, y) != other.pixel(x, y) for y in range(one.height()) for x in range(one.width()))


@pytest.mark.parametrize(
    ("window", "clicks"),
    [
        # neighbours in one lane: their rings overlap each other's labels
        ((day(2001, 11, 1), day(2002, 1, 1)), ["treaty", "summit", "treaty"]),
        # a span, a range added with Ctrl, a year in another lane
        ((day(2003, 1, 1), day(2006, 6, 1)), ["visit", "+forum", "trade", "+visit"]),
    ],
)
@pytest.mark.parametrize("short", [False, True])  # short: lanes at their least height, rings near the next
def test_clicks_repaint_only_the_rings_and_leave_nothing_stale(
    qtbot, timeline: TimelineWidget, window: tuple[int, int], clicks: list[str], short: bool
) -> None:
    session = timeline.session
    if short:
        timeline.resize(timeline.width(), timeline.minimumHeight())
    session.set_window(DaySpan(*window))
    qtbot.waitUntil(lambda: timeline._layout is not None)
    image = full_paint(timeline)
    whole = timeline.width() * timeline.height()
    steps: list[Callable[[], object]] = []
    for name in clicks:
        add = Qt.KeyboardModifier.ControlModifier if name.startswith("+") else Qt.KeyboardModifier.NoModifier
        event_id = name.lstrip("+")
        steps.append(lambda n=event_id, m=add: timeline.click(marker_of(timeline, n), m))
    steps.append(session.clear_selection)
    for number, step in enumerate(steps):
        region = replay(qtbot, timeline, image, step)
        covered = sum(rect.width() * rect.height() for rect in region)
        assert 0 < covered < whole / 10, f"step {number} repainted {covered} of {whole} pixels"
        assert differing_pixels(image, full_paint(timeline)) == 0, f"stale pixels after step {number}"


def test_rings_of_events_inside_a_cluster_repaint_their_lane_and_leave_nothing_stale(
    qtbot, timeline: TimelineWidget
) -> None:
    session = timeline.session
    session.set_window(DaySpan(day(1990), day(2030)))  # the talks are one cluster here
    qtbot.waitUntil(lambda: timeline._layout is not None)
    image = full_paint(timeline)
    talks = timeline.index.rows_of([f"talk{n}" for n in range(5)])
    for step in (
        lambda: session.select_rows(talks),
        lambda: session.make_current("talk7"),  # current inside the cluster: its ring moves
        session.clear_selection,
    ):
        replay(qtbot, timeline, image, step)
        assert differing_pixels(image, full_paint(timeline)) == 0


def test_a_selection_of_many_events_repaints_the_whole_widget(qtbot, timeline: TimelineWidget) -> None:
    session = timeline.session
    image = full_paint(timeline)
    every_row = timeline.index.rows_between(day(1900), day(2100), list(timeline.index.lanes))
    assert len(every_row) > MAX_MARKED
    region = replay(qtbot, timeline, image, lambda: session.select_rows(every_row))
    assert region.boundingRect() == timeline.rect()
    assert differing_pixels(image, full_paint(timeline)) == 0


@pytest.mark.parametrize("marked", [False, True])  # marked: stars and own events as well
@pytest.mark.parametrize("window", [(day(2009, 12, 1), day(2010, 4, 1)), (day(1990), day(2030))])
def test_a_paint_told_any_area_draws_it_as_a_full_paint_does(
    qtbot, timeline: TimelineWidget, window: tuple[int, int], marked: bool
) -> None:
    """Tiles over the whole widget, each painted alone and kept only inside itself, make the full
    paint: the lanes the painter skips for an area draw nothing in it (labels on their lines, rings,
    stars and the marks of the reader's own events)."""
    import numpy as np

    timeline.resize(timeline.width(), timeline.minimumHeight())
    if marked:
        timeline.session.set_starred(["talk5", "talk41", "treaty", "trade"])
        mine = np.zeros(len(timeline.index), dtype=bool)
        mine[timeline.index.rows_of(["talk7", "summit", "relations"])] = True
        timeline.index.mine = mine
    timeline.session.set_window(DaySpan(*window))
    timeline.session.select_rows(timeline.index.rows_of(["talk3", "talk40", "visit"]))
    qtbot.waitUntil(lambda: timeline._layout is not None)
    tiled = QImage(timeline.size(), QImage.Format.Format_ARGB32_Premultiplied)
    tiled.fill(Qt.GlobalColor.magenta)
    step = 13  # not a divisor of the lanes' heights: tiles cut through lanes anywhere
    for top in range(0, timeline.height(), step):
        for left in range(0, timeline.width(), 97):
            tile = QRectF(left, top, 97, step)
            part = QImage(timeline.size(), QImage.Format.Format_ARGB32_Premultiplied)
            part.fill(Qt.GlobalColor.magenta)
            painter = QPainter(part)
            timeline.paint(painter, tile)
            painter.end()
            painter = QPainter(tiled)
            painter.setClipRect(tile)
            painter.drawImage(0, 0, part)
            painter.end()
    assert differing_pixels(tiled, full_paint(timeline)) == 0


def pixels_inside(image: QImage, area: QRectF) -> list[int]:
    box = area.toAlignedRect().intersected(image.rect())
    rows, columns = range(box.top(), box.bottom() + 1), range(box.left(), box.right() + 1)
    return [image.pixel(x, y) for y in rows for x in columns]


@pytest.mark.parametrize("window", [(day(2001, 11, 1), day(2002, 1, 1)), (day(1990), day(2030))])
def test_an_area_cutting_through_a_point_a_count_or_a_title_draws_its_part(
    qtbot, timeline: TimelineWidget, window: tuple[int, int]
) -> None:
    """A partial repaint leaves out the points, cluster counts and titles that cannot reach its area:
    areas whose edge cuts through each of them still draw their part of it as a full paint does."""
    from PySide6.QtGui import QFontMetricsF

    timeline.session.set_window(DaySpan(*window))
    qtbot.waitUntil(lambda: timeline._layout is not None)
    full = full_paint(timeline)  # also makes the lanes' shapes
    metrics = QFontMetricsF(timeline.fonts.count)
    edges: list[float] = []
    for lane in timeline.current_layout().lanes:
        shapes = lane.shapes
        edges += [point.x() + offset for point in shapes.points for offset in (-5.5, -2.5, 0, 2.5, 5.5)]
        for at, text in shapes.counts:
            edges += [at.x() + 1, at.x() + metrics.horizontalAdvance(text) - 1]
        edges += [label.x + 2 for label in lane.labels]
    assert len(edges) > 10, "points, counts and titles to cut through"
    height = timeline.height()
    for x in edges:
        for area in (QRectF(x - 40, 0, 40, height), QRectF(x, 0, 40, height), QRectF(x - 1, 0, 2, height)):
            part = QImage(timeline.size(), QImage.Format.Format_ARGB32_Premultiplied)
            part.fill(Qt.GlobalColor.magenta)
            painter = QPainter(part)
            timeline.paint(painter, area)
            painter.end()
            assert pixels_inside(part, area) == pixels_inside(full, area), (x, area)
