"""What a report says, gathered from the data layer: the events in date order and their sources numbered.

The workspace (the user's own notes) does not exist yet; `UserNotes` is the hook it will fill.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from azkz_desktop.data.citations import CitationRecord, citation_records
from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.dates import DateSpan, PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import Event
from azkz_desktop.ui import date_words as words
from azkz_desktop.ui.category_names import category_labels
from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

# event id -> the user's note on it, or None. The workspace will provide one; until then nobody has notes.
UserNotes = Callable[[str], str | None]
DATA_LICENCE = QT_TRANSLATE_NOOP(
    "Report",
    "Data: azkz-desktop, MIT licence. Quoted passages stay under their publishers' terms; "
    "Wikipedia text is CC BY-SA.",
)


def no_user_notes(_event_id: str) -> str | None:
    return None


@dataclass(frozen=True)
class ReportContent:
    title: str
    filters: str  # the filter in words, or "" for all events
    period: str  # the events' period in words
    events: list[Event]  # in date order
    categories: dict[str, str]  # id -> label
    sources: list[CitationRecord]  # numbered from 1 in this order
    credit: str
    licence: str
    user_note: UserNotes = no_user_notes

    def source_number(self, document_id: str) -> int:
        return next(n for n, record in enumerate(self.sources, start=1) if record.id == document_id)

    @property
    def first_day(self) -> float:
        return float(self.events[0].span.first_day().toordinal()) if self.events else 0.0

    @property
    def end_day(self) -> float:
        return (
            float(max(event.span.last_day().toordinal() for event in self.events) + 1) if self.events else 1.0
        )


def date_words(text: str) -> str:
    """A document's date in words at its precision ("2 March 2004", "June 1997"), else as given."""
    try:
        return words.date_words(PartialDate.parse(text))
    except ValueError:
        return text or QCoreApplication.translate("Report", "undated")


def gather(
    database: RelationsDatabase,
    event_filter: EventFilter,
    filters_text: str | None = None,
    user_note: UserNotes = no_user_notes,
    title: str = "Azerbaijan–Kazakhstan relations: report",
) -> ReportContent:
    """Everything the report prints for the events that pass `event_filter`."""
    events = [
        event for event_id in database.filtered_event_ids(event_filter) if (event := database.event(event_id))
    ]
    sources = citation_records(database, [event.id for event in events])
    summary = database.summary()
    if events:
        last = max(events, key=lambda event: event.span.last_day()).span.last
        first = events[0].span.start
        try:
            period = words.span_words(DateSpan(first, last if last != first else None))
        except ValueError:  # the ends at different precisions
            period = f"{words.date_words(first)} – {words.date_words(last)}"
    else:
        period = QCoreApplication.translate("Report", "no events")
    credit = (
        QCoreApplication.translate(
            "Report", "Sources: %1 documents and reports, each cited below. Database built %2 (azkz-desktop)."
        )
        .replace("%1", str(len(sources)))
        .replace("%2", summary.built or QCoreApplication.translate("Report", "on an unknown date"))
    )
    return ReportContent(
        title=title,
        filters=event_filter.describe() if filters_text is None else filters_text,
        period=period,
        events=events,
        categories=category_labels(database.categories()),
        sources=sources,
        credit=credit,
        licence=QCoreApplication.translate("Report", DATA_LICENCE),
        user_note=user_note,
    )
