"""The trade figures and stated targets, as the data layer hands them to the Trade tab and the detail pane.

Apart from models.py (which still names them) so that a launch, which shows no trade figure, does not
make their classes; `models.TradePoint` and `models.TradeTarget` load this module when first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from azkz_desktop.data.citation import Citation
from azkz_desktop.data.models import Source


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


@dataclass(frozen=True)
class TradeTarget:
    """A goal stated in a source, such as a turnover to reach: never a data point."""

    id: str
    turnover_musd: float
    stated: str
    document_id: str
    quote: str | None
