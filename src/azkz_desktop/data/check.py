"""`azkz-desktop check`: is a database sound, complete and true to its documents?"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from azkz_desktop.data.database import open_database
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.models import DatabaseSummary


@dataclass
class CheckReport:
    """The outcome of checking one database: its counts and every problem found."""

    summary: DatabaseSummary
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: str | Path) -> CheckReport:
    """Check schema, file integrity, dates and that every quote stands in its document where it says.

    Raises a DatabaseError when the file cannot be opened as a relations database at all.
    """
    database = open_database(path)
    try:
        report = CheckReport(database.summary())
        report.problems += [f"integrity: {problem}" for problem in database.integrity_problems()]
        report.problems += [f"event {event_id!r} has no source" for event_id in database.unsourced_events()]
        report.problems += [
            f"event {event_id!r}: source_count does not match its sources"
            for event_id in database.miscounted_sources()
        ]
        for owner, record, quote, start, end, text in database.quoted_sources():
            if start is None or end is None or text[start:end] != quote:
                report.problems += [f"{owner} {record!r}: the quote is not in its document at {start}-{end}"]
        for event_id, start, end, precision in database.event_dates():
            report.problems += [
                f"event {event_id!r}: {problem}" for problem in _date_problems(start, end, precision)
            ]
        return report
    finally:
        database.close()


def _date_problems(start: object, end: object, precision: object) -> list[str]:
    try:
        span = DateSpan.parse(str(start), str(end) if end else None)
    except ValueError as error:
        return [str(error)]
    if span.precision != precision:
        return [f"precision {precision!r} does not match the date {start!r}"]
    return []
