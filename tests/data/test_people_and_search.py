"""People as kinds of entity with aliases, search over quotes and every name, and the bilateral filter."""

from __future__ import annotations

import csv
import io

import pytest

from azkz_desktop.app import main
from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.schema import MULTILATERAL_SETTINGS, PERSON_KINDS

GERMAN_EVENT = "trade-growth-40-percent-2023"


def test_people_come_with_a_kind_and_their_aliases(bundled: RelationsDatabase) -> None:
    people = {person.name: person for person in bundled.people()}
    assert people["Ilham Aliyev"].kind == "person"
    assert people["KazMunayGas"].kind == "organisation"
    assert people["Lithuania"].kind == "country"
    turkic = people["Organization of Turkic States"]
    assert {"Turkic Council", "Cooperation Council of Turkic-Speaking States"} <= set(turkic.aliases)
    assert turkic.matches("turkic council") and not turkic.matches("Shanghai")
    assert "Turkic Council" not in people and "Cooperation Council of Turkic-Speaking States" not in people
    assert {person.kind for person in people.values()} <= set(PERSON_KINDS)
    abai = [name for name in people if name.startswith(("Abai", "Abay"))]
    assert abai == ["Abai Qunanbaiuly"]
    assert "Abay Kunanbayev" in people["Abai Qunanbaiuly"].aliases
    for not_an_actor in ("Trans-Caspian International Transport Route", "Statistics Agency of Kazakhstan"):
        assert not_an_actor not in people


def test_an_event_carries_its_people_by_kind(bundled: RelationsDatabase) -> None:
    event = bundled.event("aliyev-sco-summit-astana-2024")
    assert event is not None
    assert [(entity.name, entity.kind) for entity in event.entities] == [
        ("Ilham Aliyev", "person"),
        ("Kassym-Jomart Tokayev", "person"),
        ("Shanghai Cooperation Organization", "organisation"),
    ]
    assert event.people == tuple(entity.name for entity in event.entities)
    assert event.multilateral == "SCO"


def test_a_word_of_a_quoted_german_passage_finds_its_event(bundled: RelationsDatabase) -> None:
    found = bundled.filtered_event_ids(EventFilter(text="Handelsumsatz"))
    assert GERMAN_EVENT in found
    for event_id in found:
        event = bundled.event(event_id)
        assert event is not None
        assert any("Handelsumsatz" in (source.quote or "") for source in event.sources), event_id


def test_a_former_name_finds_the_events_of_the_organisation(bundled: RelationsDatabase) -> None:
    by_alias = set(bundled.filtered_event_ids(EventFilter(text="Turkic Council")))
    named = {
        event_id
        for event_id in bundled.filtered_event_ids(EventFilter())
        if "Organization of Turkic States" in bundled.event(event_id).people
    }
    assert named and named <= by_alias
    assert "tokayev-gabala-ots-summit-2025" in by_alias  # names only the organisation's present name
    assert set(bundled.filtered_event_ids(EventFilter(text="Turkic Council"))) == by_alias


def test_bilateral_only_leaves_out_every_multilateral_event(bundled: RelationsDatabase) -> None:
    every = bundled.filtered_event_ids(EventFilter())
    bilateral = set(bundled.filtered_event_ids(EventFilter(bilateral_only=True)))
    settings = {event_id: bundled.event(event_id).multilateral for event_id in every}
    assert bilateral == {event_id for event_id, setting in settings.items() if setting is None}
    used = {setting for setting in settings.values() if setting is not None}
    assert used and used <= set(MULTILATERAL_SETTINGS)
    assert "bilateral only" in EventFilter(bilateral_only=True).describe()
    assert not EventFilter(bilateral_only=True).is_empty


def exported(capsys: pytest.CaptureFixture[str], *arguments: str) -> list[dict[str, str]]:
    assert main(["export", *arguments, "-o", "-"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_export_query_finds_events_by_a_quoted_german_word(capsys: pytest.CaptureFixture[str]) -> None:
    rows = exported(capsys, "--query", "Handelsumsatz")
    assert GERMAN_EVENT in {row["id"] for row in rows}
    assert all("Handelsumsatz" in row["quotes"] for row in rows)


def test_export_bilateral_only(capsys: pytest.CaptureFixture[str], bundled: RelationsDatabase) -> None:
    rows = exported(capsys, "--bilateral-only")
    ids = {row["id"] for row in rows}
    assert ids == set(bundled.filtered_event_ids(EventFilter(bilateral_only=True)))
    assert "gabala-turkic-summit-2013" not in ids and "diplomatic-relations-1992" in ids
