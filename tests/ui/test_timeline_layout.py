"""The pure layout: which markers, clusters and labels go where, for a window and a width."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from azkz_desktop.ui.timeline.layout import (
    BAR,
    FUZZY,
    FUZZY_POINT,
    LABEL_GAP,
    POINT,
    POINT_RADIUS,
    TimelineLayout,
    bucket_days_for,
    layout_timeline,
)
from tests.ui.timeline_data import LANES, day, index_of, row

WIDTH = 1000.0


def lay(index, start: float, end: float, width: float = WIDTH, **options) -> TimelineLayout:
    return layout_timeline(index, LANES, start, end, 100.0, width, 0.0, 40.0, **options)


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
    layout = lay(index, day(1990), day(2020), visible_rows=mask)
    assert total_shown(layout) == 10
    none = lay(index, day(1990), day(2020), visible_rows=np.zeros(len(index), dtype=bool))
    assert total_shown(none) == 0


def test_lanes_are_stacked_in_the_order_given() -> None:
    index = index_of([row("a", day(2000), lane="economy"), row("b", day(2000), lane="diplomacy")])
    layout = layout_timeline(index, ["economy", "diplomacy"], day(1999), day(2001), 0, 500, 10, 40)
    assert [lane.category for lane in layout.lanes] == ["economy", "diplomacy"]
    assert [lane.top for lane in layout.lanes] == [10, 50]
    assert index.ids[layout.lanes[0].rows[0]] == "a"
