"""Own events in the shapes the bundled events already have, so the detail pane and the export take both.

Nothing here knows how the UI draws: it gives Event values and CSV rows with the same fields as the
bundled ones (plus origin and note), and the UI combines them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from azkz_desktop.data.export import COLUMNS
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
    """Bundled export rows (RelationsDatabase.export_rows) with origin "bundled" and the note added."""
    for row in rows:
        yield (*row, ORIGIN_BUNDLED, notes.get(row[0], ""))


def merged_export_rows(
    bundled: Iterable[Sequence[str]],
    own: Iterable[OwnEvent],
    notes: Mapping[str, str],
    labels: Mapping[str, str] | None = None,
) -> list[tuple[str, ...]]:
    """Both kinds in one list in date order (start, then id), as the export writes them."""
    own_list = list(own)
    order = {event.id: (event.span.first_day(), event.span.last_day()) for event in own_list}
    rows = [*bundled_export_rows(bundled, notes), *own_export_rows(own_list, notes, labels)]

    def key(row: tuple[str, ...]) -> tuple[str, str]:
        if row[0] in order:
            return (order[row[0]][0].isoformat(), row[0])
        from azkz_desktop.data.dates import PartialDate

        try:
            return (PartialDate.parse(row[1]).first_day().isoformat(), row[0])
        except ValueError:
            return ("", row[0])

    rows.sort(key=key)
    return rows
