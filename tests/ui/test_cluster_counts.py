"""Selected events counted per cluster: a few selected rows looked up in their lane give the same counts
as the running count over every event of the lane."""

from __future__ import annotations

import numpy as np
import pytest

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session import TimeScale
from azkz_desktop.ui.timeline.cluster_counts import FEW, ClusterCounts
from azkz_desktop.ui.timeline.layout import CARRIED, TimelineLayout, layout_timeline
from tests.ui.timeline_data import LANES, day, index_of, row


def spread_over_days(
    generator: np.random.Generator, events: int, days: int, window: DaySpan
) -> tuple[TimelineIndex, TimelineLayout]:
    """`events` one-day events over `days` days from 2004 in the three lanes by turns, and their layout
    at `window` (some clusters)."""
    index = index_of(
        [
            row(f"e{number}", day(2004, 1, 1) + int(generator.integers(0, days)), lane=LANES[number % 3])
            for number in range(events)
        ]
    )
    layout = layout_timeline(index, LANES, TimeScale(window, 600.0, 100.0), 0.0, 40.0)
    assert any(len(lane.cluster_count) for lane in layout.lanes)
    return index, layout


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_few_selected_rows_count_as_the_running_count_does(seed: int) -> None:
    generator = np.random.default_rng(seed)
    rows = []
    for number in range(3000):  # clumped on a few days, so many events share a first day
        first = day(2004, 1, 1) + int(generator.integers(0, 40)) * 9
        last = first + (int(generator.integers(0, 400)) if number % 7 == 0 else 0)
        rows.append(row(f"e{number}", first, last, lane=LANES[number % 3], is_range=last > first))
    index = index_of(rows)
    layout = layout_timeline(
        index, LANES, TimeScale(DaySpan(day(2004, 3, 1), day(2005, 1, 1)), 600.0, 100.0), 0.0, 40.0
    )
    assert any(len(lane.cluster_count) for lane in layout.lanes)
    assert any((lane.cluster_first == CARRIED).any() for lane in layout.lanes), "events from before"
    for size in (1, 5, FEW):
        chosen = np.unique(generator.choice(len(index), size=size, replace=False)).astype(np.int64)
        flags = np.zeros(len(index), dtype=bool)
        flags[chosen] = True
        for mask in (None, generator.random(len(index)) < 0.7):
            few, every = ClusterCounts(), ClusterCounts()
            for lane in layout.lanes:
                expected = every.counts(index, lane, flags, mask)
                assert np.array_equal(few.counts(index, lane, flags, mask, chosen), expected)
            assert (
                sum(int(few.counts(index, lane, flags, None, chosen).sum()) for lane in layout.lanes) <= size
            )


def test_counts_follow_a_new_selection_once_cleared() -> None:
    index = index_of([row(f"e{n}", day(2004, 3, 1) + n % 5) for n in range(400)])
    layout = layout_timeline(
        index, LANES, TimeScale(DaySpan(day(2000, 1, 1), day(2010, 1, 1)), 400.0, 100.0), 0.0, 40.0
    )
    lane = layout.lanes[0]
    counts = ClusterCounts()
    flags = np.zeros(len(index), dtype=bool)
    flags[[3, 4]] = True
    assert counts.counts(index, lane, flags, None, np.array([3, 4])).sum() == 2
    flags[:] = False
    flags[7] = True
    counts.clear()
    assert counts.counts(index, lane, flags, None, np.array([7])).sum() == 1


@pytest.mark.parametrize("seed", [4, 5])
def test_many_selected_rows_count_from_their_places_as_the_running_count_does(seed: int) -> None:
    from azkz_desktop.ui.timeline.cluster_counts import place_in_lanes

    generator = np.random.default_rng(seed)
    index, layout = spread_over_days(generator, 3000, 300, DaySpan(day(2004, 2, 1), day(2004, 10, 1)))
    for size in (FEW + 1, 150):  # a rubber band's many: the map of places, not the running count
        chosen = np.unique(generator.choice(len(index), size=size, replace=False)).astype(np.int64)
        flags = np.zeros(len(index), dtype=bool)
        flags[chosen] = True
        for mask in (None, generator.random(len(index)) < 0.6):
            many, every = ClusterCounts(), ClusterCounts()
            for lane in layout.lanes:
                expected = every.counts(index, lane, flags, mask)
                assert np.array_equal(many.counts(index, lane, flags, mask, chosen), expected)
    places, starts = place_in_lanes(index)
    assert place_in_lanes(index)[0] is places  # made once per index
    for name, lane in index.lanes.items():
        assert (places[lane.rows] - starts[name]).tolist() == list(range(len(lane)))
    other, _ = spread_over_days(generator, 1000, 300, DaySpan(day(2004, 2, 1), day(2004, 10, 1)))
    assert place_in_lanes(other)[0] is not places and len(place_in_lanes(other)[0]) == 1000


