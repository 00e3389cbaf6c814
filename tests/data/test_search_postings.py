"""The stored hits of frequent search words: the same hits as the full-text index, or not used at all."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azkz_desktop import exit_codes
from azkz_desktop.data.check import check_database
from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.event_texts import mask_for_rowid_flags
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.row_queries import DatabaseRows
from azkz_desktop.data.search_postings import (
    TABLE,
    frequent_terms,
    lookup_key,
    store_postings,
    stored_queries,
)
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.data.workspace import OwnEventDraft, open_workspace
from azkz_desktop.session import Session
from azkz_desktop.session.shown_lanes import shown_in_lane
from azkz_desktop.session.workspace_data import WorkspaceDatabase

MIN_HITS = 8  # low, so that the bundled database's few events have frequent words


def with_postings(folder: Path, *statements: str, min_hits: int = MIN_HITS) -> Path:
    """A copy of the bundled database with the bitmaps of the words `min_hits` events hold, then
    `statements` run on it."""
    path = folder / "postings.sqlite"
    shutil.copyfile(bundled_database_path(), path)
    connection = sqlite3.connect(path)
    try:
        store_postings(connection, min_hits)
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[RelationsDatabase, list[str]]:
    """The database with bitmaps, and the frequent words they were made for."""
    path = with_postings(tmp_path_factory.mktemp("postings"))
    connection = sqlite3.connect(path)
    try:
        terms = frequent_terms(connection, MIN_HITS)
    finally:
        connection.close()
    return open_database(path), terms


def from_index(database: RelationsDatabase, text: str) -> np.ndarray:
    """The rowids the full-text index gives for `text`, the bitmaps set aside."""
    postings = database._postings
    kept, postings._bits = postings._bits, 0
    try:
        return np.sort(database.filtered_rowids(EventFilter(text=text)))
    finally:
        postings._bits = kept


def test_the_build_stores_each_frequent_word_and_its_beginnings(
    stored: tuple[RelationsDatabase, list[str]],
) -> None:
    database, terms = stored
    assert len(terms) >= 5  # the bundled events share words like "kazakhstan"
    queries = stored_queries(terms)
    assert '"kazakhstan"' in queries and '"kazakhstan"*' in queries and '"k"*' in queries
    assert len(queries) == len(set(queries))
    assert database._postings.usable()


def test_stored_words_give_the_hits_of_the_index(stored: tuple[RelationsDatabase, list[str]]) -> None:
    database, terms = stored
    for term in terms:
        for text in (term, term[:3], term.upper(), f"{term} {terms[0][:2]}"):
            hits = database._postings.hits(text)
            assert hits is not None, text
            assert np.array_equal(
                np.sort(database.filtered_rowids(EventFilter(text=text))), from_index(database, text)
            )


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_search_gives_the_hits_of_the_index(
    stored: tuple[RelationsDatabase, list[str]], data: st.DataObject
) -> None:
    """Stored words, their beginnings in any case, words not stored and odd characters, alone or together."""
    database, terms = stored
    word = st.one_of(
        st.sampled_from(terms).flatmap(lambda term: st.integers(1, len(term)).map(lambda n: term[:n])),
        st.sampled_from(terms).map(str.title),
        st.text(alphabet='abkz"*- ÉéқҚ', min_size=1, max_size=6),
    )
    text = " ".join(data.draw(st.lists(word, min_size=1, max_size=3)))
    found = np.sort(database.filtered_rowids(EventFilter(text=text)))
    assert np.array_equal(found, from_index(database, text))


def test_only_a_word_the_index_reads_alike_is_looked_up() -> None:
    assert lookup_key("Kazakh", True) == lookup_key("kazakh", True) == '"kazakh"*'
    assert lookup_key("Kazakh", False) == '"kazakh"'
    assert lookup_key("Қазақ", True) == '"Қазақ"*'  # not folded here: not stored, so the index answers
    assert lookup_key('say"', False) == '"say"""'


def test_the_mask_of_a_stored_word_is_the_mask_of_the_index(
    stored: tuple[RelationsDatabase, list[str]],
) -> None:
    database, terms = stored
    index = database.timeline_index()
    rows = DatabaseRows(database, index)
    text = terms[0][:4]
    mask = rows.mask_matching(EventFilter(text=text))
    expected = np.zeros(len(index), dtype=bool)
    expected[index.rows_of_rowids(from_index(database, text))] = True
    assert mask.any() and np.array_equal(mask, expected)
    both = rows.mask_matching(EventFilter(text=text, categories=frozenset({"diplomacy"})))
    assert np.array_equal(
        both, expected & (np.asarray(index.category_codes) == index.categories.index("diplomacy"))
    )


