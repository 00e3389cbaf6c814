"""Dates in words follow the language: day, month and year in each language's order and grammar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from azkz_desktop.data.dates import DateSpan
from azkz_desktop.ui.date_words import az_year, span_words

SPANS = {
    "one day": ("2024-03-11", None),
    "two days": ("2024-03-11", "2024-03-12"),
    "across months": ("2024-03-30", "2024-04-02"),
    "a month": ("2004-03", None),
    "months": ("2024-03", "2024-06"),
    "a year": ("2010", None),
    "years": ("2004", "2006"),
    "across years": ("2023-12-30", "2024-01-02"),
}
EXPECTED = {
    "en": {
        "one day": "11 March 2024",
        "two days": "11–12 March 2024",
        "across months": "30 March – 2 April 2024",
        "a month": "March 2004",
        "months": "March – June 2024",
        "a year": "2010",
        "years": "2004–2006",
        "across years": "30 December 2023 – 2 January 2024",
    },
    "ru": {
        "one day": "11 марта 2024 г.",
        "two days": "11–12 марта 2024 г.",
        "across months": "30 марта – 2 апреля 2024 г.",
        "a month": "март 2004 г.",
        "months": "март – июнь 2024 г.",
        "a year": "2010 г.",
        "years": "2004–2006 гг.",
        "across years": "30 декабря 2023 г. – 2 января 2024 г.",
    },
    "de": {
        "one day": "11. März 2024",
        "two days": "11.–12. März 2024",
        "across months": "30. März – 2. April 2024",
        "a month": "März 2004",
        "months": "März – Juni 2024",
        "a year": "2010",
        "years": "2004–2006",
        "across years": "30. Dezember 2023 – 2. Januar 2024",
    },
    "az": {
        "one day": "2024-cü il 11 mart",
        "two days": "2024-cü il 11–12 mart",
        "across months": "2024-cü il 30 mart – 2 aprel",
        "a month": "2004-cü ilin mart ayı",
        "months": "2024-cü ilin mart – iyun ayları",
        "a year": "2010-cu il",
        "years": "2004–2006",
        "across years": "2023-cü il 30 dekabr – 2024-cü il 2 yanvar",
    },
    "kk": {
        "one day": "2024 жылғы 11 наурыз",
        "two days": "2024 жылғы 11–12 наурыз",
        "across months": "2024 жылғы 30 наурыз – 2 сәуір",
        "a month": "2004 жылғы наурыз",
        "months": "2024 жылғы наурыз – маусым",
        "a year": "2010 жыл",
        "years": "2004–2006 жылдар",
        "across years": "2023 жылғы 30 желтоқсан – 2024 жылғы 2 қаңтар",
    },
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
@pytest.mark.parametrize("kind", sorted(SPANS))
def test_spans_in_words(language: str, kind: str) -> None:
    start, end = SPANS[kind]
    assert span_words(DateSpan.parse(start, end), QLocale(language)) == EXPECTED[language][kind]


def test_the_three_examples_of_the_issue() -> None:
    span = DateSpan.parse("2024-03-11", "2024-03-12")
    assert span_words(span, QLocale("ru")) == "11–12 марта 2024 г."
    assert span_words(span, QLocale("de")) == "11.–12. März 2024"
    assert span_words(span, QLocale("az")) == "2024-cü il 11–12 mart"


@pytest.mark.parametrize(
    ("year", "ordinal"),
    [(2024, "2024-cü"), (2010, "2010-cu"), (2000, "2000-ci"), (1992, "1992-ci"), (2016, "2016-cı"),
     (1990, "1990-cı"), (2009, "2009-cu"), (1900, "1900-cü"), (2023, "2023-cü"), (1936, "1936-cı")],
)  # fmt: skip
def test_azerbaijani_year_suffix_follows_vowel_harmony(year: int, ordinal: str) -> None:
    assert az_year(year) == ordinal


def test_the_data_layer_keeps_its_english_words() -> None:
    """CSV and the command line read PartialDate.label: it stays English whatever the window speaks."""
    span = DateSpan.parse("2024-03-11", "2024-03-12")
    assert span.label() == "11–12 March 2024"
