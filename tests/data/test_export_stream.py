"""The streamed export against the plainest way to make it: one query sorted by SQLite, every event's
values built from its own queries, written by the generic writer. Byte for byte, on the bundled database
and on a synthetic one whose rows are far from date order, with ties, quotes, formulas, several sources
and people; and Records, the writer's fast path, against writing the same rows one by one."""

from __future__ import annotations

import io
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azkz_desktop.data import export_order, export_rows
from azkz_desktop.data.database import open_database
from azkz_desktop.data.dates import DateSpan, PartialDate
from azkz_desktop.data.export import CELLS, COLUMNS, Records, as_record, export_csv, write_csv
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.workspace.records import ORIGIN_BUNDLED
from azkz_desktop.data.workspace.rows import EXPORT_COLUMNS, merged_export_rows

ROOT = Path(__file__).resolve().parents[2]
EVENTS_SQL = """SELECT e.id, e.start, e."end", e.precision, e.title, coalesce(c.label, e.category),
    e.summary, e.date_note, e.note FROM events e LEFT JOIN categories c ON c.id = e.category
    WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.first_day, e.last_day, e.id"""


def reference_rows(path: Path, ids: list[str]) -> Iterator[tuple[str, ...]]:
    """The export of `ids` made the plain way (all in memory, SQLite sorting), from clean data."""
    import json

    connection = sqlite3.connect(path)
    documents = {document.id: document.cited for document in open_database(path).documents()}
    for event_id, start, end, precision, title, category, summary, date_note, note in connection.execute(
        EVENTS_SQL, [json.dumps(ids)]
    ):
        try:
            span = DateSpan.parse(start, end or None)
        except ValueError:
            continue
        people = [name for (name,) in connection.execute(
            "SELECT p.name FROM event_people ep JOIN people p ON p.id = ep.person_id"
            " WHERE ep.event_id = ? ORDER BY p.name", [event_id])]  # fmt: skip
        sources = connection.execute(
            "SELECT document_id, quote, note FROM event_sources WHERE event_id = ? ORDER BY position",
            [event_id],
        ).fetchall()
        cited = "\n".join(documents[document].export_text() for document, _, _ in sources)
        quotes = "\n".join(quote for _, quote, _ in sources if quote)
        notes = "\n".join(f"{documents[document].name}: {text}" for document, _, text in sources if text)
        first_day = PartialDate.parse(start).first_day().isoformat()
        yield (event_id, start, first_day, end or "", precision, span.label(), title, category,
               "; ".join(people), summary, date_note or "", note or "", cited, quotes, notes)  # fmt: skip


