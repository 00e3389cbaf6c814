"""`azkz-desktop check`: is a database sound, complete and true to its documents?

Each problem found has a kind; the most serious kind present decides the exit code (exit_codes.CHECK_*).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from azkz_desktop import exit_codes
from azkz_desktop.data.database import OVERSIZED_TEXT, open_database
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.models import DatabaseSummary

# Most serious first: the first kind found sets the exit code.
KIND_CODES = {
    "integrity": exit_codes.CHECK_INTEGRITY,
    "types": exit_codes.CHECK_TYPES,
    "dates": exit_codes.CHECK_DATES,
    "sources": exit_codes.CHECK_SOURCES,
    "oversized": exit_codes.CHECK_OVERSIZED,
    "arrays": exit_codes.CHECK_ARRAYS,
}


@dataclass
class CheckReport:
    """The outcome of checking one database: its counts and every problem found."""

    summary: DatabaseSummary
    problems: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, messages: list[str]) -> None:
        if messages:
            self.kinds.add(kind)
            self.problems += messages

    @property
    def exit_code(self) -> int:
        for kind, code in KIND_CODES.items():
            if kind in self.kinds:
                return code
        return exit_codes.OK


def check_database(path: str | Path) -> CheckReport:
    """Check file integrity, types, dates, sources, sizes, and that every quote stands where it says.

    Raises a DatabaseError when the file cannot be opened as a relations database at all.
    """
    database = open_database(path)
    try:
        report = CheckReport(database.summary())
        report.add("integrity", [f"integrity: {problem}" for problem in database.integrity_problems()])
        report.add("types", database.type_problems() + database.vocabulary_problems())
        dates = []
        for event_id, start, end, precision in database.event_dates():
            dates += [f"event {event_id!r}: {problem}" for problem in _date_problems(start, end, precision)]
        report.add("dates", dates)
        sources = [f"event {event_id!r} has no source" for event_id in database.unsourced_events()]
        sources += [
            f"event {event_id!r}: source_count does not match its sources"
            for event_id in database.miscounted_sources()
        ]
        for owner, record, quote, start, end, text in database.quoted_sources():
            if not _quote_in_place(quote, start, end, text):
                sources.append(f"{owner} {record!r}: the quote is not in its document at {start}-{end}")
        report.add("sources", sources)
        report.add(
            "oversized",
            [
                f"{table} {record!r}: {column} is {length:,} characters long (more than {OVERSIZED_TEXT:,})"
                for table, record, column, length in database.oversized_texts()
            ],
        )
        report.add("arrays", database.timeline_array_problems())
        return report
    finally:
        database.close()


def _quote_in_place(quote: object, start: object, end: object, text: object) -> bool:
    if not isinstance(quote, str) or not isinstance(text, str):
        return False
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    return text[start:end] == quote


def _date_problems(start: object, end: object, precision: object) -> list[str]:
    try:
        span = DateSpan.parse(str(start), str(end) if end else None)
    except ValueError as error:
        return [str(error)]
    if span.precision != precision:
        return [f"precision {precision!r} does not match the date {start!r}"]
    return []
