"""Dates in words in the language in use: "11–12 March 2024", "11–12 марта 2024 г.", "11.–12. März 2024".

The data layer's English words (PartialDate.label) stay for CSV and the command line; the window writes
its dates through here. Month names come from QLocale (Russian's genitive "марта" after a day, the
nominative "март" alone); the order of day, month and year follows each language's custom.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from azkz_desktop.data.dates import EN_DASH, DateSpan, PartialDate, Precision
from azkz_desktop.ui import languages

RANGE = f" {EN_DASH} "


def _language(locale: QLocale | None) -> tuple[QLocale, str]:
    chosen = locale or languages.locale()
    return chosen, chosen.name().split("_", 1)[0]


def _month(locale: QLocale, month: int, after_day: bool) -> str:
    """The month's name: the form used after a day number, or the form that stands alone."""
    if after_day:
        return locale.monthName(month, QLocale.FormatType.LongFormat)
    name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    language = locale.name().split("_", 1)[0]
    return name.lower() if language in ("ru", "kk", "az") else name


def az_year(year: int) -> str:
    """An Azerbaijani ordinal year, "2024-cü": the suffix follows the vowel of the number's last word."""
    last_words = {
        1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu",
        10: "cu", 20: "ci", 30: "cu", 40: "cı", 50: "ci", 60: "cı", 70: "ci", 80: "ci", 90: "cı",
    }  # fmt: skip
    if year % 10:
        suffix = last_words[year % 10]
    elif year % 100:
        suffix = last_words[year % 100]
    elif year % 1000:
        suffix = "cü"  # yüz
    else:
        suffix = "ci"  # min
    return f"{year}-{suffix}"


def _day_month(language: str, locale: QLocale, day: int, month: int) -> str:
    name = _month(locale, month, after_day=True)
    return f"{day}. {name}" if language == "de" else f"{day} {name}"


def _with_year(language: str, words: str, year: int, precision: Precision) -> str:
    """Put the year where the language puts it: after in en/de/ru, before in az/kk."""
    if language == "ru":
        return f"{words} {year} г." if words else f"{year} г."
    if language == "kk":
        return f"{year} жылғы {words}" if words else f"{year} жыл"
    if language == "az":
        if not words:
            return f"{az_year(year)} il"
        if precision is Precision.MONTH:
            return f"{az_year(year)} ilin {words} ayı"
        return f"{az_year(year)} il {words}"
    return f"{words} {year}" if words else str(year)


def date_words(date: PartialDate, locale: QLocale | None = None) -> str:
    """One date at its precision: "27 August 1992", "март 2004 г.", "2007"."""
    chosen, language = _language(locale)
    if language == "en":
        return date.label()
    if date.month is None:
        return _with_year(language, "", date.year, Precision.YEAR)
    if date.day is None:
        return _with_year(language, _month(chosen, date.month, False), date.year, Precision.MONTH)
    return _with_year(language, _day_month(language, chosen, date.day, date.month), date.year, Precision.DAY)


def published_words(text: str, locale: QLocale | None = None) -> str:
    """A recorded date (YYYY, YYYY-MM or YYYY-MM-DD) in words; anything else as it was recorded."""
    try:
        return date_words(PartialDate.parse(text), locale)
    except ValueError:
        return text


def span_words(span: DateSpan, locale: QLocale | None = None) -> str:
    """A span in words, sharing what both ends share: "11–12 марта 2024 г.", "2024-cü il 11–12 mart"."""
    chosen, language = _language(locale)
    start, end = span.start, span.end
    if language == "en":
        return span.label()
    if end is None or end == start:
        return date_words(start, chosen)
    if start.precision is Precision.YEAR:
        years = f"{start.year}{EN_DASH}{end.year}"
        plural = {"ru": " гг.", "kk": " жылдар", "az": ""}.get(language, "")
        return years + plural
    if start.year != end.year:
        return date_words(start, chosen) + RANGE + date_words(end, chosen)
    assert start.month is not None and end.month is not None
    if start.precision is Precision.MONTH:
        months = _month(chosen, start.month, False) + RANGE + _month(chosen, end.month, False)
        if language == "az":
            return f"{az_year(start.year)} ilin {months} ayları"
        return _with_year(language, months, start.year, Precision.MONTH)
    assert start.day is not None and end.day is not None
    if start.month != end.month:
        days = (
            _day_month(language, chosen, start.day, start.month)
            + RANGE
            + _day_month(language, chosen, end.day, end.month)
        )
    else:
        first = f"{start.day}." if language == "de" else str(start.day)
        days = first + EN_DASH + _day_month(language, chosen, end.day, end.month)
    return _with_year(language, days, start.year, Precision.DAY)
