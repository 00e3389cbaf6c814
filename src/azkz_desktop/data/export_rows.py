"""The rows of the CSV export: every event passing a filter, with its people, sources, quotes and notes.

A mixin of RelationsDatabase, kept beside export.py, which writes these rows. A million events must not
cost a million rows in memory, nor a sort by SQLite (several times slower than Python's on rows this
wide), nor reading the table in date order (at random places of the file). The rows are read in one
pass; each event's values, packed into one string behind its sort key, are sorted in runs of RUN_ROWS,
kept marshalled (in memory up to KEPT_BYTES, then in unnamed temporary files in the system's temporary
folder, never beside the database) and merged.
"""

from __future__ import annotations

import functools
import gc
import heapq
import marshal
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO, Any

from azkz_desktop.data.connection import collector_paused, decode_text, restart_clock
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.document_queries import DocumentQueries
from azkz_desktop.data.filter_sql import filter_clause
from azkz_desktop.data.filters import EventFilter

FETCH_ROWS = 2_000  # rows read from SQLite at a time
RUN_ROWS = 10_000  # events sorted in memory at a time; more are merged from runs
BLOCK_ROWS = 100  # rows per marshalled block of a run, read back one block at a time when merging
KEPT_BYTES = 4_000_000  # runs kept in memory, marshalled, before further ones go to a temporary file
# One row per event and source. The first five columns are the sort key, comparable whatever a damaged
# file holds: day numbers (0 if not numbers), id as text, rowid, source position. People are looked up only
# for the events that have some (most have none, and the subquery costs even when it finds nothing).
ROWS_SQL = """SELECT
      CASE WHEN typeof(e.first_day) IN ('integer', 'real') THEN e.first_day ELSE 0 END,
      CASE WHEN typeof(e.last_day) IN ('integer', 'real') THEN e.last_day ELSE 0 END,
      coalesce(e.id || '', ''), e.rowid,
      CASE WHEN typeof(s.position) IN ('integer', 'real') THEN s.position ELSE 0 END,
      e.start, e."end", e.precision, e.title, coalesce(c.label, e.category),
      e.summary, e.date_note, e.note,
      CASE WHEN EXISTS (SELECT 1 FROM event_people ep WHERE ep.event_id = e.id) THEN (
        SELECT group_concat(name, '; ') FROM (
          SELECT p.name FROM event_people ep JOIN people p ON p.id = ep.person_id
          WHERE ep.event_id = e.id ORDER BY p.name)) END,
      s.document_id || '', coalesce(s.quote, '') || '', coalesce(s.note, '') || ''
    FROM events e LEFT JOIN categories c ON c.id = e.category
    LEFT JOIN event_sources s ON s.event_id = e.id
    {where}
    LIMIT -1 OFFSET ?"""
ID, ROWID, POSITION, FIELDS, SOURCE = 2, 3, 4, 5, 14  # the columns of the id (as text), rowid, source
# position, and where the event's and the source's fields begin
PACKING = "\x1f"  # between an event's values while it waits to be sorted: one string, not fifteen
Row = tuple[Any, ...]
Keyed = tuple[Any, ...]  # first day, last day, id, rowid, then the packed values


class ExportRows(DocumentQueries):
    """The export's query, naming the documents its rows cite."""

    def export_rows(self, event_filter: EventFilter) -> Iterator[tuple[str, ...]]:
        """The events passing the filter as CSV rows, values in the order of export.COLUMNS, by date
        (first day, last day, id).

        Several sources, quotes or source notes of one event are separated by line breaks, people by "; ".
        """
        documents = {document.id: document for document in self.documents()}
        origins = {document_id: document.cited for document_id, document in documents.items()}
        citations = {document_id: origin.export_text() for document_id, origin in origins.items()}
        names = {document_id: origin.name for document_id, origin in origins.items()}
        where, parameters = filter_clause(event_filter)
        sql = ROWS_SQL.format(where=where)
        with self._damage_reported():  # a bad filter fails here, before the caller starts writing
            cursor = self._connection.execute(sql, [*parameters, 0])
        events = self._events(self._read(cursor, sql, parameters), citations, names)
        return (_unpacked(event[-1]) for event in _sorted(events))

    def _read(self, cursor: sqlite3.Cursor, sql: str, parameters: Sequence[object]) -> Iterator[list[Row]]:
        """The query's rows, a chunk at a time. Text is decoded by Python's own codec, several times faster
        than a decoder written in Python; at the first text that is not UTF-8 the query runs again from
        where it was with the forgiving one (decode_text)."""
        connection, done, forgiving = self._connection, 0, False
        while True:
            with self._damage_reported(), collector_paused():
                restart_clock(connection)  # the time limit is for reading a chunk, not for the export
                if forgiving:
                    rows = cursor.fetchmany(FETCH_ROWS)
                else:
                    connection.text_factory = str
                    try:
                        rows = cursor.fetchmany(FETCH_ROWS)
                    except sqlite3.OperationalError as error:
                        if not str(error).startswith("Could not decode"):
                            raise
                        forgiving = True
                        cursor = connection.execute(sql, [*parameters, done])
                        continue
                    finally:
                        connection.text_factory = decode_text
            if not rows:
                return
            done += len(rows)
            yield rows

    def _events(
        self, chunks: Iterator[list[Row]], citations: dict[str, str], names: dict[str, str]
    ) -> Iterator[Keyed]:
        """Each event's values, packed, behind its sort key, from its rows (one per source; the query
        gives an event's rows one after another)."""
        event: Row | None = None
        more: list[Row] = []  # the event's second and later sources
        for chunk in chunks:
            for row in chunk:
                if event is not None and row[ROWID] == event[ROWID]:
                    more.append(row)
                    continue
                if event is not None:
                    values = self._values(event, more, citations, names)
                    if values is not None:
                        yield (*event[: ROWID + 1], _packed(values))
                    if more:
                        more = []
                event = row
        if event is not None:
            values = self._values(event, more, citations, names)
            if values is not None:
                yield (*event[: ROWID + 1], _packed(values))

    def _values(
        self, event: Row, more: list[Row], citations: dict[str, str], names: dict[str, str]
    ) -> tuple[str, ...] | None:
        event_id = event[ID]
        start, end, precision, title, category, summary, date_note, note, people = event[FIELDS:SOURCE]
        label = span_label(start, end)
        if label is None:
            self._skip(f"event {event_id!r}: its date {start!r} does not parse; left out of the export")
            return None
        document_id, quote, source_note = event[SOURCE:]
        if not more:  # one source or none: most events
            has_source = document_id is not None
            cited = str(citations.get(document_id, document_id)) if has_source else ""
            quoted = quote if has_source else ""
            notes = (
                f"{names.get(document_id, document_id)}: {source_note}" if has_source and source_note else ""
            )
        else:
            rows = sorted((event, *more), key=lambda row: row[POSITION])
            sources = [row[SOURCE:] for row in rows if row[SOURCE] is not None]
            cited = "\n".join(citations.get(doc, doc) for doc, _, _ in sources)
            quoted = "\n".join(text for _, text, _ in sources if text)
            notes = "\n".join(f"{names.get(doc, doc)}: {text}" for doc, _, text in sources if text)
        return (
            event_id,
            start,
            _first_day_text(start),
            end or "",
            precision,
            label,
            title,
            category,
            people or "",
            summary,
            date_note or "",
            note or "",
            cited,
            quoted,
            notes,
        )


