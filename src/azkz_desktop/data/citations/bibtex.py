"""BibTeX for biblatex: @online for a report on the web, @article for a journal, @misc otherwise.

Every LaTeX special character in a value is escaped; letters such as ə, Қ and ü stay as they are
(biblatex with biber reads UTF-8). Addresses are written verbatim, as biblatex's url field expects.
"""

from __future__ import annotations

import re

from azkz_desktop.data.citations.records import CitationRecord

SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
SPECIAL = re.compile("|".join(re.escape(character) for character in SPECIALS))
LANGUAGE_IDS = {"en": "english", "de": "german", "ru": "russian", "tr": "turkish", "fr": "french"}


def escape(text: str) -> str:
    """A value safe inside braces: specials escaped, line breaks as spaces."""
    return SPECIAL.sub(lambda match: SPECIALS[match.group()], " ".join(text.split()))


def verbatim_url(url: str) -> str:
    """An address as is; a brace, which would end the field, is percent-encoded (same address)."""
    return url.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def entry_type(record: CitationRecord) -> str:
    if record.is_journal:
        return "article"
    return "online" if record.url else "misc"


def citation_key(record: CitationRecord) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", record.id) or "source"


def bibtex_entry(record: CitationRecord) -> str:
    kind = entry_type(record)
    fields: list[tuple[str, str]] = [("title", escape(record.title))]
    if record.outlet:
        outlet_field = {"article": "journaltitle", "online": "organization", "misc": "howpublished"}[kind]
        fields.append((outlet_field, escape(record.outlet)))
    if record.date is not None:
        fields.append(("date", record.published))
    if record.url:
        fields.append(("url", verbatim_url(record.url)))
    if record.accessed:
        fields.append(("urldate", record.accessed))
    if record.language in LANGUAGE_IDS:
        fields.append(("langid", LANGUAGE_IDS[record.language]))
    if record.language:
        fields.append(("language", escape(record.language)))
    fields.append(("note", escape("; ".join(record.note().splitlines()))))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{citation_key(record)},\n{body}\n}}\n"


def to_bibtex(records: list[CitationRecord]) -> str:
    return "\n".join(bibtex_entry(record) for record in records)
