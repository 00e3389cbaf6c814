"""One drawing of the timeline from a computed layout: the painter the widget and image export share.

`draw_timeline` takes a QPainter, a `TimelinePicture` (the layout and what goes with it: ticks, lane
names and colours, selection marks) and the palette, and draws lanes, axis, markers, labels and lane
names. It reads no widget, so an image of any width is drawn by exactly the code that draws the screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from azkz_desktop.data.models import Category
from azkz_desktop.ui.category_names import category_label
from azkz_desktop.ui.timeline import marks, painting, shapes
from azkz_desktop.ui.timeline.axis import Tick
from azkz_desktop.ui.timeline.geometry import AXIS_HEIGHT, GUTTER_WIDTH
from azkz_desktop.ui.timeline.layout import POINT_RADIUS, LaneLayout, TimelineLayout


@dataclass(frozen=True)
class Fonts:
    """The fonts of one drawing, derived from a base font."""

    label: QFont
    count: QFont
    lane: QFont
    axis: QFont
    # lane names as drawn in `lane`, by (name, lane height): filled by the painter
    lane_names: dict[tuple[str, float], tuple[str, bool]] = field(default_factory=dict, compare=False)
    # widths of texts in `axis`: the axis labels and the widest label of each level, which every zoom
    # step and paint asks for again (measuring a text shapes it)
    axis_widths: dict[str, float] = field(default_factory=dict, compare=False)

    def axis_width(self, text: str) -> float:
        """`text`'s width in the axis font, measured once."""
        width = self.axis_widths.get(text)
        if width is None:
            if len(self.axis_widths) > 4096:  # many languages and zoom levels over time: start again
                self.axis_widths.clear()
            width = self.axis_widths[text] = QFontMetricsF(self.axis).horizontalAdvance(text)
        return width

    @classmethod
    def from_base(cls, font: QFont) -> Fonts:
        count = QFont(font)
        count.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
        count.setBold(True)
        lane = QFont(font)
        lane.setBold(True)
        return cls(QFont(font), count, lane, QFont(font))


@dataclass(frozen=True)
class CurrentMark:
    """The dashed ring of the current event (the one keyboard steps start from)."""

    y: float
    x0: float
    x1: float


@dataclass
class TimelinePicture:
    """Everything one drawing needs besides the palette; per-lane lists follow `layout.lanes`."""

    layout: TimelineLayout
    ticks: Sequence[Tick]
    width: float
    height: float
    plot: QRectF
    titles: Sequence[str]
    categories: Mapping[str, Category]
    fonts: Fonts
    selected: list[np.ndarray]  # per lane: is each single event selected
    cluster_selected: list[np.ndarray]  # per lane: how many selected events each cluster holds
    current: CurrentMark | None = None
    focus_frame: bool = False
    mine: list[np.ndarray] | None = None  # per lane: is each single event the reader's own
    starred: list[np.ndarray] | None = None  # per lane: is each single event starred
    cluster_starred: list[np.ndarray] | None = None  # per lane: how many starred events each cluster holds