def _packed(values: tuple[Any, ...]) -> str | tuple[Any, ...]:
    """An event's values as one string, when they are all text and none holds the separator."""
    try:
        packed = PACKING.join(values)
    except TypeError:
        return values
    return packed if packed.count(PACKING) == len(values) - 1 else values


def _unpacked(packed: str | tuple[Any, ...]) -> tuple[str, ...]:
    return packed if isinstance(packed, tuple) else tuple(packed.split(PACKING))


def _sorted(items: Iterator[Keyed]) -> Iterator[Keyed]:
    """Every item in order (they compare by their keys, unique by rowid), holding at most RUN_ROWS.
    Sorted runs are kept as marshalled blocks, a third of their size as Python objects, in memory up to
    KEPT_BYTES and in an unnamed temporary file beyond."""
    run: list[Keyed] = []
    runs: list[_Run] = []
    kept = 0
    try:
        for item in items:
            run.append(item)
            if len(run) >= RUN_ROWS:
                runs.append(_Run(run, to_file=kept > KEPT_BYTES))
                kept += runs[-1].size
                run = []
        run.sort()
        if runs:
            yield from heapq.merge(run, *(stored.rows() for stored in runs))
        else:
            yield from run
    finally:
        for stored in runs:
            stored.close()


class _Run:
    """A sorted run of rows, marshalled in blocks: in memory, or in an unnamed temporary file."""

    def __init__(self, rows: list[Row], to_file: bool) -> None:
        rows.sort()
        blocks = [
            marshal.dumps(rows[start : start + BLOCK_ROWS]) for start in range(0, len(rows), BLOCK_ROWS)
        ]
        self.size = sum(map(len, blocks))
        self._blocks: list[bytes] | None = blocks
        self._file: IO[bytes] | None = None
        if to_file:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
            for block in blocks:
                self._file.write(len(block).to_bytes(8, "little") + block)
            self._file.seek(0)
            self._blocks = None

    def rows(self) -> Iterator[Row]:
        for block in self._stored_blocks():
            collecting = gc.isenabled()
            gc.disable()  # thousands of tuples that cannot form cycles
            rows = marshal.loads(block)
            if collecting:
                gc.enable()
            yield from rows

    def _stored_blocks(self) -> Iterator[bytes]:
        if self._blocks is not None:
            while self._blocks:
                yield self._blocks.pop(0)  # given up as read
            return
        assert self._file is not None
        while size := int.from_bytes(self._file.read(8), "little"):
            yield self._file.read(size)  # whole: marshal.load(file) would read a few bytes at a time

    def close(self) -> None:
        self._blocks = None
        if self._file is not None:
            self._file.close()


@functools.lru_cache(maxsize=65536)
def span_label(start: object, end: object) -> str | None:
    """The date in words, cached: a large export repeats the same dates many times."""
    try:
        return DateSpan.parse(str(start), str(end) if end else None).label()
    except ValueError:
        return None


@functools.lru_cache(maxsize=65536)
def _first_day_text(start: object) -> str:
    """The ISO date of the first day `start` covers ("2022" → "2022-01-01"), for sorting."""
    try:
        return DateSpan.parse(str(start)).first_day().isoformat()
    except ValueError:
        return ""
