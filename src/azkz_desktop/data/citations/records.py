"""One citation record per distinct source of a set of events, with the events it backs.

A report cited by three events is one record. For a bundled document each quoted passage keeps its
position: the characters, and the paragraph number when the text is split into blank-line paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.models import Document

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A provenance may say when the copy was retrieved; that is the only access date we can honestly give.
ACCESSED = re.compile(r"\b(?:accessed|retrieved|consulted)(?: on)? (\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
JOURNAL_WORDS = re.compile(r"\b(journal|review|quarterly|studies|bulletin)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    """Where a quoted passage stands in its bundled document (character offsets, end exclusive)."""

    event_id: str
    char_start: int
    char_end: int
    paragraph: int | None  # 1-based; None when the text has no blank-line paragraphs

    def describe(self) -> str:
        place = f"characters {self.char_start + 1}–{self.char_end}"
        return f"paragraph {self.paragraph}, {place}" if self.paragraph else place


@dataclass(frozen=True)
class CitationRecord:
    """What every format needs to cite one source."""

    id: str
    kind: str  # "full" (a bundled document) or "reference" (a cited public report)
    title: str
    outlet: str
    published: str  # YYYY, YYYY-MM or YYYY-MM-DD, or "" when unknown
    language: str
    url: str
    accessed: str  # YYYY-MM-DD when the provenance says so, else ""
    event_ids: tuple[str, ...]
    passages: tuple[Passage, ...] = field(default_factory=tuple)

    @property
    def is_journal(self) -> bool:
        return bool(JOURNAL_WORDS.search(self.outlet))

    @property
    def date(self) -> PartialDate | None:
        try:
            return PartialDate.parse(self.published) if self.published else None
        except ValueError:
            return None

    def note(self) -> str:
        """The events this source backs and, for a bundled document, where each quote stands."""
        lines = ["Backs events: " + ", ".join(self.event_ids)]
        if self.kind == "full":
            lines.append("Bundled copy in azkz-desktop")
        lines.extend(f"Passage for {p.event_id}: {p.describe()}" for p in self.passages)
        return "\n".join(lines)


def paragraph_number(text: str, offset: int) -> int | None:
    """The blank-line paragraph (from 1) holding `offset`, or None when the text has only one."""
    breaks = [match.end() for match in PARAGRAPH_BREAK.finditer(text.strip("\n"))]
    if not breaks:
        return None
    lead = len(text) - len(text.lstrip("\n"))
    return 1 + sum(1 for end in breaks if end + lead <= offset)


def record_for(
    document: Document, event_ids: Iterable[str], passages: Iterable[Passage] = ()
) -> CitationRecord:
    """A record from a document (its text is not needed here) and what it backs."""
    accessed = ACCESSED.search(document.provenance or "")
    return CitationRecord(
        id=document.id,
        kind=document.kind,
        title=document.title,
        outlet=document.outlet,
        published=document.published or "",
        language=document.language or "",
        url=document.url or "",
        accessed=accessed.group(1) if accessed else "",
        event_ids=tuple(dict.fromkeys(event_ids)),
        passages=tuple(passages),
    )


def citation_records(database: RelationsDatabase, event_ids: Iterable[str]) -> list[CitationRecord]:
    """One record per distinct source of the events, in the order the events (as given) first cite them."""
    backed: dict[str, list[str]] = {}
    located: dict[str, list[tuple[str, int, int]]] = {}
    for event_id in event_ids:
        for source in database.event_sources(event_id):
            backed.setdefault(source.document_id, []).append(event_id)
            if source.quote and source.in_place and source.char_start is not None:
                end = source.char_end if source.char_end is not None else source.char_start
                located.setdefault(source.document_id, []).append((event_id, source.char_start, end))
    records = []
    for document_id, events in backed.items():
        document = database.document(document_id)
        if document is None:
            continue
        passages = [
            Passage(event_id, start, end, paragraph_number(document.text, start))
            for event_id, start, end in sorted(located.get(document_id, []), key=lambda p: (p[1], p[0]))
        ]
        records.append(record_for(document, events, passages))
    return records