def test_a_changed_search_index_is_not_trusted_and_check_says_so(tmp_path: Path) -> None:
    gone = "(SELECT min(rowid) FROM events_fts WHERE events_fts MATCH 'kazakhstan')"
    path = with_postings(tmp_path, f"DELETE FROM events_fts WHERE rowid = {gone}")
    database = open_database(path)
    assert not database._postings.usable() and database._postings.hits("kazakhstan") is None
    before = open_database(with_postings(tmp_path / "..", min_hits=MIN_HITS)).filtered_rowids(
        EventFilter(text="kazakhstan")
    )
    after = database.filtered_rowids(EventFilter(text="kazakhstan"))  # the index answers, one event fewer
    assert len(after) == len(before) - 1
    report = check_database(path)
    assert any("full-text index changed" in problem for problem in report.problems)
    assert report.exit_code == exit_codes.CHECK_ARRAYS


def test_a_tampered_bitmap_is_reported_by_check(tmp_path: Path) -> None:
    path = with_postings(
        tmp_path, f"UPDATE {TABLE} SET bits = zeroblob(length(bits)) WHERE query = '\"kazakhstan\"'"
    )
    report = check_database(path)
    assert any('"kazakhstan" do not match' in problem for problem in report.problems)
    assert report.exit_code == exit_codes.CHECK_ARRAYS


def test_without_bitmaps_every_search_asks_the_index(tmp_path: Path) -> None:
    path = with_postings(tmp_path, f"DROP TABLE {TABLE}")
    database = open_database(path)
    assert not database._postings.usable()
    assert len(database.filtered_rowids(EventFilter(text="kazakhstan"))) > 0
    assert "arrays" not in check_database(path).kinds


def test_the_bundled_database_has_current_bitmaps(bundled_db_path: Path) -> None:
    database = open_database(bundled_db_path)
    assert database._postings.usable()  # made by the build, matching its index (none frequent enough)
    assert "arrays" not in check_database(bundled_db_path).kinds


def rows_mask(index: TimelineIndex, rowids: np.ndarray) -> np.ndarray:
    mask = np.zeros(len(index), dtype=bool)
    mask[index.rows_of_rowids(rowids)] = True
    return mask


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_search_masks_the_rows_the_index_finds(
    stored: tuple[RelationsDatabase, list[str]], data: st.DataObject
) -> None:
    database, terms = stored
    index = database.timeline_index()
    word = st.one_of(
        st.sampled_from(terms).flatmap(lambda term: st.integers(1, len(term)).map(lambda n: term[:n])),
        st.text(alphabet="abkz ", min_size=1, max_size=4),
    )
    text = " ".join(data.draw(st.lists(word, min_size=1, max_size=2)))
    mask = DatabaseRows(database, index).mask_matching(EventFilter(text=text))
    assert np.array_equal(mask, rows_mask(index, from_index(database, text)))


def test_rowids_with_gaps_and_hits_of_no_event_map_to_the_same_rows(tmp_path: Path) -> None:
    """Events deleted after the build (their search rows stay): the index is read row by row, its rowids
    have gaps, and hits of no event are left out."""
    path = with_postings(tmp_path, "DELETE FROM events WHERE rowid % 7 = 3")
    database = open_database(path)
    index = database.timeline_index()
    assert index.slow_reason and not getattr(index.rowids, "consecutive", False)
    assert database.stored_search_mask("kaz", index) is not None
    mask = DatabaseRows(database, index).mask_matching(EventFilter(text="kaz"))
    assert mask.any() and np.array_equal(mask, rows_mask(index, from_index(database, "kaz")))


def test_flags_over_rowids_become_rows_whether_rowids_run_on_or_not() -> None:
    flags = np.zeros(12, dtype=bool)
    flags[[2, 5, 11]] = True
    gaps = np.array([2, 3, 5, 9, 11, 40], dtype=np.int64)
    assert mask_for_rowid_flags(gaps, flags).tolist() == [True, False, True, False, True, False]

    class Consecutive:  # rowids 1..n, as RowidsByRow says of a build's rows
        consecutive = True

        def __init__(self, count: int) -> None:
            self.count = count

        def __len__(self) -> int:
            return self.count

    assert np.flatnonzero(mask_for_rowid_flags(Consecutive(20), flags)).tolist() == [1, 4, 10]
    assert np.flatnonzero(mask_for_rowid_flags(Consecutive(5), flags)).tolist() == [1, 4]
    assert not mask_for_rowid_flags(Consecutive(3), np.zeros(0, dtype=bool)).any()


