"""Read-only access to a relations database: the queries the views ask, answered as domain objects.

RelationsDatabase is the data layer's one object for a database file: the events, their people and
sources and the links between events and documents are asked here; documents (document_queries.py),
trade figures (trade_queries.py), the timeline's arrays (timeline_queries.py), the SQL of `check`
(check_queries.py) and the rows of the CSV export (export_rows.py) are its mixins, over the connection
that connection.py opens.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from azkz_desktop.data.check_queries import CheckQueries
from azkz_desktop.data.connection import open_checked
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.errors import DatabaseCorrupt, DatabaseError
from azkz_desktop.data.export_rows import ExportRows, span_label
from azkz_desktop.data.filter_sql import filter_clause, fts_query
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import (
    Category,
    Event,
    Person,
    Source,
)
from azkz_desktop.data.timeline_arrays import MAX_DAY, MIN_DAY, VALID_DAYS
from azkz_desktop.data.timeline_queries import TimelineQueries
from azkz_desktop.data.trade_queries import TradeQueries

if TYPE_CHECKING:  # counted for the About box and `check`, not at start-up
    from azkz_desktop.data.summary import DatabaseSummary

MAX_SOURCES = 50  # sources of one event the detail pane lists; "and N more" says the rest


def open_database(path: str | Path) -> RelationsDatabase:
    """Open `path` read-only and check that it is a relations database this app can read."""
    return RelationsDatabase(*open_checked(path))


class RelationsDatabase(CheckQueries, ExportRows, TimelineQueries, TradeQueries):
    """The questions the views ask of a database, answered as domain objects."""

    def summary(self) -> DatabaseSummary:
        from azkz_desktop.data.summary import DatabaseSummary

        meta = {row["key"]: row["value"] for row in self._rows("SELECT key, value FROM meta")}
        latest = self._latest_from_arrays()
        last_day = (
            "NULL"
            if latest
            else f"""(SELECT max(last_day) FROM events WHERE typeof(last_day) = 'integer'
                   AND last_day {VALID_DAYS})"""
        )
        known = self._event_count_from_arrays()
        counts = self._rows(
            f"""SELECT
                {"(SELECT count(*) FROM events)" if known is None else known} AS events,
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

    def event_count(self) -> int:
        """How many events the file holds (the summary's count), from the trusted arrays if usable."""
        known = self._event_count_from_arrays()
        if known is not None:
            return known
        return int(self._rows("SELECT count(*) AS events FROM events")[0]["events"])

    def built_date(self) -> str:
        """The build date in meta (`YYYY-MM-DD`), empty if none (the summary's `built`)."""
        rows = self._rows("SELECT value FROM meta WHERE key = 'built'")
        return str(rows[0]["value"] or "") if rows else ""

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


def _day_text(ordinal: int | None) -> str:
    return dt.date.fromordinal(ordinal).isoformat() if ordinal else ""


def _integer(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


__all__ = ["MAX_DAY", "MIN_DAY", "DatabaseError", "RelationsDatabase", "fts_query", "open_database"]
