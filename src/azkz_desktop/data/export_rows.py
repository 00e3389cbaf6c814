"""The rows of the CSV export: every event passing a filter, with its people, sources, quotes and notes.

A mixin of RelationsDatabase, kept beside export.py, which writes these rows. A million events must not
cost a million rows in memory, nor a sort of the wide rows (by SQLite or by Python), nor reading the
table in date order (at random places of the file). So SQLite first sorts the events' keys alone, which
gives each event its place (export_order.py); the rows are then read in one pass in the table's order,
and each event's values, joined into its CSV record (export.Records) with any cells the caller adds,
go straight to the bucket of its place. The writer takes the records as they are.
"""

from __future__ import annotations

import functools
import itertools
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from azkz_desktop.data.connection import collector_paused, decode_text, restart_clock
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.document_queries import DocumentQueries
from azkz_desktop.data.export import CELLS, Records, as_record
from azkz_desktop.data.export_order import ORDER_SQL, Buckets, Places, places
from azkz_desktop.data.filter_sql import filter_clause
from azkz_desktop.data.filters import EventFilter

FETCH_ROWS = 2_000  # rows read from SQLite at a time
# One row per event and source, in the table's order: rowid, source position, then the event's and the
# source's fields, as stored (what is not text where text is expected is made text as SQLite does, by
# _as_text, for the few rows that need it). People are looked up only for the events that have some
# (most have none, and the subquery costs even when it finds nothing).
ROWS_SQL = """SELECT
      e.rowid, s.position, e.id, e.start, e."end", e.precision, e.title, coalesce(c.label, e.category),
      e.summary, e.date_note, e.note,
      CASE WHEN EXISTS (SELECT 1 FROM event_people ep WHERE ep.event_id = e.id) THEN (
        SELECT group_concat(name, '; ') FROM (
          SELECT p.name FROM event_people ep JOIN people p ON p.id = ep.person_id
          WHERE ep.event_id = e.id ORDER BY p.name)) END,
      s.document_id, s.quote, s.note
    FROM events e LEFT JOIN categories c ON c.id = e.category
    LEFT JOIN event_sources s ON s.event_id = e.id
    {where}
    LIMIT -1 OFFSET ?"""
ROWID, POSITION, ID, FIELDS, SOURCE = 0, 1, 2, 3, 12  # the columns of the rowid, the source position,
# the id (as text), and where the event's and the source's fields begin
WIDTH = 15  # the values of a row, as export.COLUMNS names them
DATES_KEPT = 65_536  # dates whose cells one export keeps at hand (a large one repeats them often)
UNSEEN = ("", "")  # a date not met yet (by identity)
Row = tuple[Any, ...]


class ExportStream(Records):
    """The export's rows (see Records), read when the first one is asked for, so that `with_cells` can
    add cells to every row before."""

    def __init__(
        self,
        source: ExportRows,
        query: tuple[str, Sequence[object]],
        placed: Places,
        count: int,
        citing: tuple[dict[str, str], dict[str, str]],
    ) -> None:
        self._citing = citing  # each document's citation and name, by id
        self._cells: tuple[Any, ...] = ()
        self._cells_by_id: Mapping[str, tuple[Any, ...]] = {}
        self._started = False
        super().__init__(self._in_order(source, *query, placed, count))

    def with_cells(
        self, cells: Sequence[Any], by_id: Mapping[str, Sequence[Any]] | None = None
    ) -> ExportStream:
        """These rows with `cells` after the values of each, or `by_id[event id]` for the events it names
        (the workspace's origin and note). Only before the first row is read."""
        if self._started:
            raise RuntimeError("cells are added before the rows are read")
        self._cells = tuple(cells)
        self._cells_by_id = {event_id: tuple(more) for event_id, more in (by_id or {}).items()}
        return self

    def _in_order(
        self, source: ExportRows, sql: str, parameters: Sequence[object], placed: Places, count: int
    ) -> Iterator[bytes | tuple[Any, ...]]:
        """The rows, each put in its place as read, then given in order."""
        self._started = True
        buckets = Buckets(count)
        try:
            if count:
                with source._damage_reported():
                    cursor = source._connection.execute(sql, [*parameters, 0])
                with collector_paused():  # hundreds of thousands of tuples, none in a cycle
                    chunks = source._read(cursor, sql, parameters)
                    cells, by_id = self._cells, self._cells_by_id
                    source._distribute(chunks, placed, buckets, cells, by_id, *self._citing)
            yield from buckets.drain()
        finally:
            buckets.close()


