"""Build the app's SQLite database from the curated files in db/.

    python db/build_database.py [--output PATH]

Every record is validated first; a bad one stops the build with a message naming the file, the record and
the problem, and exit status 1. The database is written to a temporary file beside the output and renamed
into place only when complete, so a failed build never leaves a half-written file or touches the old one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import re
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DB_DIR = Path(__file__).resolve().parent
PROJECT_DIR = DB_DIR.parent
try:
    import azkz_desktop  # noqa: F401
except ImportError:  # run from a checkout without the package installed
    sys.path.insert(0, str(PROJECT_DIR / "src"))

import sqlite_utils  # noqa: E402
from rules import backing_problems, date_problems, wording_problems  # noqa: E402

from azkz_desktop.data.dates import DateSpan, PartialDate, Precision  # noqa: E402
from azkz_desktop.data.paths import LICENCES_NAME, bundled_database_path  # noqa: E402
from azkz_desktop.data.schema import (  # noqa: E402
    CATEGORY_IDS,
    DOCUMENT_KINDS,
    MULTILATERAL_SETTINGS,
    PERSON_KINDS,
    SCHEMA_VERSION,
    schema_statements,
)
from azkz_desktop.data.timeline_arrays import write_arrays  # noqa: E402

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COLOR = re.compile(r"^#[0-9a-f]{6}$")
REFERENCE_NOTE_LIMIT = 240
INPUT_FILES = ("categories.toml", "documents.toml", "people.toml", "events.toml", "trade.toml")


class BuildError(Exception):
    """A record that cannot go into the database, and why."""

    def __init__(self, file: str, record: str, problem: str) -> None:
        super().__init__(f"{file}: {record}: {problem}")


@dataclass(frozen=True)
class Field:
    """One key a record may have: its type, and whether it must be there."""

    kind: type | tuple[type, ...]
    required: bool = True


CATEGORY_FIELDS = {"id": Field(str), "label": Field(str), "color": Field(str)}
DOCUMENT_FIELDS = {
    "id": Field(str),
    "kind": Field(str),
    "title": Field(str),
    "outlet": Field(str),
    "published": Field(str),
    "language": Field(str, required=False),
    "url": Field(str, required=False),
    "provenance": Field(str, required=False),
    "note": Field(str, required=False),
}
EVENT_FIELDS = {
    "id": Field(str),
    "start": Field(str),
    "end": Field(str, required=False),
    "precision": Field(str),
    "title": Field(str),
    "summary": Field(str),
    "category": Field(str),
    "people": Field(list, required=False),
    "multilateral": Field(str, required=False),
    "date_note": Field(str, required=False),
    "note": Field(str, required=False),
    "related": Field(list, required=False),
    "source": Field(list),
}
PERSON_FIELDS = {"name": Field(str), "kind": Field(str), "aliases": Field(list, required=False)}
SOURCE_FIELDS = {
    "document": Field(str),
    "quote": Field(str, required=False),
    "char_start": Field(int, required=False),
    "char_end": Field(int, required=False),
    "note": Field(str, required=False),
}
NUMBER = (int, float)
TRADE_FIELDS = {
    "year": Field(int),
    "exports_musd": Field(NUMBER, required=False),
    "imports_musd": Field(NUMBER, required=False),
    "turnover_musd": Field(NUMBER, required=False),
    "growth_pct": Field(NUMBER, required=False),
    "basis": Field(str),
    "statistics": Field(str, required=False),
    "period": Field(str, required=False),
    "year_note": Field(str, required=False),
    **SOURCE_FIELDS,
}
TRADE_PERIODS = ("year", "H1", "H2")
# Whose figure a trade record is (documented in trade.toml and SCHEMA.md); figures of different bases
# are never joined on the chart.
TRADE_BASES = ("kz-stat", "kz-government", "az-customs", "az-stat", "official-statement")
TARGET_FIELDS = {
    "id": Field(str),
    "turnover_musd": Field(NUMBER),
    "stated": Field(str),
    **SOURCE_FIELDS,
}


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


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        raise BuildError(path.name, "-", "file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise BuildError(path.name, "-", f"not valid TOML ({error})") from None


def check_fields(file: str, record: str, data: dict[str, Any], fields: dict[str, Field]) -> None:
    """Reject unknown keys (typos), missing required keys and values of the wrong type."""
    for key in data:
        if key not in fields:
            raise BuildError(file, record, f"unknown field {key!r}")
    for key, spec in fields.items():
        if key not in data:
            if spec.required:
                raise BuildError(file, record, f"missing field {key!r}")
            continue
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, spec.kind):
            raise BuildError(file, record, f"field {key!r} has the wrong type ({value!r})")
        if isinstance(value, str) and spec.required and not value.strip():
            raise BuildError(file, record, f"field {key!r} is empty")


def records(file: str, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise BuildError(file, "-", f"expected [[{key}]] records")
    return items


def unique_ids(file: str, items: Iterable[dict[str, Any]], label: str) -> None:
    seen: set[str] = set()
    for item in items:
        identifier = item["id"]
        if not SLUG.match(identifier):
            raise BuildError(file, f"{label} {identifier!r}", "the id must be a lowercase slug")
        if identifier in seen:
            raise BuildError(file, f"{label} {identifier!r}", "duplicate id")
        seen.add(identifier)


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


def parse_date(file: str, record: str, text: str, label: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise BuildError(file, record, f"impossible {label} date: {error}") from None


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


def write_database(curated: Curated, path: Path, built: str) -> None:
    """Write every table, index and full-text index of schema.sql into a new file at `path`."""
    db = sqlite_utils.Database(path)
    tables, search_indexes = split_schema()
    for statement in tables:
        db.execute(statement)
    db["meta"].insert_all(
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "built", "value": built},
            {"key": "source_digest", "value": curated.digest},
        ],
        pk="key",
    )
    db["categories"].insert_all(
        [pick(item, "id", "label", "color", "position") for item in curated.categories], pk="id"
    )
    document_columns = ("id", "kind", "title", "outlet", "published", "language", "url")
    db["documents"].insert_all(
        [pick(item, *document_columns, "provenance", "note", "text") for item in curated.documents]
    )
    event_columns = ("id", "start", "end", "precision", "title", "summary", "category")
    db["events"].insert_all(
        [
            {
                **pick(item, *event_columns, "date_note", "note", "first_day", "last_day", "multilateral"),
                "source_count": len(item["source"]),
            }
            for item in curated.events
        ]
    )
    write_sources_and_people(db, curated.events, curated.people)
    source_columns = ("document_id", "quote", "char_start", "char_end")
    db["trade"].insert_all(
        [
            {
                "id": number,
                **pick(item, "year", "exports_musd", "imports_musd", "turnover_musd", "growth_pct"),
                **pick(item, "basis", "statistics", "period", "year_note", "note"),
                **with_document_id(item, source_columns),
            }
            for number, item in enumerate(curated.trade, start=1)
        ]
    )
    db["trade_targets"].insert_all(
        [
            {**pick(item, "id", "turnover_musd", "stated"), **with_document_id(item, source_columns)}
            for item in curated.targets
        ]
    )
    write_event_search(db, curated, search_indexes["events_fts"])
    db.execute(search_indexes["documents_fts"])  # over the documents table's own text (external content)
    db.execute(
        'INSERT INTO "documents_fts" (rowid, "title", "text") SELECT rowid, "title", "text" FROM "documents"'
    )
    write_arrays(db.conn)  # the timeline's arrays, read back at launch without a pass over the rows
    db.conn.commit()
    db.vacuum()
    db.close()


def split_schema() -> tuple[list[str], dict[str, str]]:
    """schema.sql's tables and indexes, in order, and its full-text indexes by name (filled later)."""
    tables: list[str] = []
    search: dict[str, str] = {}
    for statement in schema_statements():
        match = re.match(r'CREATE VIRTUAL TABLE "?(\w+)"?', statement)
        if match:
            search[match.group(1)] = statement
        else:
            tables.append(statement)
    return tables, search


