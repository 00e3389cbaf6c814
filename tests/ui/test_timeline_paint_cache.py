"""What a paint keeps for the next one (shapes, ticks, colours) follows every change of the view."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.timeline import painting
from azkz_desktop.ui.timeline.axis import axis_ticks


def test_shapes_and_ticks_are_made_again_for_a_new_window(window: MainWindow) -> None:
    timeline = window.timeline
    timeline.repaint()
    layout = timeline.current_layout()
    shapes = [lane.shapes for lane in layout.lanes]
    assert all(isinstance(found, painting.LaneShapes) for found in shapes)
    for lane, found in zip(layout.lanes, shapes, strict=True):
        assert sum(len(rects) for _, rects in found.cluster_levels) == len(lane.cluster_count)
        assert len(found.points) + len(found.hollow) + len(found.bars) + len(found.fuzzy) == len(lane.kind)
    timeline.repaint()
    assert [lane.shapes for lane in timeline.current_layout().lanes] == shapes, "kept while unchanged"
    window.session.set_window(DaySpan(733_000.0, 733_400.0))
    timeline.repaint()
    moved = timeline.current_layout()
    assert moved is not layout
    assert all(a is not b for a, b in zip((lane.shapes for lane in moved.lanes), shapes, strict=False))
    expected = axis_ticks(moved.scale, timeline._measure_axis)[1]
    assert timeline.picture().ticks == expected


def test_a_new_palette_is_painted_at_once(window: MainWindow) -> None:
    timeline = window.timeline
    timeline.repaint()
    palette = QPalette(timeline.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    timeline.setPalette(palette)
    image = timeline.grab().toImage()
    assert image.pixelColor(timeline.width() - 3, 3) == QColor("#202020")
    palette.setColor(QPalette.ColorRole.Base, QColor("#fafafa"))
    timeline.setPalette(palette)
    assert timeline.grab().toImage().pixelColor(timeline.width() - 3, 3) == QColor("#fafafa")
