"""Where the timeline's markers, clusters and labels go, for a time window and a width. Pure: no Qt.

Per lane, the visible events are found by bisection and counted into buckets whose width in days is a
power of two, aligned to absolute time: about one marker wide at the current zoom. A bucket holding one
event shows the event itself; a fuller one shows a cluster with a count. Because bucket edges depend only
on the zoom octave, not on the window's position, clusters do not flicker while panning and split cleanly
as one zooms in. The work is O(width · log n) per lane, whatever the number of events.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from azkz_desktop.data.lanes import Lane
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session.scale import TimeScale
from azkz_desktop.session.shown_lanes import ShownInLane, shown_in_lane

CLUSTER_PX = 14.0  # a bucket is 14 to 28 pixels wide
POINT_RADIUS = 5.0
MIN_SPAN_PX = 2 * POINT_RADIUS  # spans narrower than a point are drawn as points
SPAN_HEIGHT = 12.0  # bars and fuzzy boxes, centred on the lane's middle line
CLUSTER_HEIGHT = 18.0
LABEL_GAP = 5.0
MIN_LABEL_PX = 48.0  # less room than this shows too few letters to be worth a label
RESERVED_LABEL_PX = 110.0  # what a label claims before the free space is shared out (see _place_labels)
LINE_HEIGHT = 16.0  # one row of label text, unless the caller measures its font
MAX_LABELS = 240
INSIDE_LABEL_MIN_SPAN_PX = 120.0

CARRIED = -1  # cluster_first/last of the cluster of events that began before the window

# What a single event is drawn as.
POINT = 0  # a day
BAR = 1  # a range of days
FUZZY = 2  # a month or a year: the whole span it could be in
FUZZY_POINT = 3  # a month or a year too narrow at this zoom to show its span


@dataclass
class LaneLayout:
    """Everything to draw in one lane, as arrays ready for bulk drawing."""

    category: str
    top: float
    height: float
    # single events, sorted by x0: pixel extent, how to draw them, and their rows in the index
    x0: np.ndarray = field(default_factory=lambda: np.empty(0))
    x1: np.ndarray = field(default_factory=lambda: np.empty(0))
    kind: np.ndarray = field(default_factory=lambda: np.empty(0, np.int8))
    rows: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    # clusters: pixel extent, how many events, and the slice [first, last) of the lane's arrays, or
    # CARRIED for the events that began before the window (their rows are in carried_rows)
    cluster_x0: np.ndarray = field(default_factory=lambda: np.empty(0))
    cluster_x1: np.ndarray = field(default_factory=lambda: np.empty(0))
    cluster_count: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    cluster_first: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    cluster_last: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    # the events carried in from before the window, as flags over a run of the lane from `first`: their
    # rows are worked out only when asked for (`carried_rows`), as a click or a star count asks
    carried_from: tuple[Lane, int, np.ndarray] | None = None
    labels: list[Label] = field(default_factory=list)
    label_texts: list[str] | None = None  # the labels as elided for drawing, kept by the painter
    shapes: object = None  # the markers as Qt shapes, made and kept by the painter (painting.LaneShapes)

    @property
    def center_y(self) -> float:
        return self.top + self.height / 2

    @cached_property
    def carried_rows(self) -> np.ndarray:
        """The index rows of the events in the cluster of those that began before the window (worked out
        at the first question: a zoom step that nobody clicks needs only their count)."""
        if self.carried_from is None:
            return _NO_ROWS
        lane, first, flags = self.carried_from
        rows: np.ndarray = lane.rows[first + flags.nonzero()[0]]
        return rows


@dataclass(frozen=True)
class Label:
    """An event's title (index row `row`) from `x`, elided to `max_width` pixels, on the text line centred
    at `y`: the lane's middle line beside the marker, or a line above or below it."""

    x: float
    max_width: float
    row: int
    y: float


@dataclass
class TimelineLayout:
    """The layout of all visible lanes for one window and size."""

    scale: TimeScale
    lanes: list[LaneLayout]
    bucket_days: float
    line_height: float = LINE_HEIGHT

    @property
    def start_day(self) -> float:
        return self.scale.span.start

    @property
    def end_day(self) -> float:
        return self.scale.span.end

    @property
    def left(self) -> float:
        return self.scale.left

    @property
    def width(self) -> float:
        return self.scale.width

    def x_of(self, day: float) -> float:
        return self.scale.x_of(day)

    def day_at(self, x: float) -> float:
        return self.scale.day_at(x)


