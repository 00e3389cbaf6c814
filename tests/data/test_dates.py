"""Partial dates and date spans: parsing, precision, bounds, ordering and labels."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azkz_desktop.data.dates import EN_DASH, DateSpan, PartialDate, Precision

# No example database and no deadline: nothing is saved between runs and nothing depends on timing.
PROPERTY = settings(database=None, deadline=None, max_examples=300)


@st.composite
def partial_dates(draw: st.DrawFn, precision: Precision | None = None) -> PartialDate:
    chosen = precision or draw(st.sampled_from(list(Precision)))
    year = draw(st.integers(1, 9999))
    if chosen is Precision.YEAR:
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if chosen is Precision.MONTH:
        return PartialDate(year, month)
    return PartialDate(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


# ---- parse -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2007", PartialDate(2007), Precision.YEAR),
        ("2004-03", PartialDate(2004, 3), Precision.MONTH),
        ("1992-08-27", PartialDate(1992, 8, 27), Precision.DAY),
        ("2024-02-29", PartialDate(2024, 2, 29), Precision.DAY),
        ("2000-02-29", PartialDate(2000, 2, 29), Precision.DAY),
        ("0001-01-01", PartialDate(1, 1, 1), Precision.DAY),
        ("9999-12", PartialDate(9999, 12), Precision.MONTH),
    ],
)
def test_parse_accepts_year_month_and_day(text: str, expected: PartialDate, precision: Precision) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == expected
    assert parsed.precision is precision
    assert parsed.iso() == text
    assert str(parsed) == text


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-30",  # no such day
        "2023-02-29",  # not a leap year
        "1900-02-29",  # a century that is not a leap year
        "2023-04-31",
        "2023-13",
        "2023-00",
        "2023-01-00",
        "2023-01-32",
        "0000",
        "0000-01-01",
    ],
)
def test_parse_rejects_impossible_dates(text: str) -> None:
    with pytest.raises(ValueError, match="is not a real date"):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    "text",
    ["2023/01/02", "23", "", "   ", "20230", "2023-1", "2023-01-2", "2023-1-02", "2023-01-02T10:00", "year"],
)
def test_parse_rejects_other_forms(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"):
        PartialDate.parse(text)


@pytest.mark.parametrize("value", [None, 2023, 2023.0])
def test_parse_rejects_what_is_not_text(value: object) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(0, None, None), (10000, None, None), (2023, None, 5), (2023, 13, None), (2023, 2, 29)],
)
def test_constructor_validates_its_fields(year: int, month: int | None, day: int | None) -> None:
    with pytest.raises(ValueError):
        PartialDate(year, month, day)


# ---- bounds ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2007", dt.date(2007, 1, 1), dt.date(2007, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-02", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ("1900-02", dt.date(1900, 2, 1), dt.date(1900, 2, 28)),
        ("2000-02", dt.date(2000, 2, 1), dt.date(2000, 2, 29)),
        ("2004-04", dt.date(2004, 4, 1), dt.date(2004, 4, 30)),
        ("2010-12", dt.date(2010, 12, 1), dt.date(2010, 12, 31)),
        ("1992-08-27", dt.date(1992, 8, 27), dt.date(1992, 8, 27)),
    ],
)
def test_first_and_last_day(text: str, first: dt.date, last: dt.date) -> None:
    date = PartialDate.parse(text)
    assert date.first_day() == first
    assert date.last_day() == last


# ---- ordering ----------------------------------------------------------------------------------------


def test_a_coarser_date_sorts_before_the_finer_dates_inside_it() -> None:
    texts = ["2004", "2004-03", "2004-03-01", "2004-03-31", "2004-04", "2005"]
    dates = [PartialDate.parse(text) for text in texts]
    assert dates[0] < dates[1] < dates[2] < dates[3] < dates[4] < dates[5]
    assert sorted(reversed(dates)) == dates
    assert PartialDate.parse("2004-04") > PartialDate.parse("2004-03-31")
    assert PartialDate.parse("2004") <= PartialDate.parse("2004")
    assert PartialDate.parse("2004") != PartialDate.parse("2004-01")


def test_dates_do_not_compare_with_other_types() -> None:
    with pytest.raises(TypeError):
        _ = PartialDate(2004) < "2005"  # type: ignore[operator]


# ---- labels ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("1992-08-27", "27 August 1992"),
        ("2004-03", "March 2004"),
        ("2007", "2007"),
        ("2006-01-01", "1 January 2006"),
    ],
)
def test_partial_date_label(text: str, label: str) -> None:
    assert PartialDate.parse(text).label() == label


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("2006-01-11", "2006-01-12", "11–12 January 2006"),
        ("1936", "1938", "1936–1938"),
        ("2004-03", "2005-05", "March 2004 – May 2005"),
        ("2005-03", "2005-05", "March – May 2005"),
        ("2004-03-30", "2004-04-02", "30 March – 2 April 2004"),
        ("2005-12-30", "2006-01-02", "30 December 2005 – 2 January 2006"),
        ("1992-08-27", None, "27 August 1992"),
        ("2006-01-11", "2006-01-11", "11 January 2006"),
    ],
)
def test_date_span_label(start: str, end: str | None, label: str) -> None:
    assert DateSpan.parse(start, end).label() == label


def test_span_labels_use_an_en_dash() -> None:
    assert EN_DASH == "\u2013"
    assert "\u2013" in DateSpan.parse("2006-01-11", "2006-01-12").label()
    assert "-" not in DateSpan.parse("1936", "1938").label()


def test_date_span_bounds_and_range() -> None:
    span = DateSpan.parse("2004-03", "2005-05")
    assert span.precision is Precision.MONTH
    assert span.first_day() == dt.date(2004, 3, 1)
    assert span.last_day() == dt.date(2005, 5, 31)
    assert span.last == PartialDate(2005, 5)
    assert span.is_range()
    single = DateSpan.parse("2004-03")
    assert not single.is_range()
    assert single.last == single.start
    assert (single.first_day(), single.last_day()) == (dt.date(2004, 3, 1), dt.date(2004, 3, 31))
    assert not DateSpan.parse("2004-03", "2004-03").is_range()


@pytest.mark.parametrize(
    ("start", "end"), [("1938", "1936"), ("2005-05", "2004-03"), ("2006-01-12", "2006-01-11")]
)
def test_date_span_rejects_an_end_before_its_start(start: str, end: str) -> None:
    with pytest.raises(ValueError, match=f"end {end} is before start {start}"):
        DateSpan.parse(start, end)


@pytest.mark.parametrize(
    ("start", "end"), [("2004", "2005-05"), ("2004-03", "2004-03-05"), ("2004-03-01", "2005")]
)
def test_date_span_rejects_mixed_precisions(start: str, end: str) -> None:
    with pytest.raises(ValueError, match="not at the same precision"):
        DateSpan.parse(start, end)


# ---- properties --------------------------------------------------------------------------------------


@PROPERTY
@given(partial_dates())
def test_iso_round_trips_through_parse(date: PartialDate) -> None:
    parsed = PartialDate.parse(date.iso())
    assert parsed == date
    assert parsed.precision is date.precision


@PROPERTY
@given(partial_dates())
def test_first_day_is_never_after_last_day(date: PartialDate) -> None:
    assert date.first_day() <= date.last_day()
    if date.precision is Precision.DAY:
        assert date.first_day() == date.last_day()
    else:
        last_month = date.month or 12
        assert (date.first_day().month, date.first_day().day) == (date.month or 1, 1)
        assert (date.last_day().month, date.last_day().day) == (
            last_month,
            calendar.monthrange(date.year, last_month)[1],
        )


@PROPERTY
@given(st.dates(), st.dates())
def test_day_ordering_agrees_with_datetime(first: dt.date, second: dt.date) -> None:
    a = PartialDate(first.year, first.month, first.day)
    b = PartialDate(second.year, second.month, second.day)
    assert (a < b) == (first < second)
    assert (a == b) == (first == second)
    assert (a > b) == (first > second)


@PROPERTY
@given(st.dates())
def test_every_day_sorts_after_its_month_and_year(day: dt.date) -> None:
    year, month = PartialDate(day.year), PartialDate(day.year, day.month)
    date = PartialDate(day.year, day.month, day.day)
    assert year < month < date
    assert year.first_day() <= date.first_day() <= date.last_day() <= year.last_day()
    assert month.first_day() <= date.first_day() <= date.last_day() <= month.last_day()


@PROPERTY
@given(st.sampled_from(list(Precision)).flatmap(lambda p: st.tuples(partial_dates(p), partial_dates(p))))
def test_a_span_is_valid_exactly_when_its_end_is_not_before_its_start(
    pair: tuple[PartialDate, PartialDate],
) -> None:
    start, end = pair
    if end < start:
        with pytest.raises(ValueError, match="is before start"):
            DateSpan(start, end)
    else:
        span = DateSpan(start, end)
        assert span.first_day() <= span.last_day()
        assert span.label()


def test_days_in_month_and_month_names_agree_with_the_calendar_module() -> None:
    import calendar

    from azkz_desktop.data.dates import MONTH_NAMES, days_in_month

    for year in (*range(1, 30), *range(1890, 2110), 2400, 2500, 9999):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1], (year, month)
    assert tuple(calendar.month_name[1:]) == MONTH_NAMES
