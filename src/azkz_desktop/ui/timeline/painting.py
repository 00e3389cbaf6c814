"""Draw a computed timeline layout with a QPainter: a few bulk calls per lane, nothing per hidden event."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
)

from azkz_desktop.ui.timeline.axis import Tick
from azkz_desktop.ui.timeline.layout import (
    CLUSTER_HEIGHT,
    POINT_RADIUS,
    SPAN_HEIGHT,
    LaneLayout,
)
from azkz_desktop.ui.timeline.marks import STAR_DARK, STAR_EDGE, STAR_LIGHT
from azkz_desktop.ui.timeline.shapes import CLUSTER_ALPHA_LEVELS, LaneShapes, lane_shapes

AREA_MARGIN = 4.0  # pixels around a partial repaint's area that text drawn for it may still reach


@dataclass(frozen=True)
class Palette:
    """The colours of one paint, from the widget's palette (light or dark) and the lane colours."""

    base: QColor
    alternate: QColor
    text: QColor
    muted: QColor
    grid: QColor
    highlight: QColor
    dark: bool
    star: QColor  # the fill of the starred events' marks
    star_edge: QColor  # and their outline, which keeps them apart from any lane colour

    @classmethod
    def from_qt(cls, palette: QPalette) -> Palette:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        muted = blend(text, base, 150)
        grid = blend(text, base, 28)
        alternate = QColor(base.lighter(112) if dark else base.darker(104))
        star, star_edge = (
            (QColor(STAR_DARK), QColor(base)) if dark else (QColor(STAR_LIGHT), QColor(STAR_EDGE))
        )
        highlight = palette.color(QPalette.ColorRole.Highlight)
        return cls(base, alternate, text, muted, grid, highlight, dark, star, star_edge)

    def lane_color(self, hex_color: str) -> QColor:
        key = (hex_color, self.dark)
        found = _lane_colors.get(key)
        if found is None:
            color = QColor(hex_color)
            found = _lane_colors[key] = color.lighter(140) if self.dark else color
        return QColor(found)


# Colours worked out once, not at every paint (a paint asks for some twenty); copies are handed out.
_lane_colors: dict[tuple[str, bool], QColor] = {}
_blends: dict[tuple[int, int, int], QColor] = {}


def blend(color: QColor, onto: QColor, alpha: int) -> QColor:
    """`color` at `alpha`/255 over `onto`, as an opaque colour.

    Translucent pens and brushes take Qt's raster engine thirty times longer to draw than opaque ones
    (3.7 ms against 0.1 ms for the grid lines), so the timeline mixes its colours itself.
    """
    key = (color.rgba(), onto.rgba(), alpha)
    found = _blends.get(key)
    if found is None:
        weight = alpha / 255.0
        found = QColor(
            round(color.red() * weight + onto.red() * (1 - weight)),
            round(color.green() * weight + onto.green() * (1 - weight)),
            round(color.blue() * weight + onto.blue() * (1 - weight)),
        )
        if len(_blends) > 4096:  # a palette changed many times over: start again
            _blends.clear()
        _blends[key] = found
    return QColor(found)


def fill_rect(painter: QPainter, rect: QRect | QRectF, color: QColor) -> None:
    """`painter.fillRect(rect, color)`: the same call underneath, the painter's background kept.

    Asking for fillRect (or for a QBrush of a colour) makes PySide set up QGradient for their overloads,
    its Preset enum of some 170 members among them: about 1.5 ms of a launch's first paint. eraseRect is
    Qt's fillRect with the background brush, and its overloads name no gradient. (A rectangle drawn
    without a pen is not always the same: in the window it filled one more row along a lane's edge.)
    """
    background = painter.background()
    painter.setBackground(color)
    painter.eraseRect(rect)
    painter.setBackground(background)


def draw_lane_backgrounds(
    painter: QPainter, lanes: Sequence[LaneLayout], width: float, colors: Palette
) -> None:
    for number, lane in enumerate(lanes):
        if number % 2:
            fill_rect(painter, QRectF(0, lane.top, width, lane.height), colors.alternate)


