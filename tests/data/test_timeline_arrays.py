"""The build's stored timeline arrays: used when they match, the slow path and `check` when they do not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from azkz_desktop import exit_codes
from azkz_desktop.data.check import check_database
from azkz_desktop.data.database import open_database
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.row_queries import DatabaseRows
from azkz_desktop.data.schema import trigger_statements
from azkz_desktop.data.timeline_index import TimelineIndex

ROW_ARRAYS = ("first_days", "last_days", "category_codes", "source_counts", "rowids", "date_order")


def both_indexes(path: Path) -> tuple[TimelineIndex, TimelineIndex]:
    """The index from the stored arrays, and the one read row by row, of the same file."""
    database = open_database(path)
    stored = database.timeline_index()
    categories = database.category_ids()
    read = database._load_timeline_index(categories, 7, "forced")
    return stored, read


def test_the_bundled_database_opens_from_its_stored_arrays(bundled_db_path: Path) -> None:
    stored, read = both_indexes(bundled_db_path)
    assert stored.slow_reason == "" and read.slow_reason == "forced"
    assert len(stored) == len(read) >= 140
    for name in ROW_ARRAYS:
        assert np.array_equal(getattr(stored, name), getattr(read, name)), name
    for lane in stored.categories:
        assert np.array_equal(stored.lanes[lane].rows, read.lanes[lane].rows)
        assert np.array_equal(stored.lanes[lane].starts, read.lanes[lane].starts)
    assert np.array_equal(stored.title_order(), read.title_order())
    assert list(stored.ids) == list(read.ids) and list(stored.titles) == list(read.titles)
    assert [stored.date_span(row) for row in range(len(stored))] == [
        read.date_span(r) for r in range(len(read))
    ]
    shuffled = np.random.default_rng(3).permutation(len(stored))
    assert stored.date_spans(shuffled) == [read.date_span(int(row)) for row in shuffled]
    assert read.date_spans(shuffled) == [read.date_span(int(row)) for row in shuffled]
    assert stored.date_spans(np.empty(0, np.int64)) == []


def test_ids_and_titles_are_fetched_by_row_and_rows_by_id(bundled_db_path: Path) -> None:
    stored, read = both_indexes(bundled_db_path)
    rows = np.array([5, 0, 99, 5], dtype=np.int64)
    assert stored.ids_of(rows) == [read.ids[row] for row in rows]
    assert stored.titles_of(rows) == [read.titles[row] for row in rows]
    wanted = [read.ids[3], "no-such-event", read.ids[120], read.ids[0]]
    assert stored.rows_of(wanted).tolist() == [3, 120, 0] == read.rows_of(wanted).tolist()
    assert stored.row_of(read.ids[42]) == 42 and stored.row_of("no-such-event") is None
    with pytest.raises(IndexError):
        stored.ids[len(stored)]


def test_filters_give_the_same_rows_as_sql(bundled_db_path: Path) -> None:
    database = open_database(bundled_db_path)
    index = database.timeline_index()
    queries = DatabaseRows(database, index)
    for event_filter in (
        EventFilter(categories=frozenset({"culture", "energy"})),
        EventFilter(text="pipeline"),
        EventFilter(categories=frozenset({"diplomacy"}), text="visit", bilateral_only=True),
        EventFilter(categories=frozenset()),
    ):
        expected = set(database.filtered_event_ids(event_filter))
        assert set(index.ids_of(queries.rows_matching(event_filter))) == expected, event_filter


def test_words_alone_find_no_search_entry_beyond_the_last_event(modified_copy: Callable[..., Path]) -> None:
    stale = "INSERT INTO events_fts (rowid, title) VALUES ((SELECT max(rowid) FROM events) + 5, 'zqxstale')"
    database = open_database(modified_copy(stale))
    assert database.filtered_rowids(EventFilter(text="zqxstale")).tolist() == []
    found = database.filtered_rowids(EventFilter(text="pipeline"))
    assert len(found) and set(found.tolist()) <= set(database.timeline_index().rowids.tolist())


def test_without_arrays_it_opens_row_by_row_and_says_why(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy("DROP TABLE timeline_arrays")
    index = open_database(path).timeline_index()
    assert "no stored timeline arrays" in index.slow_reason
    assert len(index) >= 140
    report = check_database(path)
    assert report.exit_code == exit_codes.CHECK_ARRAYS == 25
    assert any("no stored timeline arrays" in problem for problem in report.problems)


ADD_EVENT = (
    "INSERT INTO events (id, start, precision, title, summary, category, first_day, last_day,"
    " source_count) SELECT 'added', start, precision, 'Added', summary, category, first_day,"
    " last_day, source_count FROM events LIMIT 1"
)
# A file whose arrays were stored before the change triggers: the cheap test alone guards it.
WITHOUT_TRIGGERS = tuple(f'DROP TRIGGER "{name}"' for name in trigger_statements())
CHANGED = "the events were changed after the timeline arrays were stored"


def test_every_change_to_an_event_makes_the_arrays_stale_at_open(modified_copy: Callable[..., Path]) -> None:
    """The triggers stored with the arrays see what the cheap test cannot: edits and deletions inside."""
    for change in (
        ADD_EVENT,
        "UPDATE events SET title = 'Zz edited' WHERE rowid = 7",
        "UPDATE events SET category = 'culture' WHERE rowid = 7",
        "DELETE FROM events WHERE rowid = 70",
    ):
        path = modified_copy("PRAGMA foreign_keys = OFF", change, arrays=False)
        index = open_database(path).timeline_index()
        assert index.slow_reason == CHANGED, change
        read = open_database(path)._load_timeline_index(open_database(path).category_ids(), 7, "forced")
        assert list(index.ids) == list(read.ids) and list(index.titles) == list(read.titles), change
        assert "arrays" in check_database(path).kinds, change


def test_storing_the_arrays_again_clears_the_mark(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy("DELETE FROM events WHERE rowid = 70")  # and the arrays stored again
    assert open_database(path).timeline_index().slow_reason == ""
    assert check_database(path).ok


def test_without_the_triggers_an_added_event_is_caught_by_the_largest_rowid(
    modified_copy: Callable[..., Path],
) -> None:
    path = modified_copy(*WITHOUT_TRIGGERS, ADD_EVENT, arrays=False)
    index = open_database(path).timeline_index()
    assert "do not match the events" in index.slow_reason
    assert index.row_of("added") is not None


def test_without_the_triggers_an_event_edited_in_place_is_found_by_check(
    modified_copy: Callable[..., Path],
) -> None:
    """Opening trusts the arrays (the cheap test cannot see it); check compares them in full."""
    for change in ("title = 'Zz edited'", "category = 'culture'", "source_count = 9"):
        path = modified_copy(*WITHOUT_TRIGGERS, f"UPDATE events SET {change} WHERE rowid = 7", arrays=False)
        assert open_database(path).timeline_index().slow_reason == ""
        report = check_database(path)
        assert "arrays" in report.kinds, change
        assert (
            "timeline arrays: they do not match the events (an event changed after the build)"
            in report.problems
        )


def test_damaged_arrays_fall_back_instead_of_crashing(modified_copy: Callable[..., Path]) -> None:
    for data, reason in (("x'0102'", "lane_rows is damaged"), ("x'0100000000000000'", "lengths differ")):
        path = modified_copy(
            f"UPDATE timeline_arrays SET data = {data} WHERE name = 'lane_rows'", arrays=False
        )
        index = open_database(path).timeline_index()
        assert reason in index.slow_reason
        assert len(index) >= 140


def test_a_rebuilt_copy_passes_check(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy("UPDATE events SET title = 'Edited' WHERE rowid = 7")
    assert check_database(path).ok


def test_a_damaged_title_order_is_sorted_again_when_needed(modified_copy: Callable[..., Path]) -> None:
    """title_order is read only when the list is first sorted by title; if it is damaged, it is sorted."""
    rows = len(open_database(modified_copy()).timeline_index())
    damaged = (np.arange(rows, dtype="<i4") + 10_000).tobytes().hex()
    path = modified_copy(
        f"UPDATE timeline_arrays SET data = x'{damaged}' WHERE name = 'title_order'", arrays=False
    )
    stored, read = both_indexes(path)
    assert stored.slow_reason == ""
    assert np.array_equal(stored.title_order(), read.title_order())
    titles = [stored.titles[row].casefold() for row in stored.title_order()]
    assert titles == sorted(titles)


def test_the_summary_reads_the_period_end_from_the_arrays_as_sql_would(
    bundled_db_path: Path, modified_copy: Callable[..., Path]
) -> None:
    from_arrays = open_database(bundled_db_path).summary()
    from_rows = open_database(modified_copy("DROP TABLE timeline_arrays")).summary()
    assert (from_arrays.last_day, from_arrays.last_date) == (from_rows.last_day, from_rows.last_date)
    assert from_arrays.last_day.startswith("2025") and from_arrays.event_count == from_rows.event_count


def own_rows(categories: list[str]) -> list[tuple[str, int, int, int, int, str, int, int]]:
    economy = categories.index("economy")
    day = 738_000
    return [
        ("mine-b", day + 5, day + 5, 0, economy, "Own B", 0, 1),
        ("mine-a", day, day + 3, 0, economy, "Own A", 1, 1),
    ]


def test_own_events_merge_after_stored_arrays_without_reading_every_title(bundled_db_path: Path) -> None:
    database = open_database(bundled_db_path)
    stored = database.timeline_index()
    merged = stored.merged_with(own_rows(stored.categories))
    assert len(merged) == len(stored) + 2 and merged.mine is not None
    assert merged.mine.tolist() == [False] * len(stored) + [True, True]
    assert bool(np.all(np.diff(merged.rowids) > 0)), "rowids stay sorted for searchsorted"
    assert merged.ids_of(np.array([len(stored) + 1, 0, len(stored)])) == ["mine-a", stored.ids[0], "mine-b"]
    assert merged.titles[len(stored) + 1] == "Own A" and merged.titles[1] == stored.titles[1]
    assert merged.rows_of(["mine-a", stored.ids[7], "nothing"]).tolist() == [len(stored) + 1, 7]
    assert merged.rows_of_rowids(merged.rowids[[3, len(stored)]]).tolist() == [3, len(stored)]
    lane = merged.lanes["economy"]
    assert {len(stored), len(stored) + 1} <= set(lane.rows.tolist())
    assert bool(np.all(np.diff(lane.starts) >= 0))
    ordered = merged.first_days[merged.date_order]
    assert bool(np.all(np.diff(ordered) >= 0)) and set(merged.date_order.tolist()) == set(range(len(merged)))
    assert merged.date_span(len(stored) + 1).end is not None
    rows = np.array([len(stored) + 1, 0, len(stored), 5, 0])
    assert merged.date_spans(rows) == [merged.date_span(int(row)) for row in rows]
    shown = DatabaseRows(database, merged).rows_matching(EventFilter(categories=frozenset({"economy"})))
    assert {len(stored), len(stored) + 1} <= set(shown.tolist())


def test_rows_fetched_together_are_then_shown_without_a_query_each(bundled_db_path: Path) -> None:
    stored, read = both_indexes(bundled_db_path)
    connection = stored._arrays._connection
    asked: list[str] = []
    connection.set_trace_callback(asked.append)
    rows = np.array([7, 3, 140, 3, 64], dtype=np.int64)
    stored.fetch_rows(rows)
    together = len(asked)
    shown = [
        (
            stored.date_span(r),
            stored.category_code_of(r),
            stored.source_count_of(r),
            stored.ids[r],
            stored.titles[r],
        )
        for r in rows.tolist()
    ]
    connection.set_trace_callback(None)
    assert 0 < together <= 3 and len(asked) == together, asked
    assert shown == [
        (read.date_span(r), read.category_code_of(r), read.source_count_of(r), read.ids[r], read.titles[r])
        for r in rows.tolist()
    ]
