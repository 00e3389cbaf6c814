"""`azkz-desktop check`: is a database sound, complete and true to its documents?

Each problem found has a kind; the most serious kind present decides the exit code (exit_codes.CHECK_*).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from azkz_desktop import exit_codes
from azkz_desktop.data import deep_check
from azkz_desktop.data.check_queries import OVERSIZED_TEXT
from azkz_desktop.data.database import open_database
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.models import DatabaseSummary

MAX_PER_CHECK = 200  # messages of one kind of check: enough to act on, never a flood

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
        raw = deep_check.connect_raw(Path(path))
        try:
            _add_deep_checks(report, raw)
            sources += _run(raw, deep_check.quote_problems)
        finally:
            raw.close()
        report.add("sources", sources)
        report.add(
            "oversized",
            [
                f"{table} {record!r}: {column} is {length:,} characters long (more than {OVERSIZED_TEXT:,})"
                for table, record, column, length in database.oversized_texts()
            ],
        )
        report.add("arrays", database.timeline_array_problems() + database.search_postings_problems())
        return report
    finally:
        database.close()


def _run(connection: sqlite3.Connection, check: deep_check.Check) -> list[str]:
    """A check's messages; one the file itself stops (damage, a runaway query) ends in a message too."""
    found: list[str] = []
    try:
        for message in check(connection):
            found.append(message)
            if len(found) >= MAX_PER_CHECK:
                found.append(f"… and possibly more like this ({check.__name__} stopped at {MAX_PER_CHECK})")
                break
    except sqlite3.DatabaseError as error:
        found.append(f"{check.__name__}: the database is damaged ({' '.join(str(error).split())[:160]})")
    return found


def _add_deep_checks(report: CheckReport, raw: sqlite3.Connection) -> None:
    report.add("integrity", _run(raw, deep_check.search_index_problems))
    report.add("integrity", _run(raw, deep_check.reference_problems))
    report.add("types", _run(raw, deep_check.encoding_problems))
    report.add("types", _run(raw, deep_check.trade_problems))
    report.add("dates", _run(raw, deep_check.day_problems))


def _date_problems(start: object, end: object, precision: object) -> list[str]:
    try:
        span = DateSpan.parse(str(start), str(end) if end else None)
    except ValueError as error:
        return [str(error)]
    if span.precision != precision:
        return [f"precision {precision!r} does not match the date {start!r}"]
    return []
