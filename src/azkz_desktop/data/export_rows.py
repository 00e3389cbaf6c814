"""The rows of the CSV export: every event passing a filter, with its people, sources, quotes and notes.

A mixin of RelationsDatabase, kept beside export.py, which writes these rows.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterator

from azkz_desktop.data.connection import collector_paused
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.document_queries import DocumentQueries
from azkz_desktop.data.filter_sql import filter_clause
from azkz_desktop.data.filters import EventFilter


class ExportRows(DocumentQueries):
    """The export's query, naming the documents its rows cite."""

    def export_rows(self, event_filter: EventFilter) -> Iterator[tuple[str, ...]]:
        """The events passing the filter as CSV rows, values in the order of export.COLUMNS, by date.

        Several sources, quotes or source notes of one event are separated by line breaks, people by "; ".
        """
        documents = {document.id: document for document in self.documents()}
        origins = {document_id: document.cited for document_id, document in documents.items()}
        citations = {document_id: origin.export_text() for document_id, origin in origins.items()}
        names = {document_id: origin.name for document_id, origin in origins.items()}
        where, parameters = filter_clause(event_filter)
        with self._damage_reported(), collector_paused():
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
            label = span_label(start, end)
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


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


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