class ExportRows(DocumentQueries):
    """The export's query, naming the documents its rows cite."""

    def export_rows(self, event_filter: EventFilter) -> ExportStream:
        """The events passing the filter as CSV rows, values in the order of export.COLUMNS, by date
        (first day, last day, id).

        Several sources, quotes or source notes of one event are separated by line breaks, people by "; ".
        """
        documents = {document.id: document.cited for document in self.documents()}
        citations = {document_id: origin.export_text() for document_id, origin in documents.items()}
        names = {document_id: origin.name for document_id, origin in documents.items()}
        where, parameters = filter_clause(event_filter)
        with self._damage_reported(), collector_paused():  # a bad filter fails here, before any writing
            restart_clock(self._connection)
            placed, count = places(self._connection.execute(ORDER_SQL.format(where=where), parameters))
        if where and self._most_of_the_table(count):  # read them all, keep those that have a place
            where, parameters = "", []
        query = (ROWS_SQL.format(where=where), parameters)
        return ExportStream(self, query, placed, count, (citations, names))

    def _most_of_the_table(self, count: int) -> bool:
        """Whether `count` events are most of the table's (its rowids from 0 up, as a build makes them):
        reading the whole table is then cheaper than asking the filter again (a selection's ids)."""
        with self._damage_reported():
            (smallest,) = self._connection.execute("SELECT min(rowid) FROM events").fetchone()
            (largest,) = self._connection.execute("SELECT max(rowid) FROM events").fetchone()
        return smallest is not None and smallest >= 0 and count * 4 >= 3 * largest

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

    def _distribute(
        self,
        chunks: Iterator[list[Row]],
        placed: Places,
        buckets: Buckets,
        cells: tuple[Any, ...],
        cells_by_id: Mapping[str, tuple[Any, ...]],
        citations: dict[str, str],
        names: dict[str, str],
    ) -> None:
        """Each event's values, and `cells` (or `cells_by_id[its id]`) after them, as a record into the
        bucket of its place, from its rows (one per source; the query gives an event's rows one after
        another). A row without a place is left out (none has, as both queries read one snapshot)."""
        join, quotes = CELLS.join, 2 * (WIDTH - 1)  # a record's quote characters: those of CELLS
        after = as_record(("", *cells))  # joined after the values of a record, if they are text
        generic = not isinstance(after, bytes)  # if not, each row is made a record on its own
        tail = after.decode() if isinstance(after, bytes) else ""
        event: Row | None = None
        more: list[Row] = []  # the event's second and later sources
        dates: dict[object, tuple[str, str] | None] = {}  # first day and words, by start or (start, end)
        document, citation, name = None, "", ""  # the last source's, which the next one often shares
        size, pending, store, full = buckets.size, buckets.pending, buckets.store, buckets.full
        for chunk in itertools.chain(chunks, [[(None,)]]):  # the last, a row of no event, ends the last
            for row in chunk:
                if event is not None:
                    if row[ROWID] == event[ROWID]:
                        more.append(row)
                        continue
                    try:
                        place = placed[event[ROWID]]
                    except (IndexError, KeyError, TypeError):
                        place = -1
                    if place < 0:  # not chosen (the table was read whole), or not there when sorted
                        more = []
                        event = row
                        continue
                    _, _, event_id, start, end, precision, title, category, summary = event[: SOURCE - 3]
                    date_note, note, people, document_id, quote, source_note = event[SOURCE - 3 :]
                    key = start if end is None else (start, end)  # most events are a single date
                    days = dates.get(key, UNSEEN)
                    if days is UNSEEN:
                        if len(dates) > DATES_KEPT:
                            dates.clear()
                        days = dates[key] = _date_cells(start, end)
                    if (
                        more
                        or days is None
                        or type(event_id) is not str
                        or (document_id is not None and type(document_id) is not str)
                        or (quote is not None and type(quote) is not str)
                        or (source_note is not None and type(source_note) is not str)
                    ):  # several sources, a value that is not text, or a date that does not parse: say why
                        rows = [self._as_text(one) for one in (event, *more)]
                        values = self._values(rows[0], rows[1:], citations, names)
                        more = []
                    else:  # one source or none, as _values would give it: most events
                        cited: Any
                        if document_id is None:  # no source: the join found none
                            cited = quote = notes = ""
                        else:
                            quote = quote or ""
                            if document_id != document:
                                document = document_id
                                citation = citations.get(document_id, document_id)
                                name = names.get(document_id, document_id)
                            cited = citation
                            notes = f"{name}: {source_note}" if source_note else ""
                        first_day, label = days
                        values = (event_id, start, first_day, end or "", precision, label, title, category)
                        values += (people or "", summary, date_note or "", note or "", cited, quote, notes)
                    if values is not None:
                        record: bytes | tuple[Any, ...]
                        more_cells = cells_by_id.get(values[0]) if cells_by_id else None
                        if more_cells is not None or generic:
                            record = as_record(values + (cells if more_cells is None else more_cells))
                        else:
                            try:
                                joined = join(values)
                            except TypeError:
                                record = values + cells
                            else:
                                if joined.count('"') == quotes:
                                    record = (joined + tail).encode()
                                else:
                                    record = values + cells
                        bucket = place // size
                        waiting = pending[bucket]
                        waiting.append(place)
                        waiting.append(record)
                        if len(waiting) >= full:
                            store(bucket)
                event = row

    def _as_text(self, row: Row) -> Row:
        """The row as the export takes it: the id, the source's document, quote and note as text (as
        SQLite's `|| ''` makes them; the id, quote and note empty if NULL), a position that is not a number
        as 0."""
        position, event_id = row[POSITION], row[ID]
        document_id, quote, source_note = row[SOURCE:]
        return (
            row[ROWID],
            position if type(position) in (int, float) else 0,
            "" if event_id is None else self._text(event_id),
            *row[FIELDS:SOURCE],
            None if document_id is None else self._text(document_id),
            "" if quote is None else self._text(quote),
            "" if source_note is None else self._text(source_note),
        )

    def _text(self, value: object) -> str:
        if isinstance(value, str):
            return value
        with self._damage_reported():
            (text,) = self._connection.execute("SELECT ? || ''", [value]).fetchone()
        return str(text)

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


@functools.lru_cache(maxsize=65536)
def _date_cells(start: object, end: object) -> tuple[str, str] | None:
    """The first day's ISO date and the date in words (span_label's and _first_day_text's, from one
    parse), or None if the date does not parse."""
    try:
        span = DateSpan.parse(str(start), str(end) if end else None)
    except ValueError:
        return None
    return span.first_day().isoformat(), span.label()


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
