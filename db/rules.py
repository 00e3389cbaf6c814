"""The curation rules of db/RULES.md that a machine can check, as plain functions over curated records.

Each check returns the problems it finds as (record, problem) pairs; build_database.py turns the first
into a BuildError naming the file and record. They are proxies for the rules, chosen so that a record
which breaks a rule in the usual way fails, and the reason is said in words a curator can act on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

COPY_RUN = 8  # this many consecutive words shared with a document's text count as copied
MONTHS = {
    1: ("january", "jan", "januar", "jänner"),
    2: ("february", "feb", "februar"),
    3: ("march", "mar", "märz"),
    4: ("april", "apr"),
    5: ("may", "mai"),
    6: ("june", "jun", "juni"),
    7: ("july", "jul", "juli"),
    8: ("august", "aug"),
    9: ("september", "sep", "sept"),
    10: ("october", "oct", "oktober", "okt"),
    11: ("november", "nov"),
    12: ("december", "dec", "dezember", "dez"),
}
NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
THOUSANDS = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

Problem = tuple[str, str]


def source_texts(event: dict[str, Any], documents: dict[str, dict[str, Any]]) -> list[str]:
    """What the event's sources state: each quote, each source note and each reference's own note."""
    texts: list[str] = []
    for source in event["source"]:
        texts += [source.get("quote") or "", source.get("note") or ""]
        document = documents.get(source["document"], {})
        if document.get("kind") == "reference":
            texts.append(document.get("note") or "")
    return [text for text in texts if text]


# ---- rule 1: a day or month only where a source states it ----------------------------------------------


def _states_day(text: str, month: int, day: int) -> bool:
    """Whether `text` names this day of this month: "23 March", "March 23", "10. April", "11–12 January"."""
    names = "|".join(MONTHS[month])
    days = rf"(?:\d{{1,2}}\s*[–-]\s*)?0?{day}(?:\s*[–-]\s*\d{{1,2}})?"
    pattern = rf"(?<!\d){days}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:{names})\b|\b(?:{names})\.?\s+{days}(?!\d)"
    return re.search(pattern, text, re.IGNORECASE) is not None or f"-{month:02d}-{day:02d}" in text


def _states_month(text: str, month: int) -> bool:
    return re.search(rf"\b(?:{'|'.join(MONTHS[month])})\b", text, re.IGNORECASE) is not None


def _published_dates(event: dict[str, Any], documents: dict[str, dict[str, Any]]) -> set[str]:
    return {documents.get(source["document"], {}).get("published", "") for source in event["source"]}


def date_problems(event: dict[str, Any], documents: dict[str, dict[str, Any]]) -> Iterator[Problem]:
    """A day or month not stated by any source (text or publication date) needs a date_note saying how."""
    if event.get("date_note", "").strip() or event["precision"] == "year":
        return
    texts = source_texts(event, documents)
    published = _published_dates(event, documents)
    for label in ("start", "end"):
        value = event.get(label)
        if not value:
            continue
        parts = [int(part) for part in value.split("-")]
        month = parts[1]
        if event["precision"] == "day":
            stated = value in published or any(_states_day(text, month, parts[2]) for text in texts)
            what = "day"
        else:
            stated = any(date.startswith(value) for date in published) or any(
                _states_month(text, month) for text in texts
            )
            what = "month"
        if not stated:
            yield (
                f"event {event['id']!r}",
                f"no source states the {what} of its {label} {value}: quote or note the passage that gives"
                " it, or keep the precision its sources allow, or say in date_note how it was derived",
            )


# ---- rule 2: a summary says no more than its sources ----------------------------------------------------


def _numbers(text: str) -> set[str]:
    """Numbers as written, with thousands separators dropped and a decimal comma read as a point."""
    found = set()
    for match in NUMBER.findall(text):
        if THOUSANDS.fullmatch(match):  # 150,000 or 150.000 or 150 000
            found.add(re.sub(r"\D", "", match))
            continue
        for part in re.split(r"[\u00a0\u202f ]", match):  # numbers side by side: "2020 109"
            found.add(part.replace(",", "."))
    return found


def backing_problems(event: dict[str, Any], documents: dict[str, dict[str, Any]]) -> Iterator[Problem]:
    """Every number in a title or summary stands in its sources' quotes or notes (or is a date of theirs).

    And a summary of many sentences needs more than one source: at most two sentences per source.
    """
    stated: set[str] = set()
    for text in source_texts(event, documents):
        stated |= _numbers(text)
    own_date = set()  # the event's own date and the sources' publication dates may be named
    for value in (event["start"], event.get("end") or "", *_published_dates(event, documents)):
        own_date |= {part.lstrip("0") or "0" for part in value.split("-") if part}
    for field in ("title", "summary"):
        for number in sorted(_numbers(event[field])):
            if number not in stated and number.lstrip("0") not in own_date:
                yield (
                    f"event {event['id']!r}",
                    f"the {field}'s number {number} stands in none of its sources' quotes or notes",
                )
    sentences = [part for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", event["summary"].strip()) if part]
    if len(sentences) > 2 * len(event["source"]):
        yield (
            f"event {event['id']!r}",
            f"a summary of {len(sentences)} sentences needs at least {(len(sentences) + 1) // 2} sources"
            " (at most two sentences per source)",
        )


# ---- rule 5: no eight-word run of a document ------------------------------------------------------------


def words(text: str) -> list[str]:
    return [word.casefold().replace("’", "'") for word in WORD.findall(text)]


def runs(text: str, length: int = COPY_RUN) -> Iterator[tuple[str, ...]]:
    found = words(text)
    for start in range(len(found) - length + 1):
        yield tuple(found[start : start + length])


def document_runs(documents: Iterable[dict[str, Any]]) -> dict[tuple[str, ...], str]:
    """Every eight-word run of the bundled documents' text, to the id of a document holding it."""
    index: dict[tuple[str, ...], str] = {}
    for document in documents:
        if document.get("kind") == "full":
            for run in runs(document.get("text", "")):
                index.setdefault(run, document["id"])
    return index


def copied_runs(owner: str, field: str, text: str, index: dict[tuple[str, ...], str]) -> Iterator[Problem]:
    for run in runs(text):
        if run in index:
            yield (
                owner,
                f"its {field} repeats {COPY_RUN} consecutive words of document {index[run]!r}"
                f" ({' '.join(run)!r}): say it in our own words, or quote the passage as a source",
            )
            return


def wording_problems(
    events: Iterable[dict[str, Any]], documents: list[dict[str, Any]], trade: Iterable[dict[str, Any]]
) -> Iterator[Problem]:
    """Our own texts (summaries, notes, date notes, reference notes) never repeat a bundled document."""
    index = document_runs(documents)
    for event in events:
        owner = f"event {event['id']!r}"
        for field in ("title", "summary", "note", "date_note"):
            yield from copied_runs(owner, field, event.get(field) or "", index)
        for source in event["source"]:
            yield from copied_runs(owner, "source note", source.get("note") or "", index)
    for document in documents:
        owner = f"document {document['id']!r}"
        for field in ("note", "provenance"):
            yield from copied_runs(owner, field, document.get(field) or "", index)
    for position, item in enumerate(trade):
        owner = f"trade {item.get('year')!r} (record {position + 1})"
        for field in ("note", "year_note"):
            yield from copied_runs(owner, field, item.get(field) or "", index)
