"""The export's rows: in date order however many there are and whatever order the table holds them in,
the same whether their buckets wait in memory or in temporary files, with every source of an event, and
streamed (never all held at once)."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from azkz_desktop.data import export_order, export_rows
from azkz_desktop.data.database import open_database
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.workspace.records import ORIGIN_BUNDLED, ORIGIN_MINE, OwnEvent
from azkz_desktop.data.workspace.rows import merged_export_rows


def in_chunks_of_three(monkeypatch: pytest.MonkeyPatch) -> None:
    """Buckets of a few places, so the bundled database's events wait in many buckets, in blocks of two:
    the first blocks kept in memory, the rest in a temporary file."""
    monkeypatch.setattr(export_rows, "FETCH_ROWS", 2)
    monkeypatch.setattr(export_order, "BUCKET_ROWS", 3)
    monkeypatch.setattr(export_order, "FLUSH_ROWS", 2)
    monkeypatch.setattr(export_order, "KEPT_BYTES", 1_000)


def test_rows_from_temporary_buckets_are_the_rows_kept_in_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = open_database(bundled_database_path())
    in_memory = list(database.export_rows(EventFilter()))
    in_chunks_of_three(monkeypatch)
    files: list[IO[bytes]] = []
    temporary_file = tempfile.TemporaryFile

    def recorded() -> IO[bytes]:
        files.append(temporary_file())
        return files[-1]

    monkeypatch.setattr(export_order.tempfile, "TemporaryFile", recorded)
    merged = list(database.export_rows(EventFilter()))
    assert merged == in_memory
    assert files  # some blocks went to a temporary file, closed once written out
    assert all(file.closed for file in files)
    assert len(merged) == database.summary().event_count
    spans = [DateSpan.parse(row[1], row[3] or None) for row in merged]
    keys = [(span.first_day(), span.last_day(), row[0]) for span, row in zip(spans, merged, strict=True)]
    assert keys == sorted(keys)


def test_every_source_of_an_event_is_in_its_one_row(monkeypatch: pytest.MonkeyPatch) -> None:
    database = open_database(bundled_database_path())
    in_chunks_of_three(monkeypatch)  # an event's sources may fall into different runs
    rows = {row[0]: row for row in database.export_rows(EventFilter())}
    several = [event_id for event_id in rows if len(database.event(event_id).sources) > 1]
    assert several, "the bundled data has events with several sources"
    for event_id in several:
        event = database.event(event_id)
        quotes = [source.quote for source in event.sources if source.quote]
        assert rows[event_id][13] == "\n".join(quotes)
        assert len(rows[event_id][12].split("\n")) == len(event.sources)


def test_the_export_is_read_as_it_is_written() -> None:
    database = open_database(bundled_database_path())
    rows = database.export_rows(EventFilter())
    first = next(rows)
    assert isinstance(first, tuple) and len(first) == 15  # a generator: the rest is not read yet
    assert len(list(rows)) == database.summary().event_count - 1


def test_text_that_is_not_utf8_is_read_with_the_forgiving_decoder(
    modified_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    last = "(SELECT max(rowid) FROM events)"
    path = modified_copy(
        f"UPDATE events SET title = CAST(x'ff41' AS TEXT) WHERE rowid = {last}", arrays=False
    )
    in_chunks_of_three(monkeypatch)
    database = open_database(path)
    rows = list(database.export_rows(EventFilter()))
    assert len(rows) == database.summary().event_count
    assert len({row[0] for row in rows}) == len(rows)  # the query ran again from where it was
    (bad_id,) = sqlite3.connect(path).execute(f"SELECT id FROM events WHERE rowid = {last}").fetchone()
    assert next(row for row in rows if row[0] == bad_id)[6] == "\ufffdA"


def test_own_events_are_merged_into_the_streamed_rows_in_date_order() -> None:
    database = open_database(bundled_database_path())
    bundled = list(database.export_rows(EventFilter()))
    middle = DateSpan.parse(bundled[len(bundled) // 2][1])
    own = [
        OwnEvent("mine-late", DateSpan.parse("2099-01-01"), "Later than all", "diplomacy"),
        OwnEvent("mine-early", DateSpan.parse("1900"), "Earlier than all", "diplomacy"),
        OwnEvent("mine-middle", middle, "Beside a bundled event", "diplomacy"),
    ]
    merged = list(merged_export_rows(iter(bundled), own, {"mine-early": "my note"}))
    assert len(merged) == len(bundled) + 3
    assert merged[0][0] == "mine-early" and merged[0][-2:] == (ORIGIN_MINE, "my note")
    assert merged[-1][0] == "mine-late"
    assert [row[:15] for row in merged if row[-2] == ORIGIN_BUNDLED] == bundled
    spans = [DateSpan.parse(row[1], row[3] or None) for row in merged]
    days = [(span.first_day(), span.last_day()) for span in spans]
    assert days == sorted(days)


def test_values_holding_quotes_or_the_cell_separator_come_back_whole(
    modified_copy: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = modified_copy(
        """UPDATE events SET title = 'a","b ' || char(34) || 'c' || char(31) || 'd' WHERE rowid = 1""",
        "UPDATE events SET summary = '=1+2' WHERE rowid = 2",
        arrays=False,
    )
    in_chunks_of_three(monkeypatch)
    database = open_database(path)
    connection = sqlite3.connect(path)
    (first,), (second,) = connection.execute("SELECT id FROM events WHERE rowid IN (1, 2) ORDER BY rowid")
    rows = {row[0]: row for row in database.export_rows(EventFilter())}
    assert rows[first][6] == 'a","b "c\x1fd' and len(rows[first]) == 15
    assert rows[second][9] == "=1+2"
