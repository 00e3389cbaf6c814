"""The starred events as the session keeps them: ids, and a mask over the index's rows the timeline draws."""

from __future__ import annotations

from azkz_desktop.data.timeline_index import TimelineIndex
from tests.session.fakes import LANES, ROWS, FakeQueries, Recorder, day, make_session, row


def test_stars_become_a_mask_over_the_rows_and_are_told_once() -> None:
    session, _ = make_session()
    recorder = Recorder(session)
    assert session.starred_mask is None  # nothing starred: the painter has nothing to do
    session.set_starred(["visit", "pipeline", "gone-from-the-data"])
    assert recorder.names == ["stars_changed"]
    mask = session.starred_mask
    assert mask is not None and mask.dtype == bool and len(mask) == len(session.index)
    starred_rows = sorted(int(r) for r in mask.nonzero()[0])
    assert starred_rows == sorted(session.index.row_of(i) for i in ("visit", "pipeline"))
    assert session.is_starred("visit") and not session.is_starred("treaty")
    assert session.is_starred("gone-from-the-data")  # kept by id, though no row shows it
    recorder.clear()
    session.set_starred(["pipeline", "visit", "gone-from-the-data"])  # the same set: nothing to tell
    assert recorder.names == []
    session.set_starred([])
    assert recorder.names == ["stars_changed"] and session.starred_mask is None


def test_a_new_index_keeps_the_stars_on_their_events() -> None:
    session, _ = make_session()
    session.set_starred(["visit", "mine-new"])
    index = TimelineIndex([[row("mine-new", day(2010)), *ROWS]], LANES)  # every row moves down by one
    recorder = Recorder(session)
    session.replace_index(index, FakeQueries(index))
    assert "stars_changed" in recorder.names
    assert recorder.names.index("mask_changed") < recorder.names.index("stars_changed")
    mask = session.starred_mask
    assert mask is not None and len(mask) == len(index)
    assert {index.ids[int(r)] for r in mask.nonzero()[0]} == {"visit", "mine-new"}
