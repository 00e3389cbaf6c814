"""open_database and RelationsDatabase: read-only access, and the questions asked of events."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.dates import DateSpan, PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.schema import SCHEMA_VERSION

RASIZADE = "rasizade-inauguration-2006"


def day(year: int, month: int, date: int) -> int:
    return dt.date(year, month, date).toordinal()


@pytest.fixture
def opened_copy(bundled_copy: Path) -> Iterator[RelationsDatabase]:
    database = open_database(bundled_copy)
    yield database
    database.close()


# ---- read-only ---------------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opening_and_querying_never_changes_the_file(bundled_db_path: Path) -> None:
    before = sha256(bundled_db_path)
    database = open_database(bundled_db_path)
    try:
        events = database.filtered_event_ids(EventFilter())
        assert events
        database.summary()
        database.categories()
        database.filtered_event_ids(window("2004-01-01", "2005-12-31", "diplomacy"))
        database.event_dates()
        for event_id in events:
            assert database.event(event_id) is not None
            database.event_sources(event_id)
        database.event("nope")
        for document in database.documents():
            assert database.document(document.id) is not None
        database.documents("full")
        database.filtered_event_ids(EventFilter(text="Aliyev"))
        database.search_documents("Astana")
        database.trade_points()
        database.trade_targets()
        assert database.integrity_problems() == []
        database.unsourced_events()
        assert database.skipped_rows == []
    finally:
        database.close()
    assert sha256(bundled_db_path) == before


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO meta (key, value) VALUES ('tampered', 'yes')",
        "UPDATE events SET title = 'changed'",
        "DELETE FROM event_sources",
        "CREATE TABLE extra (x)",
    ],
)
def test_the_connection_refuses_writes(
    opened_copy: RelationsDatabase, bundled_copy: Path, statement: str
) -> None:
    # On a copy, so that a broken guard could never damage the bundled file.
    before = sha256(bundled_copy)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        opened_copy._connection.execute(statement)
    assert sha256(bundled_copy) == before


def test_the_file_is_read_only_even_without_query_only(
    opened_copy: RelationsDatabase, bundled_copy: Path
) -> None:
    before = sha256(bundled_copy)
    opened_copy._connection.execute("PRAGMA query_only = OFF")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        opened_copy._connection.execute("INSERT INTO meta (key, value) VALUES ('tampered', 'yes')")
    assert sha256(bundled_copy) == before


# ---- queries on the bundled database -----------------------------------------------------------------


def test_summary_counts_match_sql(
    bundled: RelationsDatabase, bundled_db_path: Path, sql_rows: Callable[..., list]
) -> None:
    def count(sql: str) -> int:
        return sql_rows(bundled_db_path, sql)[0][0]

    summary = bundled.summary()
    assert summary.path == str(bundled_db_path)
    assert summary.schema_version == SCHEMA_VERSION == 2
    assert summary.built == sql_rows(bundled_db_path, "SELECT value FROM meta WHERE key = 'built'")[0][0]
    assert summary.event_count == count("SELECT count(*) FROM events")
    assert summary.document_count == count("SELECT count(*) FROM documents WHERE kind = 'full'")
    assert summary.reference_count == count("SELECT count(*) FROM documents WHERE kind = 'reference'")
    assert summary.source_count == count("SELECT count(*) FROM event_sources")
    assert summary.trade_count == count("SELECT count(*) FROM trade")
    first, last = sql_rows(bundled_db_path, "SELECT min(first_day), max(last_day) FROM events")[0]
    assert summary.first_day == dt.date.fromordinal(first).isoformat()
    assert summary.last_day == dt.date.fromordinal(last).isoformat()


def test_categories_come_in_lane_order(bundled: RelationsDatabase) -> None:
    categories = bundled.categories()
    assert [category.position for category in categories] == list(range(len(categories)))
    assert categories[0].id == "diplomacy"
    assert {category.id for category in categories} == {
        "diplomacy",
        "treaties",
        "economy",
        "energy",
        "culture",
        "conflict",
    }


def window(first: str | None, last: str | None, *categories: str) -> EventFilter:
    """The filter of a date range (both ends inclusive, as typed) and, if named, of some categories."""
    return EventFilter(
        categories=frozenset(categories) if categories else None,
        start=PartialDate.parse(first) if first else None,
        end=PartialDate.parse(last) if last else None,
    )


def spans(database: RelationsDatabase) -> dict[str, DateSpan]:
    ids = database.filtered_event_ids(EventFilter())
    return {event_id: database.event(event_id).span for event_id in ids}  # type: ignore[union-attr]


def test_filtered_events_are_in_date_order(bundled: RelationsDatabase) -> None:
    by_id = spans(bundled)
    assert len(by_id) == bundled.summary().event_count
    keys = [(span.first_day(), span.last_day(), event_id) for event_id, span in by_id.items()]
    assert keys == sorted(keys)


def test_a_date_range_finds_exactly_the_overlapping_events(bundled: RelationsDatabase) -> None:
    everything = spans(bundled)
    first, last = day(2003, 6, 1), day(2004, 3, 15)
    ids = bundled.filtered_event_ids(window("2003-06-01", "2004-03-15"))
    expected = [
        event_id
        for event_id, span in everything.items()
        if span.first_day().toordinal() <= last and span.last_day().toordinal() >= first
    ]
    assert ids == expected
    # 1993–2003 ends inside the range; 1–2 March 2004 begins inside it.
    assert {
        "heydar-aliyev-presidency-agenda",
        "ilham-aliyev-state-visit-2004",
    } <= set(ids)
    assert "caspian-seabed-agreement-2001" not in ids  # 29 November 2001, before the range
    assert "strategic-partnership-treaty" not in ids  # May 2005, after it
    assert "kazakh-exports-2005" not in ids  # 2005, after it


def test_date_range_bounds_are_inclusive(bundled: RelationsDatabase) -> None:
    # The May 2005 agreements' span ends on 31 May 2005; the 2005 export figure starts on 1 January 2005.
    ids = bundled.filtered_event_ids(window("2005-05-31", "2005-05-31"))
    assert "intergovernmental-agreements-baku-2005" in ids
    assert "strategic-partnership-treaty" not in ids  # 24 May 2005 only
    assert "nazarbayev-state-visit-2005" in ids
    assert "ilham-aliyev-state-visit-2004" not in ids
    only_the_end = bundled.filtered_event_ids(window(None, "2005-01-01"))
    assert "kazakh-exports-2005" in only_the_end
    assert "trade-turnover-2020" not in only_the_end
    assert bundled.filtered_event_ids(window("2025-10-22", None)) == []


def test_filtered_events_by_category(bundled: RelationsDatabase) -> None:
    everything = bundled.filtered_event_ids(EventFilter())
    category = {event_id: bundled.event(event_id).category for event_id in everything}  # type: ignore[union-attr]
    economy = bundled.filtered_event_ids(window(None, None, "economy"))
    assert economy
    assert economy == [event_id for event_id in everything if category[event_id] == "economy"]
    two = bundled.filtered_event_ids(window(None, None, "culture", "conflict"))
    assert {category[event_id] for event_id in two} == {"culture", "conflict"}
    assert len(two) == sum(category[event_id] in {"culture", "conflict"} for event_id in everything)
    assert bundled.filtered_event_ids(EventFilter(categories=frozenset())) == []
    assert bundled.filtered_event_ids(window("2023-01-01", "2023-12-31", "energy")) == [
        "fibre-cooperation-terms-2023",
        "first-tengiz-oil-sangachal-2023",
        "oil-fibre-transport-talks-2023",
        "socar-kmg-memorandum-2023",
        "fibre-joint-venture-2023",
    ]


def test_an_event_counts_its_sources(bundled: RelationsDatabase) -> None:
    assert bundled.source_total("oil-fibre-transport-talks-2023") == 5
    assert bundled.source_total(RASIZADE) == 1


def test_event_with_range_people_and_source(bundled: RelationsDatabase) -> None:
    event = bundled.event(RASIZADE)
    assert event is not None
    assert event.span.label() == "11\u201312 January 2006"
    assert (event.span.first_day(), event.span.last_day()) == (dt.date(2006, 1, 11), dt.date(2006, 1, 12))
    assert event.span.is_range()
    assert event.category == "diplomacy"
    assert event.people == ("Artur Rasizade", "Nursultan Nazarbayev")
    assert len(event.sources) == 1
    source = event.sources[0]
    assert source.document_id == "wikipedia-en-2012"
    assert source.document_title == "Azerbaijan\u2013Kazakhstan relations"
    assert source.kind == "full"
    assert source.quote is not None
    assert "Artur Rasizade" in source.quote
    document = bundled.document(source.document_id)
    assert document is not None
    assert document.text[source.char_start : source.char_end] == source.quote


def test_unknown_event_and_document_are_none(bundled: RelationsDatabase) -> None:
    assert bundled.event("nope") is None
    assert bundled.event_sources("nope") == []
    assert bundled.document("nope") is None


def test_the_search_finds_a_word_of_the_summary_only(bundled: RelationsDatabase) -> None:
    event = bundled.event("trade-turnover-2020")
    assert event is not None
    assert "fivefold" in event.summary
    assert "fivefold" not in event.title
    assert "trade-turnover-2020" in bundled.filtered_event_ids(EventFilter(text="fivefold"))
    assert RASIZADE in bundled.filtered_event_ids(
        EventFilter(text="Rasizad")
    )  # the last word matches as a prefix
    assert bundled.filtered_event_ids(EventFilter(text="Rasizade inauguration")) == [RASIZADE]
    assert (
        bundled.filtered_event_ids(EventFilter(text="Rasizade Glasfaserleitungen")) == []
    )  # every word must match


def test_an_unreadable_event_date_is_skipped_and_recorded(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy("UPDATE events SET start = 'garbage' WHERE id = 'independence-1991'")
    database = open_database(path)
    try:
        assert database.event("independence-1991") is None
        assert database.event("diplomatic-relations-1992") is not None
        assert len(database.skipped_rows) == 1
        assert "independence-1991" in database.skipped_rows[0]
        assert "garbage" in database.skipped_rows[0]
        database.event("independence-1991")  # asking again records the same row once
        assert len(database.skipped_rows) == 1
    finally:
        database.close()