def bucket_days_for(days_per_px: float) -> float:
    """A power of two (in days) between CLUSTER_PX and twice that in pixels: stable within a zoom octave."""
    return float(2.0 ** math.ceil(math.log2(max(CLUSTER_PX * days_per_px, 1e-6))))


def layout_timeline(
    index: TimelineIndex,
    lanes: Sequence[str],
    scale: TimeScale,
    top: float,
    lane_height: float,
    measure: Callable[[str], float] | None = None,
    shown_mask: np.ndarray | None = None,
    line_height: float = LINE_HEIGHT,
) -> TimelineLayout:
    """Lay out `lanes` (top to bottom) for the window and pixels of `scale`.

    `measure` gives a title's width in pixels; labels are kept shorter than that where it fits.
    `shown_mask`, a boolean mask over the index's rows, hides filtered-out events. `line_height` is the
    height of one line of label text: lanes tall enough get lines of labels above and below the markers.
    """
    bucket = bucket_days_for(scale.days_per_px)
    result = TimelineLayout(scale, [], bucket, max(line_height, 1.0))
    label_budget = MAX_LABELS
    for number, category in enumerate(lanes):
        lane_layout = LaneLayout(category, top + number * lane_height, lane_height)
        lane = index.lanes.get(category)
        if lane is not None and len(lane):
            _layout_lane(lane, lane_layout, result, shown_mask)
            label_budget -= _place_labels(lane_layout, index, result, measure, label_budget)
        result.lanes.append(lane_layout)
    return result


def _layout_lane(lane: Lane, out: LaneLayout, layout: TimelineLayout, shown_mask: np.ndarray | None) -> None:
    start_day, end_day = layout.start_day, layout.end_day
    i0, i1 = lane.visible_slice(start_day, end_day)
    if i1 <= i0:
        return
    # Events that began before the window and still run into it are not bucketed where they began,
    # off screen: one is drawn as its span, several as one cluster at the left edge.
    # They are counted here; which they are is worked out only if asked (LaneLayout.carried_rows).
    first_inside = lane.count_before_day(start_day)
    carried = lane.ends_after(start_day, i0, first_inside) if first_inside > i0 else None
    shown = None if shown_mask is None else shown_in_lane(lane, shown_mask)
    if shown is not None and shown.none:
        return
    if shown is None or shown.every:
        singles, clusters = _buckets(lane, layout, first_inside, i1)
    else:
        if carried is not None:
            carried &= shown.flags[i0:first_inside]
        singles, clusters = _buckets_shown(lane, layout, shown, first_inside, i1)
    count = 0 if carried is None else int(np.count_nonzero(carried))
    if count == 1 and carried is not None:
        singles = np.concatenate((i0 + carried.nonzero()[0], singles))
    elif count > 1 and carried is not None:
        out.carried_from = (lane, i0, carried)
        carried_cluster = (
            np.array([start_day]),
            np.array([start_day + layout.bucket_days]),
            np.array([count]),
            np.array([CARRIED]),
            np.array([CARRIED]),
        )
        clusters = _joined(carried_cluster, clusters)
    _set_singles(lane, out, layout, singles.astype(np.int64, copy=False))
    _set_clusters(out, layout, clusters)


Clusters = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]
_NO_ROWS = np.empty(0, np.int64)  # no rows (never written to)


def _bucket_bounds(lane: Lane, layout: TimelineLayout, i0: int, i1: int) -> tuple[np.ndarray, np.ndarray]:
    """The edges of the buckets from the one of event i0 to the one of event i1 - 1, and the positions
    in the lane where each begins (bisected; the first and last are i0 and i1)."""
    bucket = layout.bucket_days
    first_bucket = math.floor(lane.starts[i0] / bucket)
    last_bucket = math.floor(lane.starts[i1 - 1] / bucket)
    edges = np.arange(first_bucket, last_bucket + 2, dtype=np.float64) * bucket
    bounds = lane.count_before(edges)
    bounds[0], bounds[-1] = i0, i1
    return edges, bounds


