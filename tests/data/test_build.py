"""db/build_database.py: what a good build writes, that a failed one leaves nothing, its command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import build_database
import curated_files
import pytest
from build_helpers import BUILT, REFERENCE_DOCUMENT, append, curated, edit
from record_fields import BuildError

from azkz_desktop.data.check import check_database
from azkz_desktop.data.database import open_database
from azkz_desktop.data.schema import SCHEMA_VERSION

TABLES = (
    "events",
    "documents",
    "event_sources",
    "people",
    "event_people",
    "trade",
    "trade_targets",
    "meta",
    "categories",
    "events_fts",
    "documents_fts",
)


# ---- success -----------------------------------------------------------------------------------------


def test_build_writes_every_table_and_counts(db_dir: Path, out_dir: Path) -> None:
    output = out_dir / "relations.sqlite"
    result = build_database.build_database(db_dir, output, built=BUILT)

    events = curated(db_dir, "events.toml")["event"]
    documents = curated(db_dir, "documents.toml")["document"]
    trade = curated(db_dir, "trade.toml")
    assert len(result.events) == len(events) >= 140
    assert len(result.documents) == len(documents)
    assert len(result.trade) == len(trade["trade"])
    assert len(result.targets) == len(trade["target"])
    assert [path.name for path in out_dir.iterdir()] == ["relations.sqlite"]

    connection = sqlite3.connect(output)
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(TABLES) <= names
        count = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        people = {row[0] for row in connection.execute("SELECT name FROM people")}
    finally:
        connection.close()
    assert count["events"] == count["events_fts"] == len(events)
    assert count["documents"] == count["documents_fts"] == len(documents)
    assert count["event_sources"] == sum(len(event["source"]) for event in events)
    assert count["event_people"] == sum(len(set(event.get("people", []))) for event in events)
    assert people == {name for event in events for name in event.get("people", [])}
    assert count["trade"] == len(trade["trade"])
    assert count["trade_targets"] == len(trade["target"])
    assert count["categories"] == len(curated(db_dir, "categories.toml")["category"])
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["built"] == BUILT
    assert meta["source_digest"] == curated_files.source_digest(db_dir)


def test_built_database_opens_and_passes_check(db_dir: Path, out_dir: Path) -> None:
    output = out_dir / "relations.sqlite"
    build_database.build_database(db_dir, output, built=BUILT)
    report = check_database(output)
    assert report.ok, report.problems
    assert report.summary.built == BUILT


def test_a_reference_source_with_a_note_is_built(db_dir: Path, out_dir: Path) -> None:
    append(db_dir / "documents.toml", REFERENCE_DOCUMENT)
    append(
        db_dir / "events.toml",
        '\n[[event.source]]\ndocument = "reference-report"\nnote = "States that the council met."\n',
    )
    output = out_dir / "relations.sqlite"
    result = build_database.build_database(db_dir, output, built=BUILT)
    event_id = result.events[-1]["id"]

    database = open_database(output)
    try:
        references = [document for document in curated(db_dir, "documents.toml")["document"]]
        expected = sum(1 for document in references if document["kind"] == "reference")
        assert database.summary().reference_count == expected
        assert "reference-report" in {document.id for document in database.documents(kind="reference")}
        sources = database.event_sources(event_id)
        reference = sources[-1]
        assert (reference.kind, reference.quote, reference.char_start) == ("reference", None, None)
        assert reference.note == "States that the council met."
        assert reference.url == "https://example.org/report"
        document = database.document("reference-report")
        assert document is not None
        assert document.is_reference
        assert document.text == ""
    finally:
        database.close()
    assert check_database(output).ok


def test_people_have_kinds_and_aliases_and_search_covers_them(db_dir: Path, out_dir: Path) -> None:
    output = out_dir / "relations.sqlite"
    build_database.build_database(db_dir, output, built=BUILT)
    connection = sqlite3.connect(output)
    try:
        kinds = dict(connection.execute("SELECT name, kind FROM people"))
        aliases = {
            alias
            for (alias,) in connection.execute(
                "SELECT alias FROM people_aliases a JOIN people p ON p.id = a.person_id"
                " WHERE p.name = 'Organization of Turkic States'"
            )
        }
        found = {
            event_id
            for (event_id,) in connection.execute(
                "SELECT e.id FROM events_fts f JOIN events e ON e.rowid = f.rowid WHERE events_fts MATCH ?",
                ('"Cooperation" "Council" "Turkic" "Speaking"',),
            )
        }
        multilateral = dict(connection.execute("SELECT id, multilateral FROM events"))
    finally:
        connection.close()
    assert (kinds["Ilham Aliyev"], kinds["SOCAR"], kinds["Lithuania"]) == (
        "person",
        "organisation",
        "country",
    )
    assert {"Turkic Council", "Cooperation Council of Turkic-Speaking States"} <= aliases
    assert "Turkic Council" not in kinds and "Abay Kunanbayev" not in kinds
    assert {"gabala-turkic-summit-2013", "tokayev-gabala-ots-summit-2025"} <= found
    assert multilateral["gabala-turkic-summit-2013"] == "Turkic states"
    assert multilateral["diplomatic-relations-1992"] is None


def test_the_source_digest_changes_with_any_document_text(db_dir: Path) -> None:
    before = curated_files.source_digest(db_dir)
    append(db_dir / "documents" / "wikipedia-en-2012.txt", " ")
    assert curated_files.source_digest(db_dir) != before


# ---- a failure leaves nothing behind -----------------------------------------------------------------


def test_a_failed_build_leaves_the_old_database_untouched(db_dir: Path, out_dir: Path) -> None:
    output = out_dir / "relations.sqlite"
    build_database.build_database(db_dir, output, built=BUILT)
    before = output.read_bytes()
    edit(db_dir / "events.toml", 'id = "independence-1991"', "char_start = 585", "char_start = 0")
    with pytest.raises(BuildError):
        build_database.build_database(db_dir, output, built="2026-02-02")
    assert output.read_bytes() == before
    assert [path.name for path in out_dir.iterdir()] == ["relations.sqlite"]


def test_a_failure_at_the_last_moment_keeps_the_old_file_and_no_temporary(
    db_dir: Path, out_dir: Path
) -> None:
    output = out_dir / "relations.sqlite"
    build_database.build_database(db_dir, output, built=BUILT)
    before = output.read_bytes()
    seen: list[Path] = []

    def fail(temporary: Path) -> None:
        # The new database is complete beside the output, not yet in its place.
        assert temporary.parent == out_dir
        assert temporary != output
        assert temporary.read_bytes().startswith(b"SQLite format 3\x00")
        seen.append(temporary)
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left on device"):
        build_database.build_database(db_dir, output, built="2026-02-02", on_written=fail)
    assert len(seen) == 1
    assert not seen[0].exists()
    assert output.read_bytes() == before
    assert [path.name for path in out_dir.iterdir()] == ["relations.sqlite"]


def test_a_failure_at_the_last_moment_of_a_first_build_leaves_nothing(db_dir: Path, out_dir: Path) -> None:
    def fail(temporary: Path) -> None:
        raise OSError(5, "Input/output error")

    with pytest.raises(OSError):
        build_database.build_database(db_dir, out_dir / "relations.sqlite", built=BUILT, on_written=fail)
    assert list(out_dir.iterdir()) == []


# ---- command line ------------------------------------------------------------------------------------


def test_main_succeeds_and_reports_counts(
    db_dir: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = out_dir / "relations.sqlite"
    status = build_database.main(["--source", str(db_dir), "--output", str(output), "--built", BUILT])
    captured = capsys.readouterr()
    assert status == 0
    events = len(curated(db_dir, "events.toml")["event"])
    assert captured.out.startswith(f"wrote {output}: {events} events, ")
    assert captured.err == ""
    assert output.is_file()


def test_main_fails_with_one_line_for_a_bad_record(
    db_dir: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(db_dir / "events.toml", 'id = "great-purge-migration"', 'category = "culture"', 'category = "sport"')
    output = out_dir / "relations.sqlite"
    status = build_database.main(["--source", str(db_dir), "--output", str(output), "--built", BUILT])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.splitlines() == [
        "build failed: events.toml: event 'great-purge-migration': unknown category 'sport'"
    ]
    assert captured.out == ""
    assert list(out_dir.iterdir()) == []


def test_main_reports_an_output_it_cannot_write(
    db_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    output = blocker / "relations.sqlite"
    status = build_database.main(["--source", str(db_dir), "--output", str(output), "--built", BUILT])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.startswith(f"build failed: cannot write {output}: ")
    assert len(captured.err.splitlines()) == 1
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"
