"""db/build_database.py refuses a bad document, person, trade figure or category, and a broken file."""

from __future__ import annotations

from pathlib import Path

import build_database
import pytest
from build_helpers import BUILT, REFERENCE_DOCUMENT, BadRecord, append, assert_stops_the_build, cases, edit
from record_fields import BuildError


def remove_document_text(db_dir: Path) -> None:
    (db_dir / "documents" / "azertac-de-2023-04-10.txt").unlink()


BAD_RECORDS: list[BadRecord] = [
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
        "bundled document without its text file",
        remove_document_text,
        "documents.toml",
        "document 'azertac-de-2023-04-10'",
        "its text file documents/azertac-de-2023-04-10.txt is missing",
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


@pytest.mark.parametrize("case", cases(BAD_RECORDS))
def test_a_bad_record_stops_the_build_and_leaves_nothing(
    db_dir: Path, out_dir: Path, case: BadRecord
) -> None:
    assert_stops_the_build(db_dir, out_dir, case)


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
