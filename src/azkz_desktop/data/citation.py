"""How a source is named to a reader: its headline (or, without one, outlet and date) and a citation
in a plain reference style that can be pasted into notes. Pure text: no Qt, no database."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from azkz_desktop.data.dates import PartialDate


def has_headline(title: str) -> bool:
    """Whether `title` is a real headline, not a stand-in such as "(untitled news item, Baku, …)"."""
    stripped = title.strip()
    return bool(stripped) and not (stripped.startswith("(untitled") and stripped.endswith(")"))


def date_in_words(published: str) -> str:
    """ "2015-09-11" as "11 September 2015"; anything that is not a date as it stands."""
    try:
        return PartialDate.parse(published).label()
    except ValueError:
        return published


def source_name(title: str, outlet: str, published: str) -> str:
    """The headline, or "Outlet, date" for a report recorded without one."""
    if has_headline(title):
        return title
    return ", ".join(part for part in (outlet, date_in_words(published)) if part)


def citation(title: str, outlet: str, published: str, url: str) -> str:
    """“Headline.” Outlet, date. Address — the address in full, as written."""
    head = f"“{title.strip().rstrip('.')}.” " if has_headline(title) else ""
    where = ", ".join(part for part in (outlet, published) if part)
    parts = [head + (where + "." if where else "")]
    if url:
        parts.append(url)
    return " ".join(part for part in parts if part).strip()


def readable_address(url: str) -> str:
    """The address without its scheme and with percent-encoding decoded, for display only."""
    bare = url.split("://", 1)[-1]
    try:
        return unquote(bare, errors="strict") if "%" in bare else bare
    except UnicodeDecodeError:  # not UTF-8 underneath: show it as written
        return bare


@dataclass(frozen=True, slots=True)
class Citation:
    """Where something comes from: a bundled document or a public report, as one value.

    Event sources, trade figures and exported rows all name their origin through it, so a reference is
    written the same way everywhere and its wording lives in this module only.
    """

    title: str
    outlet: str
    published: str
    url: str
    kind: str  # "full" (a bundled document) or "reference" (a public report)

    @property
    def is_reference(self) -> bool:
        return self.kind == "reference"

    @property
    def name(self) -> str:
        """The headline, or "Outlet, date" for a report recorded without one."""
        return source_name(self.title, self.outlet, self.published)

    def reference(self) -> str:
        """“Headline.” Outlet, date. Address — to paste into notes."""
        return citation(self.title, self.outlet, self.published, self.url)

    def one_line(self) -> str:
        """Title · outlet · date, and the address of a report: for tooltips and the series CSV."""
        parts = [self.title, self.outlet, self.published]
        if self.is_reference and self.url:
            parts.append(self.url)
        return " · ".join(part for part in parts if part)

    def export_text(self) -> str:
        """ "Headline — outlet, date[, address]" for the events CSV; a report without one: outlet, date."""
        where = ", ".join(part for part in (self.outlet, self.published) if part)
        if self.is_reference and self.url:
            where += f", {self.url}"
        return f"{self.title} — {where}" if has_headline(self.title) else where