def shuffled_synthetic(folder: Path) -> Path:
    """A synthetic database (random dates, so rowids are far from date order) with, besides: events on
    one day whose ids sort against their rowids, a title with a quote, a summary starting as a formula,
    several sources, people and source notes."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import synthetic
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    path = synthetic.generate_database(folder / "synthetic.sqlite", 3_000)
    day = PartialDate.parse("2004-05-06").first_day().toordinal()
    connection = sqlite3.connect(path)
    with connection:
        renamed = "(SELECT 'tie-' || (3000 - e.rowid) FROM events e WHERE e.id = {table}.event_id)"
        chosen = "event_id IN (SELECT id FROM events WHERE rowid % 97 = 0)"
        for table in ("event_sources", "event_people"):
            connection.execute(f"UPDATE {table} SET event_id = {renamed.format(table=table)} WHERE {chosen}")
        connection.execute(
            "UPDATE events SET start = '2004-05-06', \"end\" = NULL, precision = 'day', first_day = ?,"
            " last_day = ?, id = 'tie-' || (3000 - rowid) WHERE rowid % 97 = 0",
            [day, day],
        )
        connection.execute("""UPDATE events SET title = 'He said "yes"' WHERE rowid = 5""")
        connection.execute("UPDATE events SET summary = '=HYPERLINK(1)' WHERE rowid = 6")
        connection.execute(
            "INSERT INTO event_sources (event_id, position, document_id, quote, note) SELECT id, 1,"
            " 'synthetic-document', 'A second quote', 'Says more' FROM events WHERE rowid % 10 = 3"
        )
        connection.execute("UPDATE event_sources SET note = 'A note' WHERE rowid % 7 = 1")
    connection.close()
    return path


@pytest.fixture(scope="module")
def synthetic_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shuffled_synthetic(tmp_path_factory.mktemp("synthetic"))


def small_buckets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_rows, "FETCH_ROWS", 7)
    monkeypatch.setattr(export_order, "BUCKET_ROWS", 50)
    monkeypatch.setattr(export_order, "FLUSH_ROWS", 3)
    monkeypatch.setattr(export_order, "KEPT_BYTES", 10_000)


def csv_text(rows: object, columns: tuple[str, ...] = COLUMNS) -> str:
    out = io.StringIO()
    write_csv(rows, out, columns=columns)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("buckets", ["default", "small"])
@pytest.mark.parametrize("which", ["bundled", "synthetic"])
def test_the_streamed_export_is_the_plain_export_byte_for_byte(
    which: str, buckets: str, synthetic_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = bundled_database_path() if which == "bundled" else synthetic_path
    if buckets == "small":
        small_buckets(monkeypatch)
    database = open_database(path)
    ids = [event_id for (event_id,) in sqlite3.connect(path).execute("SELECT id FROM events")]
    expected = list(reference_rows(path, ids))
    assert len(expected) == len(ids)
    streamed = database.export_rows(EventFilter())
    assert csv_text(streamed) == csv_text(iter(expected))
    assert list(database.export_rows(EventFilter())) == expected
    chosen = ids[::3]
    assert csv_text(database.export_rows(EventFilter(ids=frozenset(chosen)))) == csv_text(
        iter(reference_rows(path, chosen))
    )


def test_ties_are_broken_by_id_not_by_place_in_the_table(synthetic_path: Path) -> None:
    rows = list(open_database(synthetic_path).export_rows(EventFilter()))
    ties = [row[0] for row in rows if row[0].startswith("tie-")]
    assert len(ties) == 3000 // 97 and ties == sorted(ties)
    rowids = dict(sqlite3.connect(synthetic_path).execute("SELECT id, rowid FROM events"))
    assert [rowids[event_id] for event_id in ties] != sorted(rowids[event_id] for event_id in ties)


def test_the_workspace_columns_are_added_as_the_records_are_made(synthetic_path: Path) -> None:
    database = open_database(synthetic_path)
    plain = list(database.export_rows(EventFilter()))
    notes = {plain[3][0]: 'my "own" note', plain[5][0]: "=1"}
    merged = merged_export_rows(database.export_rows(EventFilter()), [], notes)
    assert isinstance(merged, Records)  # the writer's fast path is kept
    expected = [(*row, ORIGIN_BUNDLED, notes.get(row[0], "")) for row in plain]
    text = csv_text(merged, EXPORT_COLUMNS)
    assert text == csv_text(iter(expected), EXPORT_COLUMNS)
    assert list(merged_export_rows(database.export_rows(EventFilter()), [], notes)) == expected


def test_cells_are_added_only_before_the_rows_are_read() -> None:
    rows = open_database(bundled_database_path()).export_rows(EventFilter())
    next(rows)
    with pytest.raises(RuntimeError):
        rows.with_cells(("late",))


def test_an_empty_selection_writes_the_header_only() -> None:
    rows = open_database(bundled_database_path()).export_rows(EventFilter(ids=frozenset()))
    assert csv_text(rows) == csv_text(iter([]))
    assert list(open_database(bundled_database_path()).export_rows(EventFilter(ids=frozenset()))) == []


PIECES = ["a", '"', ",", "\n", "\r", "=", "+", "-", "@", "\t", "ə", CELLS]
CELL = st.lists(st.sampled_from(PIECES), max_size=4).map("".join)


@given(st.lists(st.lists(CELL, min_size=3, max_size=3), max_size=30))
@settings(max_examples=200, deadline=None)
def test_records_are_written_as_their_rows_would_be(rows: list[list[str]]) -> None:
    cells = [tuple(row) for row in rows]
    records = Records(as_record(row) for row in cells)
    assert csv_text(records, ("a", "b", "c")) == csv_text(iter(cells), ("a", "b", "c"))
    assert list(Records(as_record(row) for row in cells)) == cells


def test_a_row_with_a_value_that_is_not_text_stays_a_tuple() -> None:
    assert as_record(("a", 1)) == ("a", 1)
    assert as_record(("a", 'b"')) == ("a", 'b"')
    assert as_record(("a", "ə")) == 'a","ə'.encode()


def test_an_event_deleted_between_the_two_queries_is_left_out_cleanly(
    modified_copy: Callable[..., Path],
) -> None:
    path = modified_copy(arrays=False)
    database = open_database(path)
    rows = database.export_rows(EventFilter())  # the events' places are taken here
    writer = sqlite3.connect(path)
    (gone,) = writer.execute("SELECT id FROM events WHERE rowid = (SELECT min(rowid) FROM events)").fetchone()
    writer.execute("DELETE FROM events WHERE id = ?", [gone])
    writer.commit()
    writer.close()
    exported = [row[0] for row in rows]
    assert gone not in exported and len(exported) == len(set(exported))
    reader = sqlite3.connect(path)  # the table itself: the summary trusts the arrays, not rebuilt here
    (remaining,) = reader.execute("SELECT count(*) FROM events").fetchone()
    reader.close()
    assert len(exported) == remaining


def test_a_selection_of_most_events_reads_the_table_whole_and_keeps_only_those_chosen(
    modified_copy: Callable[..., Path],
) -> None:
    path = modified_copy("UPDATE events SET start = 'not a date' WHERE rowid = 3", arrays=False)
    ids = [event_id for (event_id,) in sqlite3.connect(path).execute("SELECT id FROM events ORDER BY rowid")]
    chosen = [event_id for number, event_id in enumerate(ids) if number not in (2, 10)]  # not the bad one
    database = open_database(path)
    rows = database.export_rows(EventFilter(ids=frozenset(chosen)))
    expected = list(reference_rows(path, chosen))
    assert csv_text(rows) == csv_text(iter(expected))
    assert len(expected) == len(chosen) and database.skipped_rows == []
    assert len(list(database.export_rows(EventFilter(ids=frozenset(ids))))) == len(ids) - 1
    assert database.skipped_rows  # the bad date, once it is chosen


def test_records_written_to_a_file_keep_their_order_between_bytes_and_text(tmp_path: Path) -> None:
    rows = [(f"id-{number}", "ə", f"{'=' if number == 2500 else ''}cell {number}") for number in range(5000)]
    rows[4000] = ("id-4000", 'a "quoted" cell', "x")  # a tuple among the records
    columns = ("id", "a", "b")
    by_records, by_rows = tmp_path / "records.csv", tmp_path / "rows.csv"
    export_csv(Records(as_record(row) for row in rows), by_records, bom=True, columns=columns)
    export_csv(iter(rows), by_rows, bom=True, columns=columns)
    assert by_records.read_bytes() == by_rows.read_bytes()
    assert "'=cell 2500" in by_rows.read_text(encoding="utf-8-sig")


def test_values_stored_as_blobs_or_null_are_exported_as_sqlite_makes_them_text(
    modified_copy: Callable[..., Path],
) -> None:
    path = modified_copy(
        "UPDATE event_sources SET quote = x'41c3a9', note = x'42' WHERE rowid = 1",
        "UPDATE events SET id = x'4142' WHERE rowid = 2",
        "UPDATE events SET id = NULL WHERE rowid = 3",
        arrays=False,
    )
    connection = sqlite3.connect(path)
    (event_id,) = connection.execute(
        "SELECT event_id FROM event_sources WHERE rowid = 1 AND event_id IN (SELECT id FROM events)"
    ).fetchone()
    count = connection.execute("SELECT count(*) FROM event_sources WHERE event_id = ?", [event_id]).fetchone()
    rows = {row[0]: row for row in open_database(path).export_rows(EventFilter())}
    if count == (1,):
        assert rows[event_id][13] == "Aé" and rows[event_id][14].endswith(": B")
    else:
        assert "Aé" in rows[event_id][13].split("\n")
    assert "AB" in rows and "" in rows  # the blob id as text, the NULL one empty, as `|| ''` makes them