def write_event_search(db: sqlite_utils.Database, curated: Curated, create: str) -> None:
    """events_fts: each event's title, summary, source passages and notes, and its people's every name.

    It keeps its own copy of the text (not external content) because the words come from four tables;
    its rowid is the event's rowid.
    """
    aliases = {item["name"]: item["aliases"] for item in curated.people}
    rowids = {row["id"]: row["rowid"] for row in db.query("SELECT rowid, id FROM events")}
    db.execute(create)
    db.conn.executemany(
        "INSERT INTO events_fts (rowid, title, summary, sources, people) VALUES (?, ?, ?, ?, ?)",
        [
            (
                rowids[event["id"]],
                event["title"],
                event["summary"],
                "\n".join(source.get("quote") or source.get("note") or "" for source in event["source"]),
                "\n".join(name for person in event["people"] for name in (person, *aliases[person])),
            )
            for event in curated.events
        ],
    )
    db.conn.commit()


def write_sources_and_people(
    db: sqlite_utils.Database, events: list[dict[str, Any]], people: list[dict[str, Any]]
) -> None:
    db["event_sources"].insert_all(
        [
            {
                "event_id": event["id"],
                "position": position,
                **with_document_id(source, ("document_id", "quote", "char_start", "char_end", "note")),
            }
            for event in events
            for position, source in enumerate(event["source"])
        ]
    )
    entities = sorted(people, key=lambda item: item["name"])
    person_ids = {item["name"]: number for number, item in enumerate(entities, start=1)}
    db["people"].insert_all(
        [{"id": person_ids[item["name"]], "name": item["name"], "kind": item["kind"]} for item in entities]
    )
    db["people_aliases"].insert_all(
        [
            {"person_id": person_ids[item["name"]], "alias": alias}
            for item in entities
            for alias in item["aliases"]
        ]
    )
    db["event_people"].insert_all(
        [
            {"event_id": event["id"], "person_id": person_ids[name]}
            for event in events
            for name in sorted(set(event["people"]))
        ]
    )
    links = {(event["id"], other) for event in events for other in event["related"]}
    links |= {(other, event_id) for event_id, other in links}  # a link reads both ways
    db["event_links"].insert_all([{"event_id": a, "related_id": b} for a, b in sorted(links)])


