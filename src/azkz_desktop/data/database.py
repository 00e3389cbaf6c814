"""Read-only access to a relations database: the queries the views ask, answered as domain objects.

It is the only place in the app that runs SQL, with connection.py (opening), check_queries.py (`check`)
and export_rows.py (the CSV export) beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from azkz_desktop.data.check_queries import CheckQueries
from azkz_desktop.data.connection import open_checked
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.errors import DatabaseCorrupt, DatabaseError
from azkz_desktop.data.export_rows import ExportRows, span_label
from azkz_desktop.data.filter_sql import filter_clause, fts_query
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
from azkz_desktop.data.timeline_arrays import MAX_DAY, MIN_DAY, VALID_DAYS
from azkz_desktop.data.timeline_queries import TimelineQueries

MAX_SOURCES = 50  # sources of one event the detail pane lists; "and N more" says the rest


def open_database(path: str | Path) -> RelationsDatabase:
    """Open `path` read-only and check that it is a relations database this app can read."""
    return RelationsDatabase(*open_checked(path))


class RelationsDatabase(CheckQueries, ExportRows, TimelineQueries):
    """The questions the views ask of a database, answered as domain objects."""

    def summary(self) -> DatabaseSummary:
        meta = {row["key"]: row["value"] for row in self._rows("SELECT key, value FROM meta")}
        latest = self._latest_from_arrays()
        last_day = (
            "NULL"
            if latest
            else f"""(SELECT max(last_day) FROM events WHERE typeof(last_day) = 'integer'
                   AND last_day {VALID_DAYS})"""
        )
        counts = self._rows(
            f"""SELECT
                (SELECT count(*) FROM events) AS events,
                (SELECT count(*) FROM documents WHERE kind = 'full') AS documents,
                (SELECT count(*) FROM documents WHERE kind = 'reference') AS refs,
                (SELECT count(*) FROM event_sources) AS sources,
                (SELECT count(*) FROM trade) AS trade,
                (SELECT min(first_day) FROM events WHERE typeof(first_day) = 'integer'
                   AND first_day {VALID_DAYS}) AS first_day,
                {last_day} AS last_day"""
        )[0]
        return DatabaseSummary(
            path=self.path,
            schema_version=_integer(meta.get("schema_version")),
            built=str(meta.get("built") or ""),
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

    def filtered_event_ids(self, event_filter: EventFilter, ordered: bool = True) -> list[str]:
        """Ids of the events that pass the filter, in date order unless `ordered` is False (faster)."""
        where, parameters = filter_clause(event_filter)
        order = "ORDER BY e.first_day, e.last_day, e.id" if ordered else ""
        try:
            with self._damage_reported():
                cursor = self._connection.execute(f"SELECT e.id FROM events e {where} {order}", parameters)
                return [row[0] for row in cursor.fetchall()]
        except DatabaseCorrupt as error:
            if not fts_query(event_filter.text):
                raise
            self._skip(f"search: the full-text index events_fts is damaged; nothing found ({error.problem})")
            return []

    def document_passages(self, document_id: str, length: int = 2**62) -> list[tuple[str, int, int]]:
        """(event id, char_start, char_end) of every passage of the document that backs an event."""
        rows = self._rows(
            """SELECT event_id, char_start, char_end FROM event_sources
               WHERE document_id = ? AND typeof(char_start) = 'integer' AND typeof(char_end) = 'integer'
                 AND char_start >= 0 AND char_end > char_start AND char_end <= ?
               ORDER BY char_start, char_end, event_id""",
            (document_id, length),
        )
        return [(str(row["event_id"]), row["char_start"], row["char_end"]) for row in rows]

    def citing_events(self, document_id: str) -> list[tuple[str, str, str]]:
        """(event id, date in words, title) of every event citing the document, by date."""
        rows = self._rows(
            """SELECT DISTINCT e.id, e.start, e."end", e.title, e.first_day, e.last_day
               FROM event_sources s JOIN events e ON e.id = s.event_id
               WHERE s.document_id = ? ORDER BY e.first_day, e.last_day, e.id""",
            (document_id,),
        )
        return [
            (row["id"], span_label(row["start"], row["end"]) or str(row["start"]), row["title"])
            for row in rows
        ]

    def people(self) -> list[Person]:
        """Every person, organisation and country named in at least one event, by name."""
        return self._people(
            """SELECT p.id, p.name, p.kind FROM people p
               WHERE typeof(p.name) = 'text'
                 AND EXISTS (SELECT 1 FROM event_people ep WHERE ep.person_id = p.id) ORDER BY p.name"""
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
                   WHERE ep.event_id = ? AND typeof(p.name) = 'text' ORDER BY p.name""",
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
            source_total=self.source_total(event_id),
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
                char_start=row["char_start"] if row["in_place"] and row["quote"] is not None else None,
                char_end=row["char_end"] if row["in_place"] and row["quote"] is not None else None,
                note=row["note"],
                in_place=bool(row["in_place"]),
            )
            for row in self._sources_of(event_id)
        ]

    def _sources_of(self, event_id: str) -> list[sqlite3.Row]:
        """The event's sources, at most MAX_SOURCES of them; the rest are counted by source_total()."""
        return self._rows(
            """SELECT s.document_id, s.quote, s.char_start, s.char_end, s.note,
                          d.title, d.outlet, d.published, d.language, d.url, d.kind,
                          s.quote IS NULL OR (
                            typeof(s.char_start) = 'integer' AND typeof(s.char_end) = 'integer'
                            AND substr(d.text, s.char_start + 1, s.char_end - s.char_start) = s.quote
                          ) AS in_place
                   FROM event_sources s JOIN documents d ON d.id = s.document_id
                   WHERE s.event_id = ? ORDER BY s.position LIMIT ?""",
            (event_id, MAX_SOURCES),
        )

    def source_total(self, event_id: str) -> int:
        """How many sources the event has, however many the detail pane shows."""
        return int(self._rows("SELECT count(*) FROM event_sources WHERE event_id = ?", (event_id,))[0][0])

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

    def document(self, document_id: str, max_chars: int | None = None) -> Document | None:
        """One document with its text; with `max_chars`, only that much of the text leaves SQLite."""
        rows = self._rows(
            """SELECT id, kind, title, outlet, published, language, url, provenance, note,
                      CASE WHEN ? IS NULL THEN text ELSE substr(text, 1, ?) END AS text
               FROM documents WHERE id = ?""",
            (max_chars, max_chars, document_id),
        )
        return _document(rows[0]) if rows else None

    def document_length(self, document_id: str) -> int:
        """The length of a document's text in characters, without reading it into Python."""
        rows = self._rows("SELECT length(text) FROM documents WHERE id = ?", (document_id,))
        return int(rows[0][0] or 0) if rows else 0

    def search_documents(self, text: str) -> list[str]:
        """Ids of the documents whose title or text matches, best match first."""
        return self._search("documents", text)

    def _search(self, table: str, text: str) -> list[str]:
        query = fts_query(text)
        if not query:
            return []
        fts = f"{table}_fts"  # table is one of ours, never user input
        try:
            rows = self._rows(
                f"SELECT t.id FROM {fts} f JOIN {table} t ON t.rowid = f.rowid WHERE {fts} MATCH ?"
                " ORDER BY rank",
                (query,),
            )
        except DatabaseCorrupt as error:
            self._skip(f"search: the full-text index {fts} is damaged; nothing found ({error.problem})")
            return []
        return [row["id"] for row in rows]

    def trade_points(self) -> list[TradePoint]:
        """Every trade figure with its source, by year; figures that cannot be charted are skipped."""
        points = [
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
                   WHERE typeof(t.year) = 'integer' AND t.year BETWEEN 1900 AND 2100
                     AND typeof(t.exports_musd) IN ('null', 'integer', 'real')
                     AND typeof(t.imports_musd) IN ('null', 'integer', 'real')
                     AND typeof(t.turnover_musd) IN ('null', 'integer', 'real')
                     AND typeof(t.growth_pct) IN ('null', 'integer', 'real')
                     AND abs(coalesce(t.exports_musd, 0)) < 1e9 AND abs(coalesce(t.imports_musd, 0)) < 1e9
                     AND abs(coalesce(t.turnover_musd, 0)) < 1e9 AND abs(coalesce(t.growth_pct, 0)) < 1e9
                   ORDER BY t.year, t.id"""
            )
        ]
        self._count_skipped("trade", len(points), "trade figure(s) with an impossible year or amount")
        return points

    def _count_skipped(self, table: str, kept: int, what: str) -> None:
        total = int(self._rows(f"SELECT count(*) FROM {table}")[0][0])  # table is one of ours
        if total > kept:
            self._skip(f"{total - kept} {what}")

    def trade_targets(self) -> list[TradeTarget]:
        targets = [
            TradeTarget(row["id"], row["turnover_musd"], row["stated"], row["document_id"], row["quote"])
            for row in self._rows(
                """SELECT id, turnover_musd, stated, document_id, quote FROM trade_targets
                   WHERE typeof(turnover_musd) IN ('integer', 'real') AND abs(turnover_musd) < 1e9
                     AND typeof(stated) = 'text' ORDER BY stated"""
            )
        ]
        self._count_skipped("trade_targets", len(targets), "trade target(s) with an impossible amount")
        return targets


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


def _integer(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


__all__ = ["MAX_DAY", "MIN_DAY", "DatabaseError", "RelationsDatabase", "fts_query", "open_database"]
