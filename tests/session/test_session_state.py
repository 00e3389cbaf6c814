"""Window, selection and lanes: every rule the views rely on, driven without Qt."""

from __future__ import annotations

import numpy as np
import pytest

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session import MIN_WINDOW_DAYS, EventDetails, SessionSnapshot
from tests.session.fakes import LANES, ROWS, FakeQueries, Recorder, day, make_session, row


def test_starts_showing_every_event_with_room_at_the_ends() -> None:
    session, _ = make_session()
    window = session.window
    assert window.start < day(1992, 8, 27) and window.end > day(2006, 1, 13)
    assert window == session.padded_full_range
    assert session.selection == frozenset() and session.current == ""


def test_zoom_around_a_day_keeps_it_at_the_same_place() -> None:
    session, _ = make_session()
    before = session.window
    anchor = before.start + 0.3 * before.length
    session.zoom_around(anchor, 1.25**3)
    after = session.window
    assert after.length == pytest.approx(before.length / 1.25**3)
    assert (anchor - after.start) / after.length == pytest.approx(0.3)


def test_zoom_stops_at_a_few_days_and_at_a_little_more_than_everything() -> None:
    session, _ = make_session()
    for _ in range(200):
        session.zoom_around(session.window.center, 1.25)
    assert session.window.length == pytest.approx(MIN_WINDOW_DAYS)
    for _ in range(200):
        session.zoom_around(session.window.center, 0.8)
    assert session.window.length == pytest.approx(session.limits.max_length)
    assert session.limits.max_length == pytest.approx(session.padded_full_range.length * 2.0)


def test_pan_and_fit_all() -> None:
    session, _ = make_session()
    full = session.window
    session.zoom_around(full.center, 1.5)
    zoomed = session.window
    session.pan_by_fraction(0.1)
    assert session.window.start == pytest.approx(zoomed.start + 0.1 * zoomed.length)
    assert session.window.length == pytest.approx(zoomed.length)
    session.fit_all()
    assert session.window == full


def test_the_data_is_never_panned_wholly_out_of_view() -> None:
    session, _ = make_session()
    session.set_window(DaySpan(day(2000), day(2001)))
    session.pan_by(1_000_000)
    assert session.window.center == pytest.approx(session.padded_full_range.end)
    session.center_on(-1_000_000)
    assert session.window.center == pytest.approx(session.padded_full_range.start)


def test_a_single_day_of_data_still_gets_a_window_of_a_few_days() -> None:
    session, _ = make_session([row("only", day(2000))])
    assert session.limits.full_range.length == MIN_WINDOW_DAYS
    assert session.window.length > MIN_WINDOW_DAYS


def test_window_changed_fires_only_for_a_real_change_and_carries_the_span() -> None:
    session, _ = make_session()
    recorder = Recorder(session)
    session.set_window(DaySpan(day(2000), day(2002)))
    session.set_window(DaySpan(day(2000), day(2002)))
    assert recorder.calls == [("window_changed", (DaySpan(day(2000), day(2002)),))]


def test_select_toggle_add_and_clear() -> None:
    session, _ = make_session()
    session.select(["treaty"], current="treaty")
    assert session.selection == {"treaty"} and session.current == "treaty"
    session.toggle("relations")
    assert session.selection == {"treaty", "relations"} and session.current == "relations"
    session.add(["visit"])
    assert session.current == "relations"  # still selected, so still current
    session.toggle("treaty")
    assert session.selection == {"relations", "visit"}
    assert session.current == "treaty"  # taken out, but Left/Right still step from it
    session.add(["exports"])
    assert session.selection == {"relations", "visit", "exports"}
    assert session.current == "exports"  # the old current is not selected: the first by id
    session.clear_selection()
    assert session.selection == frozenset() and session.current == ""


def test_current_defaults_to_the_first_selected_when_the_old_one_leaves() -> None:
    session, _ = make_session()
    session.select(["visit"], current="visit")
    session.select(["treaty", "exports"])
    assert session.current == "exports"  # the first by id


def test_selection_and_current_are_both_set_before_anyone_is_told() -> None:
    session, _ = make_session()
    seen: list[tuple[str, frozenset[str], str]] = []
    session.selection_changed.connect(lambda: seen.append(("selection", session.selection, session.current)))
    session.current_changed.connect(lambda cur: seen.append(("current", session.selection, cur)))
    session.select(["visit"], current="visit")
    assert seen == [
        ("selection", frozenset({"visit"}), "visit"),
        ("current", frozenset({"visit"}), "visit"),
    ]
    seen.clear()
    session.select(["visit"], current="visit")
    assert seen == []