def _buckets(lane: Lane, layout: TimelineLayout, i0: int, i1: int) -> tuple[np.ndarray, Clusters]:
    """Count the events starting in [i0, i1) per bucket by bisection: O(buckets · log n)."""
    if i1 <= i0:
        return np.empty(0, np.int64), _no_clusters()
    edges, bounds = _bucket_bounds(lane, layout, i0, i1)
    counts = bounds[1:] - bounds[:-1]
    singles = bounds[:-1][counts == 1]
    many = (counts > 1).nonzero()[0]  # flatnonzero for 1-D arrays, without its wrapper's cost
    return singles, (edges[many], edges[many + 1], counts[many], bounds[many], bounds[many + 1])


def _buckets_shown(
    lane: Lane, layout: TimelineLayout, shown: ShownInLane, i0: int, i1: int
) -> tuple[np.ndarray, Clusters]:
    """As `_buckets`, counting only the events the filter lets through: the lane's flags are packed
    into words once per mask (`shown.words`), and the shown events below each edge are their bits
    counted, O(buckets) after a pass over a sixty-fourth of the lane."""
    if i1 <= i0:
        return np.empty(0, np.int64), _no_clusters()
    edges, bounds = _bucket_bounds(lane, layout, i0, i1)
    counts = shown.shown_between(bounds)
    occupied = counts.nonzero()[0]
    first = shown.first_shown_at_or_after(bounds[occupied])
    one = counts[occupied] == 1
    singles = first[one]
    many = occupied[~one]
    last = shown.last_shown_before(bounds[many + 1]) + 1
    return singles, (edges[many], edges[many + 1], counts[many], first[~one], last)


def _joined(first: Clusters, second: Clusters) -> Clusters:
    """The clusters of `first`, then those of `second`."""
    x0, x1, counts, starts, ends = (np.concatenate(pair) for pair in zip(first, second, strict=True))
    return x0, x1, counts, starts, ends


def _no_clusters() -> Clusters:
    empty = np.empty(0)
    return (empty, empty, empty.astype(np.int64), empty.astype(np.int64), empty.astype(np.int64))


def _set_singles(lane: Lane, out: LaneLayout, layout: TimelineLayout, positions: np.ndarray) -> None:
    if not len(positions):  # a lane of clusters only (a wide view of many events): the empty defaults
        out.rows = lane.rows[:0]
        return
    x0 = layout.scale.xs_of(lane.starts[positions])
    x1 = layout.scale.xs_of(lane.ends[positions])
    fuzzy = lane.precision[positions] > 0
    ranged = lane.is_range[positions]
    wide = (x1 - x0) >= MIN_SPAN_PX
    kind = np.full(len(positions), POINT, dtype=np.int8)
    kind[ranged & ~fuzzy & wide] = BAR
    kind[fuzzy & wide] = FUZZY
    kind[fuzzy & ~wide] = FUZZY_POINT
    # A point stands at the middle of its day (or of its too-narrow span).
    narrow = kind != BAR
    narrow &= kind != FUZZY
    middle = (x0 + x1) / 2
    out.x0 = np.where(narrow, middle, x0)
    out.x1 = np.where(narrow, middle, x1)
    out.kind = kind
    out.rows = lane.rows[positions]


def _set_clusters(out: LaneLayout, layout: TimelineLayout, clusters: Clusters) -> None:
    left_day, right_day, counts, first, last = clusters
    out.cluster_x0 = layout.scale.xs_of(left_day)
    out.cluster_x1 = layout.scale.xs_of(right_day)
    out.cluster_count = counts.astype(np.int64, copy=False)
    out.cluster_first = first.astype(np.int64, copy=False)
    out.cluster_last = last.astype(np.int64, copy=False)


