"""Citations are read back by the tools reference managers rely on: every field survives the trip."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware

from azkz_desktop.data.citations import citation_records, record_for, write_citations
from azkz_desktop.data.citations.bibtex import entry_type, escape
from azkz_desktop.data.citations.records import Passage, paragraph_number
from azkz_desktop.data.citations.styled import format_citation, format_items
from azkz_desktop.data.database import open_database
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import Document

TRICKY_TITLE = "Əliyev {visits} Қазақстан: 100% & #1 for Bülbüloğlu_s $5 ~ ^ back\\slash"


def tricky_record(url: str = "https://example.org/a?b=1&c=%E2%80%93#top") -> object:
    document = Document(
        id="tricky-2004-03-02",
        kind="reference",
        title=TRICKY_TITLE,
        outlet="Qazaq & Ğazet {news}",
        published="2004-03-02",
        language="az",
        url=url,
        provenance="Retrieved 2024-05-01 from the outlet's archive.",
        note="",
    )
    return record_for(document, ["event-one", "event-two"])


def bundled_document_record() -> object:
    title = "Dədə Qorqud ünvanı"  # noqa: RUF001 (the Azerbaijani dotless i)
    document = Document("book-2012", "full", title, "Kitab", "2012-06", "az", "", "", "")
    return record_for(document, ["e1"], [Passage("e1", 10, 42, 3)])


def parse_bibtex(text: str) -> list:
    """Entries with LaTeX decoded to Unicode, as a reference manager shows them."""
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not library.failed_blocks, [block.error for block in library.failed_blocks]
    for entry in library.entries:
        for field in entry.fields:
            # pylatexenc decodes \textasciicircum{} (which LaTeX prints as ^) to the modifier letter U+02C6.
            field.value = field.value.replace("\u02c6", "^")
    return library.entries


def test_csl_json_keeps_every_field_and_citeproc_renders_it() -> None:
    record = tricky_record()
    items = json.loads(write_citations([record], "csl-json"))
    (item,) = items
    assert item["title"] == TRICKY_TITLE
    assert item["container-title"] == "Qazaq & Ğazet {news}"
    assert item["issued"] == {"date-parts": [[2004, 3, 2]]}
    assert item["accessed"] == {"date-parts": [[2024, 5, 1]]}
    assert item["URL"] == record.url
    assert item["type"] == "webpage"
    assert "event-one, event-two" in item["note"]
    rendered = format_items(items, "chicago-author-date")[0]
    for letters in ("ə", "Қазақстан", "ü", "ğ", "100%", "&", "#1", "{visits}"):
        assert letters.casefold() in rendered.casefold()
    assert "2004" in rendered and record.url in rendered


def test_bibtex_escapes_specials_and_reads_back() -> None:
    record = tricky_record()
    text = write_citations([record], "bibtex")
    assert r"100\% \& \#1" in text and r"\{visits\}" in text and r"\_s \$5" in text
    assert (
        r"\textbackslash{}slash" in text and r"\textasciicircum{}" in text and "Қазақстан" in text
    )  # letters kept as UTF-8
    (entry,) = parse_bibtex(text)
    assert entry.entry_type == "online"
    assert entry.key == "tricky-2004-03-02"
    assert entry["title"] == TRICKY_TITLE
    assert entry["organization"] == "Qazaq & Ğazet {news}"
    assert entry["date"] == "2004-03-02"
    assert entry["urldate"] == "2024-05-01"
    # The raw address stays verbatim: biblatex reads url as is.
    raw = bibtexparser.parse_string(text).entries[0]
    assert raw["url"] == record.url
    assert "event-one, event-two" in entry["note"]


def test_bibtex_brace_in_an_address_is_percent_encoded_not_broken() -> None:
    record = tricky_record(url="https://example.org/{odd}")
    (entry,) = bibtexparser.parse_string(write_citations([record], "bibtex")).entries
    assert entry["url"] == "https://example.org/%7Bodd%7D"


def test_escape_covers_every_latex_special() -> None:
    for special in "\\{}%&#_$~^":
        escaped = escape(f"a{special}b")
        assert escaped != f"a{special}b"
        (entry,) = parse_bibtex(f"@misc{{k, title = {{{escaped}}}}}")
        assert entry["title"] == f"a{special}b"


def test_ris_reads_back_with_rispy() -> None:
    record = tricky_record()
    text = write_citations([record], "ris")
    assert text.rstrip().endswith("ER  -")
    assert all(line[2:6] == "  - " for line in text.splitlines() if line)
    (entry,) = rispy.loads(text)
    assert entry["type_of_reference"] == "ELEC"
    assert entry["title"] == TRICKY_TITLE
    assert entry["secondary_title"] == "Qazaq & Ğazet {news}"
    assert entry["year"] == "2004"
    assert entry["date"] == "2004/03/02/"
    assert entry["access_date"] == "2024/05/01/"
    assert entry["urls"] == [record.url]
    assert entry["language"] == "az"
    assert entry["id"] == "tricky-2004-03-02"
    assert any("event-one, event-two" in note for note in entry["notes"])


def test_bundled_document_carries_its_locator_in_every_format() -> None:
    record = bundled_document_record()
    assert "paragraph 3, characters 11–42" in json.loads(write_citations([record], "csl-json"))[0]["note"]
    (entry,) = parse_bibtex(write_citations([record], "bibtex"))
    assert entry.entry_type == "misc" and "paragraph 3, characters 11–42" in entry["note"]
    (ris,) = rispy.loads(write_citations([record], "ris"))
    assert ris["type_of_reference"] == "NEWS"
    assert "Passage for e1: paragraph 3, characters 11–42" in ris["notes"]


def test_journal_outlet_is_an_article() -> None:
    document = Document(
        "j", "reference", "On the Caspian", "Central Asian Survey Journal", "2019", "en", "", "", ""
    )
    record = record_for(document, ["e"])
    assert parse_bibtex(write_citations([record], "bibtex"))[0].entry_type == "article"
    assert rispy.loads(write_citations([record], "ris"))[0]["journal_name"] == "Central Asian Survey Journal"
    assert json.loads(write_citations([record], "csl-json"))[0]["type"] == "article-journal"


def test_paragraph_numbers_follow_blank_lines() -> None:
    text = "First para.\n\nSecond para,\nstill second.\n\n\nThird."
    assert paragraph_number(text, 0) == 1
    assert paragraph_number(text, text.index("still")) == 2
    assert paragraph_number(text, text.index("Third")) == 3
    assert paragraph_number("one paragraph\nwith lines", 15) is None


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown citation format 'endnote'"):
        write_citations([], "endnote")


@pytest.mark.parametrize("style", ["chicago-author-date", "apa"])
def test_named_styles_format_a_reference_once(style: str) -> None:
    text = format_citation(tricky_record(), style)
    assert text.casefold().count("қазақстан") == 1  # the title is not printed twice
    assert "Qazaq & Ğazet {news}" in text and "2004" in text


def test_one_record_per_source_with_every_event_it_backs(bundled_db_path: Path) -> None:
    database = open_database(bundled_db_path)
    ids = database.filtered_event_ids(EventFilter())
    records = citation_records(database, ids)
    assert len({record.id for record in records}) == len(records)
    for record in records:
        for event_id in record.event_ids:
            assert record.id in {source.document_id for source in database.event_sources(event_id)}
    expected = {source.document_id for event_id in ids for source in database.event_sources(event_id)}
    assert {record.id for record in records} == expected
    german = next(record for record in records if record.id == "azertac-de-2023-04-10")
    assert german.passages and all(passage.paragraph for passage in german.passages)
    document = database.document(german.id)
    for passage in german.passages:
        event = database.event(passage.event_id)
        assert any(
            source.quote == document.text[passage.char_start : passage.char_end] for source in event.sources
        )


@pytest.fixture(scope="module")
def all_records() -> list:
    from azkz_desktop.data.paths import bundled_database_path

    database = open_database(bundled_database_path())
    return citation_records(database, database.filtered_event_ids(EventFilter()))


def test_round_trip_of_every_bundled_source_through_csl_json(all_records: list) -> None:
    items = json.loads(write_citations(all_records, "csl-json"))
    assert [item["id"] for item in items] == [record.id for record in all_records]
    for item, record in zip(items, all_records, strict=True):
        assert item["title"] == record.title and item.get("URL", "") == record.url
        assert item.get("container-title", "") == record.outlet
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rendered = format_items(items)
    assert len(rendered) == len(items)


def test_round_trip_of_every_bundled_source_through_bibtex(all_records: list) -> None:
    text = write_citations(all_records, "bibtex")
    entries = {entry.key: entry for entry in parse_bibtex(text)}
    raw = {entry.key: entry for entry in bibtexparser.parse_string(text).entries}
    assert len(entries) == len(all_records)
    for record in all_records:
        entry = entries[record.id]
        assert entry["title"] == " ".join(record.title.split())
        outlet_field = {"article": "journaltitle", "online": "organization", "misc": "howpublished"}
        assert entry.entry_type == entry_type(record)
        assert entry[outlet_field[entry_type(record)]] == record.outlet
        if record.url:
            assert raw[record.id]["url"] == record.url
        assert entry["date"] == record.published
        assert ", ".join(record.event_ids) in entry["note"]


def test_round_trip_of_every_bundled_source_through_ris(all_records: list) -> None:
    entries = rispy.loads(write_citations(all_records, "ris"))
    assert len(entries) == len(all_records)
    for entry, record in zip(entries, all_records, strict=True):
        assert entry["id"] == record.id
        assert entry["title"] == " ".join(record.title.split())
        outlet_tag = "journal_name" if record.is_journal else "secondary_title"
        assert entry[outlet_tag] == record.outlet
        assert entry.get("urls", []) == ([record.url] if record.url else [])
        assert entry["year"] == record.published[:4]
        assert entry["notes"][0] == "Backs events: " + ", ".join(record.event_ids)
