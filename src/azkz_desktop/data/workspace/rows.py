"""Own events in the shapes the bundled events already have, so the detail pane and the export take both.

Nothing here knows how the UI draws: it gives Event values and CSV rows with the same fields as the
bundled ones (plus origin and note), and the UI combines them.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Iterable, Iterator, Mapping, Sequence

from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.export import COLUMNS
from azkz_desktop.data.export_rows import ExportStream
from azkz_desktop.data.models import Event, Source
from azkz_desktop.data.workspace.records import ORIGIN_BUNDLED, ORIGIN_MINE, OwnEvent

# The CSV export with the workspace: the bundled columns, then where the event comes from and its note.
EXPORT_COLUMNS = (*COLUMNS, "origin", "my_note")


def event_of(event: OwnEvent, note: str | None = None) -> Event:
    """As the detail pane takes a bundled event: the source is a reference without a quote."""
    source = Source(
        document_id="",
        document_title=event.source_title,
        outlet=event.source_outlet,
        published=event.source_date,
        language="",
        url=event.source_url,
        kind="reference",
        quote=None,
        char_start=None,
        char_end=None,
        note=event.source_text or None,
        in_place=False,
    )
    return Event(
        id=event.id,
        span=event.span,
        title=event.title,
        summary=event.summary,
        category=event.category,
        date_note=None,
        note=note,
        people=event.people,
        sources=(source,),
    )


def own_export_rows(
    events: Iterable[OwnEvent], notes: Mapping[str, str], labels: Mapping[str, str] | None = None
) -> Iterator[tuple[str, ...]]:
    """Own events as CSV rows in EXPORT_COLUMNS order; `labels` maps category ids to their labels."""
    labels = labels or {}
    for event in events:
        span = event.span
        cells = {
            "id": event.id,
            "start": span.start.iso(),
            "first_day": span.first_day().isoformat(),
            "end": span.end.iso() if span.end else "",
            "precision": span.precision.value,
            "date_label": span.label(),
            "title": event.title,
            "category": labels.get(event.category, event.category),
            "people": "; ".join(event.people),
            "summary": event.summary,
            "sources": event.citation(),
            "origin": ORIGIN_MINE,
            "my_note": notes.get(event.id, ""),
        }
        yield tuple(cells.get(column, "") for column in EXPORT_COLUMNS)


def bundled_export_rows(rows: Iterable[Sequence[str]], notes: Mapping[str, str]) -> Iterator[tuple[str, ...]]:
    """Bundled export rows (RelationsDatabase.export_rows) with origin "bundled" and the note added; the
    database's own stream adds them as it makes its records, which the writer then takes as they are."""
    if isinstance(rows, ExportStream):
        by_id = {event_id: (ORIGIN_BUNDLED, note) for event_id, note in notes.items()}
        return rows.with_cells((ORIGIN_BUNDLED, ""), by_id)
    return ((*row, ORIGIN_BUNDLED, notes.get(row[0], "")) for row in rows)


def merged_export_rows(
    bundled: Iterable[Sequence[str]],
    own: Iterable[OwnEvent],
    notes: Mapping[str, str],
    labels: Mapping[str, str] | None = None,
) -> Iterator[tuple[str, ...]]:
    """Both kinds in date order (first day, last day, id), as the bundled export gives its rows.

    The bundled rows stream through (a million of them are never held at once); the own events, few,
    are sorted and merged in.
    """
    own_list = list(own)
    rows = bundled_export_rows(bundled, notes)
    if not own_list:
        return rows
    mine = [
        ((event.span.first_day().isoformat(), event.span.last_day().isoformat(), event.id), row)
        for event, row in zip(own_list, own_export_rows(own_list, notes, labels), strict=True)
    ]
    mine.sort(key=lambda pair: pair[0])
    keyed = ((_bundled_key(row), row) for row in rows)
    return (row for _, row in heapq.merge(keyed, mine, key=lambda pair: pair[0]))


def _bundled_key(row: Sequence[str]) -> tuple[str, str, str]:
    """A bundled row's place in date order: its first day (a column) and last day (from its dates)."""
    return (row[2], _last_day_text(row[1], row[3]), row[0])


@functools.lru_cache(maxsize=65536)
def _last_day_text(start: str, end: str) -> str:
    try:
        return DateSpan.parse(start, end or None).last_day().isoformat()
    except ValueError:
        return ""
