"""The real answer to the session's questions, from the bundled database."""

from __future__ import annotations

from pathlib import Path

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
