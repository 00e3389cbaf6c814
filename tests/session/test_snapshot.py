"""What settings save and restore: a snapshot of the session, read back defensively."""

from __future__ import annotations

import pytest

from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.session import SessionSnapshot
from azkz_desktop.session.snapshot import KEYS
from tests.session.fakes import Recorder, day, make_session


def arranged_session():  # type: ignore[no-untyped-def]
    session, _ = make_session()
    session.set_window(DaySpan(day(2000), day(2003)))
    session.set_lane_visible("treaties", False)
    session.move_lane("economy", -1)
    session.set_filter(EventFilter(categories=frozenset({"diplomacy", "economy"}), start=PartialDate(1999)))
    session.select(["visit", "exports"], current="visit")
    return session


def test_a_snapshot_restores_into_a_new_session() -> None:
    first = arranged_session()
    second, _ = make_session()
    second.restore(first.snapshot())
    assert second.snapshot() == first.snapshot()
    assert second.window == first.window
    assert second.lane_order == ["economy", "diplomacy", "treaties"]
    assert second.hidden_lanes == {"treaties"}
    assert second.selection == {"visit", "exports"} and second.current == "visit"
    assert second.event_filter == first.event_filter


def test_the_snapshot_survives_plain_settings_values() -> None:
    snapshot = arranged_session().snapshot()
    values = snapshot.to_settings()
    assert set(values) <= set(KEYS)
    for value in values.values():
        assert isinstance(value, str | bool) or all(isinstance(item, str) for item in value)
    assert SessionSnapshot.from_settings(values) == snapshot


def test_chosen_ids_in_the_filter_are_kept() -> None:
    snapshot = SessionSnapshot(event_filter=EventFilter(ids=frozenset({"a", "b"})))
    assert SessionSnapshot.from_settings(snapshot.to_settings()).event_filter.ids == {"a", "b"}
    assert SessionSnapshot.from_settings({}).event_filter.ids is None


def test_values_as_an_ini_file_gives_them_back_are_understood() -> None:
    """QSettings' INI format gives booleans as strings and a one-item list as a lone string."""
    values = {
        "filter/all_categories": "false",
        "filter/categories": "economy",
        "timeline/lane_order": "economy",
        "selection/ids": "visit",
        "selection/current": "visit",
        "timeline/window": ["730000.5", "731000.25"],
    }
    snapshot = SessionSnapshot.from_settings(values)
    assert snapshot.event_filter.categories == {"economy"}
    assert snapshot.lane_order == ("economy",)
    assert snapshot.selection == {"visit"}
    assert snapshot.window == DaySpan(730000.5, 731000.25)


@pytest.mark.parametrize(
    ("key", "damaged"),
    [
        ("timeline/window", ["nan", "5"]),
        ("timeline/window", ["10", "5"]),
        ("timeline/window", ["one", "two"]),
        ("timeline/window", 17),
        ("timeline/window", ["1", "2", "3"]),
        ("filter/from", "2023-13"),
        ("filter/to", 2023),
        ("filter/text", ["not", "text"]),
        ("filter/people", {"a": 1}),
        ("selection/current", 5),
        ("timeline/lane_order", None),
    ],
)
def test_a_damaged_value_gives_its_default(key: str, damaged: object) -> None:
    snapshot = SessionSnapshot.from_settings({key: damaged})
    assert snapshot == SessionSnapshot()


def test_restoring_drops_what_this_database_does_not_know() -> None:
    session, _ = make_session()
    snapshot = SessionSnapshot(
        window=DaySpan(day(2000), day(2000) + 0.5),
        selection=frozenset({"visit", "vanished"}),
        current="vanished",
        event_filter=EventFilter(categories=frozenset({"diplomacy", "retired-lane"})),
        lane_order=("retired-lane", "economy"),
        hidden_lanes=frozenset({"retired-lane", "treaties"}),
    )
    session.restore(snapshot)
    assert session.lane_order == ["economy", "diplomacy", "treaties"]
    assert session.hidden_lanes == {"treaties"}
    assert session.event_filter.categories == {"diplomacy"}
    assert session.window.length == pytest.approx(3.0)  # widened to the narrowest window
    assert session.selection == {"visit"} and session.current == "visit"


def test_a_restored_selection_keeps_only_what_the_restored_filter_shows() -> None:
    session, _ = make_session()
    session.restore(
        SessionSnapshot(
            selection=frozenset({"visit", "exports"}),
            event_filter=EventFilter(categories=frozenset({"economy"})),
        )
    )
    assert session.selection == {"exports"}


def test_restoring_tells_each_change_once_in_order() -> None:
    session, _ = make_session()
    recorder = Recorder(session)
    session.restore(arranged_session().snapshot())
    assert recorder.names == [
        "lanes_changed",
        "window_changed",
        "filter_changed",
        "mask_changed",
        "selection_changed",
        "current_changed",
        "details_changed",
    ]
    recorder.clear()
    session.restore(session.snapshot())
    assert recorder.calls == []


def test_an_empty_snapshot_changes_nothing_but_the_selection() -> None:
    session = arranged_session()
    window, lanes = session.window, session.lane_order
    session.restore(SessionSnapshot(event_filter=session.event_filter))
    assert session.window == window and session.lane_order == lanes
    assert session.selection == frozenset()


def test_bilateral_only_is_remembered_also_as_an_ini_file_gives_it_back() -> None:
    snapshot = SessionSnapshot(event_filter=EventFilter(bilateral_only=True))
    assert SessionSnapshot.from_settings(snapshot.to_settings()).event_filter.bilateral_only
    assert SessionSnapshot.from_settings({"filter/bilateral_only": "true"}).event_filter.bilateral_only
    assert not SessionSnapshot.from_settings({"filter/bilateral_only": "false"}).event_filter.bilateral_only
    assert not SessionSnapshot.from_settings({}).event_filter.bilateral_only


def test_the_shown_filter_leaves_out_the_hidden_lanes() -> None:
    session, _ = make_session()
    assert session.shown_filter == session.event_filter  # nothing hidden: the filter itself
    session.set_lane_visible("economy", False)
    assert session.shown_filter.categories == {"diplomacy", "treaties"}
    session.set_filter(EventFilter(categories=frozenset({"economy", "treaties"}), text="x"))
    assert session.shown_filter.categories == {"treaties"}
    assert session.shown_filter.text == "x"
