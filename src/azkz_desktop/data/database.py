"""Read-only access to a relations database: the only place in the app that runs SQL.

A database opened with `--db` may come from anyone, so it is opened defensively: read-only by URI, with
`query_only`, `trusted_schema` off, no extension loading and SQLite's defensive mode where Python offers it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import json
import operator
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.citation import has_headline, source_name
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.errors import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseNotAFile,
    DatabaseNotFound,
    EmptyDatabaseFile,
    MissingTables,
    NewerSchemaVersion,
    NotADatabase,
    OlderSchemaVersion,
    WrongSchema,
)
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import (
    Category,
    DatabaseSummary,
    Document,
    Event,
    EventSummary,
    Person,
    Source,
    TradePoint,
    TradeTarget,
)
from azkz_desktop.data.schema import (
    MULTILATERAL_SETTINGS,
    PERSON_KINDS,
    REQUIRED_COLUMNS,
    SCHEMA_VERSION,
)
from azkz_desktop.data.text_queries import TITLE_SHOWN, SqlTexts
from azkz_desktop.data.timeline_arrays import (
    VALID,
    StoredArrays,
    arrays_from_rows,
    digest,
    read_arrays,
    stored_digest,
)
from azkz_desktop.data.timeline_index import PRECISION_CODE, TimelineIndex

SQLITE_HEADER = b"SQLite format 3\x00"
# Longer than any real value: shown cut short in the window and reported by `check`.
OVERSIZED_TEXT = 100_000
# (table, key column, {column: expected SQLite type}) for `check`'s type test.
TYPED_COLUMNS = (
    (
        "events",
        "id",
        {
            "id": "text",
            "start": "text",
            "precision": "text",
            "title": "text",
            "summary": "text",
            "category": "text",
            "first_day": "integer",
            "last_day": "integer",
            "source_count": "integer",
        },
    ),
    ("event_sources", "event_id", {"event_id": "text", "document_id": "text", "position": "integer"}),
    ("documents", "id", {"id": "text", "kind": "text", "title": "text", "text": "text"}),
    ("categories", "id", {"id": "text", "label": "text", "color": "text"}),
    ("trade", "id", {"year": "integer", "document_id": "text"}),
)
SIZED_COLUMNS = (
    ("events", "id", ("title", "summary", "date_note", "note")),
    ("event_sources", "event_id", ("quote", "note")),
    ("documents", "id", ("title", "outlet", "note", "provenance")),
)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    if hasattr(connection, "setconfig") and hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):
        connection.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    if hasattr(connection, "enable_load_extension"):
        connection.enable_load_extension(False)
    connection.execute("PRAGMA query_only = ON")
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def open_database(path: str | Path) -> RelationsDatabase:
    """Open `path` read-only and check that it is a relations database this app can read."""
    path = Path(path)
    shown = str(path)
    if not path.exists():
        raise DatabaseNotFound(shown, "no such file")
    if not path.is_file():
        raise DatabaseNotAFile(shown, "this is a folder, not a database file")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseNotFound(shown, f"cannot be read ({error.strerror})") from None
    if not header:
        raise EmptyDatabaseFile(shown, "the file is empty (zero bytes)")
    if header != SQLITE_HEADER:
        raise NotADatabase(shown, "this is not an SQLite database")
    try:
        connection = _connect_read_only(path)
        _check_schema(connection, shown)
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(shown, f"the database is damaged ({error})") from None
    return RelationsDatabase(connection, shown)


def _check_schema(connection: sqlite3.Connection, shown: str) -> None:
    tables = {
        name: {row[1] for row in connection.execute(f"PRAGMA table_info({_quote(name)})")}
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if "meta" not in tables:
        raise WrongSchema(shown, "this SQLite database is not a relations database (no meta table)")
    version_row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        version = int(version_row[0]) if version_row else None
    except (TypeError, ValueError):
        version = None
    if version is None:
        raise WrongSchema(shown, "the meta table has no valid schema_version")
    if version < SCHEMA_VERSION:
        raise OlderSchemaVersion(
            shown, f"schema version {version} is older than the version this app reads ({SCHEMA_VERSION})"
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaVersion(
            shown,
            f"schema version {version} is newer than the version this app reads ({SCHEMA_VERSION});"
            " a newer azkz-desktop is needed",
        )
    for table, columns in REQUIRED_COLUMNS.items():
        if table not in tables:
            raise MissingTables(shown, f"the table {table!r} is missing")
        missing = [column for column in columns if column not in tables[table]]
        if missing:
            raise MissingTables(shown, f"the table {table!r} lacks the columns {', '.join(missing)}")


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match, the last as a prefix."""
    # NUL ends a string inside SQLite's FTS parser: treat it as a space.
    words = [word.replace('"', '""') for word in text.replace("\x00", " ").split()]
    if not words:
        return ""
    terms = [f'"{word}"' for word in words]
    terms[-1] += "*"
    return " ".join(terms)


