"""The earliest selected event and the first events by date, without sorting all of a big selection."""

from __future__ import annotations

import numpy as np
import pytest

from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session.details import MAX_LISTED, details_for_selection, rows_by_date
from azkz_desktop.session.selection import Selection
from tests.session.fakes import LANES, row


def crowded_index(count: int, seed: int) -> TimelineIndex:
    """Many events on few days, so ties of first and last day are common."""
    generator = np.random.default_rng(seed)
    firsts = 730_000 + generator.integers(0, 40, count)
    lengths = generator.integers(0, 3, count)
    rows = [
        row(f"e{number:05d}", int(first), int(first + length), lane=LANES[number % len(LANES)])
        for number, (first, length) in enumerate(zip(firsts, lengths, strict=True))
    ]
    return TimelineIndex([rows], list(LANES))


def by_sorting(index: TimelineIndex, rows: np.ndarray) -> list[int]:
    return rows[np.lexsort((rows, index.last_days[rows], index.first_days[rows]))].tolist()


@pytest.mark.parametrize("seed", range(4))
def test_the_first_by_date_are_those_of_a_full_sort(seed: int) -> None:
    index = crowded_index(4_000, seed)
    generator = np.random.default_rng(seed + 10)
    for size in (2, 199, 200, 201, 240):  # at most len(index) // 16: the partitioning way
        rows = np.sort(generator.choice(len(index), size, replace=False)).astype(np.int64)
        expected = by_sorting(index, rows)
        for limit in (1, 5, MAX_LISTED):
            assert rows_by_date(index, rows, limit).tolist() == expected[:limit], (size, limit)
        assert rows_by_date(index, rows).tolist() == expected
    every = np.arange(len(index), dtype=np.int64)  # Select All: picked from the date order
    assert rows_by_date(index, every, 7).tolist() == by_sorting(index, every)[:7]


def test_the_earliest_of_a_selection_breaks_ties_by_last_day_then_row() -> None:
    index = crowded_index(3_000, 7)
    generator = np.random.default_rng(8)
    for size in (1, 2, 50, 2_000):
        rows = generator.choice(len(index), size, replace=False)
        selection = Selection(index, rows=rows)
        assert selection.first_in_time() == index.ids[by_sorting(index, selection.rows)[0]]


def test_a_big_selection_lists_its_first_events_by_date_and_counts_them_all() -> None:
    index = crowded_index(8_000, 9)
    rows = np.arange(0, 8_000, 16, dtype=np.int64)  # 500 events, more than the pane names
    details = details_for_selection(index, rows, len(rows), "")
    assert details.total == 500  # type: ignore[union-attr]
    assert list(details.event_ids) == index.ids_of(np.asarray(by_sorting(index, rows)[:MAX_LISTED]))  # type: ignore[union-attr]


def test_a_selection_lists_its_first_by_date_once_for_its_current_event_and_its_details() -> None:
    index = crowded_index(4_000, 11)
    rows = np.arange(3, 4_000, 7, dtype=np.int64)
    selection = Selection(index, rows=rows)
    listed = selection.by_date()
    assert listed.tolist() == by_sorting(index, selection.rows)[:MAX_LISTED]
    assert selection.by_date() is listed, "worked out once per selection"
    assert selection.by_date(3).tolist() == listed[:3].tolist()
    assert selection.first_in_time() == index.ids[int(listed[0])]
    given = details_for_selection(index, rows, len(rows), "", selection.by_date())
    assert given == details_for_selection(index, rows, len(rows), "")


def test_places_in_the_date_order_are_kept_per_index() -> None:
    """The first events by date come from each row's place in the index's date order, made once per
    index: the places are that order inverted, and another index gets its own."""
    from azkz_desktop.session.details import date_places

    index, other = crowded_index(500, 3), crowded_index(500, 4)
    places = date_places(index)
    assert date_places(index) is places
    assert places[index.date_order].tolist() == list(range(len(index)))
    assert date_places(other) is not places
    assert date_places(other)[other.date_order].tolist() == list(range(len(other)))