def test_the_places_of_many_rows_are_split_into_every_lane_at_once() -> None:
    from azkz_desktop.ui.timeline.cluster_counts import places_by_lane

    generator = np.random.default_rng(6)
    index = index_of(
        [
            row(f"e{n}", day(2004, 1, 1) + int(generator.integers(0, 90)), lane=LANES[n % 3])
            for n in range(900)
        ]
    )
    chosen = np.unique(generator.choice(len(index), size=400, replace=False)).astype(np.int64)
    mask = generator.random(len(index)) < 0.5
    split = places_by_lane(index, chosen, mask)
    shown = chosen[mask[chosen]]
    for name, lane in index.lanes.items():
        mine = shown[np.isin(shown, lane.rows)]
        place = {int(row): number for number, row in enumerate(lane.rows)}
        assert split[name].tolist() == sorted(place[int(row)] for row in mine)
    assert sum(len(places) for places in split.values()) == len(shown)


def test_rows_in_any_order_split_as_sorted_ones_and_a_band_s_need_no_sort(monkeypatch) -> None:
    """A rubber band's rows come lane by lane in each lane's order: split as they are. Rows in any other
    order are sorted first; both give each lane's places ascending."""
    from azkz_desktop.ui.timeline import cluster_counts
    from azkz_desktop.ui.timeline.cluster_counts import places_by_lane

    generator = np.random.default_rng(8)
    index = index_of(
        [
            row(f"e{n}", day(2004, 1, 1) + int(generator.integers(0, 90)), lane=LANES[n % 3])
            for n in range(600)
        ]
    )
    band = np.concatenate([lane.rows[10:150] for lane in index.lanes.values()]).astype(np.int64)
    shuffled = generator.permutation(band)
    expected = places_by_lane(index, np.sort(band), None)
    sorts: list[int] = []
    real_sort = np.sort
    monkeypatch.setattr(
        cluster_counts.np,
        "sort",
        lambda a, *rest, **named: sorts.append(len(a)) or real_sort(a, *rest, **named),
    )
    for rows in (band, shuffled):
        split = places_by_lane(index, rows, None)
        assert {name: places.tolist() for name, places in split.items()} == {
            name: places.tolist() for name, places in expected.items()
        }
    assert sorts == [len(shuffled)]  # the band's places were in order; the shuffled ones were sorted


def test_many_flagged_rows_are_counted_by_lane_without_sorting_their_places(monkeypatch) -> None:
    """Above a sixteenth of all events (Select All), counts come from each lane's running count, the
    same as from the rows' places, and no places are gathered."""
    from azkz_desktop.ui.timeline import cluster_counts
    from azkz_desktop.ui.timeline.cluster_counts import MANY, ClusterCounts

    generator = np.random.default_rng(9)
    index, layout = spread_over_days(generator, 3200, 400, DaySpan(day(2004, 2, 1), day(2005, 1, 1)))
    split: list[int] = []
    real = cluster_counts.places_by_lane
    monkeypatch.setattr(cluster_counts, "places_by_lane", lambda *a: split.append(len(a[1])) or real(*a))
    for size in (len(index) // MANY + 1, len(index) // MANY - 1):
        chosen = np.sort(generator.choice(len(index), size=size, replace=False)).astype(np.int64)
        flags = np.zeros(len(index), dtype=bool)
        flags[chosen] = True
        for lane in layout.lanes:
            expected = ClusterCounts().counts(index, lane, flags, None)
            assert np.array_equal(ClusterCounts().counts(index, lane, flags, None, chosen), expected)
    assert split and all(size <= len(index) // MANY for size in split)  # only the smaller set's places