class RelationsDatabase:
    """The questions the app asks of a database, answered as domain objects."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._connection = connection
        self.path = path
        # Rows that could not be read (a date that does not parse, say): skipped and reported, not fatal.
        self.skipped_rows: list[str] = []
        self._stored: StoredArrays | None = None

    def close(self) -> None:
        self._connection.close()

    def _rows(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._damage_reported():
            cursor = self._connection.execute(sql, parameters)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    @contextlib.contextmanager
    def _damage_reported(self) -> Iterator[None]:
        """Turn SQLite's errors into a DatabaseError naming this file: the UI never sees sqlite3."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise DatabaseCorrupt(self.path, f"the database is damaged ({error})") from None

    def summary(self) -> DatabaseSummary:
        meta = {row["key"]: row["value"] for row in self._rows("SELECT key, value FROM meta")}
        latest = self._latest_from_arrays()
        last_day = "NULL" if latest else "(SELECT max(last_day) FROM events)"
        counts = self._rows(
            f"""SELECT
                (SELECT count(*) FROM events) AS events,
                (SELECT count(*) FROM documents WHERE kind = 'full') AS documents,
                (SELECT count(*) FROM documents WHERE kind = 'reference') AS refs,
                (SELECT count(*) FROM event_sources) AS sources,
                (SELECT count(*) FROM trade) AS trade,
                (SELECT min(first_day) FROM events) AS first_day,
                {last_day} AS last_day"""
        )[0]
        return DatabaseSummary(
            path=self.path,
            schema_version=int(meta.get("schema_version", 0)),
            built=str(meta.get("built", "")),
            event_count=counts["events"],
            document_count=counts["documents"],
            reference_count=counts["refs"],
            source_count=counts["sources"],
            trade_count=counts["trade"],
            first_day=_day_text(counts["first_day"]),
            last_day=_day_text(latest[0] if latest else counts["last_day"]),
            first_date=self._edge_date("start", "first_day, last_day"),
            last_date=latest[1]
            if latest
            else self._edge_date('coalesce("end", start)', "last_day DESC, first_day DESC"),
        )

    def _stored_arrays(self) -> StoredArrays:
        """The build's timeline arrays (read once per connection), or why they cannot be used."""
        if self._stored is None:
            with self._damage_reported():
                self._stored = read_arrays(self._connection, self.category_ids())
        return self._stored

    def _latest_from_arrays(self) -> tuple[int, str] | None:
        """(day number, date as recorded) of the period's end, from the stored arrays if usable.

        No index serves max(last_day): at ten million events SQLite would read every row, twice.
        """
        arrays = self._stored_arrays().arrays
        if arrays is None or not len(arrays["last_day"]):
            return None
        last, first = arrays["last_day"], arrays["first_day"]
        candidates = np.flatnonzero(last == last.max())
        row = int(candidates[np.argmax(first[candidates])])
        with self._damage_reported():
            found = self._connection.execute(
                'SELECT coalesce("end", start) FROM events WHERE rowid = ?', (int(arrays["rowid"][row]),)
            ).fetchone()
        return int(last.max()), str(found[0]) if found and found[0] is not None else ""

    def _edge_date(self, column: str, order: str) -> str:
        """The first or last date of the period as recorded, so it keeps its precision."""
        rows = self._rows(f"SELECT {column} AS date FROM events ORDER BY {order} LIMIT 1")  # our SQL only
        return str(rows[0]["date"]) if rows and rows[0]["date"] is not None else ""

    def categories(self) -> list[Category]:
        return [
            Category(str(row["id"]), str(row["label"] or row["id"]), str(row["color"] or "#808080"), index)
            for index, row in enumerate(
                self._rows(
                    "SELECT id, label, color, position FROM categories WHERE id IS NOT NULL ORDER BY position"
                )
            )
        ]

    def event_summaries(
        self,
        first_day: int | None = None,
        last_day: int | None = None,
        categories: Iterable[str] | None = None,
    ) -> list[EventSummary]:
        """Events overlapping the window of day ordinals [first_day, last_day], in date order."""
        conditions: list[str] = []
        parameters: list[object] = []
        if last_day is not None:
            conditions.append("e.first_day <= ?")
            parameters.append(last_day)
        if first_day is not None:
            conditions.append("e.last_day >= ?")
            parameters.append(first_day)
        if categories is not None:
            wanted = list(categories)
            conditions.append(f"e.category IN ({', '.join('?' for _ in wanted)})")
            parameters.extend(wanted)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self._rows(
            f"""SELECT e.id, e.start, e."end", e.title, e.category, e.source_count
                FROM events e {where}
                ORDER BY e.first_day, e.last_day, e.id""",
            parameters,
        )
        summaries: list[EventSummary] = []
        for row in rows:
            try:
                span = DateSpan.parse(row["start"], row["end"])
            except (TypeError, ValueError) as error:
                self._skip(f"event {row['id']!r}: {error}")
                continue
            summaries.append(
                EventSummary(row["id"], span, row["title"], row["category"], row["source_count"])
            )
        return summaries

    def _skip(self, problem: str) -> None:
        if problem not in self.skipped_rows:
            self.skipped_rows.append(problem)

    def event_dates(self) -> list[tuple[object, object, object, object]]:
        """Every event's raw (id, start, end, precision), for checking."""
        rows = self._rows('SELECT id, start, "end", precision FROM events ORDER BY id')
        return [tuple(row) for row in rows]  # type: ignore[misc]

    def timeline_index(self, chunk_size: int = 50_000) -> TimelineIndex:
        """Every event's span, category and title, for the timeline; unreadable rows are skipped.

        From the arrays the build stored when they match (timeline_arrays: a few BLOB reads, whatever the
        number of events), else by reading every row; the index's `slow_reason` then says why.
        """
        categories = self.category_ids()
        stored = self._stored_arrays()
        if stored.arrays is not None:
            if stored.skipped:
                self._skip(f"{stored.skipped} event(s) with unreadable dates, ids, titles or categories")
            return TimelineIndex.from_arrays(stored.arrays, categories, SqlTexts(self._connection, self.path))
        with self._damage_reported(), collector_paused():
            return self._load_timeline_index(categories, chunk_size, stored.problem)

    def _load_timeline_index(self, categories: list[str], chunk_size: int, slow_reason: str) -> TimelineIndex:
        """Precision and category come back as small integer codes: a million short strings cost more to
        create than SQLite takes to read the rows."""
        category_case = " ".join("WHEN ? THEN ?" for _ in categories)
        precision_case = " ".join(f"WHEN '{name}' THEN {code}" for name, code in PRECISION_CODE.items())
        cursor = self._connection.execute(
            f"""SELECT rowid, id, first_day, last_day, CASE precision {precision_case} ELSE 0 END,
                       CASE category {category_case} ELSE -1 END, substr(title, 1, {TITLE_SHOWN}),
                       "end" IS NOT NULL, coalesce(source_count, 0)
                FROM events WHERE {VALID} ORDER BY rowid""",
            [value for code, category in enumerate(categories) for value in (category, code)],
        )
        rowids: list[int] = []

        def chunks() -> Iterator[list[tuple[Any, ...]]]:
            for chunk in iter(lambda: cursor.fetchmany(chunk_size), []):
                rowids.extend(row[0] for row in chunk)
                yield [row[1:] for row in chunk]

        index = TimelineIndex(chunks(), categories, slow_reason=slow_reason)
        index.rowids = np.asarray(rowids, dtype=np.int64)
        total = self._connection.execute("SELECT count(*) FROM events").fetchone()[0]
        if total > len(index):
            self._skip(f"{total - len(index)} event(s) with unreadable dates, ids, titles or categories")
        return index

    def timeline_array_problems(self) -> list[str]:
        """Why the stored timeline arrays cannot be trusted, by a full comparison (for `check`).

        Opening only makes the cheap test (timeline_arrays module); this recomputes the arrays from every
        row and compares their digest with the one the build stored, so an event edited in place shows.
        """
        categories = self.category_ids()
        with self._damage_reported(), collector_paused():
            stored = read_arrays(self._connection, categories)
            if stored.arrays is None:
                return [f"timeline arrays: {stored.problem}; the window opens by reading every event"]
            arrays, _ = arrays_from_rows(self._connection, categories)
            if digest(arrays) != stored_digest(self._connection) or digest(stored.arrays) != digest(arrays):
                return ["timeline arrays: they do not match the events (an event changed after the build)"]
        return []

    def filtered_rowids(self, event_filter: EventFilter) -> npt.NDArray[np.int64]:
        """Rowids of the events that pass the filter, in no order: one string from SQLite, parsed by numpy
        (a million one-column rows as Python tuples cost ten times as much)."""
        where, parameters = filter_clause(event_filter)
        with self._damage_reported():
            (text,) = self._connection.execute(
                f"SELECT group_concat(e.rowid) FROM events e {where}", parameters
            ).fetchone()
        return np.fromstring(text, dtype=np.int64, sep=",") if text else np.empty(0, np.int64)

    def filtered_event_ids(self, event_filter: EventFilter, ordered: bool = True) -> list[str]:
        """Ids of the events that pass the filter, in date order unless `ordered` is False (faster)."""
        where, parameters = filter_clause(event_filter)
        order = "ORDER BY e.first_day, e.last_day, e.id" if ordered else ""
        with self._damage_reported():
            cursor = self._connection.execute(f"SELECT e.id FROM events e {where} {order}", parameters)
            return [row[0] for row in cursor.fetchall()]

    def export_rows(self, event_filter: EventFilter) -> Iterator[tuple[str, ...]]:
        """The events passing the filter as CSV rows, values in the order of export.COLUMNS, by date.

        Several sources, quotes or source notes of one event are separated by line breaks, people by "; ".
        The cyclic collector stays paused until the last row: the rows held for sorting are a hundred
        thousand tuples it would otherwise walk again and again while the rows are made.
        """
        with collector_paused():
            yield from self._export_rows(event_filter)

    def _export_rows(self, event_filter: EventFilter) -> Iterator[tuple[str, ...]]:
        documents = {document.id: document for document in self.documents()}
        citations = {document_id: _csv_citation(document) for document_id, document in documents.items()}
        names = {
            document_id: source_name(document.title, document.outlet, document.published)
            for document_id, document in documents.items()
        }
        where, parameters = filter_clause(event_filter)
        with self._damage_reported():
            rows = self._connection.execute(
                f"""SELECT e.first_day, e.last_day, e.id, e.start, e."end", e.precision, e.title,
                      coalesce(c.label, e.category), e.summary, e.date_note, e.note,
                      (SELECT group_concat(name, '; ') FROM (
                         SELECT p.name FROM event_people ep JOIN people p ON p.id = ep.person_id
                         WHERE ep.event_id = e.id ORDER BY p.name)),
                      (SELECT group_concat(
                           document_id || char(31) || coalesce(quote, '') || char(31) || coalesce(note, ''),
                           char(30)) FROM (
                         SELECT s.document_id, s.quote, s.note FROM event_sources s
                         WHERE s.event_id = e.id ORDER BY s.position))
                    FROM events e LEFT JOIN categories c ON c.id = e.category {where}""",
                parameters,
            ).fetchall()
        # Sorting here beats ORDER BY: in date order SQLite would visit the table's pages at random.
        try:
            rows.sort(key=operator.itemgetter(0, 1, 2))
        except TypeError:  # a damaged row with a text day number: order it as day 0
            rows.sort(key=lambda row: (_number(row[0]), _number(row[1]), str(row[2])))
        for row in rows:
            _, _, event_id, start, end, precision, title, category, summary = row[:9]
            date_note, note, people, sources = row[9:]
            label = _span_label(start, end)
            if label is None:
                self._skip(f"event {event_id!r}: its date {start!r} does not parse; left out of the export")
                continue
            cited: list[str] = []
            quoted: list[str] = []
            notes: list[str] = []
            for source in str(sources).split("\x1e") if sources else ():
                document_id, _, rest = source.partition("\x1f")
                quote, _, source_note = rest.partition("\x1f")
                cited.append(citations.get(document_id, document_id))
                if quote:
                    quoted.append(quote)
                if source_note:
                    notes.append(f"{names.get(document_id, document_id)}: {source_note}")
            yield (
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
                "\n".join(cited),
                "\n".join(quoted),
                "\n".join(notes),
            )

    def document_passages(self, document_id: str) -> list[tuple[str, int, int]]:
        """(event id, char_start, char_end) of every passage of the document that backs an event."""
        rows = self._rows(
            """SELECT event_id, char_start, char_end FROM event_sources
               WHERE document_id = ? AND char_start IS NOT NULL AND char_end IS NOT NULL
               ORDER BY char_start, char_end, event_id""",
            (document_id,),
        )
        return [(row["event_id"], int(row["char_start"]), int(row["char_end"])) for row in rows]

    def citing_events(self, document_id: str) -> list[tuple[str, str, str]]:
        """(event id, date in words, title) of every event citing the document, by date."""
        rows = self._rows(
            """SELECT DISTINCT e.id, e.start, e."end", e.title, e.first_day, e.last_day
               FROM event_sources s JOIN events e ON e.id = s.event_id
               WHERE s.document_id = ? ORDER BY e.first_day, e.last_day, e.id""",
            (document_id,),
        )
        return [
            (row["id"], _span_label(row["start"], row["end"]) or str(row["start"]), row["title"])
            for row in rows
        ]

    def people(self) -> list[Person]:
        """Every person, organisation and country named in at least one event, by name."""
        return self._people(
            """SELECT p.id, p.name, p.kind FROM people p
               WHERE EXISTS (SELECT 1 FROM event_people ep WHERE ep.person_id = p.id) ORDER BY p.name"""
        )

    def _people(self, sql: str, parameters: Sequence[object] = ()) -> list[Person]:
        """People from rows of (id, name, kind), each with its aliases."""
        rows = self._rows(sql, parameters)
        aliases: dict[object, list[str]] = {}
        if rows:
            wanted = json.dumps([row["id"] for row in rows])
            for alias in self._rows(
                """SELECT person_id, alias FROM people_aliases
                   WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY alias""",
                (wanted,),
            ):
                aliases.setdefault(alias["person_id"], []).append(str(alias["alias"]))
        return [
            Person(str(row["name"]), str(row["kind"] or "other"), tuple(aliases.get(row["id"], ())))
            for row in rows
        ]

    def category_ids(self) -> list[str]:
        return [category.id for category in self.categories()]

    def event(self, event_id: str) -> Event | None:
        rows = self._rows(
            """SELECT id, start, "end", title, summary, category, date_note, note, multilateral
               FROM events WHERE id = ?""",
            (event_id,),
        )
        if not rows:
            return None
        row = rows[0]
        try:
            span = DateSpan.parse(row["start"], row["end"])
        except (TypeError, ValueError) as error:
            self._skip(f"event {event_id!r}: {error}")
            return None
        entities = tuple(
            self._people(
                """SELECT p.id, p.name, p.kind FROM event_people ep JOIN people p ON p.id = ep.person_id
                   WHERE ep.event_id = ? ORDER BY p.name""",
                (event_id,),
            )
        )
        return Event(
            id=row["id"],
            span=span,
            title=row["title"],
            summary=row["summary"],
            category=row["category"],
            date_note=row["date_note"],
            note=row["note"],
            people=tuple(entity.name for entity in entities),
            entities=entities,
            multilateral=row["multilateral"],
            sources=tuple(self.event_sources(event_id)),
            related=tuple(
                (link["id"], link["title"])
                for link in self._rows(
                    """SELECT e.id, e.title FROM event_links l JOIN events e ON e.id = l.related_id
                       WHERE l.event_id = ? ORDER BY e.first_day, e.id""",
                    (event_id,),
                )
            ),
        )

    def event_sources(self, event_id: str) -> list[Source]:
        return [
            Source(
                document_id=row["document_id"],
                document_title=row["title"],
                outlet=row["outlet"],
                published=row["published"],
                language=row["language"],
                url=row["url"],
                kind=row["kind"],
                quote=row["quote"],
                char_start=row["char_start"],
                char_end=row["char_end"],
                note=row["note"],
                in_place=bool(row["in_place"]),
            )
            for row in self._rows(
                """SELECT s.document_id, s.quote, s.char_start, s.char_end, s.note,
                          d.title, d.outlet, d.published, d.language, d.url, d.kind,
                          s.quote IS NULL OR (
                            typeof(s.char_start) = 'integer' AND typeof(s.char_end) = 'integer'
                            AND substr(d.text, s.char_start + 1, s.char_end - s.char_start) = s.quote
                          ) AS in_place
                   FROM event_sources s JOIN documents d ON d.id = s.document_id
                   WHERE s.event_id = ? ORDER BY s.position""",
                (event_id,),
            )
        ]

    def documents(self, kind: str | None = None) -> list[Document]:
        """Documents without their text (the reader asks for one at a time)."""
        where, parameters = ("WHERE kind = ?", (kind,)) if kind else ("", ())
        return [
            _document(row)
            for row in self._rows(
                f"""SELECT id, kind, title, outlet, published, language, url, provenance, note, '' AS text
                    FROM documents {where} ORDER BY kind, published, id""",
                parameters,
            )
        ]

    def document(self, document_id: str) -> Document | None:
        rows = self._rows(
            """SELECT id, kind, title, outlet, published, language, url, provenance, note, text
               FROM documents WHERE id = ?""",
            (document_id,),
        )
        return _document(rows[0]) if rows else None

    def search_events(self, text: str) -> list[str]:
        """Ids of the events whose title, summary, sources or people's names match, best first."""
        return self._search("events", text)

    def search_documents(self, text: str) -> list[str]:
        """Ids of the documents whose title or text matches, best match first."""
        return self._search("documents", text)

    def _search(self, table: str, text: str) -> list[str]:
        query = fts_query(text)
        if not query:
            return []
        fts = f"{table}_fts"  # table is one of ours, never user input
        rows = self._rows(
            f"SELECT t.id FROM {fts} f JOIN {table} t ON t.rowid = f.rowid WHERE {fts} MATCH ? ORDER BY rank",
            (query,),
        )
        return [row["id"] for row in rows]

    def trade_points(self) -> list[TradePoint]:
        """Every trade figure with its source, by year."""
        return [
            TradePoint(
                year=row["year"],
                exports_musd=row["exports_musd"],
                imports_musd=row["imports_musd"],
                turnover_musd=row["turnover_musd"],
                growth_pct=row["growth_pct"],
                statistics=row["statistics"],
                document_id=row["document_id"],
                quote=row["quote"],
                year_note=row["year_note"],
                period=row["period"] or "year",
                note=row["note"],
                document_title=row["title"] or "",
                outlet=row["outlet"] or "",
                published=row["published"] or "",
                url=row["url"] or "",
                kind=row["kind"] or "full",
                basis=row["basis"] or "official-statement",
                char_start=row["char_start"] if row["in_place"] else None,
                char_end=row["char_end"] if row["in_place"] else None,
                in_place=bool(row["in_place"]),
            )
            for row in self._rows(
                """SELECT t.year, t.exports_musd, t.imports_musd, t.turnover_musd, t.growth_pct,
                          t.statistics, t.document_id, t.quote, t.year_note, t.period, t.note,
                          t.basis, t.char_start, t.char_end,
                          d.title, d.outlet, d.published, d.url, d.kind,
                          t.quote IS NOT NULL AND typeof(t.char_start) = 'integer'
                            AND typeof(t.char_end) = 'integer'
                            AND substr(d.text, t.char_start + 1, t.char_end - t.char_start) = t.quote
                            AS in_place
                   FROM trade t LEFT JOIN documents d ON d.id = t.document_id
                   WHERE typeof(t.year) = 'integer' AND typeof(t.exports_musd) IN ('null', 'integer', 'real')
                     AND typeof(t.imports_musd) IN ('null', 'integer', 'real')
                     AND typeof(t.turnover_musd) IN ('null', 'integer', 'real')
                     AND typeof(t.growth_pct) IN ('null', 'integer', 'real')
                   ORDER BY t.year, t.id"""
            )
        ]

    def trade_targets(self) -> list[TradeTarget]:
        return [
            TradeTarget(row["id"], row["turnover_musd"], row["stated"], row["document_id"], row["quote"])
            for row in self._rows(
                "SELECT id, turnover_musd, stated, document_id, quote FROM trade_targets ORDER BY stated"
            )
        ]

    def integrity_problems(self) -> list[str]:
        """What `PRAGMA integrity_check` finds; empty when the file is sound."""
        try:
            rows = self._connection.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as error:
            return [str(error)]
        return [row[0] for row in rows if row[0] != "ok"]

    def quoted_sources(self) -> list[tuple[str, str, str, int, int, str]]:
        """Every (owner, record, quote, char_start, char_end, document text) that quotes a document."""
        rows = self._rows(
            """SELECT 'event' AS owner, s.event_id AS record, s.quote, s.char_start, s.char_end, d.text
               FROM event_sources s JOIN documents d ON d.id = s.document_id
               WHERE s.quote IS NOT NULL
               UNION ALL
               SELECT 'trade', CAST(t.year AS TEXT), t.quote, t.char_start, t.char_end, d.text
               FROM trade t JOIN documents d ON d.id = t.document_id WHERE t.quote IS NOT NULL
               UNION ALL
               SELECT 'target', g.id, g.quote, g.char_start, g.char_end, d.text
               FROM trade_targets g JOIN documents d ON d.id = g.document_id WHERE g.quote IS NOT NULL"""
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]

    def type_problems(self) -> list[str]:
        """Values that are NULL or of the wrong type where the app expects a type (for `check`)."""
        problems: list[str] = []
        for table, key, columns in TYPED_COLUMNS:
            for column, expected in columns.items():
                rows = self._connection.execute(
                    f"SELECT {_quote(key)}, typeof({_quote(column)}) FROM {_quote(table)}"
                    f" WHERE typeof({_quote(column)}) <> ? LIMIT 50",
                    (expected,),
                ).fetchall()
                problems += [
                    f"{table} {record!r}: {column} is {found}, not {expected}" for record, found in rows
                ]
        for column in ("exports_musd", "imports_musd", "turnover_musd", "growth_pct"):
            numeric = f"typeof({column}) IN ('null', 'integer', 'real')"
            rows = self._connection.execute(
                f"SELECT id, typeof({column}) FROM trade WHERE NOT {numeric}"
            ).fetchall()
            problems += [f"trade {record!r}: {column} is {found}, not a number" for record, found in rows]
        return problems

    def oversized_texts(self) -> list[tuple[str, str, str, int]]:
        """(table, record, column, length) of texts longer than OVERSIZED_TEXT characters."""
        found: list[tuple[str, str, str, int]] = []
        for table, key, columns in SIZED_COLUMNS:
            for column in columns:
                rows = self._connection.execute(
                    f"SELECT {_quote(key)}, length({_quote(column)}) FROM {_quote(table)}"
                    f" WHERE length({_quote(column)}) > ? LIMIT 50",
                    (OVERSIZED_TEXT,),
                ).fetchall()
                found += [(table, str(record), column, int(length)) for record, length in rows]
        return found

    def vocabulary_problems(self) -> list[str]:
        """Multilateral settings and kinds of people outside the documented sets (for `check`)."""
        settings = json.dumps(list(MULTILATERAL_SETTINGS))
        kinds = json.dumps(list(PERSON_KINDS))
        rows = self._rows(
            """SELECT 'event ' || quote(id) || ': multilateral ' || quote(multilateral) AS problem
               FROM events WHERE multilateral IS NOT NULL
                 AND multilateral NOT IN (SELECT value FROM json_each(?))
               UNION ALL
               SELECT 'person ' || quote(name) || ': kind ' || quote(kind) FROM people
               WHERE kind IS NULL OR kind NOT IN (SELECT value FROM json_each(?))
               ORDER BY problem""",
            (settings, kinds),
        )
        return [f"{row['problem']} is not one of the documented values" for row in rows]

    def miscounted_sources(self) -> list[str]:
        """Events whose source_count disagrees with their sources (unsourced ones are reported apart)."""
        rows = self._rows(
            """SELECT id FROM events e
               WHERE source_count IS NOT (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id)
                 AND EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)
               ORDER BY id"""
        )
        return [row["id"] for row in rows]

    def unsourced_events(self) -> list[str]:
        rows = self._rows(
            """SELECT id FROM events e
               WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)
               ORDER BY id"""
        )
        return [row["id"] for row in rows]


