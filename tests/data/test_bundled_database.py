"""The committed database: built from db/ as it stands, and every fact in it traced to a verbatim quote."""

from __future__ import annotations

import difflib
import sqlite3
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import build_database
import pytest

from azkz_desktop.data.dates import DateSpan, PartialDate

DB_DIR: Path = build_database.DB_DIR
MIN_YEAR, MAX_YEAR = 1900, 2030


def load(file: str) -> dict[str, Any]:
    with (DB_DIR / file).open("rb") as handle:
        return tomllib.load(handle)


def document_texts() -> dict[str, str]:
    """The text of every bundled ('full') document, read exactly as the build reads it."""
    texts = {}
    for document in load("documents.toml")["document"]:
        if document["kind"] == "full":
            with (DB_DIR / "documents" / f"{document['id']}.txt").open(encoding="utf-8", newline="") as file:
                texts[document["id"]] = file.read()
    return texts


def curated_quotes() -> Iterator[tuple[str, dict[str, Any]]]:
    """(record, source) for every source in events.toml and trade.toml."""
    for event in load("events.toml")["event"]:
        for source in event["source"]:
            yield f"event {event['id']}", source
    trade = load("trade.toml")
    for item in trade["trade"]:
        yield f"trade {item['year']}", item
    for item in trade["target"]:
        yield f"target {item['id']}", item


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [
            line
            for line in connection.iterdump()
            if not line.startswith("INSERT INTO \"meta\" VALUES('built',")
        ]
    finally:
        connection.close()


def test_bundled_database_is_built_from_db_as_it_stands(bundled_db_path: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "relations.sqlite"
    build_database.build_database(DB_DIR, fresh, built="2026-01-01")
    expected, committed = dump(fresh), dump(bundled_db_path)
    difference = "\n".join(
        list(difflib.unified_diff(committed, expected, "committed", "db/", lineterm="", n=0))[:20]
    )
    assert committed == expected, (
        f"{bundled_db_path} is out of date with db/: run `python db/build_database.py` to refresh it.\n"
        f"{difference}"
    )


def test_the_dump_comparison_sees_a_change(bundled_copy: Path, bundled_db_path: Path) -> None:
    # Guard for the test above: a changed row must show up in the dump that it compares.
    connection = sqlite3.connect(bundled_copy)
    connection.execute("UPDATE events SET title = title || '!' WHERE rowid = 1")
    connection.commit()
    connection.close()
    assert dump(bundled_copy) != dump(bundled_db_path)


# ---- every quote verbatim ----------------------------------------------------------------------------


def test_curated_quotes_stand_verbatim_at_their_offsets() -> None:
    texts = document_texts()
    kinds = {document["id"]: document["kind"] for document in load("documents.toml")["document"]}
    checked = 0
    for record, source in curated_quotes():
        if kinds[source["document"]] != "full":
            assert "quote" not in source, record
            continue
        text = texts[source["document"]]
        quote = source["quote"]
        assert quote.strip(), record
        assert text[source["char_start"] : source["char_end"]] == quote, f"{record}: {quote[:60]!r}"
        checked += 1
    assert checked >= 30


def test_database_documents_are_the_curated_texts(
    bundled_db_path: Path, sql_rows: Callable[..., list]
) -> None:
    stored = dict(sql_rows(bundled_db_path, "SELECT id, text FROM documents WHERE kind = 'full'"))
    assert stored == document_texts()


@pytest.mark.parametrize(
    ("table", "record"),
    [("event_sources", "s.event_id || '#' || s.position"), ("trade", "s.year"), ("trade_targets", "s.id")],
)
def test_database_quotes_stand_verbatim_at_their_offsets(
    bundled_db_path: Path, sql_rows: Callable[..., list], table: str, record: str
) -> None:
    rows = sql_rows(
        bundled_db_path,
        f"""SELECT {record}, s.quote, s.char_start, s.char_end, d.text
            FROM {table} s JOIN documents d ON d.id = s.document_id WHERE d.kind = 'full'""",
    )
    assert rows
    for name, quote, start, end, text in rows:
        assert quote, name
        assert text[start:end] == quote, f"{table} {name}: {quote[:60]!r}"


def test_database_sources_all_name_a_known_document(
    bundled_db_path: Path, sql_rows: Callable[..., list]
) -> None:
    for table in ("event_sources", "trade", "trade_targets"):
        orphans = sql_rows(
            bundled_db_path,
            f"SELECT document_id FROM {table} WHERE document_id NOT IN (SELECT id FROM documents)",
        )
        assert orphans == [], table


# ---- completeness ------------------------------------------------------------------------------------


def test_every_event_has_a_source(bundled_db_path: Path, sql_rows: Callable[..., list]) -> None:
    assert all(event["source"] for event in load("events.toml")["event"])
    unsourced = sql_rows(
        bundled_db_path,
        "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)",
    )
    assert unsourced == []


def test_there_are_at_least_140_events(bundled_db_path: Path, sql_rows: Callable[..., list]) -> None:
    assert len(load("events.toml")["event"]) >= 140
    assert sql_rows(bundled_db_path, "SELECT count(*) FROM events")[0][0] >= 140


# ---- dates -------------------------------------------------------------------------------------------


def check_event_dates(event_id: str, start: str, end: str | None, precision: str) -> DateSpan:
    span = DateSpan.parse(start, end)
    assert span.precision == precision, event_id
    for text in (start, end):
        if text is not None:
            assert PartialDate.parse(text).iso() == text, f"{event_id}: {text!r} is not in its plain form"
            assert MIN_YEAR <= PartialDate.parse(text).year <= MAX_YEAR, event_id
    return span


def test_curated_event_dates_are_plausible_and_at_their_precision() -> None:
    for event in load("events.toml")["event"]:
        check_event_dates(event["id"], event["start"], event.get("end"), event["precision"])


def test_database_event_dates_are_plausible_and_at_their_precision(
    bundled_db_path: Path, sql_rows: Callable[..., list]
) -> None:
    rows = sql_rows(bundled_db_path, 'SELECT id, start, "end", precision, first_day, last_day FROM events')
    assert rows
    for event_id, start, end, precision, first_day, last_day in rows:
        span = check_event_dates(event_id, start, end, precision)
        assert (first_day, last_day) == (span.first_day().toordinal(), span.last_day().toordinal()), event_id