def label_lines(lane: LaneLayout, line_height: float) -> list[float]:
    """Centres of the lane's text lines, best first: the middle line beside the markers, then lines
    above and below the band that markers and clusters occupy, nearest first, as many as fit."""
    lines = [lane.center_y]
    clearance = CLUSTER_HEIGHT / 2 + 2.0
    per_side = int((lane.height / 2 - clearance - 1.0) // line_height)
    for number in range(max(per_side, 0)):
        offset = clearance + line_height * (number + 0.5)
        lines += [lane.center_y - offset, lane.center_y + offset]
    return lines


@dataclass
class _Obstacles:
    """What a label on the middle line must not cover: markers, boxes and clusters, sorted by start."""

    start: np.ndarray
    end: np.ndarray
    reach: np.ndarray  # running maximum of `end`

    @classmethod
    def of(cls, lane: LaneLayout) -> _Obstacles:
        narrow = (lane.kind == POINT) | (lane.kind == FUZZY_POINT)
        spans = ~narrow
        start = np.concatenate((lane.x0[narrow] - POINT_RADIUS, lane.cluster_x0, lane.x0[spans]))
        end = np.concatenate((lane.x1[narrow] + POINT_RADIUS, lane.cluster_x1, lane.x1[spans]))
        order = np.argsort(start, kind="stable")
        start, end = start[order], end[order]
        reach = np.maximum.accumulate(end) if len(end) else end
        return cls(start, end, reach)

    def room(self, x: float, right: float, own_span: tuple[float, float] | None) -> float:
        """How far a label may run from `x` before an obstacle (negative: `x` is on one).

        A label drawn inside its own span (`own_span`) may cover that span, and nothing else.
        """
        if own_span is None:
            before = int(np.searchsorted(self.start, x, side="right"))
            if before and self.reach[before - 1] > x:
                return -1.0
            limit = float(self.start[before]) - LABEL_GAP if before < len(self.start) else right
            return min(limit, right) - x
        x0, x1 = own_span
        others = (self.start != x0) | (self.end != x1)
        if np.any(others & (self.start <= x) & (self.end > x)):
            return -1.0
        later = self.start[others & (self.start > x)]
        limit = min(right, x1 - LABEL_GAP, float(later.min()) - LABEL_GAP if len(later) else math.inf)
        return limit - x


def _place_labels(
    out: LaneLayout,
    index: TimelineIndex,
    layout: TimelineLayout,
    measure: Callable[[str], float] | None,
    budget: int,
) -> int:
    """Give titles to single events where there is room; return how many were placed.

    Events are taken left to right. Each tries the lane's text lines best first (`label_lines`): on the
    middle line a label starts beside its marker and must not cover any other marker, box or cluster;
    on the lines above and below, where no marker is drawn, it starts where its marker starts. A label
    first claims only RESERVED_LABEL_PX (or its whole title, if shorter), so that a crowded stretch
    labels several events rather than one; then each label grows into the free space up to the next
    label or obstacle on its line, as far as its whole title. No two labels overlap.
    """
    if budget <= 0 or not len(out.rows):
        return 0
    left_edge, right_edge = layout.left, layout.left + layout.width
    obstacles = _Obstacles.of(out)
    lines = label_lines(out, layout.line_height)
    line_ends = [-math.inf] * len(lines)
    placed: list[tuple[int, float, float, float, int]] = []  # line, x, claimed, limit, row
    for x0, x1, kind, row in zip(
        out.x0.tolist(), out.x1.tolist(), out.kind.tolist(), out.rows.tolist(), strict=True
    ):
        if x1 < left_edge or x0 > right_edge:
            continue
        spans = kind in (BAR, FUZZY)
        needed = measure(index.titles[row]) if measure is not None else RESERVED_LABEL_PX
        best: tuple[int, float, float] | None = None  # line, x, room
        for line in range(len(lines)):
            if line == 0:
                inside = spans and x1 - x0 >= INSIDE_LABEL_MIN_SPAN_PX
                x = max(x0, left_edge) + LABEL_GAP if inside else x1 + POINT_RADIUS + LABEL_GAP
                if x < line_ends[0] + LABEL_GAP:
                    continue
                room = obstacles.room(x, right_edge, (x0, x1) if inside else None)
            else:
                x = max(x0 - (0.0 if spans else POINT_RADIUS), left_edge)
                if x < line_ends[line] + LABEL_GAP:
                    continue
                room = right_edge - x
            if room >= min(needed, RESERVED_LABEL_PX):
                best = (line, x, room)
                break
            if room >= min(needed, MIN_LABEL_PX) and (best is None or room > best[2]):
                best = (line, x, room)
        if best is None:
            continue
        line, x, room = best
        claimed = min(needed, RESERVED_LABEL_PX, room)
        line_ends[line] = x + claimed
        placed.append((line, x, claimed, x + min(needed, room), row))
        if len(placed) >= budget:
            break
    # Grow each label into the free space, up to the next label on its line.
    next_start = [math.inf] * len(lines)
    grown: list[Label] = []
    for line, x, claimed, limit, row in reversed(placed):
        width = max(min(limit, next_start[line] - LABEL_GAP) - x, claimed)
        next_start[line] = x
        grown.append(Label(float(x), float(width), int(row), float(lines[line])))
    out.labels.extend(reversed(grown))
    return len(placed)