def draw_timeline(
    painter: QPainter, picture: TimelinePicture, colors: painting.Palette, area: QRectF | None = None
) -> None:
    """Draw the timeline into the rectangle (0, 0, picture.width, picture.height).

    `area`, when given, is all that needs drawing (the painter is clipped to it, as in a partial repaint
    after a click): the lanes whose drawing cannot reach it and the lane names left of it are skipped.
    """
    layout, plot = picture.layout, picture.plot
    painting.fill_rect(painter, QRectF(0, 0, picture.width, picture.height), colors.base)
    painting.draw_lane_backgrounds(painter, layout.lanes, picture.width, colors)
    painting.draw_grid_and_axis(
        painter, picture.ticks, plot, AXIS_HEIGHT, colors, picture.fonts.axis, picture.fonts.axis_width, area
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.save()
    painter.setClipRect(plot.adjusted(-POINT_RADIUS, 0, POINT_RADIUS, 0))
    metrics = QFontMetricsF(picture.fonts.label)
    shapes.make_shapes(layout.lanes, picture.fonts.count)  # all lanes' at once, after a zoom step
    for number, lane in enumerate(layout.lanes):
        if area is not None and not lane_reaches(lane, layout.line_height, area):
            continue
        color = colors.lane_color(picture.categories[lane.category].color)
        painting.draw_lane(
            painter,
            lane,
            color,
            colors,
            picture.selected[number],
            picture.fonts.count,
            picture.cluster_selected[number],
            area,
        )
        if picture.mine is not None:
            marks.draw_mine_marks(painter, lane, picture.mine[number], colors)
        if picture.starred is not None:
            clusters = None if picture.cluster_starred is None else picture.cluster_starred[number]
            marks.draw_star_marks(painter, lane, picture.starred[number], clusters, colors)
        painting.draw_labels(painter, lane, picture.titles, metrics, colors, picture.fonts.label, area)
    if picture.current is not None:
        _draw_current(painter, picture.current, colors)
    painter.restore()
    if area is None or area.left() <= GUTTER_WIDTH:
        _draw_lane_names(painter, picture, colors)
    if picture.focus_frame:
        painter.setPen(QPen(colors.highlight, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0.5, 0.5, picture.width - 1, picture.height - 1))


def partial_area(area: QRectF | None, width: float, height: float) -> QRectF | None:
    """`area` if it leaves part of the (0, 0, width, height) drawing out, else None: a whole repaint
    (Qt gives every full one its widget's rectangle) skips nothing, so testing each lane, count and
    label against its area only costs time; drawn without one, the pixels are the same."""
    if area is None or area.contains(QRectF(0.0, 0.0, width, height)):
        return None
    return area


LANE_REACH = 16.0  # how far a lane's marks reach above and below its middle line (rings, clusters, stars)


def lane_reaches(lane: LaneLayout, line_height: float, area: QRectF) -> bool:
    """Whether anything drawn for `lane` (its band, marks around its middle line, labels on their
    lines) can fall within `area`'s rows of pixels."""
    top = min(lane.top, lane.center_y - LANE_REACH)
    bottom = max(lane.top + lane.height, lane.center_y + LANE_REACH)
    if lane.labels:
        top = min(top, min(label.y for label in lane.labels) - line_height)
        bottom = max(bottom, max(label.y for label in lane.labels) + line_height)
    return top - 1 <= area.bottom() and area.top() <= bottom + 1


def _draw_current(painter: QPainter, mark: CurrentMark, colors: painting.Palette) -> None:
    painter.setPen(QPen(colors.text, 1.2, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if mark.x1 - mark.x0 < 2 * POINT_RADIUS:
        radius = POINT_RADIUS + 6
        painter.drawEllipse(QPointF((mark.x0 + mark.x1) / 2, mark.y), radius, radius)
    else:
        painter.drawRect(QRectF(mark.x0 - 4, mark.y - 11, mark.x1 - mark.x0 + 8, 22))


LANE_NAME_LEFT = 30.0
LANE_NAME_ROOM = GUTTER_WIDTH - 40  # between the colour swatch and the gutter's edge


def _lane_name(fonts: Fonts, metrics: QFontMetricsF, label: str, height: float) -> tuple[str, bool]:
    """`lane_name_text` in the lane font, measured once per name and height rather than at every paint."""
    key = (label, height)
    found = fonts.lane_names.get(key)
    if found is None:
        if len(fonts.lane_names) > 256:  # many languages or heights over time: start again
            fonts.lane_names.clear()
        found = fonts.lane_names[key] = lane_name_text(metrics, label, height)
    return found


def lane_name_text(metrics: QFontMetricsF, label: str, height: float) -> tuple[str, bool]:
    """A lane's name as drawn, and whether it wraps: on one line if it fits, else on as many lines as the
    lane is tall enough for (large fonts), else elided."""
    if metrics.horizontalAdvance(label) <= LANE_NAME_ROOM:
        return label, False
    wrapped = metrics.boundingRect(
        QRectF(0, 0, LANE_NAME_ROOM, max(height, 1.0)), int(Qt.TextFlag.TextWordWrap), label
    )
    if wrapped.width() <= LANE_NAME_ROOM and wrapped.height() <= height:
        return label, True
    return metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(LANE_NAME_ROOM)), False


def _draw_lane_names(painter: QPainter, picture: TimelinePicture, colors: painting.Palette) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(picture.fonts.lane)
    metrics = QFontMetricsF(picture.fonts.lane)
    for lane in picture.layout.lanes:
        category = picture.categories[lane.category]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.lane_color(category.color))
        painter.drawRoundedRect(QRectF(10, lane.center_y - 6, 12, 12), 3, 3)
        painter.setPen(colors.text)
        text, wraps = _lane_name(picture.fonts, metrics, category_label(category), lane.height)
        if wraps:
            box = QRectF(LANE_NAME_LEFT, lane.top, LANE_NAME_ROOM, lane.height)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(box, int(flags), text)
        else:
            baseline = lane.center_y + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(LANE_NAME_LEFT, baseline), text)
    painter.setPen(QPen(colors.grid, 1))
    painter.drawLine(QPointF(GUTTER_WIDTH - 6, 0), QPointF(GUTTER_WIDTH - 6, picture.height))
