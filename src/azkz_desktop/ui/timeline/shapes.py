"""A lane layout's markers as the Qt shapes the painter hands to its bulk calls, made once per layout.

A zoom step makes a new layout, so it makes these again: several hundred rectangles, points and counts.
Their coordinates come from whole-array operations; rectangles stay in arrays (`RectArray`, one drawRects
call each, no Qt object per rectangle), points and counts' positions are made by `map` over the arrays:
no Python statement runs per shape (a Python loop per shape cost a third of a zoom step at a million
events).
"""

from __future__ import annotations

from collections.abc import Sequence
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
        levels, counts = cluster_shapes([lane], count_font)[0]
        return cls(*_single_shapes(lane), cluster_levels=levels, count_font=count_font, counts=counts)


def _kept(lane: LaneLayout, count_font: QFont) -> LaneShapes | None:
    shapes = lane.shapes
    if not isinstance(shapes, LaneShapes):
        return None
    return shapes if shapes.count_font is count_font or shapes.count_font == count_font else None


def lane_shapes(lane: LaneLayout, count_font: QFont) -> LaneShapes:
    """The lane's shapes, made once per layout (and again only if the count font differs)."""
    shapes = _kept(lane, count_font)
    if shapes is None:
        shapes = lane.shapes = LaneShapes.of(lane, count_font)
    return shapes


def make_shapes(lanes: Sequence[LaneLayout], count_font: QFont) -> None:
    """Make the shapes of each of `lanes` that has none for `count_font`, the clusters of all of them in
    one pass: a zoom step pays the cost of an array operation once, not once per lane."""
    missing = [lane for lane in lanes if _kept(lane, count_font) is None]
    if not missing:
        return
    for lane, (levels, counts) in zip(missing, cluster_shapes(missing, count_font), strict=True):
        lane.shapes = LaneShapes(*_single_shapes(lane), levels, count_font, counts)


def _single_shapes(lane: LaneLayout) -> tuple[RectArray, RectArray, list[QPointF], list[QPointF]]:
    """The single events' fuzzy boxes, bars, points and hollow points."""
    kinds = lane.kind
    if not len(kinds):  # a lane of clusters only, as a wide view of many events is
        return _NO_RECTS, _NO_RECTS, [], []
    y = lane.center_y
    fuzzy, bars = (kinds == FUZZY).nonzero()[0], (kinds == BAR).nonzero()[0]
    points, hollow = (kinds == POINT).nonzero()[0], (kinds == FUZZY_POINT).nonzero()[0]
    return (
        span_rects(lane.x0[fuzzy], lane.x1[fuzzy], y),
        span_rects(lane.x0[bars], lane.x1[bars], y),
        centres(lane.x0[points], y),
        centres(lane.x0[hollow], y),
    )


def span_rects(x0: np.ndarray, x1: np.ndarray, y: float) -> RectArray:
    """Bars of SPAN_HEIGHT centred on `y`, from x0 to x1."""
    return RectArray(x0, y - SPAN_HEIGHT / 2, x1 - x0, SPAN_HEIGHT) if len(x0) else _NO_RECTS


_NO_RECTS = RectArray(np.empty(0), 0.0, np.empty(0), 0.0)


def centres(xs: np.ndarray, y: float) -> list[QPointF]:
    """Points at `xs` on the line `y`."""
    return list(map(QPointF, xs.tolist(), repeat(y, len(xs))))


ClusterShapes = tuple[list[tuple[int, RectArray]], list[tuple[QPointF, str]]]
LEVELS = len(CLUSTER_ALPHA_LEVELS)


def cluster_shapes(lanes: Sequence[LaneLayout], font: QFont) -> list[ClusterShapes]:
    """Per lane, the clusters' rectangles by opacity level and their counts where they fit, with
    positions: worked out for the clusters of all `lanes` together."""
    sizes = [len(lane.cluster_count) for lane in lanes]
    if not any(sizes):
        return [([], []) for _ in lanes]
    count = np.concatenate([lane.cluster_count for lane in lanes])
    left = np.concatenate([lane.cluster_x0 for lane in lanes])
    right = np.concatenate([lane.cluster_x1 for lane in lanes])
    lane_of = np.repeat(np.arange(len(lanes)), sizes)
    middles = np.array([lane.center_y for lane in lanes])[lane_of]
    digits = np.floor(np.log10(count)).astype(np.int64)
    # Denser clusters are drawn more opaque: four levels, one bulk call each.
    level = np.minimum(digits, LEVELS - 1)
    x0 = left + 1.0
    widths = np.maximum(right - left - 2.0, 3.0)
    levels = _by_level(lane_of * LEVELS + level, x0, middles - CLUSTER_HEIGHT / 2, widths, len(lanes))
    digit, middle = _count_metrics(font)
    fits = widths >= (digits + 1) * digit + 4
    texts = list(map(str, count[fits].tolist()))
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    xs = x0[fits] + (widths[fits] - lengths * digit) / 2
    counts = list(zip(map(QPointF, xs.tolist(), (middles[fits] + middle).tolist()), texts, strict=True))
    ends = np.cumsum(np.bincount(lane_of[fits], minlength=len(lanes))).tolist()
    return [(levels[n], counts[a:b]) for n, (a, b) in enumerate(zip([0, *ends], ends, strict=False))]


def _by_level(
    key: np.ndarray, x0: np.ndarray, y: np.ndarray, widths: np.ndarray, lanes: int
) -> list[list[tuple[int, RectArray]]]:
    """Per lane, the rectangles grouped by level (`key` is lane * LEVELS + level), levels ascending,
    each group in lane order: one array of all rectangles, sorted by key, of which each group is a run."""
    order = np.argsort(key, kind="stable")
    rows = np.empty((len(key), 4), np.float64)
    rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3] = x0[order], y[order], widths[order], CLUSTER_HEIGHT
    keys = key[order]
    cuts = [0, *((keys[1:] != keys[:-1]).nonzero()[0] + 1).tolist(), len(keys)]
    grouped: list[list[tuple[int, RectArray]]] = [[] for _ in range(lanes)]
    for start, rects in zip(cuts, RectArray.runs(rows, cuts), strict=False):
        lane, level = divmod(int(keys[start]), LEVELS)
        grouped[lane].append((level, rects))
    return grouped


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
