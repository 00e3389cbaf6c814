"""The domain types the data layer hands to the rest of the app: plain, immutable, Qt-free."""

from __future__ import annotations

from dataclasses import dataclass, field

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
class Document:
    """A bundled document (`kind == "full"`, with its text) or a cited public report (`"reference"`)."""

    id: str
    kind: str
    title: str
    outlet: str
    published: str
    language: str
    url: str
    provenance: str
    note: str
    text: str = ""

    @property
    def is_reference(self) -> bool:
        return self.kind == "reference"

    @property
    def cited(self) -> Citation:
        return Citation(self.title, self.outlet, self.published, self.url, self.kind)


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


@dataclass(frozen=True)
class TradePoint:
    """One year's trade figures from one source, in USD millions; None where the source is silent."""

    year: int
    exports_musd: float | None
    imports_musd: float | None
    turnover_musd: float | None
    growth_pct: float | None
    statistics: str | None
    document_id: str
    quote: str | None
    year_note: str | None
    period: str = "year"  # "year", or "H1"/"H2" for half a year
    note: str | None = None  # what a reference states, in our own words
    document_title: str = ""
    outlet: str = ""
    published: str = ""
    url: str = ""
    kind: str = "full"
    basis: str = "official-statement"  # whose figure it is: see db/SCHEMA.md, trade
    char_start: int | None = None  # where the quote stands in a bundled document
    char_end: int | None = None
    in_place: bool = False  # whether the quote stands in its document at those offsets

    @property
    def is_partial(self) -> bool:
        return self.period != "year"

    @property
    def cited(self) -> Citation:
        return Citation(self.document_title, self.outlet, self.published, self.url, self.kind)

    def citation(self) -> str:
        """Where the figure comes from, in one line: title, outlet and date, and the address of a report."""
        return self.cited.one_line()

    def as_source(self) -> Source:
        """The figure's origin as an event's source is shown: the quote, its place and the note."""
        return Source(
            document_id=self.document_id,
            document_title=self.document_title,
            outlet=self.outlet,
            published=self.published,
            language="",
            url=self.url,
            kind=self.kind,
            quote=self.quote,
            char_start=self.char_start,
            char_end=self.char_end,
            note=self.note,
            in_place=self.in_place or self.quote is None,
        )


def format_musd(value: float) -> str:
    """A figure in USD millions as a source writes it: 529 stays "529", 598.47 stays "598.47"."""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


@dataclass(frozen=True)
class TradeTarget:
    """A goal stated in a source, such as a turnover to reach: never a data point."""

    id: str
    turnover_musd: float
    stated: str
    document_id: str
    quote: str | None


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
