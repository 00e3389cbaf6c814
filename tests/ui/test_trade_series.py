"""The trade series and their words, without a window: gaps kept, bases never joined, values as sourced."""

from __future__ import annotations

import math

import pytest
import record_fields
from PySide6.QtGui import Qt as QtText

from azkz_desktop.data.models import TradePoint, format_musd
from azkz_desktop.ui.trade import texts
from azkz_desktop.ui.trade.bases import bases, basis
from azkz_desktop.ui.trade.series import (
    build_series,
    day_to_seconds,
    growth_marks,
    position,
    seconds_to_day,
)

JOINED = {"kz-stat", "kz-government", "az-customs", "az-stat"}


def point(
    year: int,
    turnover: float | None = None,
    period: str = "year",
    quote: str | None = None,
    basis: str = "kz-stat",
    growth: float | None = None,
    **extra,
):
    return TradePoint(
        year, None, None, turnover, growth, None, "doc", quote, None, period=period, basis=basis, **extra
    )


def test_gaps_between_years_stay_gaps() -> None:
    series = build_series([point(2005, 10), point(2006, 12), point(2010, 30), point(2011, 31)], JOINED)[0]
    xs, ys = series.line_arrays()
    assert len(xs) == 5
    assert math.isnan(xs[2]) and math.isnan(ys[2])
    assert ys[:2] == [10, 12] and ys[3:] == [30, 31]


def test_a_line_never_joins_two_bases() -> None:
    figures = [point(2021, 135.7, basis="az-customs"), point(2022, 461.9, basis="kz-government")]
    figures += [point(2023, 529.4, basis="kz-government"), point(2024, 470, basis="az-customs")]
    series = build_series(figures, JOINED, ["kz-government", "az-customs"])
    assert [(s.basis, [p.value for p in s.line]) for s in series] == [
        ("kz-government", [461.9, 529.4]),
        ("az-customs", [135.7, 470.0]),
    ]
    for one in series:
        assert {p.basis for p in one.all_points()} == {one.basis}
    _, ys = series[1].line_arrays()
    assert math.isnan(ys[1])  # 2021 and 2024 of one basis: not consecutive, so not joined


def test_statements_are_never_joined() -> None:
    statements = [
        point(2020, 109, basis="official-statement"),
        point(2021, 135.7, basis="official-statement"),
    ]
    (series,) = build_series(statements, JOINED)
    assert series.line == [] and [p.value for p in series.others] == [109, 135.7]


def test_two_sources_for_one_year_give_two_points() -> None:
    series = build_series([point(2023, 529.4), point(2023, 598.47), point(2024, 280.6, "H1")], JOINED)[0]
    assert [p.value for p in series.line] == [529.4]
    assert [p.value for p in series.others] == [598.47]
    assert [p.value for p in series.partial] == [280.6]
    assert series.partial[0].x == position(2024, "H1") < position(2024)


def test_a_growth_rate_stands_beside_the_figure_of_its_basis() -> None:
    figures = [
        point(2022, 461.9, basis="kz-government", growth=40),
        point(2022, 460, basis="kz-government", growth=40),
        point(2022, None, basis="official-statement", growth=40),
        point(2024, 533, basis="kz-government"),
        point(2024, 470, basis="official-statement", growth=50),
    ]
    marks = growth_marks(figures)
    assert [(m.year, m.basis, m.growth_pct, m.value, len(m.sources)) for m in marks] == [
        (2022, "kz-government", 40, 461.9, 2),
        (2022, "official-statement", 40, None, 1),
        (2024, "official-statement", 50, 470, 1),
    ]
    assert texts.growth_label(marks[0]) == "+40% reported"
    assert texts.growth_label(marks[1]) == "+40% reported (no value)"


def test_values_are_shown_as_the_source_writes_them() -> None:
    assert [format_musd(v) for v in (529.0, 529.4, 598.47, 1000.0, 0.0)] == [
        "529",
        "529.4",
        "598.47",
        "1,000",
        "0",
    ]


def test_the_tooltip_names_year_value_basis_and_source_and_wraps() -> None:
    source = point(
        2020,
        109,
        quote="from $109 million " + "and a long passage that goes on " * 6,
        basis="official-statement",
        document_title="Interview",
        outlet="Report",
        published="2024-03-10",
        note="<b>not markup</b>",
    )
    chart_point = build_series([source], JOINED)[0].others[0]
    text = texts.figure_tip(chart_point)
    assert text.splitlines()[:2] == ["Turnover: $109 million", "2020"]
    assert "Basis: Statements, unattributed reports (never joined)" in text
    assert "Source: Interview · Report · 2024-03-10" in text
    assert max(len(line) for line in text.splitlines()) <= texts.TIP_COLUMNS
    assert not QtText.mightBeRichText(text)  # database text never turns the tooltip into markup
    assert not QtText.mightBeRichText(texts.event_tip("<b>An event</b>"))


def test_the_bases_are_the_builds(qapp) -> None:
    assert tuple(bases()) == record_fields.TRADE_BASES
    assert basis("made-elsewhere").name == "made-elsewhere" and not basis("made-elsewhere").joined
    assert {code for code, one in bases().items() if not one.joined} == {"official-statement"}


def test_day_and_chart_time_convert_both_ways() -> None:
    assert seconds_to_day(day_to_seconds(730000.25)) == pytest.approx(730000.25)
    assert day_to_seconds(719163) == 0.0  # 1 January 1970