def filter_clause(event_filter: EventFilter) -> tuple[str, list[object]]:
    """A WHERE clause over `events e` with bound parameters: never text pasted into SQL."""
    conditions: list[str] = []
    parameters: list[object] = []
    if event_filter.categories is not None:
        wanted = sorted(event_filter.categories)
        conditions.append(f"e.category IN ({', '.join('?' for _ in wanted)})" if wanted else "0")
        parameters.extend(wanted)
    if event_filter.people:
        names = sorted(event_filter.people)
        conditions.append(
            f"""EXISTS (SELECT 1 FROM event_people ep JOIN people p ON p.id = ep.person_id
                WHERE ep.event_id = e.id AND p.name IN ({", ".join("?" for _ in names)}))"""
        )
        parameters.extend(names)
    if event_filter.start is not None:
        conditions.append("e.last_day >= ?")
        parameters.append(event_filter.start.first_day().toordinal())
    if event_filter.end is not None:
        conditions.append("e.first_day <= ?")
        parameters.append(event_filter.end.last_day().toordinal())
    if event_filter.bilateral_only:
        conditions.append("e.multilateral IS NULL")
    query = fts_query(event_filter.text)
    if query:
        conditions.append("e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        parameters.append(query)
    if event_filter.ids is not None:
        ids = sorted(event_filter.ids)
        conditions.append("e.id IN (SELECT value FROM json_each(?))")
        parameters.append(json.dumps(ids))
    return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), parameters


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while reading many rows.

    Reading creates hundreds of thousands of tuples that cannot form cycles; the collector would walk
    them again and again (a third of the time at a million rows).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@functools.lru_cache(maxsize=65536)
def _span_label(start: object, end: object) -> str | None:
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


def _csv_citation(document: Document) -> str:
    """ "Headline — outlet, date[, address]"; a report with no headline is named by outlet and date."""
    where = ", ".join(part for part in (document.outlet, document.published) if part)
    if document.is_reference and document.url:
        where += f", {document.url}"
    return f"{document.title} — {where}" if has_headline(document.title) else where


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"],
        kind=row["kind"],
        title=row["title"],
        outlet=row["outlet"] or "",
        published=row["published"] or "",
        language=row["language"] or "",
        url=row["url"] or "",
        provenance=row["provenance"] or "",
        note=row["note"] or "",
        text=row["text"] or "",
    )


def _day_text(ordinal: int | None) -> str:
    return dt.date.fromordinal(ordinal).isoformat() if ordinal else ""


__all__ = ["DatabaseError", "RelationsDatabase", "fts_query", "open_database"]
