"""Every event is sourced, every reference is a citation and nothing more, dates sit where sources allow."""

from __future__ import annotations

import datetime as dt
import itertools
import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.schema import PERSON_KINDS

DB_DIR = Path(__file__).resolve().parents[2] / "db"
PERIOD_START, PERIOD_END = dt.date(1991, 1, 1), dt.date(2025, 12, 31)
LONGEST_GAP_DAYS = 4 * 365 + 1


@pytest.fixture(scope="module")
def database() -> RelationsDatabase:
    opened = open_database(bundled_database_path())
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def events(database: RelationsDatabase) -> list:
    return [database.event(event_id) for event_id in database.filtered_event_ids(EventFilter())]


def test_at_least_140_events_each_with_a_source(events: list) -> None:
    assert len(events) >= 140
    assert all(event.sources for event in events)


def test_every_year_from_1991_to_2025_has_an_event(events: list) -> None:
    covered = set()
    for event in events:
        covered |= set(range(event.span.first_day().year, event.span.last_day().year + 1))
    missing = [year for year in range(1991, 2026) if year not in covered]
    assert not missing, f"no event in {missing}"


def test_every_event_names_canonical_people_of_a_known_kind(events: list) -> None:
    for event in events:
        assert event.people == tuple(entity.name for entity in event.entities), event.id
        assert all(entity.kind in PERSON_KINDS for entity in event.entities), event.id


def test_no_gap_longer_than_four_years_from_1991_to_2025(events: list) -> None:
    starts = sorted({e.span.first_day() for e in events if PERIOD_START <= e.span.first_day() <= PERIOD_END})
    points = [PERIOD_START, *starts, PERIOD_END]
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(points)]
    worst = max(gaps)
    where = points[gaps.index(worst)]
    assert worst <= LONGEST_GAP_DAYS, f"{worst} days without an event after {where}"


def test_every_reference_is_a_full_citation_and_no_copied_text(database: RelationsDatabase) -> None:
    references = database.documents("reference")
    assert references
    for reference in references:
        assert reference.outlet.strip(), reference.id
        PartialDate.parse(reference.published)
        assert reference.url.startswith(("https://", "http://")), reference.id
        assert reference.note and "\n" not in reference.note and len(reference.note) <= 240, reference.id
        full = database.document(reference.id)
        assert full is not None and full.text == "", f"{reference.id}: a reference keeps no text"


def test_sources_quote_bundled_documents_and_only_cite_references(events: list) -> None:
    for event in events:
        for source in event.sources:
            if source.kind == "reference":
                assert source.quote is None and source.char_start is None, event.id
                assert source.note, f"{event.id}: a reference source says what it states"
            else:
                assert source.quote and source.in_place, event.id


def test_every_event_starts_no_later_than_its_latest_source(events: list) -> None:
    for event in events:
        latest = max(PartialDate.parse(source.published).last_day() for source in event.sources)
        announced = "announced" in (event.date_note or "")  # known only from its programme, and said so
        assert event.span.first_day() <= latest or announced, f"{event.id} begins after every source"


def test_same_day_same_kind_same_people_only_when_linked(events: list) -> None:
    groups: dict[tuple, list] = defaultdict(list)
    for event in events:
        if event.span.precision == "day":
            groups[(event.span.first_day(), event.category, frozenset(event.people))].append(event)
    for group in groups.values():
        for first, second in itertools.combinations(group, 2):
            linked = {other for other, _ in first.related}
            assert second.id in linked, f"{first.id} and {second.id} look like duplicates and are not linked"


def test_the_three_bundled_documents_are_unchanged_copies() -> None:
    catalogue = tomllib.loads((DB_DIR / "documents.toml").read_text(encoding="utf-8"))["document"]
    full = [document["id"] for document in catalogue if document["kind"] == "full"]
    assert full == ["wikipedia-en-2012", "azertac-de-2023-04-10", "report-tokayev-2024-03-10"]
    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    if seeds.is_dir():  # beside the checkout in development and CI; the build never needs it
        originals = sorted(seeds.glob("*.txt"))
        for original, document_id in zip(originals, full, strict=True):
            assert (DB_DIR / "documents" / f"{document_id}.txt").read_bytes() == original.read_bytes()
