"""db/build_database.py: a validated, atomic build; every bad record stops it and leaves nothing behind."""

from __future__ import annotations

import shutil
import sqlite3
import tomllib
from collections.abc import Callable
from pathlib import Path

import build_database
import curated_files
import pytest
from record_fields import BuildError

from azkz_desktop.data.check import check_database
from azkz_desktop.data.database import open_database
from azkz_desktop.data.schema import SCHEMA_VERSION

BUILT = "2026-01-01"
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
REFERENCE_DOCUMENT = """
[[document]]
id = "reference-report"
kind = "reference"
title = "A public report"
outlet = "Example Outlet"
published = "2024-03-12"
url = "https://example.org/report"
note = "Reports that the two presidents met in Baku."
"""


@pytest.fixture
def db_dir(tmp_path: Path) -> Path:
    """A private copy of the curated db/ folder that a test may break."""
    target = tmp_path / "db"
    shutil.copytree(curated_files.DB_DIR, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def edit(path: Path, marker: str, old: str, new: str) -> None:
    """Replace the first `old` after `marker` in `path`; raise ValueError if the data no longer has them."""
    text = path.read_bytes().decode("utf-8")
    at = text.index(old, text.index(marker))
    path.write_bytes((text[:at] + new + text[at + len(old) :]).encode("utf-8"))


def append(path: Path, text: str) -> None:
    path.write_bytes(path.read_bytes() + text.encode("utf-8"))


def curated(db_dir: Path, file: str) -> dict:
    with (db_dir / file).open("rb") as handle:
        return tomllib.load(handle)


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


# ---- bad records -------------------------------------------------------------------------------------


def remove_document_text(db_dir: Path) -> None:
    (db_dir / "documents" / "azertac-de-2023-04-10.txt").unlink()


BAD_RECORDS: list[tuple[str, Callable[[Path], None], str, str, str]] = [
    (
        "unknown category",
        lambda d: edit(
            d / "events.toml", 'id = "great-purge-migration"', 'category = "culture"', 'category = "sport"'
        ),
        "events.toml",
        "event 'great-purge-migration'",
        "unknown category 'sport'",
    ),
    (
        "impossible date",
        lambda d: edit(d / "events.toml", 'id = "diplomatic-relations-1992"', '"1992-08-27"', '"2023-02-30"'),
        "events.toml",
        "event 'diplomatic-relations-1992'",
        "impossible start date: '2023-02-30' is not a real date",
    ),
    (
        "badly formed date",
        lambda d: edit(d / "events.toml", 'id = "diplomatic-relations-1992"', '"1992-08-27"', '"27.08.1992"'),
        "events.toml",
        "event 'diplomatic-relations-1992'",
        "impossible start date: '27.08.1992' is not a date of the form",
    ),
    (
        "end before start",
        lambda d: edit(d / "events.toml", 'id = "great-purge-migration"', 'end = "1938"', 'end = "1935"'),
        "events.toml",
        "event 'great-purge-migration'",
        "end 1935 is before start 1936",
    ),
    (
        "end at another precision",
        lambda d: edit(d / "events.toml", 'id = "great-purge-migration"', 'end = "1938"', 'end = "1938-05"'),
        "events.toml",
        "event 'great-purge-migration'",
        "are not at the same precision",
    ),
    (
        "precision not matching the date",
        lambda d: edit(
            d / "events.toml", 'id = "diplomatic-relations-1992"', 'precision = "day"', 'precision = "month"'
        ),
        "events.toml",
        "event 'diplomatic-relations-1992'",
        "precision 'month' does not match start '1992-08-27'",
    ),
    (
        "unknown precision",
        lambda d: edit(
            d / "events.toml", 'id = "diplomatic-relations-1992"', 'precision = "day"', 'precision = "week"'
        ),
        "events.toml",
        "event 'diplomatic-relations-1992'",
        "unknown precision 'week'",
    ),
    (
        "quote not in its document",
        lambda d: edit(d / "events.toml", 'id = "independence-1991"', "both countries", "both nations"),
        "events.toml",
        "event 'independence-1991'",
        "quote not found in document 'wikipedia-en-2012'",
    ),
    (
        "wrong offsets",
        lambda d: edit(d / "events.toml", 'id = "independence-1991"', "char_start = 585", "char_start = 586"),
        "events.toml",
        "event 'independence-1991'",
        "the quote's offsets 586-674 are wrong: it stands at 585-674 in 'wikipedia-en-2012'",
    ),
    (
        "missing offsets",
        lambda d: edit(d / "events.toml", 'id = "independence-1991"', "char_end = 674\n", ""),
        "events.toml",
        "event 'independence-1991'",
        "the quote's offsets 585-None are wrong: it stands at 585-674",
    ),
    (
        "duplicate id",
        lambda d: edit(
            d / "events.toml", 'id = "karakend-helicopter-1991"', "karakend-helicopter", "independence"
        ),
        "events.toml",
        "event 'independence-1991'",
        "duplicate id",
    ),
    (
        "unknown document",
        lambda d: edit(
            d / "events.toml", 'id = "independence-1991"', '"wikipedia-en-2012"', '"wikipedia-en-2013"'
        ),
        "events.toml",
        "event 'independence-1991'",
        "unknown document 'wikipedia-en-2013'",
    ),
    (
        "unknown field",
        lambda d: edit(d / "events.toml", 'id = "independence-1991"', "summary = ", "sumary = "),
        "events.toml",
        "event 'independence-1991'",
        "unknown field 'sumary'",
    ),
    (
        "missing field",
        lambda d: edit(
            d / "events.toml",
            'id = "independence-1991"',
            'title = "Both countries declare independence"\n',
            "",
        ),
        "events.toml",
        "event 'independence-1991'",
        "missing field 'title'",
    ),
    (
        "field of the wrong type",
        lambda d: edit(d / "events.toml", 'id = "independence-1991"', 'start = "1991"', "start = 1991"),
        "events.toml",
        "event 'independence-1991'",
        "field 'start' has the wrong type (1991)",
    ),
    (
        "event without a source",
        lambda d: edit(
            d / "events.toml",
            'id = "nasimi-culture-centre-2006"',
            '[[event.source]]\ndocument = "wikipedia-en-2012"\n'
            "quote = '''On 25 September 2006 Azerbaijani Culture Center named after Imadaddin Nasimi"
            " was opened in Cambul province of Kazakhstan.'''\n"
            "char_start = 5878\nchar_end = 5999\n",
            "source = []\n",
        ),
        "events.toml",
        "event 'nasimi-culture-centre-2006'",
        "an event needs at least one source",
    ),
    (
        "trade record without a figure",
        lambda d: edit(d / "trade.toml", "year = 2020", "turnover_musd = 109\n", ""),
        "trade.toml",
        "trade 2020",
        "a trade record needs at least one figure",
    ),
    (
        "trade quote at wrong offsets",
        lambda d: edit(d / "trade.toml", "year = 2005", "char_start = 4971", "char_start = 4970"),
        "trade.toml",
        "trade 2005",
        "it stands at 4971-5121",
    ),
    (
        "negative trade figure",
        lambda d: edit(d / "trade.toml", "year = 2005", "imports_musd = 3", "imports_musd = -3"),
        "trade.toml",
        "trade 2005",
        "imports_musd cannot be negative",
    ),
    (
        "trade record of an unknown basis",
        lambda d: edit(d / "trade.toml", "year = 2005", 'basis = "kz-stat"', 'basis = "kazakh-stats"'),
        "trade.toml",
        "trade 2005",
        "unknown basis 'kazakh-stats': use one of kz-stat, kz-government, az-customs, az-stat,"
        " official-statement",
    ),
    (
        "trade record without a basis",
        lambda d: edit(d / "trade.toml", "year = 2019", 'basis = "az-customs"\n', ""),
        "trade.toml",
        "trade 2019",
        "missing field 'basis'",
    ),
    (
        "target with an impossible date",
        lambda d: edit(d / "trade.toml", 'id = "turnover-one-billion"', '"2023-04-10"', '"2023-04-31"'),
        "trade.toml",
        "target 'turnover-one-billion'",
        "impossible stated date",
    ),
    (
        "reference document without its url",
        lambda d: append(
            d / "documents.toml", REFERENCE_DOCUMENT.replace('url = "https://example.org/report"\n', "")
        ),
        "documents.toml",
        "document 'reference-report'",
        "a reference needs its url",
    ),
    (
        "reference source carrying a quote",
        lambda d: (
            append(d / "documents.toml", REFERENCE_DOCUMENT),
            edit(d / "events.toml", 'id = "independence-1991"', '"wikipedia-en-2012"', '"reference-report"'),
        ),
        "events.toml",
        "event 'independence-1991'",
        "a reference source keeps a note, never a quote",
    ),
    (
        "bundled document without its text file",
        remove_document_text,
        "documents.toml",
        "document 'azertac-de-2023-04-10'",
        "its text file documents/azertac-de-2023-04-10.txt is missing",
    ),
    (
        "unknown person",
        lambda d: edit(
            d / "events.toml", 'id = "gabala-turkic-summit-2013"', '"Ilham Aliyev"', '"Ilham Aliev"'
        ),
        "events.toml",
        "event 'gabala-turkic-summit-2013'",
        "unknown person or organisation 'Ilham Aliev': add it to people.toml",
    ),
    (
        "alias in place of the canonical name",
        lambda d: edit(
            d / "events.toml",
            'id = "gabala-turkic-summit-2013"',
            '"Organization of Turkic States"',
            '"Turkic Council"',
        ),
        "events.toml",
        "event 'gabala-turkic-summit-2013'",
        "'Turkic Council' is another name of 'Organization of Turkic States': use the canonical name",
    ),
    (
        "unknown multilateral setting",
        lambda d: edit(
            d / "events.toml", 'id = "gabala-turkic-summit-2013"', '"Turkic states"', '"Turkic summit"'
        ),
        "events.toml",
        "event 'gabala-turkic-summit-2013'",
        "multilateral 'Turkic summit' is not one of CIS, Turkic states, SCO",
    ),
    (
        "unknown kind of entity",
        lambda d: edit(d / "people.toml", 'name = "Lithuania"', 'kind = "country"', 'kind = "state"'),
        "people.toml",
        "entity 'Lithuania'",
        "kind must be one of person, organisation, country, other",
    ),
    (
        "one alias for two entities",
        lambda d: edit(
            d / "people.toml", 'name = "Shanghai Cooperation Organization"', '["SCO"]', '["SCO", "OTS"]'
        ),
        "people.toml",
        "entity 'Shanghai Cooperation Organization'",
        "the name 'OTS' is already used by 'Organization of Turkic States'",
    ),
    (
        "rule 1: a day no source states",
        lambda d: edit(
            d / "events.toml", 'id = "first-tengiz-oil-sangachal-2023"', '"2023-03-23"', '"2023-03-22"'
        ),
        "events.toml",
        "event 'first-tengiz-oil-sangachal-2023'",
        "no source states the day of its start 2023-03-22",
    ),
    (
        "rule 1: a month no source states",
        lambda d: edit(d / "events.toml", 'id = "nazarbayev-state-visit-2005"', '"2005-05"', '"2005-06"'),
        "events.toml",
        "event 'nazarbayev-state-visit-2005'",
        "no source states the month of its start 2005-06",
    ),
    (
        "rule 2: a number no source states",
        lambda d: edit(d / "events.toml", 'id = "trade-turnover-2020"', "$109 million", "$119 million"),
        "events.toml",
        "event 'trade-turnover-2020'",
        "the title's number 119 stands in none of its sources' quotes or notes",
    ),
    (
        "rule 2: more sentences than the sources back",
        lambda d: edit(
            d / "events.toml",
            'id = "nasimi-culture-centre-2006"',
            "Zhambyl province.",
            "Zhambyl province. It has a library. It holds concerts.",
        ),
        "events.toml",
        "event 'nasimi-culture-centre-2006'",
        "a summary of 3 sentences needs at least 2 sources",
    ),
    (
        "rule 5: a summary repeating eight words of a bundled document",
        lambda d: edit(
            d / "events.toml",
            'id = "nasimi-culture-centre-2006"',
            "An Azerbaijani culture centre named after the poet Imadaddin Nasimi opened",
            "An Azerbaijani Culture Center named after Imadaddin Nasimi was opened in Cambul province and",
        ),
        "events.toml",
        "event 'nasimi-culture-centre-2006'",
        "its summary repeats 8 consecutive words of document 'wikipedia-en-2012'",
    ),
    (
        "rule 5: a reference note repeating eight words of a bundled document",
        lambda d: edit(
            d / "documents.toml",
            'id = "todayaz-2005-05-25-six-agreements"',
            "During Nazarbayev's official visit to Baku six agreements were signed, among them the"
            " agreement on strategic partnership and cooperation signed by the two presidents; he joins the"
            " BTC ceremony on Wednesday.",
            "Tells of a state visit of President Nursultan Nazarbayev to Azerbaijan.",
        ),
        "documents.toml",
        "document 'todayaz-2005-05-25-six-agreements'",
        "its note repeats 8 consecutive words of document 'wikipedia-en-2012'",
    ),
    (
        "unknown category id in categories.toml",
        lambda d: edit(d / "categories.toml", 'id = "culture"', '"culture"', '"sport"'),
        "categories.toml",
        "category 'sport'",
        "not one of the app's categories",
    ),
]


@pytest.mark.parametrize(
    ("modify", "file", "record", "problem"),
    [pytest.param(*case[1:], id=case[0]) for case in BAD_RECORDS],
)
def test_a_bad_record_stops_the_build_and_leaves_nothing(
    db_dir: Path, out_dir: Path, modify: Callable[[Path], None], file: str, record: str, problem: str
) -> None:
    modify(db_dir)
    output = out_dir / "relations.sqlite"
    with pytest.raises(BuildError) as caught:
        build_database.build_database(db_dir, output, built=BUILT)
    message = str(caught.value)
    assert message.startswith(f"{file}: {record}"), message
    assert problem in message
    assert not output.exists()
    assert list(out_dir.iterdir()) == []


def test_a_toml_syntax_error_names_the_file_and_line(db_dir: Path, out_dir: Path) -> None:
    events = db_dir / "events.toml"
    line = events.read_bytes().decode("utf-8").splitlines().index('id = "independence-1991"') + 1
    edit(events, 'id = "independence-1991"', '"independence-1991"', '"independence-1991')
    output = out_dir / "relations.sqlite"
    with pytest.raises(BuildError) as caught:
        build_database.build_database(db_dir, output, built=BUILT)
    message = str(caught.value)
    assert message.startswith("events.toml: -: not valid TOML")
    assert f"line {line}," in message
    assert list(out_dir.iterdir()) == []


def test_a_missing_input_file_is_named(db_dir: Path, out_dir: Path) -> None:
    (db_dir / "trade.toml").unlink()
    with pytest.raises(BuildError, match=r"^trade\.toml: -: file not found$"):
        build_database.build_database(db_dir, out_dir / "relations.sqlite", built=BUILT)
    assert list(out_dir.iterdir()) == []


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