def test_the_details_follow_the_selection_and_activation_brings_them_forward() -> None:
    session, _ = make_session()
    recorder = Recorder(session)
    session.select(["visit"], current="visit")
    assert session.details == EventDetails("visit")
    recorder.clear()
    session.activate("visit")
    assert recorder.calls == [("activated", ("visit",))]  # the same details: no details_changed


def test_hide_move_and_restore_lanes() -> None:
    session, _ = make_session()
    recorder = Recorder(session)
    session.set_lane_visible("treaties", False)
    assert session.visible_lanes == ["diplomacy", "economy"]
    assert not session.is_lane_visible("treaties")
    session.move_lane("economy", -1)  # past the hidden "treaties", over "diplomacy"
    assert session.visible_lanes == ["economy", "diplomacy"]
    assert session.lane_order == ["economy", "diplomacy", "treaties"]
    recorder.clear()
    session.move_lane("economy", -1)  # already at the top
    session.set_lane_visible("treaties", False)  # already hidden
    session.move_lane("treaties", 1)  # hidden lanes do not move
    assert recorder.calls == []
    session.restore(
        SessionSnapshot(
            lane_order=("treaties", "unknown", "diplomacy"), hidden_lanes=frozenset({"unknown", "diplomacy"})
        )
    )
    assert session.lane_order == ["treaties", "diplomacy", "economy"]
    assert session.hidden_lanes == {"diplomacy"}
    session.reset_lanes()
    assert session.lane_order == ["diplomacy", "treaties", "economy"] and session.hidden_lanes == frozenset()


def test_lanes_the_filter_leaves_out_are_not_drawn() -> None:
    session, _ = make_session()
    session.set_filter(EventFilter(categories=frozenset({"economy", "treaties"})))
    session.set_lane_visible("treaties", False)
    assert session.shown_lanes == ["economy"]


def test_filter_changed_fires_only_for_a_real_change() -> None:
    session, queries = make_session()
    recorder = Recorder(session)
    session.set_filter(EventFilter())
    assert recorder.calls == [] and queries.asked == []
    wanted = EventFilter(text="visit")
    session.set_filter(wanted)
    session.set_filter(EventFilter(text="visit"))
    assert recorder.names.count("filter_changed") == 1
    assert session.event_filter == wanted and queries.asked == [wanted]
    session.clear_filter()
    assert session.event_filter.is_empty and session.shown_mask is None


def test_every_event_row_is_known() -> None:
    session, _ = make_session()
    assert len(session.index) == len(ROWS)


def test_rows_select_their_events_and_are_kept_as_the_selection_s_rows() -> None:
    session, _ = make_session()
    index = session.index
    rows = index.rows_of(["visit", "treaty"])
    lookups: list[object] = []
    original = index.rows_of
    index.rows_of = lambda ids: lookups.append(ids) or original(ids)  # type: ignore[method-assign]
    session.select_rows(rows[::-1])
    assert session.selection == {"visit", "treaty"} and session.current == "treaty"
    assert sorted(session.selected_rows.tolist()) == sorted(rows.tolist())
    assert lookups == []  # the rows were given: nobody looks them up again
    session.select_rows(index.rows_of(["exports"]), add=True)
    assert session.selection == {"visit", "treaty", "exports"}
    assert sorted(session.selected_rows.tolist()) == sorted(
        index.rows_of(["visit", "treaty", "exports"]).tolist()
    )
    session.select(["relations"])
    assert session.selected_rows.tolist() == index.rows_of(["relations"]).tolist()
    session.select_rows(np.empty(0, np.int64))
    assert session.selection == frozenset() and session.selected_rows.tolist() == []


def test_a_filter_unselects_by_rows_and_keeps_the_rows_of_what_stays() -> None:
    session, _ = make_session()
    session.select(["visit", "treaty", "exports"], current="visit")
    session.set_filter(EventFilter(categories=frozenset({"diplomacy", "economy"})))
    assert session.selection == {"visit", "exports"} and session.current == "visit"
    assert sorted(session.selected_rows.tolist()) == sorted(
        session.index.rows_of(["visit", "exports"]).tolist()
    )


def test_a_new_index_finds_the_selection_s_rows_anew() -> None:
    session, _ = make_session()
    session.select(["visit", "treaty"])
    index = TimelineIndex([[*ROWS[3:], *ROWS[:3]]], list(LANES))  # the same events in other rows
    assert sorted(session.selected_rows_in(index).tolist()) == sorted(
        index.rows_of(["visit", "treaty"]).tolist()
    )
    session.replace_index(index, FakeQueries(index))
    assert session.selection == {"visit", "treaty"}
    assert sorted(session.selected_rows.tolist()) == sorted(index.rows_of(["visit", "treaty"]).tolist())
