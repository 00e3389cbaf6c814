"""The markers' Qt shapes, made from whole arrays, equal those made one shape at a time, on random lanes."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRectF
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
from azkz_desktop.ui.timeline.shapes import CLUSTER_ALPHA_LEVELS, LaneShapes, lane_shapes, make_shapes


def one_by_one(lane: LaneLayout, font: QFont) -> tuple:
    """The shapes as they were made before, one Python statement per shape: the reference."""
    y = lane.center_y

    def spans(kind: int) -> list[QRectF]:
        chosen = np.flatnonzero(lane.kind == kind)
        top = y - SPAN_HEIGHT / 2
        return [
            QRectF(a, top, b - a, SPAN_HEIGHT)
            for a, b in zip(lane.x0[chosen].tolist(), lane.x1[chosen].tolist(), strict=True)
        ]

    def centres(kind: int) -> list[QPointF]:
        return [QPointF(x, y) for x in lane.x0[np.flatnonzero(lane.kind == kind)].tolist()]

    by_level: dict[int, list[QRectF]] = {}
    counts = []
    if len(lane.cluster_count):
        digits = np.floor(np.log10(lane.cluster_count)).astype(np.int64)
        level = np.minimum(digits, len(CLUSTER_ALPHA_LEVELS) - 1).tolist()
        x0 = lane.cluster_x0 + 1.0
        widths = np.maximum(lane.cluster_x1 - lane.cluster_x0 - 2.0, 3.0)
        top = y - CLUSTER_HEIGHT / 2
        for number, a, w in zip(level, x0.tolist(), widths.tolist(), strict=True):
            by_level.setdefault(number, []).append(QRectF(a, top, w, CLUSTER_HEIGHT))
        metrics = QFontMetricsF(font)
        digit, middle = metrics.horizontalAdvance("8"), (metrics.ascent() - metrics.descent()) / 2
        fits = widths >= (digits + 1) * digit + 4
        for a, w, count in zip(
            x0[fits].tolist(), widths[fits].tolist(), lane.cluster_count[fits].tolist(), strict=True
        ):
            text = str(count)
            counts.append((QPointF(a + (w - len(text) * digit) / 2, y + middle), text))
    return spans(FUZZY), spans(BAR), centres(POINT), centres(FUZZY_POINT), sorted(by_level.items()), counts


def exact(shapes: tuple) -> tuple:
    """Coordinates as plain floats: QRectF and QPointF compare within a tolerance, this does not."""
    fuzzy, bars, points, hollow, levels, counts = shapes
    rects = [rows(found) for found in (fuzzy, bars)]
    spots = [[(p.x(), p.y()) for p in found] for found in (points, hollow)]
    grouped = [(level, rows(found)) for level, found in levels]
    texts = [((p.x(), p.y()), text) for p, text in counts]
    return (*rects, *spots, grouped, texts)


def rows(rects: RectArray | list[QRectF]) -> list[tuple[float, ...]]:
    if isinstance(rects, RectArray):
        return [tuple(row) for row in rects.values.tolist()]
    return [r.getRect() for r in rects]


def made(lane: LaneLayout, font: QFont) -> tuple:
    return as_tuple(LaneShapes.of(lane, font))


def as_tuple(shapes: LaneShapes) -> tuple:
    return shapes.fuzzy, shapes.bars, shapes.points, shapes.hollow, shapes.cluster_levels, shapes.counts


pixels = st.floats(-500.0, 3000.0, allow_nan=False)


@st.composite
def lanes(draw: st.DrawFn) -> LaneLayout:
    lane = LaneLayout("diplomacy", draw(st.floats(0.0, 600.0)), draw(st.floats(20.0, 300.0)))
    singles = draw(st.integers(0, 40))
    x0 = np.array(draw(st.lists(pixels, min_size=singles, max_size=singles)))
    lane.x0 = x0
    lane.x1 = x0 + np.array(draw(st.lists(st.floats(0.0, 400.0), min_size=singles, max_size=singles)))
    lane.kind = np.array(
        draw(st.lists(st.sampled_from((POINT, BAR, FUZZY, FUZZY_POINT)), min_size=singles, max_size=singles)),
        np.int8,
    )
    clusters = draw(st.integers(0, 40))
    left = np.array(draw(st.lists(pixels, min_size=clusters, max_size=clusters)))
    lane.cluster_x0 = left
    lane.cluster_x1 = left + np.array(
        draw(st.lists(st.floats(0.0, 120.0), min_size=clusters, max_size=clusters))
    )
    # Counts of every length, the powers of ten (where a level and a digit more begin) among them.
    count = st.one_of(st.integers(2, 10**8), st.sampled_from([10**k for k in range(1, 9)]))
    lane.cluster_count = np.array(draw(st.lists(count, min_size=clusters, max_size=clusters)), np.int64)
    return lane


@settings(max_examples=150, deadline=None)
@given(lane=lanes(), point_size=st.sampled_from((6.0, 8.0, 11.0, 20.0)))
def test_shapes_from_arrays_equal_those_made_one_by_one(
    qapp: object, lane: LaneLayout, point_size: float
) -> None:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(True)
    assert exact(made(lane, font)) == exact(one_by_one(lane, font))


def test_a_lane_of_clusters_only_has_no_single_shapes(qapp: object) -> None:
    lane = LaneLayout("diplomacy", 0.0, 40.0)
    lane.cluster_x0, lane.cluster_x1 = np.array([10.0, 40.0, 90.0]), np.array([30.0, 80.0, 130.0])
    lane.cluster_count = np.array([5, 1200, 40], np.int64)
    shapes = lane_shapes(lane, QFont())
    assert (len(shapes.fuzzy), len(shapes.bars), shapes.points, shapes.hollow) == (0, 0, [], [])
    assert [(level, len(rects)) for level, rects in shapes.cluster_levels] == [(0, 1), (1, 1), (3, 1)]
    assert lane_shapes(lane, QFont()) is shapes, "kept for the next paint with an equal font"
    bigger = QFont()
    bigger.setPointSizeF(QFont().pointSizeF() * 2)
    assert lane_shapes(lane, bigger) is not shapes, "made again for another font"


@settings(max_examples=80, deadline=None)
@given(layout=st.lists(lanes(), min_size=1, max_size=7), kept=st.integers(0, 6))
def test_the_shapes_of_all_lanes_made_together_equal_each_lanes_own(
    qapp: object, layout: list[LaneLayout], kept: int
) -> None:
    font = QFont()
    font.setBold(True)
    before = None
    if kept < len(layout):  # one lane already has its shapes: they are kept, not made again
        before = lane_shapes(layout[kept], font)
    make_shapes(layout, font)
    for lane in layout:
        assert isinstance(lane.shapes, LaneShapes)
        assert exact(as_tuple(lane.shapes)) == exact(one_by_one(lane, font))
    if before is not None:
        assert layout[kept].shapes is before
