"""A selection made of rows fetches its ids only when asked; one made of ids looks its rows up once."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session.selection import Selection
from tests.session.fakes import LANES, ROWS, make_session


@pytest.fixture
def index() -> TimelineIndex:
    return TimelineIndex([ROWS], list(LANES))


def counted(index: TimelineIndex) -> list[str]:
    """Record every ids_of and rows_of question asked of `index`."""
    asked: list[str] = []
    ids_of, rows_of = index.ids_of, index.rows_of
    index.ids_of = lambda rows: asked.append("ids") or ids_of(rows)  # type: ignore[method-assign]
    index.rows_of = lambda ids: asked.append("rows") or rows_of(ids)  # type: ignore[method-assign]
    return asked


def test_rows_give_a_count_and_membership_without_fetching_every_id(index: TimelineIndex) -> None:
    rows = index.rows_of(["visit", "treaty", "pipeline"])
    asked = counted(index)
    chosen = Selection(index, rows=np.concatenate([rows, rows[:1]]))  # repeats count once
    assert len(chosen) == 3 and chosen.made_of_rows
    assert "visit" in chosen and "relations" not in chosen and "nobody" not in chosen
    assert chosen.rows.tolist() == sorted(rows.tolist())
    assert "ids" not in asked
    assert set(chosen) == {"visit", "treaty", "pipeline"}
    assert asked.count("ids") == 1 and not chosen.made_of_rows
    assert chosen.ids == {"visit", "treaty", "pipeline"}
    assert asked.count("ids") == 1  # kept


def test_ids_keep_those_the_index_lacks_and_find_their_rows_once(index: TimelineIndex) -> None:
    asked = counted(index)
    chosen = Selection(index, ids=["visit", "nobody"])
    assert len(chosen) == 2 and "nobody" in chosen
    assert chosen.rows.tolist() == index.rows_of(["visit"]).tolist()
    assert len(chosen.rows) == 1
    assert asked.count("rows") == 2  # once for the selection, once in this test


def test_equal_whatever_they_were_made_of(index: TimelineIndex) -> None:
    rows = index.rows_of(["visit", "treaty"])
    assert Selection(index, rows=rows) == Selection(index, rows=rows[::-1])
    assert Selection(index, rows=rows) == Selection(index, ids=["treaty", "visit"])
    assert Selection(index, rows=rows) == {"visit", "treaty"}
    assert Selection(index, rows=rows) != {"visit"}
    assert Selection(index) == frozenset() and not Selection(index)
    assert hash(Selection(index, rows=rows)) == hash(frozenset({"visit", "treaty"}))


def test_set_operations_give_plain_sets_of_ids(index: TimelineIndex) -> None:
    chosen = Selection(index, rows=index.rows_of(["visit", "treaty"]))
    assert chosen | {"exports"} == frozenset({"visit", "treaty", "exports"})
    assert isinstance(chosen ^ {"visit"}, frozenset) and chosen ^ {"visit"} == {"treaty"}


def test_the_earliest_and_the_rows_in_another_index(index: TimelineIndex) -> None:
    chosen = Selection(index, rows=index.rows_of(["visit", "treaty", "exports"]))
    assert chosen.first_in_time() == "treaty"  # 2001, before 2004 and 2005
    assert Selection(index).first_in_time() == ""
    other = TimelineIndex([[*ROWS[3:], *ROWS[:3]]], list(LANES))
    assert chosen.rows_in(other).tolist() == sorted(other.rows_of(["visit", "treaty", "exports"]).tolist())


def test_a_band_selects_rows_whose_current_is_the_earliest_and_a_filter_keeps_them_rows() -> None:
    session, _ = make_session()
    session.select_rows(session.index.rows_of(["visit", "exports", "treaty"]))
    assert session.current == "treaty" and session.selection.made_of_rows
    session.set_filter(EventFilter(categories=frozenset({"diplomacy", "economy"})))
    assert session.selection == {"visit", "exports"} and session.current == "visit"


def test_the_selection_s_filter_is_the_shown_filter_when_every_shown_event_is_selected() -> None:
    session, _ = make_session()
    economy = EventFilter(categories=frozenset({"economy"}))
    session.set_filter(economy)
    shown = session.index.rows_of(["exports", "pipeline"])
    session.select_rows(shown)
    assert session.selection_filter() == economy
    session.select_rows(shown[:1])
    assert session.selection_filter() == EventFilter(ids=frozenset(session.selection))
    session.clear_filter()
    session.select(["exports", "pipeline", "nobody"])  # an id no event has: not "every shown event"
    assert session.selection_filter().ids == {"exports", "pipeline", "nobody"}


@pytest.mark.parametrize(
    "values",
    [
        [],
        [7],
        [3, 3, 3],
        [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
        list(range(10, 0, -1)),
        np.arange(6).reshape(2, 3),
    ],
)
def test_rows_are_sorted_without_repeats_as_numpy_unique_gives_them(values) -> None:
    from azkz_desktop.session.selection import unique_rows

    got = unique_rows(values)
    expected = np.unique(np.asarray(values, dtype=np.int64))
    assert got.dtype == np.int64
    assert got.tolist() == expected.tolist()


def test_a_selection_owns_its_rows_rather_than_the_callers_array(index: TimelineIndex) -> None:
    rows = np.array([2, 0], dtype=np.int64)
    selection = Selection(index, rows=rows)
    rows[:] = 1
    assert selection.rows.tolist() == [0, 2]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.integers(min_value=-(1 << 40), max_value=1 << 40)
        | st.integers(min_value=-3, max_value=3000)
        | st.sampled_from([(1 << 31) - 1, 1 << 31, -(1 << 31), -(1 << 31) - 1]),
        max_size=300,
    )
)
def test_rows_sorted_as_32_bit_numbers_are_those_numpy_unique_gives(values: list[int]) -> None:
    """Rows that fit in 32 bits are sorted as such; any others as 64-bit numbers: the same answer."""
    from azkz_desktop.session.selection import unique_rows

    got = unique_rows(np.asarray(values, dtype=np.int64))
    assert got.dtype == np.int64
    assert got.tolist() == np.unique(np.asarray(values, dtype=np.int64)).tolist()


def test_distinct_rows_are_kept_as_given_until_asked_in_order(index: TimelineIndex) -> None:
    """A band's rows (each once, lane by lane): counted, drawn and tested for membership as given, and
    sorted the first time something asks for them in order; the same selection as made of any rows."""
    given_rows = index.rows_of(["visit", "treaty", "pipeline"])[::-1].copy()
    chosen = Selection(index, rows=given_rows, distinct=True)
    assert chosen.rows_any_order.tolist() == given_rows.tolist()  # not sorted
    assert len(chosen) == 3 and "visit" in chosen and "relations" not in chosen and "nobody" not in chosen
    assert chosen.rows_any_order.tolist() == given_rows.tolist()  # membership sorted nothing either
    assert chosen.first_in_time() == Selection(index, rows=given_rows).first_in_time()
    assert chosen.rows.tolist() == sorted(given_rows.tolist())
    assert chosen.rows_any_order.tolist() == sorted(given_rows.tolist())  # sorted once, then so
    assert chosen == Selection(index, rows=given_rows) == {"visit", "treaty", "pipeline"}
    assert chosen.ids == {"visit", "treaty", "pipeline"}
    given_rows[:] = 0
    assert chosen.rows.tolist() != [0, 0, 0]  # its own rows, not the caller's array


def test_distinct_rows_give_the_same_views_as_sorted_ones(index: TimelineIndex) -> None:
    """Everything a view reads of a selection, from rows given in any order and from sorted ones."""
    given_rows = index.rows_of(["exports", "visit", "pipeline", "treaty"])
    distinct = Selection(index, rows=given_rows[::-1], distinct=True)
    sorted_ = Selection(index, rows=given_rows)
    assert sorted(distinct.rows_in(index).tolist()) == sorted_.rows_in(index).tolist()
    assert distinct.by_date().tolist() == sorted_.by_date().tolist()
    assert distinct.by_date(2).tolist() == sorted_.by_date(2).tolist()
    other = TimelineIndex([[*ROWS[3:], *ROWS[:3]]], list(LANES))
    assert distinct.rows_in(other).tolist() == sorted_.rows_in(other).tolist()


def test_a_band_s_rows_select_as_distinct_and_add_to_a_selection() -> None:
    session, _ = make_session()
    rows = session.index.rows_of(["visit", "exports", "treaty"])[::-1].copy()
    session.select_rows(rows, distinct=True)
    assert session.current == "treaty" and session.selection == {"visit", "exports", "treaty"}
    assert sorted(session.selected_rows_in(session.index).tolist()) == session.selected_rows.tolist()
    session.select_rows(session.index.rows_of(["pipeline", "visit"]), add=True, distinct=True)
    assert session.selection == {"visit", "exports", "treaty", "pipeline"}
    assert session.selected_rows.tolist() == sorted(session.selected_rows.tolist())
