"""The pure layout: which markers, clusters and labels go where, for a window and a width."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.session import TimeScale
from azkz_desktop.ui.timeline.layout import (
    BAR,
    CARRIED,
    CLUSTER_HEIGHT,
    FUZZY,
    FUZZY_POINT,
    LABEL_GAP,
    POINT,
    POINT_RADIUS,
    SPAN_HEIGHT,
    TimelineLayout,
    bucket_days_for,
    layout_timeline,
)
from tests.ui.timeline_data import LANES, day, index_of, row

WIDTH = 1000.0


def lay(index, start: float, end: float, width: float = WIDTH, **options) -> TimelineLayout:
    return layout_timeline(index, LANES, TimeScale(DaySpan(start, end), width, 100.0), 0.0, 40.0, **options)


def total_shown(layout: TimelineLayout) -> int:
    return sum(len(lane.rows) + int(lane.cluster_count.sum()) for lane in layout.lanes)


def test_sparse_events_are_drawn_one_by_one_at_their_dates() -> None:
    index = index_of([row("a", day(1995, 6, 1)), row("b", day(2005, 6, 1)), row("c", day(2015, 6, 1))])
    layout = lay(index, day(1990), day(2020))
    lane = layout.lanes[0]
    assert [index.ids[r] for r in lane.rows] == ["a", "b", "c"]
    assert not len(lane.cluster_count)
    expected = [layout.x_of(day(year, 6, 1) + 0.5) for year in (1995, 2005, 2015)]
    assert np.allclose(lane.x0, expected)
    assert list(lane.kind) == [POINT, POINT, POINT]


def test_dense_events_merge_into_clusters_that_count_every_event() -> None:
    rows = [row(f"e{n}", day(2004, 3, 1) + n % 20) for n in range(500)]
    rows.append(row("lonely", day(1995, 1, 1)))
    index = index_of(rows)
    layout = lay(index, day(1990), day(2020))
    lane = layout.lanes[0]
    assert lane.cluster_count.sum() == 500
    assert [index.ids[r] for r in lane.rows] == ["lonely"]
    assert total_shown(layout) == 501


def test_clusters_split_as_one_zooms_in() -> None:
    rows = [row(f"e{n}", day(2004, 3, 1) + n) for n in range(10)]
    index = index_of(rows)
    wide = lay(index, day(1990), day(2020))
    assert wide.lanes[0].cluster_count.sum() == 10 and not len(wide.lanes[0].rows)
    close = lay(index, day(2004, 2, 25), day(2004, 3, 15))
    assert not len(close.lanes[0].cluster_count)
    assert sorted(index.ids[r] for r in close.lanes[0].rows) == sorted(r[0] for r in rows)


def test_clusters_do_not_move_while_panning() -> None:
    rng = np.random.default_rng(3)
    starts = day(2000) + rng.integers(0, 3000, 4000)
    index = index_of([row(f"e{n}", int(start)) for n, start in enumerate(starts)])
    length = 900.0
    first = lay(index, day(2003), day(2003) + length)
    panned = lay(index, day(2003) + 123.4, day(2003) + 123.4 + length)
    assert first.bucket_days == panned.bucket_days

    def cluster_days(layout: TimelineLayout) -> dict[float, int]:
        lane = layout.lanes[0]
        starts_in_days = np.round([layout.day_at(x) for x in lane.cluster_x0], 6)
        return dict(zip(starts_in_days.tolist(), lane.cluster_count.tolist(), strict=True))

    a, b = cluster_days(first), cluster_days(panned)
    overlap = [key for key in a if day(2003) + 200 < key < day(2003) + length - 200]
    assert overlap
    assert all(b.get(key) == a[key] for key in overlap)


def test_bucket_width_changes_only_at_zoom_octaves() -> None:
    assert bucket_days_for(1.0) == bucket_days_for(1.1) == 16.0
    assert bucket_days_for(0.5) == 8.0
    assert bucket_days_for(2.0) == 32.0


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("window_days", [30.0, 400.0, 4000.0, 13000.0])
def test_no_two_labels_overlap_and_none_covers_a_marker(seed: int, window_days: float) -> None:
    rng = np.random.default_rng(seed)
    count = 3000
    starts = day(1990) + rng.integers(0, 13000, count)
    lanes = rng.choice(LANES, count)
    precision = rng.choice(["day", "month", "year"], count, p=[0.8, 0.15, 0.05])
    rows = [
        row(
            f"e{n}",
            int(s),
            int(s) + {"day": 0, "month": 30, "year": 364}[p],
            str(p),
            str(lane),
            "T" * (5 + n % 40),
        )
        for n, (s, lane, p) in enumerate(zip(starts, lanes, precision, strict=True))
    ]
    index = index_of(rows)
    center = day(1990) + rng.uniform(0, 13000)
    layout = lay(
        index, center - window_days / 2, center + window_days / 2, measure=lambda text: 7.0 * len(text)
    )
    labels_seen = 0
    for lane in layout.lanes:
        intervals = sorted((label.x, label.x + label.max_width) for label in lane.labels)
        labels_seen += len(intervals)
        for (_, end), (start, _) in itertools.pairwise(intervals):
            assert end <= start, "two labels overlap"
        points = lane.x0[(lane.kind == POINT) | (lane.kind == FUZZY_POINT)]
        for x, end in intervals:
            assert not np.any((points + POINT_RADIUS > x) & (points - POINT_RADIUS < end)), (
                "label on a marker"
            )
            assert not np.any((lane.cluster_x1 > x) & (lane.cluster_x0 < end)), "label on a cluster"
    if window_days <= 400:
        assert labels_seen > 0


def test_labels_fit_their_text_and_leave_a_gap() -> None:
    index = index_of([row("a", day(2000, 1, 10), title="Short"), row("b", day(2000, 1, 20), title="X" * 80)])
    layout = lay(index, day(2000), day(2000, 2, 1), measure=lambda text: 7.0 * len(text))
    labels = {index.ids[label.row]: label for label in layout.lanes[0].labels}
    assert labels["a"].max_width == pytest.approx(35.0)
    assert labels["a"].x == pytest.approx(layout.x_of(day(2000, 1, 10) + 0.5) + POINT_RADIUS + LABEL_GAP)
    assert labels["b"].x + labels["b"].max_width <= 100.0 + WIDTH


def test_precision_decides_how_an_event_is_drawn() -> None:
    index = index_of(
        [
            row("day", day(2004, 3, 10)),
            row("range", day(2004, 3, 14), day(2004, 3, 20), is_range=True),
            row("month", day(2004, 5, 1), day(2004, 5, 31), "month"),
            row("year", day(2006), day(2006, 12, 31), "year"),
        ]
    )
    close = lay(index, day(2004, 3, 1), day(2004, 6, 1))
    kinds = {index.ids[r]: k for r, k in zip(close.lanes[0].rows, close.lanes[0].kind, strict=True)}
    assert kinds == {"day": POINT, "range": BAR, "month": FUZZY}
    alone = index_of([row("year", day(2006), day(2006, 12, 31), "year")])
    far = lay(alone, day(1950), day(2030), width=300.0)
    far_kinds = {alone.ids[r]: k for r, k in zip(far.lanes[0].rows, far.lanes[0].kind, strict=True)}
    assert far_kinds.get("year") == FUZZY_POINT


def test_fuzzy_spans_cover_the_whole_month_or_year() -> None:
    index = index_of(
        [
            row("march", day(2004, 3, 1), day(2004, 3, 31), "month"),
            row("y", day(2007), day(2007, 12, 31), "year"),
        ]
    )
    layout = lay(index, day(2003, 12, 1), day(2008, 2, 1))
    lane = layout.lanes[0]
    spans = {index.ids[r]: (x0, x1) for r, x0, x1 in zip(lane.rows, lane.x0, lane.x1, strict=True)}
    assert spans["march"] == pytest.approx((layout.x_of(day(2004, 3, 1)), layout.x_of(day(2004, 4, 1))))
    assert spans["y"] == pytest.approx((layout.x_of(day(2007)), layout.x_of(day(2008))))


def test_events_that_began_before_the_window_are_still_shown() -> None:
    index = index_of([row("long", day(2000), day(2003, 12, 31), "year", is_range=True)])
    layout = lay(index, day(2002), day(2002, 6, 1))
    assert [index.ids[r] for r in layout.lanes[0].rows] == ["long"]


def test_a_filter_mask_hides_events_and_their_counts() -> None:
    rows = [row(f"e{n}", day(2004, 3, 1) + n % 5) for n in range(50)]
    index = index_of(rows)
    mask = np.zeros(len(index), dtype=bool)
    mask[:10] = True
    layout = lay(index, day(1990), day(2020), shown_mask=mask)
    assert total_shown(layout) == 10
    none = lay(index, day(1990), day(2020), shown_mask=np.zeros(len(index), dtype=bool))
    assert total_shown(none) == 0


def test_lanes_are_stacked_in_the_order_given() -> None:
    index = index_of([row("a", day(2000), lane="economy"), row("b", day(2000), lane="diplomacy")])
    layout = layout_timeline(
        index, ["economy", "diplomacy"], TimeScale(DaySpan(day(1999), day(2001)), 500), 10, 40
    )
    assert [lane.category for lane in layout.lanes] == ["economy", "diplomacy"]
    assert [lane.top for lane in layout.lanes] == [10, 50]
    assert index.ids[layout.lanes[0].rows[0]] == "a"


def _random_index(seed: int, count: int = 3000):
    rng = np.random.default_rng(seed)
    starts = day(1990) + rng.integers(0, 13000, count)
    lanes = rng.choice(LANES, count)
    precision = rng.choice(["day", "month", "year"], count, p=[0.8, 0.15, 0.05])
    rows = [
        row(
            f"e{n}",
            int(s),
            int(s) + {"day": 0, "month": 30, "year": 364}[p],
            str(p),
            str(lane),
            "T" * (5 + n % 60),
        )
        for n, (s, lane, p) in enumerate(zip(starts, lanes, precision, strict=True))
    ]
    return index_of(rows), rng


def _boxes(lane, line_height: float):
    """Every drawn thing of the lane as (x0, x1, y0, y1, owner row or -1)."""
    y = lane.center_y
    boxes = []
    for x0, x1, kind, r in zip(lane.x0, lane.x1, lane.kind, lane.rows, strict=True):
        if kind in (POINT, FUZZY_POINT):
            boxes.append((x0 - POINT_RADIUS, x1 + POINT_RADIUS, y - POINT_RADIUS, y + POINT_RADIUS, int(r)))
        else:
            boxes.append((x0, x1, y - SPAN_HEIGHT / 2, y + SPAN_HEIGHT / 2, int(r)))
    for x0, x1 in zip(lane.cluster_x0, lane.cluster_x1, strict=True):
        boxes.append((x0, x1, y - CLUSTER_HEIGHT / 2, y + CLUSTER_HEIGHT / 2, -1))
    return boxes


def _label_box(label, line_height: float):
    return (label.x, label.x + label.max_width, label.y - line_height / 2, label.y + line_height / 2)


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


@pytest.mark.parametrize("seed", [4, 5, 6])
@pytest.mark.parametrize("window_days", [60.0, 700.0, 5000.0])
@pytest.mark.parametrize("lane_height", [40.0, 75.0, 140.0])
def test_stacked_labels_never_cover_each_other_markers_boxes_or_clusters(
    seed: int, window_days: float, lane_height: float
) -> None:
    index, rng = _random_index(seed)
    center = day(1990) + rng.uniform(0, 13000)
    line = 16.0
    layout = layout_timeline(
        index,
        LANES,
        TimeScale(DaySpan(center - window_days / 2, center + window_days / 2), WIDTH, 100.0),
        0.0,
        lane_height,
        measure=lambda text: 7.0 * len(text),
        line_height=line,
    )
    for lane in layout.lanes:
        boxes = _boxes(lane, line)
        labels = [_label_box(label, line) for label in lane.labels]
        for label, box in zip(lane.labels, labels, strict=True):
            assert lane.top <= box[2] and box[3] <= lane.top + lane.height, "a label outside its lane"
            assert box[0] >= 100.0 and box[1] <= 100.0 + WIDTH, "a label outside the plot"
            for other in boxes:
                own_span = other[4] == label.row and other[1] - other[0] > 2 * POINT_RADIUS
                if not own_span:
                    assert not _overlaps(box, other), "a label on a marker, box or cluster"
        for a, b in itertools.combinations(labels, 2):
            assert not _overlaps(a, b), "two labels overlap"


@pytest.mark.parametrize("seed", [7, 8])
def test_labels_use_the_free_width_up_to_their_whole_title(seed: int) -> None:
    index, rng = _random_index(seed, 600)
    line = 16.0
    center = day(1990) + rng.uniform(0, 13000)
    layout = layout_timeline(
        index,
        LANES,
        TimeScale(DaySpan(center - 400, center + 400), WIDTH, 100.0),
        0.0,
        120.0,
        measure=lambda text: 7.0 * len(text),
        line_height=line,
    )
    placed = 0
    for lane in layout.lanes:
        boxes = _boxes(lane, line)
        for label in lane.labels:
            placed += 1
            needed = 7.0 * len(index.titles[label.row])
            if label.max_width >= needed - 1e-6:
                continue  # the whole title
            # Cut short: one gap further would touch the edge, another label or something drawn.
            x0, x1, y0, y1 = _label_box(label, line)
            grown = (x0, x1 + LABEL_GAP + 1.0, y0, y1)
            blocked = grown[1] > 100.0 + WIDTH
            blocked |= any(_overlaps(grown, _label_box(o, line)) for o in lane.labels if o is not label)
            blocked |= any(
                _overlaps(grown, box)
                for box in boxes
                if not (box[4] == label.row and box[1] - box[0] > 2 * POINT_RADIUS)
            )
            inside_own = any(box[4] == label.row and box[0] < x0 < box[1] for box in boxes)
            assert blocked or inside_own, f"label of row {label.row} stops short of free space"
    assert placed > 0


def test_tall_lanes_stack_labels_that_a_thin_lane_has_no_room_for() -> None:
    rows = [row(f"e{n}", day(2000, 1, 1) + 3 * n, title=f"A long title number {n}") for n in range(8)]
    index = index_of(rows)
    thin = lay(index, day(1999, 12, 20), day(2000, 2, 10), measure=lambda text: 7.0 * len(text))
    tall = layout_timeline(
        index,
        LANES,
        TimeScale(DaySpan(day(1999, 12, 20), day(2000, 2, 10)), WIDTH, 100.0),
        0.0,
        120.0,
        measure=lambda text: 7.0 * len(text),
        line_height=16.0,
    )
    thin_labels, tall_labels = thin.lanes[0].labels, tall.lanes[0].labels
    assert len({label.y for label in tall_labels}) > 1, "labels on more than one line"
    assert len(tall_labels) > len(thin_labels)
    assert len(tall_labels) == 8
    assert max(label.max_width for label in tall_labels) > 100.0  # not cut at a fixed width


def test_a_label_is_not_drawn_over_another_events_box() -> None:
    rows = [
        row(
            "point",
            day(2023, 2, 1),
            title="A point some months before a box of a month, with a title far longer than the room",
        ),
        row("box", day(2023, 5, 1), day(2023, 5, 31), "month", title="Month"),
    ]
    index = index_of(rows)
    layout = lay(index, day(2023), day(2024), measure=lambda text: 7.0 * len(text))
    lane = layout.lanes[0]
    labels = {index.ids[label.row]: label for label in lane.labels}
    box_x0 = float(lane.x0[list(lane.kind).index(FUZZY)])
    assert labels["point"].x + labels["point"].max_width <= box_x0 - LABEL_GAP + 1e-6
    assert labels["point"].max_width < 7.0 * len(index.titles[0])  # cut at the box, not run over it


def test_a_lane_of_clusters_only_has_empty_singles_of_the_usual_types() -> None:
    rows = [row(f"e{n}", day(2004, 3, 1) + n % 20) for n in range(300)]
    rows += [row(f"late{n}", day(2012, 5, 1) + n % 9) for n in range(40)]
    rows.append(row("lonely", day(1995, 6, 1)))
    index = index_of(rows)
    lane = lay(index, day(2000), day(2020)).lanes[0]
    assert lane.cluster_count.sum() == 340 and len(lane.cluster_count) >= 2
    assert (len(lane.x0), len(lane.x1), len(lane.kind), len(lane.rows)) == (0, 0, 0, 0)
    with_singles = lay(index, day(1990), day(2020)).lanes[0]
    assert len(with_singles.rows)
    for name in ("x0", "x1", "kind", "rows"):
        assert getattr(lane, name).dtype == getattr(with_singles, name).dtype, name


def test_the_events_carried_in_from_the_left_are_counted_and_named_when_asked() -> None:
    rows = [row(f"long{n}", day(2003, 1, 1) + n, day(2004, 6, 1), is_range=True) for n in range(5)]
    rows += [row("short", day(2003, 2, 1)), row("ended", day(2003, 3, 1), day(2003, 12, 1), is_range=True)]
    rows += [row(f"in{n}", day(2004, 3, 1) + n) for n in range(3)]
    index = index_of(rows)
    expected = {f"long{n}" for n in range(5)}
    layout = lay(index, day(2004), day(2004, 4))
    lane = layout.lanes[0]
    carried = np.flatnonzero(lane.cluster_first == CARRIED)
    assert len(carried) == 1 and lane.cluster_count[carried[0]] == 5
    assert {index.ids[r] for r in lane.carried_rows} == expected
    assert lane.carried_rows is lane.carried_rows, "worked out once"
    shown = np.ones(len(index), bool)
    shown[[index.ids.index(f"long{n}") for n in (1, 3)]] = False
    filtered = lay(index, day(2004), day(2004, 4), shown_mask=shown).lanes[0]
    assert {index.ids[r] for r in filtered.carried_rows} == expected - {"long1", "long3"}
    assert filtered.cluster_count[np.flatnonzero(filtered.cluster_first == CARRIED)[0]] == 3
    shown = shown.copy()  # a new mask: a mask must not change once laid out
    shown[[index.ids.index(f"long{n}") for n in (0, 2)]] = False
    alone = lay(index, day(2004), day(2004, 4), shown_mask=shown).lanes[0]
    assert not (alone.cluster_first == CARRIED).any() and not len(alone.carried_rows)
    assert "long4" in {index.ids[r] for r in alone.rows}, "one carried event is drawn as itself"
