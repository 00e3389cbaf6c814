"""Draw a computed timeline layout with a QPainter: a few bulk calls per lane, nothing per hidden event."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from azkz_desktop.ui.timeline.axis import Tick
from azkz_desktop.ui.timeline.layout import (
    BAR,
    CLUSTER_HEIGHT,
    FUZZY,
    FUZZY_POINT,
    POINT,
    POINT_RADIUS,
    SPAN_HEIGHT,
    LaneLayout,
)

CLUSTER_ALPHA_LEVELS = (150, 185, 215, 240)
STAR_LIGHT = "#f2b100"  # gold, with a dark brown edge on light backgrounds
STAR_EDGE = "#6e4a00"
STAR_DARK = "#ffd84a"  # brighter gold, edged with the background, on dark ones


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
        color = QColor(hex_color)
        return color.lighter(140) if self.dark else color


def blend(color: QColor, onto: QColor, alpha: int) -> QColor:
    """`color` at `alpha`/255 over `onto`, as an opaque colour.

    Translucent pens and brushes take Qt's raster engine thirty times longer to draw than opaque ones
    (3.7 ms against 0.1 ms for the grid lines), so the timeline mixes its colours itself.
    """
    weight = alpha / 255.0
    return QColor(
        round(color.red() * weight + onto.red() * (1 - weight)),
        round(color.green() * weight + onto.green() * (1 - weight)),
        round(color.blue() * weight + onto.blue() * (1 - weight)),
    )


def draw_lane_backgrounds(
    painter: QPainter, lanes: Sequence[LaneLayout], width: float, colors: Palette
) -> None:
    for number, lane in enumerate(lanes):
        if number % 2:
            painter.fillRect(QRectF(0, lane.top, width, lane.height), colors.alternate)


def draw_grid_and_axis(
    painter: QPainter,
    ticks: Sequence[Tick],
    plot: QRectF,
    axis_height: float,
    colors: Palette,
    font: QFont,
) -> None:
    """Vertical grid lines through the lanes, the axis line, tick marks and their labels."""
    left, top, bottom = plot.left(), plot.top(), plot.bottom()
    if ticks:
        painter.setPen(QPen(colors.grid, 1))
        painter.drawLines(_grid_lines(ticks, left, top, bottom))
    painter.setPen(QPen(colors.muted, 1))
    painter.drawLine(QPointF(left, bottom), QPointF(plot.right(), bottom))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    baseline = bottom + (axis_height + metrics.ascent() - metrics.descent()) / 2
    painter.setPen(colors.text)
    right_limit = plot.right() + 10
    for tick in ticks:
        painter.drawLine(QPointF(left + tick.x, bottom), QPointF(left + tick.x, bottom + 4))
        # A label that would run off the widget is left out rather than cut in half.
        if tick.label and left + tick.x + 3 + metrics.horizontalAdvance(tick.label) <= right_limit:
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
) -> None:
    """Spans first (underneath), then clusters, points and selection rings.

    `selected` says which single events are selected; `cluster_selected` how many selected events each
    cluster holds: a cluster with any gets a ring too.
    """
    y = lane.center_y
    kinds = lane.kind
    painter.setPen(Qt.PenStyle.NoPen)
    fuzzy = np.flatnonzero(kinds == FUZZY)
    if len(fuzzy):
        painter.setBrush(blend(color, colors.base, 60))
        rects = _span_rects(lane.x0[fuzzy], lane.x1[fuzzy], y)
        painter.drawRects(rects)
        dashed = QPen(blend(color, colors.base, 200), 1, Qt.PenStyle.DashLine)
        dashed.setCosmetic(True)  # a one-pixel dash is fifty times cheaper to draw than a 1.2 px one
        painter.setPen(dashed)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRects(rects)
        painter.setPen(Qt.PenStyle.NoPen)
    bars = np.flatnonzero(kinds == BAR)
    if len(bars):
        painter.setBrush(blend(color, colors.base, 225))
        painter.drawRects(_span_rects(lane.x0[bars], lane.x1[bars], y))
    _draw_clusters(painter, lane, color, colors, count_font)
    points = np.flatnonzero(kinds == POINT)
    if len(points):
        # Filled discs, not points of a round-capped pen as wide as a disc: the same pixels within a
        # shade of antialiasing, drawn in half the time at scale 1 and a third at scale 2, where
        # stroking a wide cap costs four times the pixels.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for x in lane.x0[points].tolist():
            painter.drawEllipse(QPointF(x, y), POINT_RADIUS, POINT_RADIUS)
    hollow = np.flatnonzero(kinds == FUZZY_POINT)
    if len(hollow):
        painter.setBrush(colors.base)
        painter.setPen(QPen(color, 2.0, Qt.PenStyle.DotLine))
        for x in lane.x0[hollow]:
            painter.drawEllipse(QPointF(float(x), y), POINT_RADIUS - 0.5, POINT_RADIUS - 0.5)
    if cluster_selected is not None and len(cluster_selected):
        _ring_clusters(painter, lane, colors, np.flatnonzero(cluster_selected))
    chosen = np.flatnonzero(selected)
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


def _span_rects(x0: np.ndarray, x1: np.ndarray, y: float) -> list[QRectF]:
    top = y - SPAN_HEIGHT / 2
    return [QRectF(a, top, b - a, SPAN_HEIGHT) for a, b in zip(x0.tolist(), x1.tolist(), strict=True)]


def _draw_clusters(painter: QPainter, lane: LaneLayout, color: QColor, colors: Palette, font: QFont) -> None:
    if not len(lane.cluster_count):
        return
    y = lane.center_y - CLUSTER_HEIGHT / 2
    # Denser clusters are drawn more opaque: four levels, one bulk call each.
    level = np.minimum(np.log10(lane.cluster_count).astype(np.int64), len(CLUSTER_ALPHA_LEVELS) - 1)
    x0 = lane.cluster_x0 + 1.0
    widths = np.maximum(lane.cluster_x1 - lane.cluster_x0 - 2.0, 3.0)
    painter.setPen(Qt.PenStyle.NoPen)
    for number, alpha in enumerate(CLUSTER_ALPHA_LEVELS):
        chosen = np.flatnonzero(level == number)
        if len(chosen):
            painter.setBrush(QBrush(blend(color, colors.base, alpha)))
            painter.drawRects(
                [
                    QRectF(a, y, w, CLUSTER_HEIGHT)
                    for a, w in zip(x0[chosen].tolist(), widths[chosen].tolist(), strict=True)
                ]
            )
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    digit = metrics.horizontalAdvance("8")
    painter.setPen(QColor("white") if not colors.dark else QColor("black"))
    baseline = lane.center_y + (metrics.ascent() - metrics.descent()) / 2
    fits = widths >= (np.floor(np.log10(lane.cluster_count)) + 1) * digit + 4
    for a, w, count in zip(
        x0[fits].tolist(), widths[fits].tolist(), lane.cluster_count[fits].tolist(), strict=True
    ):
        text = str(count)
        painter.drawText(QPointF(a + (w - len(text) * digit) / 2, baseline), text)


def draw_labels(
    painter: QPainter,
    lane: LaneLayout,
    titles: Sequence[str],
    metrics: QFontMetricsF,
    colors: Palette,
    font: QFont,
) -> None:
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
    for label, text in zip(lane.labels, lane.label_texts, strict=True):
        painter.drawText(QPointF(label.x, label.y + shift), text)


MINE_MARK = POINT_RADIUS + 2.5  # half the width of the outline diamond on the reader's own events


def draw_mine_marks(painter: QPainter, lane: LaneLayout, mine: np.ndarray, colors: Palette) -> None:
    """An outline diamond around each of the reader's own events (a span's at its start), clear of the
    labels above and below: all of them in one drawLines call."""
    chosen = np.flatnonzero(mine)
    if not len(chosen):
        return
    narrow = (lane.x1[chosen] - lane.x0[chosen]) < 2 * POINT_RADIUS
    xs = np.where(narrow, (lane.x0[chosen] + lane.x1[chosen]) / 2, lane.x0[chosen])
    y = lane.center_y
    r = MINE_MARK
    corners = ((0.0, -r), (r, 0.0), (0.0, r), (-r, 0.0))
    lines: list[QPointF] = []
    for x in xs.tolist():
        for number, (dx, dy) in enumerate(corners):
            ex, ey = corners[(number + 1) % 4]
            lines += [QPointF(x + dx, y + dy), QPointF(x + ex, y + ey)]
    painter.setPen(QPen(colors.text, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLines(lines)


STAR_OUTER = 5.8  # radius of a starred event's star (its points), and of its notches
STAR_INNER = 2.5
STAR_OFFSET = (4.3, -4.6)  # from the marker's centre (a span's start): up and right, clear of its label
_STAR_ANGLES = -np.pi / 2 + np.arange(10) * np.pi / 5
_STAR_RADII = np.where(np.arange(10) % 2 == 0, STAR_OUTER, STAR_INNER)
STAR_DX = np.cos(_STAR_ANGLES) * _STAR_RADII
STAR_DY = np.sin(_STAR_ANGLES) * _STAR_RADII


def star_path(xs: np.ndarray, ys: np.ndarray) -> QPainterPath:
    """Five-pointed stars centred at (xs, ys), as one path: the corners of all of them come from one
    array operation, and the path is filled and outlined by a single call."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    corners_x = (xs[:, None] + STAR_DX).tolist()
    corners_y = (ys[:, None] + STAR_DY).tolist()
    for row_x, row_y in zip(corners_x, corners_y, strict=True):
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in zip(row_x, row_y, strict=True)]))
        path.closeSubpath()
    return path


