"""The About box: what the data is and where it comes from."""

from __future__ import annotations

from collections.abc import Sequence

from azkz_desktop import __version__
from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.models import DatabaseSummary, Document


def period_label(summary: DatabaseSummary) -> str:
    """ "1936 to 21 October 2025": each end at the precision its event has, in words."""
    ends = []
    for recorded, day in ((summary.first_date, summary.first_day), (summary.last_date, summary.last_day)):
        try:
            ends.append(PartialDate.parse(recorded).label())
        except ValueError:
            ends.append(day)
    return " to ".join(ends)


def about_text(summary: DatabaseSummary, documents: Sequence[Document]) -> str:
    """Plain text naming every document behind the data, with the counts and the build date."""
    lines = [
        f"azkz-desktop {__version__}",
        "The history of Azerbaijan–Kazakhstan relations, offline. Every event cites its source.",
        "",
        f"Database: {summary.path}",
        f"Built: {summary.built or 'unknown'} (schema version {summary.schema_version})",
        f"{summary.event_count} events from {period_label(summary)}, "
        f"{summary.source_count} source citations, {summary.trade_count} trade figures.",
        "",
        "Bundled documents:",
    ]
    for document in documents:
        if document.is_reference:
            continue
        lines.append(
            f"• {document.title} — {document.outlet}, {document.published}"
            f" ({document.language or 'language unknown'})"
        )
    references = [document for document in documents if document.is_reference]
    if references:
        lines += ["", f"Plus {len(references)} cited public reports (see each event's sources)."]
    return "\n".join(lines)
