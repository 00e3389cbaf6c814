"""A lane layout's markers as the Qt shapes the painter hands to its bulk calls, made once per layout.

A zoom step makes a new layout, so it makes these again: several hundred rectangles, points and counts.
Their coordinates come from whole-array operations; rectangles stay in arrays (`RectArray`, one drawRects
call each, no Qt object per rectangle), points and counts' positions are made by `map` over the arrays:
no Python statement runs per shape (a Python loop per shape cost a third of a zoom step at a million
events).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF

from azkz_desktop.ui.timeline.layout import (
    BAR,
    CLUSTER_HEIGHT,
    FUZZY,
    FUZZY_POINT,
    POINT,
    SPAN_HEIGHT,
    LaneLayout,
)
from azkz_desktop.ui.timeline.rect_array import RectArray

CLUSTER_ALPHA_LEVELS = (150, 185, 215, 240)


@dataclass
class LaneShapes:
    """A lane layout's markers as Qt shapes, made at its first paint and kept for the next (as its
    labels' elided texts are): repaints of an unchanged view only hand them to the painter."""

    fuzzy: RectArray
    bars: RectArray
    points: list[QPointF]
    hollow: list[QPointF]
    cluster_levels: list[tuple[int, RectArray]]  # (index in CLUSTER_ALPHA_LEVELS, rectangles)
    count_font: QFont  # the font the counts were placed for
    counts: list[tuple[QPointF, str]]

    @classmethod
    def of(cls, lane: LaneLayout, count_font: QFont) -> LaneShapes:
        y = lane.center_y
        kinds = lane.kind
        if len(kinds):
            fuzzy, bars = np.flatnonzero(kinds == FUZZY), np.flatnonzero(kinds == BAR)
            points, hollow = np.flatnonzero(kinds == POINT), np.flatnonzero(kinds == FUZZY_POINT)
            singles = (
                span_rects(lane.x0[fuzzy], lane.x1[fuzzy], y),
                span_rects(lane.x0[bars], lane.x1[bars], y),
                centres(lane.x0[points], y),
                centres(lane.x0[hollow], y),
            )
        else:  # a lane of clusters only, as a wide view of many events is
            singles = (_NO_RECTS, _NO_RECTS, [], [])
        levels, counts = cluster_shapes(lane, count_font)
        return cls(*singles, cluster_levels=levels, count_font=count_font, counts=counts)


def lane_shapes(lane: LaneLayout, count_font: QFont) -> LaneShapes:
    """The lane's shapes, made once per layout (and again only if the count font differs)."""
    shapes = lane.shapes
    if not isinstance(shapes, LaneShapes) or (
        shapes.count_font is not count_font and shapes.count_font != count_font
    ):
        shapes = LaneShapes.of(lane, count_font)
        lane.shapes = shapes
    return shapes


def span_rects(x0: np.ndarray, x1: np.ndarray, y: float) -> RectArray:
    """Bars of SPAN_HEIGHT centred on `y`, from x0 to x1."""
    return RectArray(x0, y - SPAN_HEIGHT / 2, x1 - x0, SPAN_HEIGHT) if len(x0) else _NO_RECTS


_NO_RECTS = RectArray(np.empty(0), 0.0, np.empty(0), 0.0)


def centres(xs: np.ndarray, y: float) -> list[QPointF]:
    """Points at `xs` on the line `y`."""
    return list(map(QPointF, xs.tolist(), repeat(y, len(xs))))


def cluster_shapes(
    lane: LaneLayout, font: QFont
) -> tuple[list[tuple[int, RectArray]], list[tuple[QPointF, str]]]:
    """The clusters' rectangles by opacity level, and their counts where they fit, with positions."""
    total = len(lane.cluster_count)
    if not total:
        return [], []
    y = lane.center_y - CLUSTER_HEIGHT / 2
    digits = np.floor(np.log10(lane.cluster_count)).astype(np.int64)
    # Denser clusters are drawn more opaque: four levels, one bulk call each.
    level = np.minimum(digits, len(CLUSTER_ALPHA_LEVELS) - 1)
    x0 = lane.cluster_x0 + 1.0
    widths = np.maximum(lane.cluster_x1 - lane.cluster_x0 - 2.0, 3.0)
    digit, middle = _count_metrics(font)
    fits = widths >= (digits + 1) * digit + 4
    texts = list(map(str, lane.cluster_count[fits].tolist()))
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    xs = x0[fits] + (widths[fits] - lengths * digit) / 2
    positions = centres(xs, lane.center_y + middle)
    return _by_level(level, x0, y, widths), list(zip(positions, texts, strict=True))


def _by_level(level: np.ndarray, x0: np.ndarray, y: float, widths: np.ndarray) -> list[tuple[int, RectArray]]:
    """The clusters' rectangles grouped by their `level`, levels ascending, each group in lane order."""
    lowest, highest = int(level.min()), int(level.max())
    if lowest == highest:
        return [(lowest, RectArray(x0, y, widths, CLUSTER_HEIGHT))]
    groups = []
    for number in range(lowest, highest + 1):
        chosen = level == number
        if chosen.any():
            groups.append((number, RectArray(x0[chosen], y, widths[chosen], CLUSTER_HEIGHT)))
    return groups


_count_fonts: list[tuple[QFont, float, float]] = []  # the count fonts measured, most recent last


def _count_metrics(font: QFont) -> tuple[float, float]:
    """A digit's width in `font` and the offset of a centred line's baseline: measured once per font."""
    for known, digit, middle in reversed(_count_fonts):
        if known is font or known == font:
            return digit, middle
    metrics = QFontMetricsF(font)
    measured = (QFont(font), metrics.horizontalAdvance("8"), (metrics.ascent() - metrics.descent()) / 2)
    _count_fonts[:] = [*_count_fonts[-7:], measured]
    return measured[1], measured[2]