def star_positions(lane: LaneLayout, starred: np.ndarray, cluster_starred: np.ndarray | None) -> np.ndarray:
    """Centres (n by 2) of the stars of a lane: one beside each starred single event, and one on the top
    right corner of each cluster holding a starred event."""
    chosen = np.flatnonzero(starred)
    x0, x1 = lane.x0[chosen], lane.x1[chosen]
    xs = np.where((x1 - x0) < 2 * POINT_RADIUS, (x0 + x1) / 2, x0) + STAR_OFFSET[0]
    ys = np.full(len(chosen), lane.center_y + STAR_OFFSET[1])
    if cluster_starred is not None and len(cluster_starred):
        full = np.flatnonzero(cluster_starred > 0)
        xs = np.concatenate((xs, lane.cluster_x1[full] - 1.0))
        ys = np.concatenate((ys, np.full(len(full), lane.center_y - CLUSTER_HEIGHT / 2 + 1.0)))
    return np.column_stack((xs, ys))


STAR_BOX = 2 * math.ceil(STAR_OUTER + 1)  # the side of a star's picture, in logical pixels
_star_pictures: dict[tuple[int, int, float], QPixmap] = {}


def star_picture(colors: Palette, ratio: float) -> QPixmap:
    """One star, drawn once per palette and pixel ratio and then copied: a copy costs a tenth of
    filling and outlining the star's path, and the stars of a frame are as many as its markers."""
    key = (colors.star.rgba(), colors.star_edge.rgba(), ratio)
    picture = _star_pictures.get(key)
    if picture is None:
        side = math.ceil(STAR_BOX * ratio)
        picture = QPixmap(side, side)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _star_style(painter, colors)
        middle = np.array([STAR_BOX / 2])
        painter.drawPath(star_path(middle, middle))
        painter.end()
        _star_pictures[key] = picture
    return picture


def _star_style(painter: QPainter, colors: Palette) -> None:
    painter.setPen(QPen(colors.star_edge, 0.8 if colors.dark else 1.0))  # a dark edge eats a small star
    painter.setBrush(colors.star)


def draw_star_marks(
    painter: QPainter,
    lane: LaneLayout,
    starred: np.ndarray,
    cluster_starred: np.ndarray | None,
    colors: Palette,
) -> None:
    """A gold star on each starred event and on each cluster that holds one: copies of one picture, or,
    into an SVG, one path (vector shapes, not embedded images)."""
    centres = star_positions(lane, starred, cluster_starred)
    if not len(centres):
        return
    engine = painter.paintEngine()
    if engine is not None and engine.type() == QPaintEngine.Type.SVG:
        _star_style(painter, colors)
        painter.drawPath(star_path(centres[:, 0], centres[:, 1]))
        return
    device = painter.device()
    picture = star_picture(colors, device.devicePixelRatioF() if device is not None else 1.0)
    half = STAR_BOX / 2
    for x, y in (centres - half).tolist():
        painter.drawPixmap(QPointF(x, y), picture)
