"""db/build_database.py refuses a bad event: dates, sources, people and the curation rules, each named."""

from __future__ import annotations

from pathlib import Path

import pytest
from build_helpers import REFERENCE_DOCUMENT, BadRecord, append, assert_stops_the_build, cases, edit

BAD_EVENTS: list[BadRecord] = [
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
]


@pytest.mark.parametrize("case", cases(BAD_EVENTS))
def test_a_bad_event_stops_the_build_and_leaves_nothing(db_dir: Path, out_dir: Path, case: BadRecord) -> None:
    assert_stops_the_build(db_dir, out_dir, case)