def draw_grid_and_axis(
    painter: QPainter,
    ticks: Sequence[Tick],
    plot: QRectF,
    axis_height: float,
    colors: Palette,
    font: QFont,
    measure: Callable[[str], float] | None = None,
    area: QRectF | None = None,
) -> None:
    """Vertical grid lines through the lanes, the axis line, tick marks and their labels (left out when
    `area`, all that a partial repaint draws, lies above the axis); `measure` gives a label's width in
    `font` (a cache of it), else each is measured here."""
    left, top, bottom = plot.left(), plot.top(), plot.bottom()
    if ticks:
        painter.setPen(QPen(colors.grid, 1))
        painter.drawLines(_grid_lines(ticks, left, top, bottom))
    painter.setPen(QPen(colors.muted, 1))
    painter.drawLine(QPointF(left, bottom), QPointF(plot.right(), bottom))
    if area is not None and area.bottom() + AREA_MARGIN < bottom:
        return
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width_of = metrics.horizontalAdvance if measure is None else measure
    baseline = bottom + (axis_height + metrics.ascent() - metrics.descent()) / 2
    painter.setPen(colors.text)
    right_limit = plot.right() + 10
    for tick in ticks:
        painter.drawLine(QPointF(left + tick.x, bottom), QPointF(left + tick.x, bottom + 4))
        # A label that would run off the widget is left out rather than cut in half.
        if tick.label and left + tick.x + 3 + width_of(tick.label) <= right_limit:
            painter.drawText(QPointF(left + tick.x + 3, baseline), tick.label)


def _grid_lines(ticks: Sequence[Tick], left: float, top: float, bottom: float) -> list[QPointF]:
    points: list[QPointF] = []
    for tick in ticks:
        points += [QPointF(left + tick.x, top), QPointF(left + tick.x, bottom)]
    return points


def draw_lane(
    painter: QPainter,
    lane: LaneLayout,
    color: QColor,
    colors: Palette,
    selected: np.ndarray,
    count_font: QFont,
    cluster_selected: np.ndarray | None = None,
    area: QRectF | None = None,
) -> None:
    """Spans first (underneath), then clusters, points and selection rings.

    `selected` says which single events are selected; `cluster_selected` how many selected events each
    cluster holds: a cluster with any gets a ring too. Given the `area` a partial repaint draws, the
    points and cluster counts that cannot reach it are left out.
    """
    y = lane.center_y
    shapes = lane_shapes(lane, count_font)
    painter.setPen(Qt.PenStyle.NoPen)
    if shapes.fuzzy:
        painter.setBrush(blend(color, colors.base, 60))
        shapes.fuzzy.draw(painter)
        dashed = QPen(blend(color, colors.base, 200), 1, Qt.PenStyle.DashLine)
        dashed.setCosmetic(True)  # a one-pixel dash is fifty times cheaper to draw than a 1.2 px one
        painter.setPen(dashed)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        shapes.fuzzy.draw(painter)
        painter.setPen(Qt.PenStyle.NoPen)
    if shapes.bars:
        painter.setBrush(blend(color, colors.base, 225))
        shapes.bars.draw(painter)
    _draw_clusters(painter, shapes, color, colors, count_font, area)
    if shapes.points:
        # Filled discs, not points of a round-capped pen as wide as a disc: the same pixels within a
        # shade of antialiasing, drawn in half the time at scale 1 and a third at scale 2, where
        # stroking a wide cap costs four times the pixels.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        points = shapes.points
        if area is not None:
            left, right = area.left() - POINT_RADIUS - AREA_MARGIN, area.right() + POINT_RADIUS + AREA_MARGIN
            points = [centre for centre in points if left <= centre.x() <= right]
        for centre in points:
            painter.drawEllipse(centre, POINT_RADIUS, POINT_RADIUS)
    if shapes.hollow:
        painter.setBrush(colors.base)
        painter.setPen(QPen(color, 2.0, Qt.PenStyle.DotLine))
        for centre in shapes.hollow:
            painter.drawEllipse(centre, POINT_RADIUS - 0.5, POINT_RADIUS - 0.5)
    if cluster_selected is not None and len(cluster_selected):
        _ring_clusters(painter, lane, colors, cluster_selected.nonzero()[0])
    chosen = selected.nonzero()[0]  # flatnonzero's wrapper costs five times more
    if len(chosen):
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colors.highlight, 2.5))
        for position in chosen:
            x0, x1 = float(lane.x0[position]), float(lane.x1[position])
            if x1 - x0 < 2 * POINT_RADIUS:
                painter.drawEllipse(QPointF((x0 + x1) / 2, y), POINT_RADIUS + 3, POINT_RADIUS + 3)
            else:
                painter.drawRect(QRectF(x0 - 2, y - SPAN_HEIGHT / 2 - 3, x1 - x0 + 4, SPAN_HEIGHT + 6))


