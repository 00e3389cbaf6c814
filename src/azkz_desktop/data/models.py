"""The domain types the data layer hands to the rest of the app: plain, immutable, Qt-free."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from azkz_desktop.data.citation import Citation
from azkz_desktop.data.dates import DateSpan


@dataclass(frozen=True)
class Category:
    """An event category; each is one lane of the timeline."""

    id: str
    label: str
    color: str
    position: int


@dataclass(frozen=True)
class Source:
    """One source of an event: a verbatim passage of a bundled document, or a reference with a note."""

    document_id: str
    document_title: str
    outlet: str
    published: str
    language: str
    url: str
    kind: str
    quote: str | None
    char_start: int | None
    char_end: int | None
    note: str | None
    in_place: bool = True  # the quote stands in its document at char_start:char_end

    @property
    def cited(self) -> Citation:
        return Citation(self.document_title, self.outlet, self.published, self.url, self.kind)


@dataclass(frozen=True)
class Person:
    """A person, organisation or country named in events: its canonical name, kind and other names."""

    name: str
    kind: str  # one of schema.PERSON_KINDS: "person", "organisation", "country" or "other"
    aliases: tuple[str, ...] = ()

    def matches(self, text: str) -> bool:
        """Whether `text` (case-insensitive) is part of the name or of any alias, for search boxes."""
        folded = text.casefold().strip()
        return any(folded in name.casefold() for name in (self.name, *self.aliases))


@dataclass(frozen=True)
class Event:
    """An event with everything the detail pane shows."""

    id: str
    span: DateSpan
    title: str
    summary: str
    category: str
    date_note: str | None
    note: str | None
    people: tuple[str, ...] = ()  # canonical names, by name
    sources: tuple[Source, ...] = field(default_factory=tuple)
    related: tuple[tuple[str, str], ...] = ()  # (id, title) of events deliberately linked to this one
    source_total: int = 0  # all its sources; `sources` holds at most database.MAX_SOURCES of them
    multilateral: str | None = None  # the multilateral setting it was held in; None: bilateral
    entities: tuple[Person, ...] = ()  # the same names as `people`, with their kinds and aliases


def format_musd(value: float) -> str:
    """A figure in USD millions as a source writes it: 529 stays "529", 598.47 stays "598.47"."""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


# Defined where only later actions need them (a document read, a trade figure, the About box), so that a
# launch does not pay for making their classes; `models.TradePoint` and the like still find them.
_LATER = {
    "Document": "document_record",
    "DatabaseSummary": "summary",
    "TradePoint": "trade_records",
    "TradeTarget": "trade_records",
}

if TYPE_CHECKING:
    from azkz_desktop.data.document_record import Document as Document
    from azkz_desktop.data.summary import DatabaseSummary as DatabaseSummary
    from azkz_desktop.data.trade_records import TradePoint as TradePoint
    from azkz_desktop.data.trade_records import TradeTarget as TradeTarget
else:

    def __getattr__(name: str) -> object:
        module = _LATER.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"azkz_desktop.data.{module}"), name)
