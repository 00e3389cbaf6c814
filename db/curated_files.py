"""Reading db/'s curated files into validated records: each file's own rules, then the links between them.

The loaders stop at the first bad record (a BuildError naming file, record and problem); the rules of
db/RULES.md that a machine can check run last, over everything read, and the inputs' digest is kept so a
stale build can be recognised.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from record_fields import (
    CATEGORY_FIELDS,
    COLOR,
    DOCUMENT_FIELDS,
    EVENT_FIELDS,
    PERSON_FIELDS,
    REFERENCE_NOTE_LIMIT,
    SOURCE_FIELDS,
    TARGET_FIELDS,
    TRADE_BASES,
    TRADE_FIELDS,
    TRADE_PERIODS,
    BuildError,
    check_fields,
    parse_date,
    read_toml,
    records,
    unique_ids,
)
from rules import backing_problems, date_problems, wording_problems

from azkz_desktop.data.dates import DateSpan, Precision
from azkz_desktop.data.schema import CATEGORY_IDS, DOCUMENT_KINDS, MULTILATERAL_SETTINGS, PERSON_KINDS

DB_DIR = Path(__file__).resolve().parent
INPUT_FILES = ("categories.toml", "documents.toml", "people.toml", "events.toml", "trade.toml")


@dataclass
class Curated:
    """Everything read from db/, validated and ready to insert."""

    categories: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    people: list[dict[str, Any]]
    events: list[dict[str, Any]]
    trade: list[dict[str, Any]]
    targets: list[dict[str, Any]]
    digest: str


def load_categories(db_dir: Path) -> list[dict[str, Any]]:
    file = "categories.toml"
    items = records(file, read_toml(db_dir / file), "category")
    for position, item in enumerate(items):
        check_fields(file, f"category {item.get('id', position)!r}", item, CATEGORY_FIELDS)
        if item["id"] not in CATEGORY_IDS:
            raise BuildError(file, f"category {item['id']!r}", "not one of the app's categories")
        if not COLOR.match(item["color"]):
            raise BuildError(file, f"category {item['id']!r}", "color must be #rrggbb")
        item["position"] = position
    unique_ids(file, items, "category")
    return items


def load_documents(db_dir: Path) -> list[dict[str, Any]]:
    file = "documents.toml"
    items = records(file, read_toml(db_dir / file), "document")
    for position, item in enumerate(items):
        record = f"document {item.get('id', position)!r}"
        check_fields(file, record, item, DOCUMENT_FIELDS)
        if item["kind"] not in DOCUMENT_KINDS:
            raise BuildError(file, record, f"kind must be one of {', '.join(DOCUMENT_KINDS)}")
        parse_date(file, record, item["published"], "published")
        if item["kind"] == "full":
            text_path = db_dir / "documents" / f"{item['id']}.txt"
            if not text_path.is_file():
                raise BuildError(file, record, f"its text file documents/{text_path.name} is missing")
            with text_path.open(encoding="utf-8", newline="") as text_file:
                item["text"] = text_file.read()
        else:
            for key in ("outlet", "url", "note"):
                if not item.get(key, "").strip():
                    raise BuildError(file, record, f"a reference needs its {key}")
            if not item["url"].startswith(("https://", "http://")):
                raise BuildError(file, record, "the address must start with http:// or https://")
            if len(item["note"]) > REFERENCE_NOTE_LIMIT or "\n" in item["note"].strip():
                raise BuildError(
                    file, record, f"the note must be one line of at most {REFERENCE_NOTE_LIMIT} characters"
                )
            item["text"] = ""
        for key in ("language", "url", "provenance", "note"):
            item.setdefault(key, "")
    unique_ids(file, items, "document")
    return items


def load_people(db_dir: Path) -> list[dict[str, Any]]:
    """Every person, organisation and country: one canonical name each, with the other names it has had."""
    file = "people.toml"
    items = records(file, read_toml(db_dir / file), "entity")
    owner: dict[str, str] = {}  # every name and alias, folded, -> the canonical name it belongs to
    for position, item in enumerate(items):
        record = f"entity {item.get('name', position)!r}"
        check_fields(file, record, item, PERSON_FIELDS)
        if item["kind"] not in PERSON_KINDS:
            raise BuildError(file, record, f"kind must be one of {', '.join(PERSON_KINDS)}")
        aliases = item.setdefault("aliases", [])
        if not all(isinstance(alias, str) and alias.strip() for alias in aliases):
            raise BuildError(file, record, "aliases must be a list of names")
        for name in (item["name"], *aliases):
            if name != name.strip():
                raise BuildError(file, record, f"{name!r} has spaces at its ends")
            taken = owner.setdefault(name.casefold(), item["name"])
            if taken != item["name"] or (name != item["name"] and name.casefold() == item["name"].casefold()):
                raise BuildError(file, record, f"the name {name!r} is already used by {taken!r}")
            if name == item["name"] and name in aliases:
                raise BuildError(file, record, "a name cannot be its own alias")
    return items


def check_event_people(file: str, record: str, names: list[str], people: list[dict[str, Any]]) -> None:
    """Names in events are canonical names from people.toml; an alias names the canonical name to use."""
    canonical = {item["name"] for item in people}
    aliases = {alias: item["name"] for item in people for alias in item["aliases"]}
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise BuildError(file, record, "people must be a list of names")
        if name in canonical:
            continue
        if name in aliases:
            raise BuildError(
                file, record, f"{name!r} is another name of {aliases[name]!r}: use the canonical name"
            )
        raise BuildError(file, record, f"unknown person or organisation {name!r}: add it to people.toml")
    if len(set(names)) != len(names):
        raise BuildError(file, record, "a name is listed twice in people")


def check_source(
    file: str, record: str, source: dict[str, Any], documents: dict[str, dict[str, Any]]
) -> None:
    """A quote must stand verbatim in its bundled document at its offsets; a reference carries a note."""
    document = documents.get(source["document"])
    if document is None:
        raise BuildError(file, record, f"unknown document {source['document']!r}")
    if document["kind"] == "reference":
        if "quote" in source or "char_start" in source or "char_end" in source:
            raise BuildError(file, record, "a reference source keeps a note, never a quote")
        if not source.get("note", "").strip():
            raise BuildError(file, record, "a reference source needs a note of what it states")
        return
    quote = source.get("quote", "")
    if not quote.strip():
        raise BuildError(file, record, f"a source in {document['id']!r} needs a quote")
    text = document["text"]
    if quote not in text:
        raise BuildError(file, record, f"quote not found in document {document['id']!r}: {quote[:60]!r}")
    start, end = source.get("char_start"), source.get("char_end")
    if start is None or end is None or text[start:end] != quote:
        found = text.find(quote)
        raise BuildError(
            file,
            record,
            f"the quote's offsets {start}-{end} are wrong: it stands at {found}-{found + len(quote)}"
            f" in {document['id']!r}",
        )


def load_events(
    db_dir: Path,
    categories: set[str],
    documents: dict[str, dict[str, Any]],
    people: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    file = "events.toml"
    items = records(file, read_toml(db_dir / file), "event")
    for position, item in enumerate(items):
        record = f"event {item.get('id', position)!r}"
        check_fields(file, record, item, EVENT_FIELDS)
        if item["category"] not in categories:
            raise BuildError(file, record, f"unknown category {item['category']!r}")
        if item["precision"] not in {precision.value for precision in Precision}:
            raise BuildError(file, record, f"unknown precision {item['precision']!r}")
        start = parse_date(file, record, item["start"], "start")
        end = parse_date(file, record, item["end"], "end") if "end" in item else None
        try:
            span = DateSpan(start, end)
        except ValueError as error:
            raise BuildError(file, record, str(error)) from None
        if span.precision != item["precision"]:
            raise BuildError(
                file, record, f"precision {item['precision']!r} does not match start {item['start']!r}"
            )
        item["first_day"] = span.first_day().toordinal()
        item["last_day"] = span.last_day().toordinal()
        check_event_people(file, record, item.setdefault("people", []), people or [])
        multilateral = item.setdefault("multilateral", None)
        if multilateral is not None and multilateral not in MULTILATERAL_SETTINGS:
            raise BuildError(
                file,
                record,
                f"multilateral {multilateral!r} is not one of {', '.join(MULTILATERAL_SETTINGS)}",
            )
        if not item["source"]:
            raise BuildError(file, record, "an event needs at least one source")
        for source in item["source"]:
            check_fields(file, record, source, SOURCE_FIELDS)
            check_source(file, record, source, documents)
    unique_ids(file, items, "event")
    known = {item["id"] for item in items}
    for item in items:
        related = item.setdefault("related", [])
        for other in related:
            if other not in known or other == item["id"]:
                raise BuildError(file, f"event {item['id']!r}", f"related event {other!r} does not exist")
    return items


def load_trade(
    db_dir: Path, documents: dict[str, dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    file = "trade.toml"
    data = read_toml(db_dir / file)
    trade = records(file, data, "trade")
    for position, item in enumerate(trade):
        record = f"trade {item.get('year', position)!r} (record {position + 1})"
        check_fields(file, record, item, TRADE_FIELDS)
        if not 1900 <= item["year"] <= 2100:
            raise BuildError(file, record, f"impossible year {item['year']}")
        figures = ("exports_musd", "imports_musd", "turnover_musd", "growth_pct")
        if not any(key in item for key in figures):
            raise BuildError(file, record, "a trade record needs at least one figure")
        for key in figures[:3]:
            if item.get(key, 0) < 0:
                raise BuildError(file, record, f"{key} cannot be negative")
        item.setdefault("period", "year")
        if item["period"] not in TRADE_PERIODS:
            raise BuildError(file, record, f"period must be one of {', '.join(TRADE_PERIODS)}")
        if item["basis"] not in TRADE_BASES:
            raise BuildError(
                file, record, f"unknown basis {item['basis']!r}: use one of {', '.join(TRADE_BASES)}"
            )
        check_source(file, record, item, documents)
    targets = records(file, data, "target")
    for position, item in enumerate(targets):
        record = f"target {item.get('id', position)!r}"
        check_fields(file, record, item, TARGET_FIELDS)
        parse_date(file, record, item["stated"], "stated")
        check_source(file, record, item, documents)
    unique_ids(file, targets, "target")
    return trade, targets


def check_rules(
    events: list[dict[str, Any]], documents: list[dict[str, Any]], trade: list[dict[str, Any]]
) -> None:
    """The rules of db/RULES.md that a machine can check; the first record breaking one stops the build."""
    by_id = {document["id"]: document for document in documents}
    for event in events:
        for record, problem in (*date_problems(event, by_id), *backing_problems(event, by_id)):
            raise BuildError("events.toml", record, problem)
    files = {"event": "events.toml", "document": "documents.toml", "trade": "trade.toml"}
    for record, problem in wording_problems(events, documents, trade):
        raise BuildError(files[record.split()[0]], record, problem)


def source_digest(db_dir: Path) -> str:
    """A fingerprint of every input, stored in the database so a stale build can be recognised."""
    digest = hashlib.sha256()
    paths = [db_dir / name for name in INPUT_FILES] + sorted((db_dir / "documents").glob("*.txt"))
    for path in paths:
        if path.is_file():
            digest.update(path.relative_to(db_dir).as_posix().encode() + b"\0" + path.read_bytes())
    rules = DB_DIR / "rules.py"  # the rules decide what may go in
    digest.update(b"rules.py\0" + rules.read_bytes())
    return digest.hexdigest()


def load_curated(db_dir: Path) -> Curated:
    categories = load_categories(db_dir)
    documents = load_documents(db_dir)
    by_id = {document["id"]: document for document in documents}
    people = load_people(db_dir)
    events = load_events(db_dir, {category["id"] for category in categories}, by_id, people)
    trade, targets = load_trade(db_dir, by_id)
    check_rules(events, documents, trade)
    return Curated(categories, documents, people, events, trade, targets, source_digest(db_dir))
