"""Ids and titles fetched on demand: one query per screenful or bulk question, then served from a cache."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from azkz_desktop.data import event_texts
from azkz_desktop.data.event_texts import LazyTexts, rows_for_rowids


class CountingSource:
    """A fake database: rowid r has id "e{r}" and title "Title {r}"; it counts the questions asked."""

    def __init__(self) -> None:
        self.queries: list[tuple[str, int]] = []

    def texts_of(self, column: str, rowids: Sequence[int]) -> list[str]:
        self.queries.append((column, len(rowids)))
        return [f"e{rowid}" if column == "id" else f"Title {rowid}" for rowid in rowids]

    def rowids_of(self, event_ids: Sequence[str]) -> np.ndarray:
        self.queries.append(("rowid", len(event_ids)))
        found = [int(event_id[1:]) for event_id in event_ids if event_id.startswith("e")]
        return np.asarray(found, dtype=np.int64)


ROWIDS = np.array([3, 5, 8, 13, 21], dtype=np.int64)  # rows 0..4; rowids with gaps, as after deletions


def test_a_row_is_fetched_once_then_cached() -> None:
    source = CountingSource()
    texts = LazyTexts(source, ROWIDS)
    assert texts.titles[2] == "Title 8" and texts.titles[2] == "Title 8"
    assert texts.ids[-1] == "e21"
    assert source.queries == [("title", 1), ("id", 1)]
    with pytest.raises(IndexError):
        texts.ids[5]


def test_many_rows_take_one_query_for_those_not_cached() -> None:
    source = CountingSource()
    texts = LazyTexts(source, ROWIDS)
    texts.ids[1]
    assert texts.ids_of(np.array([4, 1, 0, 4])) == ["e21", "e5", "e3", "e21"]
    assert source.queries == [("id", 1), ("id", 2)]


def test_the_cache_forgets_the_least_recently_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_texts, "CACHE_SIZE", 2)
    source = CountingSource()
    texts = LazyTexts(source, ROWIDS)
    texts.titles[0], texts.titles[1], texts.titles[0], texts.titles[2]  # row 1 is now the oldest
    source.queries.clear()
    texts.titles[0]
    assert source.queries == []
    texts.titles[1]
    assert source.queries == [("title", 1)]


def test_rows_of_ids_map_rowids_back_to_rows_and_drop_unknown_ones() -> None:
    source = CountingSource()
    texts = LazyTexts(source, ROWIDS)
    assert texts.rows_of(["e13", "x", "e4", "e3"]).tolist() == [3, 0]
    assert rows_for_rowids(ROWIDS, np.array([22, 2, 5])).tolist() == [1]
    assert rows_for_rowids(ROWIDS[:0], np.array([1])).tolist() == []


def test_rowids_without_gaps_map_to_rows_by_offset_as_a_search_would() -> None:
    dense = np.arange(7, 107, dtype=np.int64)  # as the build writes them: no gaps
    wanted = np.array([7, 106, 50, 6, 107, 200, -1, 50], dtype=np.int64)
    expected = [0, 99, 43, 43]  # in the order given, unknown rowids left out, repeats kept
    assert rows_for_rowids(dense, wanted).tolist() == expected
    gapped = np.concatenate([dense, [500]])  # the same with a gap: the bisecting way, same answer
    assert rows_for_rowids(gapped, wanted).tolist() == expected
    assert rows_for_rowids(dense, wanted).dtype == np.int64


def test_the_row_of_one_id_is_asked_once_then_remembered() -> None:
    source = CountingSource()
    texts = LazyTexts(source, ROWIDS)
    assert texts.rows_of(["e13"]).tolist() == [3]
    assert texts.rows_of(["e13"]).tolist() == [3]
    assert source.queries == [("rowid", 1)]
    assert texts.rows_of(["e4"]).tolist() == [] and texts.rows_of(["e4"]).tolist() == []
    assert texts.rows_of(["nowhere"]).tolist() == []
    assert source.queries[1:] == [("rowid", 1)] * 3, "ids of no row are asked again, not remembered"
    assert texts.rows_of(["e13", "e21"]).tolist() == [3, 4]
    assert source.queries[-1] == ("rowid", 2), "several ids: one query, as before"
