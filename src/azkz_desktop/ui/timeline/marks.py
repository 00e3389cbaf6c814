"""The marks drawn over a lane's markers: stars on starred events and clusters, and the outline diamond
on the reader's own events. Kept apart from painting.py, which draws the markers themselves."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from azkz_desktop.ui.timeline.layout import CLUSTER_HEIGHT, POINT_RADIUS, LaneLayout

if TYPE_CHECKING:
    from azkz_desktop.ui.timeline.painting import Palette

STAR_LIGHT = "#f2b100"  # gold, with a dark brown edge on light backgrounds
STAR_EDGE = "#6e4a00"
STAR_DARK = "#ffd84a"  # brighter gold, edged with the background, on dark ones

MINE_MARK = POINT_RADIUS + 2.5  # half the width of the outline diamond on the reader's own events


def draw_mine_marks(painter: QPainter, lane: LaneLayout, mine: np.ndarray, colors: Palette) -> None:
    """An outline diamond around each of the reader's own events (a span's at its start), clear of the
    labels above and below: all of them in one drawLines call."""
    chosen = mine.nonzero()[0]
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
    chosen = starred.nonzero()[0]
    x0, x1 = lane.x0[chosen], lane.x1[chosen]
    xs = np.where((x1 - x0) < 2 * POINT_RADIUS, (x0 + x1) / 2, x0) + STAR_OFFSET[0]
    ys = np.full(len(chosen), lane.center_y + STAR_OFFSET[1])
    if cluster_starred is not None and len(cluster_starred):
        full = (cluster_starred > 0).nonzero()[0]
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
    from PySide6.QtGui import QPaintEngine  # its wrapper costs a launch 0.6 ms, and only stars need it

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