def pick(item: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: item.get(key) for key in keys}


def with_document_id(item: dict[str, Any], columns: Iterable[str]) -> dict[str, Any]:
    renamed = {**item, "document_id": item["document"]}
    return pick(renamed, *columns)


def build_database(
    db_dir: Path, output: Path, built: str | None = None, on_written: Callable[[Path], None] | None = None
) -> Curated:
    """Validate db/ and write the database to `output` atomically; return what went in.

    `on_written` is called with the finished temporary file before it is renamed: tests use it to fail
    the build at the last moment and prove that nothing is left behind.
    """
    curated = load_curated(db_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        temporary.unlink(missing_ok=True)
        write_database(curated, temporary, built or dt.date.today().isoformat())
        if on_written is not None:
            on_written(temporary)
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)
    return curated


def copy_licences(db_dir: Path, target: Path) -> None:
    """Put db/LICENSES.md beside the bundled database, where the app and the packages find it."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes((db_dir / LICENCES_NAME).read_bytes())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=bundled_database_path(), help="where to write")
    parser.add_argument("--source", type=Path, default=DB_DIR, help="the folder of curated files")
    parser.add_argument("--built", help="the build date to record (default: today)")
    options = parser.parse_args(argv)
    try:
        curated = build_database(options.source, options.output, options.built)
    except BuildError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"build failed: cannot write {options.output}: {error.strerror}", file=sys.stderr)
        return 1
    if options.output.resolve() == bundled_database_path().resolve():
        try:
            copy_licences(options.source, options.output.with_name(LICENCES_NAME))
        except OSError as error:
            print(f"build failed: cannot write the licence file: {error.strerror}", file=sys.stderr)
            return 1
    print(
        f"wrote {options.output}: {len(curated.events)} events, {len(curated.documents)} documents, "
        f"{len(curated.trade)} trade figures, {len(curated.targets)} targets"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
