"""What part of the timeline a change of selection or current event has to repaint.

A click selects one event and makes it current: the rings of the event that was selected and of the one
now selected change, nothing else. Repainting the whole widget for that drew every lane, label and
cluster again (about half the click's time at a million events); these rectangles cover each ring that
appears or goes away, and the painter then skips the lanes they do not reach (`render.draw_timeline`).
A change of more than a few events, or one the cached layout cannot place, repaints everything.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QRect, QRectF

from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.ui.timeline.layout import LaneLayout, TimelineLayout

# Half the height of the widest ring around a lane's middle line: the current event's dashed ring and
# box reach 11 px (pen 1.2), a selected span's box 9 px (pen 2.5), a selected cluster's 12 px (pen
# 2.5); with antialiasing and a pixel to spare.
MARK_REACH = 15.0
# How far the rings reach left and right of a mark: the current event's circle is 11 px in radius
# around a narrow mark's middle and its box 4 px wider than a span, the selection's ring 8 and 2.
RING_RADIUS = 12.0
SIDE = 4.0 + 3.0
MAX_MARKED = 64  # more changed events than this (a rubber band, Select All) repaint the whole widget


def mark_rect(x0: float, x1: float, y: float) -> QRectF:
    """Every ring that can be drawn around a mark from x0 to x1 on the middle line at y."""
    middle = (x0 + x1) / 2
    left = min(x0 - SIDE, middle - RING_RADIUS) - 2
    right = max(x1 + SIDE, middle + RING_RADIUS) + 2
    return QRectF(left, y - MARK_REACH, right - left, 2 * MARK_REACH)


def lane_of(layout: TimelineLayout, index: TimelineIndex, row: int) -> LaneLayout | None:
    """The laid-out lane that draws index row `row`; None when its lane is not shown (hidden, filtered
    out, or a category the index does not know: a damaged database)."""
    code = index.category_code_of(row)
    if not 0 <= code < len(index.categories):
        return None
    category = index.categories[code]
    return next((lane for lane in layout.lanes if lane.category == category), None)


def row_rects(
    layout: TimelineLayout, index: TimelineIndex, rows: Iterable[int], width: float
) -> list[QRectF]:
    """Rectangles covering the selection rings of these index rows: around the row's marker when it is
    drawn as a single event, else the lane's whole middle band (a cluster holding it gets a ring)."""
    rects = []
    for row in rows:
        lane = lane_of(layout, index, int(row))
        if lane is None:  # its lane is hidden or filtered out: nothing of it is drawn
            continue
        found = np.flatnonzero(lane.rows == row)
        if len(found):
            at = int(found[0])
            rects.append(mark_rect(float(lane.x0[at]), float(lane.x1[at]), lane.center_y))
        else:
            rects.append(QRectF(0, lane.center_y - MARK_REACH, width, 2 * MARK_REACH))
    return rects


def changed_rows(before: np.ndarray, after: np.ndarray) -> list[int] | None:
    """The rows selected in one of the two but not both; None when more than MAX_MARKED changed (or
    may have: the sets are not compared when either is that large). Python sets, not numpy's set
    functions: those import `numpy.ma` at their first use, some 20 ms of the first click."""
    if len(before) > MAX_MARKED or len(after) > MAX_MARKED:
        return None
    changed = sorted(set(before.tolist()) ^ set(after.tolist()))
    return changed if len(changed) <= MAX_MARKED else None


def aligned(rects: Iterable[QRectF], width: float, height: float) -> list[QRect]:
    """The rectangles in whole pixels, rounded outward and cut to the widget (spans reach far off it)."""
    bounds = QRectF(0, 0, width, height)
    cut = (rect.intersected(bounds) for rect in rects)
    return [rect.toAlignedRect() for rect in cut if not rect.isEmpty()]
