"""The real answer to the session's questions, from the bundled database."""

from __future__ import annotations

from pathlib import Path

import pytest

from azkz_desktop.data.database import open_database
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.row_queries import DatabaseRows
from azkz_desktop.session import Session


def test_rows_matching_are_the_filtered_events(bundled_db_path: Path) -> None:
    database = open_database(bundled_db_path)
    index = database.timeline_index()
    rows = DatabaseRows(database, index)
    event_filter = EventFilter(categories=frozenset({"culture"}))
    expected = set(database.filtered_event_ids(event_filter))
    assert expected
    assert {index.ids[row] for row in rows.rows_matching(event_filter)} == expected


def test_a_session_on_the_bundled_database_counts_what_the_filter_shows(bundled_db_path: Path) -> None:
    database = open_database(bundled_db_path)
    index = database.timeline_index()
    session = Session(index, DatabaseRows(database, index))
    total = database.summary().event_count
    assert session.status().total == total
    session.set_filter(EventFilter(text="Nazarbayev"))
    found = database.filtered_event_ids(EventFilter(text="Nazarbayev"))
    assert 0 < session.status().shown == len(found) < total
    assert session.shown_lanes == [category.id for category in database.categories()]


def test_every_choice_of_categories_shows_the_events_sql_finds(bundled_db_path: Path) -> None:
    """The comparisons per code (the fewer of the chosen and the left out) against the SQL filter."""
    import itertools

    database = open_database(bundled_db_path)
    index = database.timeline_index()
    rows = DatabaseRows(database, index)
    lanes = list(index.categories)
    for size in range(len(lanes) + 1):
        for chosen in itertools.combinations([*lanes, "no such category"], size):
            event_filter = EventFilter(categories=frozenset(chosen))
            expected = set(database.filtered_event_ids(event_filter, ordered=False))
            assert {index.ids[row] for row in rows.rows_matching(event_filter)} == expected


def test_codes_mask_is_the_table_of_wanted_codes_on_random_codes() -> None:
    """Unknown codes (-1) are never let through, whichever way the codes are compared."""
    import itertools

    import numpy as np

    from azkz_desktop.data.row_queries import codes_mask

    generator = np.random.default_rng(7)
    for known in range(6):
        codes = generator.integers(-1, known, 5000).astype(np.int16)
        for size in range(known + 1):
            for wanted in itertools.combinations(range(known), size):
                table = np.zeros(known + 1, dtype=bool)
                table[list(wanted)] = True
                mask = codes_mask(codes, list(wanted), known)
                assert mask.dtype == bool and mask.shape == codes.shape
                assert np.array_equal(mask, table[codes])


def test_a_rare_word_on_the_bundled_database_shows_in_each_lane_what_the_mask_shows(
    bundled_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Few rows shown: the lanes are split from them (shown_lanes' sparse path), as a gather finds."""
    import numpy as np

    from azkz_desktop.session import shown_lanes
    from azkz_desktop.session.shown_lanes import shown_in_lane

    database = open_database(bundled_db_path)
    index = database.timeline_index()
    monkeypatch.setattr(shown_lanes, "SPARSE", 10)  # a small database: ten hits count as few
    session = Session(index, DatabaseRows(database, index))
    for event_filter in (EventFilter(text="seabed"), EventFilter(ids=frozenset(index.ids[:3]))):
        session.set_filter(event_filter)
        mask = session.shown_mask
        assert mask is not None and 0 < np.count_nonzero(mask) * shown_lanes.SPARSE < len(mask)
        for lane in index.lanes.values():
            shown = shown_in_lane(lane, mask)
            assert shown.positions.tolist() == np.flatnonzero(mask[lane.rows]).tolist()
            assert shown.flags.tolist() == mask[lane.rows].tolist()
        entry = next(entry for entry in shown_lanes._entries if entry.mask() is mask)
        assert entry.split is not None and entry.split, "split from the rows, not gathered"
