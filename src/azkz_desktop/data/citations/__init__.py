"""Citations of the sources behind a set of events, in the formats reference managers import.

`records` gathers one record per distinct source from the database; `csl_json`, `bibtex` and `ris`
write them; `styled` formats one in a named style with a CSL processor (imported only when used).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from azkz_desktop.data.citations.records import CitationRecord, Passage, citation_records, record_for

_FROM_RECORDS = ("CitationRecord", "Passage", "citation_records", "record_for")

FORMATS = ("csl-json", "bibtex", "ris")
SUFFIXES = {"csl-json": ".json", "bibtex": ".bib", "ris": ".ris"}


def write_citations(records: list[CitationRecord], format_name: str) -> str:
    """The records as one text in `format_name` (one of FORMATS)."""
    if format_name == "csl-json":
        from azkz_desktop.data.citations.csl_json import to_csl_json

        return to_csl_json(records)
    if format_name == "bibtex":
        from azkz_desktop.data.citations.bibtex import to_bibtex

        return to_bibtex(records)
    if format_name == "ris":
        from azkz_desktop.data.citations.ris import to_ris

        return to_ris(records)
    raise ValueError(f"unknown citation format {format_name!r} (known: {', '.join(FORMATS)})")


__all__ = [
    "FORMATS",
    "SUFFIXES",
    "CitationRecord",
    "Passage",
    "citation_records",
    "record_for",
    "write_citations",
]


def __getattr__(name: str) -> object:
    """The records module (and the database layer under it) loads when first used: the command line
    lists FORMATS on every launch, the window included."""
    if name in _FROM_RECORDS:
        from azkz_desktop.data.citations import records

        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