def _ring_clusters(painter: QPainter, lane: LaneLayout, colors: Palette, chosen: np.ndarray) -> None:
    if not len(chosen):
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colors.highlight, 2.5))
    top = lane.center_y - CLUSTER_HEIGHT / 2 - 3
    for x0, x1 in zip(lane.cluster_x0[chosen].tolist(), lane.cluster_x1[chosen].tolist(), strict=True):
        width = max(x1 - x0 - 2.0, 3.0)
        painter.drawRoundedRect(QRectF(x0 - 2, top, width + 6, CLUSTER_HEIGHT + 6), 3, 3)


def _draw_clusters(
    painter: QPainter,
    shapes: LaneShapes,
    color: QColor,
    colors: Palette,
    font: QFont,
    area: QRectF | None = None,
) -> None:
    if not shapes.cluster_levels:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    for number, rects in shapes.cluster_levels:
        painter.setBrush(blend(color, colors.base, CLUSTER_ALPHA_LEVELS[number]))
        rects.draw(painter)
    painter.setFont(font)
    painter.setPen(QColor("white") if not colors.dark else QColor("black"))
    counts = shapes.counts
    if area is not None:  # a partial repaint: the counts whose text cannot reach its area are left out
        advance = QFontMetricsF(font).horizontalAdvance
        left, right = area.left() - AREA_MARGIN, area.right() + AREA_MARGIN
        counts = [(at, text) for at, text in counts if at.x() <= right and left <= at.x() + advance(text)]
    for position, text in counts:
        painter.drawText(position, text)


def draw_labels(
    painter: QPainter,
    lane: LaneLayout,
    titles: Sequence[str],
    metrics: QFontMetricsF,
    colors: Palette,
    font: QFont,
    area: QRectF | None = None,
) -> None:
    """The lane's titles; given the `area` a partial repaint draws, only those whose line reaches it."""
    if not lane.labels:
        return
    if lane.label_texts is None:  # eliding is the costly part: once per layout, not per paint
        elide = Qt.TextElideMode.ElideRight
        lane.label_texts = [
            metrics.elidedText(titles[label.row], elide, math.floor(label.max_width)) for label in lane.labels
        ]
    painter.setFont(font)
    painter.setPen(colors.text)
    shift = (metrics.ascent() - metrics.descent()) / 2
    if area is None:
        for label, text in zip(lane.labels, lane.label_texts, strict=True):
            painter.drawText(QPointF(label.x, label.y + shift), text)
        return
    reach = metrics.height() / 2 + AREA_MARGIN  # a line's glyphs above and below its middle
    top, bottom = area.top() - reach, area.bottom() + reach
    left, right = area.left() - AREA_MARGIN, area.right() + AREA_MARGIN
    for label, text in zip(lane.labels, lane.label_texts, strict=True):
        if top <= label.y <= bottom and label.x <= right and left <= label.x + label.max_width:
            painter.drawText(QPointF(label.x, label.y + shift), text)
