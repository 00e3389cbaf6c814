"""Ids and titles by rowid and rowids by id, in bulk: in the order asked, whatever the texts hold."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from azkz_desktop.data import text_queries
from azkz_desktop.data.connection import decode_text
from azkz_desktop.data.text_queries import SqlTexts


@pytest.fixture
def texts() -> SqlTexts:
    connection = sqlite3.connect(":memory:")
    connection.text_factory = decode_text
    connection.execute("CREATE TABLE events (id TEXT, title TEXT)")
    rows = [(f"e{number}", f"Title {number}") for number in range(1, 8)]
    connection.executemany("INSERT INTO events (id, title) VALUES (?, ?)", rows)
    connection.execute("DELETE FROM events WHERE rowid = 4")  # a gap, as after a deletion
    return SqlTexts(connection, "test.sqlite")


def test_bulk_texts_come_in_the_order_asked_with_repeats_and_unknown_rowids(texts: SqlTexts) -> None:
    assert texts.texts_of("id", [7, 1, 4, 99, 1]) == ["e7", "e1", "", "", "e1"]
    assert texts.texts_of("title", [2, 3]) == ["Title 2", "Title 3"]
    assert texts.texts_of("id", [5]) == ["e5"]


def test_a_text_holding_the_separator_is_not_split(texts: SqlTexts) -> None:
    texts._connection.execute("UPDATE events SET title = 'a\x1fb' WHERE rowid = 3")
    texts._connection.execute("UPDATE events SET title = NULL WHERE rowid = 5")
    assert texts.texts_of("title", [2, 3, 5, 6]) == ["Title 2", "a\x1fb", "", "Title 6"]
    assert texts.texts_of("title", [5]) == [""]


def test_questions_larger_than_a_chunk_are_asked_in_chunks(
    texts: SqlTexts, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_queries, "CHUNK", 2)
    assert texts.texts_of("id", [6, 5, 3, 2, 1]) == ["e6", "e5", "e3", "e2", "e1"]
    found = texts.rowids_of(["e6", "x", "e1", "e4", "e2", "e7"])
    assert found.dtype == np.int64 and found.tolist() == [6, 1, 2, 7]
    assert texts.rowids_of(["x", "y"]).tolist() == []
    assert texts.rowids_of(["e3"]).tolist() == [3]
