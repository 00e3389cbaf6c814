"""The counts and dates of an open database, for the About box and `check`.

Apart from models.py (which still names it) so that a launch, which counts nothing, does not make its
class; `models.DatabaseSummary` loads this module when first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatabaseSummary:
    """What the About box and the status bar say about the open database."""

    path: str
    schema_version: int
    built: str
    event_count: int
    document_count: int
    reference_count: int
    source_count: int
    trade_count: int
    first_day: str
    last_day: str
    first_date: str = ""  # the earliest start as recorded, at its precision ("1936", not "1936-01-01")
    last_date: str = ""  # the latest end (or start) as recorded, at its precision
