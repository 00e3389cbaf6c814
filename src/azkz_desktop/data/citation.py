"""How a source is named to a reader: its headline (or, without one, outlet and date) and a citation
in a plain reference style that can be pasted into notes. Pure text: no Qt, no database."""

from __future__ import annotations

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
