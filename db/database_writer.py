"""Writing validated records into a new database file: schema.sql's tables, the rows, the search indexes
and the timeline's arrays. Nothing here validates: curated_files.py has done that before it is called.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils
from curated_files import Curated

from azkz_desktop.data.schema import SCHEMA_VERSION, table_statements
from azkz_desktop.data.search_postings import store_postings
from azkz_desktop.data.timeline_arrays import write_arrays


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
    store_postings(db.conn)  # the frequent words' hits, once the search index is complete
    db.conn.commit()
    db.vacuum()
    db.close()


def split_schema() -> tuple[list[str], dict[str, str]]:
    """schema.sql's tables and indexes, in order, and its full-text indexes by name (filled later).

    Its triggers come with the stored timeline arrays (`write_arrays`), once the rows are in.
    """
    tables: list[str] = []
    search: dict[str, str] = {}
    for statement in table_statements():
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
