"""Trade figures arranged for the chart. Pure: no Qt, no pyqtgraph.

Only what a source states is drawn. A year without a figure breaks the line (NaN), never an interpolated
value. Where several sources give a figure for the same year, the first recorded one is on the line and the
others are separate markers; a half-year figure is a marker of its own, never joined to full years.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from azkz_desktop.data.models import TradePoint

MEASURES = (
    ("turnover_musd", "Turnover"),
    ("exports_musd", "Kazakh exports to Azerbaijan"),
    ("imports_musd", "Kazakh imports from Azerbaijan"),
)
UNIX_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
SECONDS_PER_DAY = 86_400


def day_to_seconds(day: float) -> float:
    """A day number (date.toordinal) as the Unix time pyqtgraph's date axis expects."""
    return (day - UNIX_EPOCH_ORDINAL) * SECONDS_PER_DAY


def seconds_to_day(seconds: float) -> float:
    return seconds / SECONDS_PER_DAY + UNIX_EPOCH_ORDINAL


def position(year: int, period: str = "year") -> float:
    """Where a figure stands on the time axis: the middle of the year (or half-year) it covers."""
    middle = {"year": (7, 2), "H1": (4, 1), "H2": (10, 1)}.get(period, (7, 2))
    return day_to_seconds(dt.date(year, *middle).toordinal())


@dataclass(frozen=True)
class ChartPoint:
    """One plotted value and the record it comes from."""

    x: float
    value: float
    measure: str
    label: str
    source: TradePoint

    def describe(self) -> str:
        """The tooltip: year, value, series and source."""
        source = self.source
        when = (
            str(source.year) if not source.is_partial else f"{source.year}, {half_name(source.period)} only"
        )
        lines = [f"{self.label}: ${self.value:,.1f} million", when]
        if source.statistics:
            lines.append(f"Statistics: {source.statistics}")
        lines.append(f"Source: {source.citation()}")
        if source.quote:
            lines.append(f"“{source.quote}”")
        if source.note:
            lines.append(source.note)
        if source.year_note:
            lines.append(f"Year: {source.year_note}")
        return "\n".join(lines)


def half_name(period: str) -> str:
    return {"H1": "first half", "H2": "second half"}.get(period, period)


@dataclass
class Series:
    """One measure: the points on its line, further sources' points for the same years, half-years."""

    measure: str
    label: str
    line: list[ChartPoint] = field(default_factory=list)
    others: list[ChartPoint] = field(default_factory=list)
    partial: list[ChartPoint] = field(default_factory=list)

    def line_arrays(self) -> tuple[list[float], list[float]]:
        """x and y for the line, with NaN between years that are not consecutive, so gaps stay gaps."""
        xs: list[float] = []
        ys: list[float] = []
        previous: int | None = None
        for point in self.line:
            if previous is not None and point.source.year != previous + 1:
                xs.append(math.nan)
                ys.append(math.nan)
            xs.append(point.x)
            ys.append(point.value)
            previous = point.source.year
        return xs, ys

    def all_points(self) -> list[ChartPoint]:
        return [*self.line, *self.others, *self.partial]


def build_series(points: Sequence[TradePoint]) -> list[Series]:
    """Arrange the figures per measure; records come in the database's order (year, then as curated)."""
    result: list[Series] = []
    for measure, label in MEASURES:
        series = Series(measure, label)
        years_on_line: set[int] = set()
        for point in sorted(points, key=lambda p: p.year):
            value = getattr(point, measure)
            if value is None:
                continue
            chart_point = ChartPoint(position(point.year, point.period), float(value), measure, label, point)
            if point.is_partial:
                series.partial.append(chart_point)
            elif point.year in years_on_line:
                series.others.append(chart_point)
            else:
                series.line.append(chart_point)
                years_on_line.add(point.year)
        result.append(series)
    return result


def growth_notes(points: Sequence[TradePoint]) -> list[TradePoint]:
    """Records that give only a growth rate: shown as notes, since they are not values to plot."""
    return [p for p in points if p.growth_pct is not None and all(getattr(p, m) is None for m, _ in MEASURES)]


def csv_rows(series: Sequence[Series]) -> list[tuple[str, ...]]:
    """Every plotted value with its source, for "Save Series as CSV"."""
    rows = []
    for one in series:
        for point in sorted(one.all_points(), key=lambda p: (p.source.year, p.source.period)):
            source = point.source
            rows.append(
                (
                    str(source.year),
                    source.period,
                    one.label,
                    f"{point.value:g}",
                    source.statistics or "",
                    source.citation(),
                    source.quote or source.note or "",
                )
            )
    return rows


CSV_COLUMNS = ("year", "period", "series", "value_musd", "statistics", "source", "quote_or_note")