def test_with_a_workspace_notes_and_own_events_still_count(tmp_path: Path) -> None:
    database = open_database(with_postings(tmp_path))
    workspace = open_workspace(tmp_path / "workspace.sqlite", database.category_ids())
    try:
        data = WorkspaceDatabase(database, workspace)
        index = data.timeline_index()
        rows = DatabaseRows(data, index)
        plain = rows.mask_matching(EventFilter(text="kazakh"))
        assert data.stored_search_mask("kazakh", index) is not None
        unfound = next(row for row in range(len(index)) if not plain[row])
        workspace.set_note(index.ids[unfound], "kazakhstan in a note")
        assert data.stored_search_mask("kazakh", index) is None
        noted = DatabaseRows(data, index).mask_matching(EventFilter(text="kazakh"))
        assert noted[unfound] and np.array_equal(np.delete(noted, unfound), np.delete(plain, unfound))
        workspace.set_note(index.ids[unfound], "")
        mine = workspace.add_own_event(
            OwnEventDraft(start="2012-05", title="Kazakh grain", category="economy", source_text="own")
        )
        merged = data.timeline_index()
        assert data.stored_search_mask("kazakh", merged) is None
        found = DatabaseRows(data, merged).mask_matching(EventFilter(text="kazakh"))
        assert found[merged.row_of(mine.id)] and int(found.sum()) == int(plain.sum()) + 1
    finally:
        workspace.close()


def test_a_search_of_stored_words_gives_each_lane_its_flags_ready(
    stored: tuple[RelationsDatabase, list[str]],
) -> None:
    """The session's lanes take the bitmaps' flags in the lanes' order: each equals the mask taken along
    the lane's rows, and no lane gathers the mask."""
    database, terms = stored
    index = database.timeline_index()
    rows = DatabaseRows(database, index)
    session = Session(index, rows)
    for text in (terms[0], terms[1][:2], f"{terms[0]} {terms[2][:3]}"):
        session.set_filter(EventFilter(text=text))
        mask = session.shown_mask
        assert mask is not None and rows.lane_flags(mask) is not None, text
        assert session.shown_count() == int(np.count_nonzero(mask))  # the lanes' counts, added up
        for lane in index.lanes.values():
            shown = shown_in_lane(lane, mask)
            assert shown.flags is rows.lane_flags(mask)[lane.category]  # given, not gathered
            assert np.array_equal(shown.flags, mask[lane.rows]) and shown.count == int(mask[lane.rows].sum())
    session.set_filter(EventFilter(text=terms[0], categories=frozenset({"diplomacy", "economy"})))
    assert (
        session.shown_mask is not None and rows.lane_flags(session.shown_mask) is None
    )  # not the words alone


def test_lane_flags_only_for_the_index_of_the_stored_arrays(tmp_path: Path) -> None:
    database = open_database(with_postings(tmp_path))
    workspace = open_workspace(tmp_path / "workspace.sqlite", database.category_ids())
    try:
        data = WorkspaceDatabase(database, workspace)
        bundled = data.timeline_index()
        assert data.stored_search_lanes("kazakh", bundled) is not None
        workspace.add_own_event(
            OwnEventDraft(start="2012-05", title="Grain", category="economy", source_text="own")
        )
        merged = data.timeline_index()
        assert merged is not bundled and data.stored_search_lanes("kazakh", merged) is None
        mask = DatabaseRows(data, merged).mask_matching(EventFilter(text="kazakh"))
        assert np.array_equal(
            mask[: len(bundled)], DatabaseRows(data, bundled).mask_matching(EventFilter(text="kazakh"))
        )
    finally:
        workspace.close()


def test_a_tampered_lane_bitmap_is_reported_by_check(tmp_path: Path) -> None:
    path = with_postings(
        tmp_path, f"UPDATE {TABLE} SET lane_bits = zeroblob(length(lane_bits)) WHERE query = '\"k\"*'"
    )
    report = check_database(path)
    assert any('"k"* do not match' in problem for problem in report.problems)


def test_without_timeline_arrays_the_lanes_gather_the_mask(tmp_path: Path) -> None:
    """Bitmaps stored where the timeline arrays are missing have no lane order: the mask still comes
    from them, and the lanes gather it."""
    path = tmp_path / "no-arrays.sqlite"
    shutil.copyfile(bundled_database_path(), path)
    connection = sqlite3.connect(path)
    try:
        connection.execute("DROP TABLE timeline_arrays")
        assert store_postings(connection, MIN_HITS) > 0
        assert connection.execute(f"SELECT count(*) FROM {TABLE} WHERE lane_bits IS NOT NULL").fetchone() == (
            0,
        )
        connection.commit()
    finally:
        connection.close()
    database = open_database(path)
    index = database.timeline_index()
    rows = DatabaseRows(database, index)
    mask = rows.mask_matching(EventFilter(text="kaz"))
    assert rows.lane_flags(mask) is None and database.stored_search_mask("kaz", index) is not None
    assert mask.any() and np.array_equal(mask, rows_mask(index, from_index(database, "kaz")))
    assert "arrays" in check_database(path).kinds  # the missing timeline arrays, not the search hits
    assert not [problem for problem in check_database(path).problems if problem.startswith("search")]
