"""A lane's events under a mask, worked out once per mask and lane, and the layout's counts from them."""

from __future__ import annotations

import gc
import math

import numpy as np
import pytest

from azkz_desktop.data.lanes import Lane
from azkz_desktop.session import shown_lanes
from azkz_desktop.session.shown_lanes import shown_in_lane


def make_lane(count: int, seed: int) -> Lane:
    generator = np.random.default_rng(seed)
    starts = np.sort(generator.integers(730_000, 731_000, count)).astype(np.float64)
    return Lane(
        category="economy",
        starts=starts,
        ends=starts + 1,
        precision=np.zeros(count, np.int8),
        is_range=np.zeros(count, bool),
        rows=generator.permutation(count * 2)[:count].astype(np.int64),  # rows of a bigger index
        longest=1.0,
    )


def reference_buckets(lane: Lane, mask: np.ndarray, bucket: float, i0: int, i1: int) -> tuple:
    """The layout's former filtered count: every visible event's bucket, one by one (O(events))."""
    positions = i0 + np.flatnonzero(mask[lane.rows[i0:i1]])
    if not len(positions):
        return np.empty(0, np.int64), [], [], [], []
    bucket_of = np.floor(lane.starts[positions] / bucket).astype(np.int64)
    change = np.flatnonzero(np.diff(bucket_of)) + 1
    group_starts = np.concatenate(([0], change))
    group_ends = np.concatenate((change, [len(positions)]))
    counts = group_ends - group_starts
    many = counts > 1
    left = bucket_of[group_starts[many]] * bucket
    return (
        positions[group_starts[counts == 1]],
        left.tolist(),
        counts[many].tolist(),
        positions[group_starts[many]].tolist(),
        (positions[group_ends[many] - 1] + 1).tolist(),
    )


def counted_buckets(lane: Lane, mask: np.ndarray, bucket: float, i0: int, i1: int) -> tuple:
    """The same by bisection over the positions of the shown events, as layout._buckets_shown does."""
    from azkz_desktop.ui.timeline.layout import TimelineLayout, _buckets_shown

    class Layout:
        bucket_days = bucket

    layout: TimelineLayout = Layout()  # type: ignore[assignment]
    singles, (left, _right, counts, first, last) = _buckets_shown(
        lane, layout, shown_in_lane(lane, mask), i0, i1
    )
    return singles, left.tolist(), counts.tolist(), first.tolist(), last.tolist()


@pytest.mark.parametrize("packed", [False, True])
@pytest.mark.parametrize("seed", range(6))
def test_counting_by_bisection_gives_the_clusters_of_counting_one_by_one(
    seed: int, packed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether the lane counts from its shown positions or from its packed words (a long lane)."""
    monkeypatch.setattr(shown_lanes, "WORDS_FROM", 0 if packed else 10**9)
    lane = make_lane(3_000, seed)
    generator = np.random.default_rng(100 + seed)
    for share in (0.002, 0.1, 0.5, 0.97):
        mask = generator.random(6_000) < share
        for bucket in (0.5, 1.0, 4.0, 64.0):
            for i0, i1 in ((0, len(lane)), (17, 2_500), (400, 401), (5, 5)):
                expected = reference_buckets(lane, mask, bucket, i0, i1)
                found = counted_buckets(lane, mask, bucket, i0, i1)
                assert found[0].tolist() == expected[0].tolist(), (share, bucket, i0, i1)
                assert found[1:] == expected[1:], (share, bucket, i0, i1)


def test_a_mask_is_gathered_once_per_lane_and_a_new_mask_anew() -> None:
    lane = make_lane(500, 1)
    mask = np.zeros(1_000, bool)
    mask[lane.rows[::3]] = True
    first = shown_in_lane(lane, mask)
    assert shown_in_lane(lane, mask) is first
    assert first.count == len(range(0, 500, 3)) and not first.every and not first.none
    assert first.positions.tolist() == list(range(0, 500, 3))
    equal = mask.copy()  # equal but another array: a new filter's mask is worked out anew
    assert shown_in_lane(lane, equal) is not first
    every = np.ones(1_000, bool)
    assert shown_in_lane(lane, every).every
    assert shown_in_lane(lane, ~every).none
    other_lane = make_lane(500, 2)  # another index's lane under the same mask
    assert shown_in_lane(other_lane, mask).flags.tolist() == mask[other_lane.rows].tolist()


def test_what_was_worked_out_for_a_mask_goes_with_it() -> None:
    lane = make_lane(200, 3)
    mask = np.ones(400, bool)
    shown_in_lane(lane, mask)
    entry = next(entry for entry in shown_lanes._entries if entry.mask() is mask)
    assert entry.lanes
    del mask
    gc.collect()
    assert not entry.lanes  # the lane's arrays are not kept for a mask nobody has


def test_only_the_last_masks_are_kept() -> None:
    lane = make_lane(50, 4)
    masks = [np.ones(100, bool) for _ in range(shown_lanes.KEPT_MASKS + 3)]
    for mask in masks:
        shown_in_lane(lane, mask)
    assert len(shown_lanes._entries) == shown_lanes.KEPT_MASKS
    assert shown_lanes._entries[0].mask() is masks[-1]
    assert math.isclose(shown_in_lane(lane, masks[0]).count, 50)  # an old one is simply worked out again
