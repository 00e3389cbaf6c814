"""Trade figures and targets as the chart reads them, each with its source."""

from __future__ import annotations

from azkz_desktop.data.database import RelationsDatabase


def test_trade_points(bundled: RelationsDatabase) -> None:
    figures = [
        (point.year, point.exports_musd, point.imports_musd, point.turnover_musd, point.growth_pct)
        for point in bundled.trade_points()
    ]
    # year, exports, imports, turnover, growth: None where the source is silent, never filled in.
    assert figures == [
        (2005, 129, 3, None, None),
        (2010, None, None, 350, None),
        (2017, None, None, 142.1, None),
        (2018, 211.9, None, 258.26, None),
        (2019, 205, None, 229.6, None),
        (2020, None, None, 109, None),
        (2021, None, None, 135.7, None),
        (2022, None, None, 194.1, None),
        (2022, 375.3, 86.6, 461.9, 40),
        (2022, None, None, 460, 40),
        (2022, None, None, None, 40),
        (2023, None, None, 529.4, 14.3),
        (2023, None, None, 529, None),
        (2023, None, None, 598.47, None),
        (2024, None, None, 280.6, None),
        (2024, 256.1, 24.5, 280.6, None),
        (2024, None, None, 533, None),
        (2024, None, None, 470, 50),
        (2025, None, None, 501, None),
    ]
    assert [point.basis for point in bundled.trade_points()] == [
        "kz-stat",
        "official-statement",
        "official-statement",
        "kz-stat",
        "az-customs",
        "official-statement",
        "official-statement",
        "kz-government",
        "kz-government",
        "kz-government",
        "official-statement",
        "kz-government",
        "official-statement",
        "official-statement",
        "kz-government",
        "kz-stat",
        "kz-government",
        "official-statement",
        "official-statement",
    ]
    points = {point.year: point for point in bundled.trade_points()}
    assert points[2005].statistics == "Statistics Agency of Kazakhstan"
    assert points[2020].statistics is None
    assert points[2022].document_id == "azertac-de-2023-04-10"
    assert points[2022].quote is not None
    assert "40 Prozent" in points[2022].quote
    assert points[2022].year_note
    assert points[2020].year_note is None


def test_trade_targets(bundled: RelationsDatabase) -> None:
    targets = bundled.trade_targets()
    assert [(target.id, target.turnover_musd, target.stated) for target in targets] == [
        ("turnover-one-billion", 1000, "2023-04-10")
    ]
    assert targets[0].quote is not None
    assert "Milliarde" in targets[0].quote
