"""The lanes stored by the build (format 2), the older format that lacks them, and bisection by day."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from azkz_desktop.data.check import check_database
from azkz_desktop.data.database import open_database
from azkz_desktop.data.event_texts import rows_for_rowids
from azkz_desktop.data.lanes import Lane
from azkz_desktop.data.timeline_arrays import DTYPES, FORMAT, LANE_ARRAYS, ROW_COLUMNS, digest
from azkz_desktop.data.timeline_index import RowidsByRow


def as_format_1(path: Path) -> Path:
    """Turn a database's stored arrays into those of format 1: no lane arrays, digest of format 1."""
    database = open_database(path)
    arrays = database.timeline_index()._arrays
    old_digest = digest(arrays, "1")
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany("DELETE FROM timeline_arrays WHERE name = ?", [(n,) for n in LANE_ARRAYS])
        connection.execute("UPDATE meta SET value = '1' WHERE key = 'timeline_arrays_format'")
        connection.execute("UPDATE meta SET value = ? WHERE key = 'timeline_arrays_digest'", (old_digest,))
    connection.close()
    return path


def assert_same_lanes(first: dict[str, Lane], second: dict[str, Lane]) -> None:
    assert first.keys() == second.keys()
    for name, lane in first.items():
        other = second[name]
        for field in ("starts", "ends", "precision", "is_range", "rows"):
            assert np.array_equal(getattr(lane, field), getattr(other, field)), (name, field)
        assert lane.longest == other.longest


def test_stored_lanes_are_the_lanes_gathered_from_the_rows(bundled_db_path: Path) -> None:
    database = open_database(bundled_db_path)
    stored = database.timeline_index()
    read = database._load_timeline_index(database.category_ids(), 11, "forced")
    assert FORMAT == "2" and all(name in stored._arrays for name in LANE_ARRAYS)
    assert_same_lanes(stored.lanes, read.lanes)
    assert stored.lanes["economy"].starts.dtype == np.int32
    assert (stored.first_day, stored.end_day) == (read.first_day, read.end_day)
    assert read.end_day == float(read.last_days.max()) + 1


def test_a_database_of_format_1_opens_from_its_arrays_and_passes_check(bundled_copy: Path) -> None:
    expected = open_database(bundled_copy).timeline_index()
    path = as_format_1(bundled_copy)
    index = open_database(path).timeline_index()
    assert index.slow_reason == ""
    assert_same_lanes(index.lanes, expected.lanes)
    assert check_database(path).ok


def test_lane_arrays_of_another_length_fall_back_to_the_rows(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy("UPDATE timeline_arrays SET data = x'01' WHERE name = 'lane_is_range'", arrays=False)
    index = open_database(path).timeline_index()
    assert "lanes' lengths differ" in index.slow_reason
    assert len(index) >= 140


def test_a_lane_array_stored_as_text_is_damage_not_a_crash(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy("UPDATE timeline_arrays SET data = 'abcd' WHERE name = 'lane_end_day'", arrays=False)
    assert "lane_end_day is damaged" in open_database(path).timeline_index().slow_reason


def test_count_before_fractional_days_is_a_bisection_of_the_starts() -> None:
    starts = np.array([3, 5, 5, 9, 12], dtype=np.int32)
    lane = Lane("x", starts, starts + 1, np.zeros(5, np.int8), np.zeros(5, bool), np.arange(5), 1.0)
    days = np.array([-1e12, 2.5, 3.0, 4.99, 5.0, 5.01, 9.5, 12.0, 12.0001, 1e12])
    assert lane.count_before(days).tolist() == np.searchsorted(starts.astype(float), days).tolist()
    assert [lane.count_before_day(day) for day in days.tolist()] == lane.count_before(days).tolist()
    assert lane.count_before_day(5.5) == 3
    assert lane.visible_slice(4.5, 9.0) == (1, 3)  # the events from day 3 may last past 4.5: longest 1


def test_opening_reads_only_the_lanes_and_the_date_order(bundled_db_path: Path) -> None:
    index = open_database(bundled_db_path).timeline_index()
    arrays = index._arrays
    read = {name for name in DTYPES if arrays.loaded(name)}
    assert read == {"date_order", "lane_offsets", "lane_rows", *LANE_ARRAYS}
    assert len(index) >= 140 and index.first_day < index.end_day


def test_values_of_shown_rows_come_from_their_rows_as_the_arrays_have_them(bundled_db_path: Path) -> None:
    fresh = open_database(bundled_db_path).timeline_index()
    expected = open_database(bundled_db_path).timeline_index()
    rows = [0, 7, len(fresh) - 1, 42, -1]
    spans = [fresh.date_span(row) for row in rows]
    codes = [fresh.category_code_of(row) for row in rows]
    sources = [fresh.source_count_of(row) for row in rows]
    days = [fresh.span_days(row) for row in rows]
    assert not any(fresh._arrays.loaded(name) for name in ROW_COLUMNS), "one row each, not whole arrays"
    assert spans == [expected.date_span(row) for row in rows]
    assert codes == expected.category_codes[rows].tolist()
    assert sources == expected.source_counts[rows].tolist()
    assert days == [(float(expected.first_days[r]), float(expected.last_days[r]) + 1) for r in rows]


def test_rowids_by_row_answer_as_the_array_does_without_making_it(bundled_db_path: Path) -> None:
    index = open_database(bundled_db_path).timeline_index()
    view = RowidsByRow(index._arrays)
    assert view.consecutive and len(view) == len(index)
    count = len(index)
    assert [view[0], view[count - 1], view[-1]] == [1, count, count]
    assert view[np.array([3, 0, -2])].tolist() == [4, 1, count - 1]
    with pytest.raises(IndexError):
        view[count]
    wanted = np.array([5, count + 3, 1, 0, 5, count])
    assert rows_for_rowids(view, wanted).tolist() == [4, 0, 4, count - 1]
    assert not index._arrays.loaded("rowid")
    assert rows_for_rowids(np.arange(1, count + 1), wanted).tolist() == [4, 0, 4, count - 1]
    assert np.array_equal(np.asarray(view), np.arange(1, count + 1))


def test_the_latest_ends_of_a_lane_are_those_of_a_full_sort() -> None:
    rng = np.random.default_rng(5)
    for longest in (3, 400, 9_000):
        starts = np.sort(rng.integers(700_000, 740_000, 3_000)).astype(np.int32)
        ends = (starts + rng.integers(1, longest, len(starts))).astype(np.int32)
        ends[17] = starts[17] + longest  # one long event early in the lane
        flags = np.zeros(3_000, np.int8), np.zeros(3_000, bool), np.arange(3_000)
        lane = Lane("x", starts, ends, *flags, float((ends - starts).max()))
        for count in (1, 64, 2_999, 3_000, 5_000):
            assert lane.latest_ends(count).tolist() == np.sort(ends)[-count:].tolist(), (longest, count)


def test_ends_after_a_fractional_day_compare_as_the_float_comparison_does() -> None:
    starts = np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)
    ends = np.array([2, 5, 5, 6, 9, 2_000_000_000], dtype=np.int32)
    lane = Lane("x", starts, ends, np.zeros(6, np.int8), np.zeros(6, bool), np.arange(6), 2e9)
    for day in (-1e12, 1.5, 4.0, 4.999, 5.0, 5.0001, 8.9, 9.0, 1e12):
        for first, last in ((0, 6), (1, 4), (3, 3)):
            expected = ends[first:last].astype(float) > day
            assert lane.ends_after(day, first, last).tolist() == expected.tolist(), (day, first, last)
