"""Trade figures arranged for the chart. Pure: no Qt, no pyqtgraph.

Only what a source states is drawn. Figures are kept apart by basis (whose statistics they are): a line
joins consecutive full years of one measure and one basis only, never two bases, and a basis of separate
statements is never joined at all. A year without a figure breaks the line (NaN), never an interpolated
value. Within one basis and year the first recorded figure is on the line and later ones are points of
their own; a half-year figure is a point of its own, never joined to full years.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from azkz_desktop.data.models import TradePoint, format_musd

MEASURES = ("turnover_musd", "exports_musd", "imports_musd")
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
    source: TradePoint

    @property
    def basis(self) -> str:
        return self.source.basis


@dataclass
class Series:
    """One measure of one basis: the points on its line, further points, half-years."""

    measure: str
    basis: str
    joined: bool
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


def build_series(
    points: Sequence[TradePoint], joined_bases: Collection[str], basis_order: Sequence[str] = ()
) -> list[Series]:
    """Arrange the figures per measure and basis; records come in the database's order (year, then as
    curated). Only bases in `joined_bases` get a line; the others' figures are separate points."""
    order = {basis: number for number, basis in enumerate(basis_order)}
    bases = sorted({p.basis for p in points}, key=lambda b: (order.get(b, len(order)), b))
    result: list[Series] = []
    for measure in MEASURES:
        for basis in bases:
            series = Series(measure, basis, basis in joined_bases)
            years_on_line: set[int] = set()
            for point in sorted((p for p in points if p.basis == basis), key=lambda p: p.year):
                value = getattr(point, measure)
                if value is None:
                    continue
                chart_point = ChartPoint(position(point.year, point.period), float(value), measure, point)
                if point.is_partial:
                    series.partial.append(chart_point)
                elif series.joined and point.year not in years_on_line:
                    series.line.append(chart_point)
                    years_on_line.add(point.year)
                else:
                    series.others.append(chart_point)
            if series.all_points():
                result.append(series)
    return result


@dataclass(frozen=True)
class GrowthMark:
    """A growth rate a source reports, placed at its year beside the same basis's figure, if any."""

    year: int
    growth_pct: float
    basis: str
    x: float
    value: float | None  # the turnover of the same basis and year it stands beside; None: no such figure
    sources: tuple[TradePoint, ...]


def growth_marks(points: Sequence[TradePoint]) -> list[GrowthMark]:
    """One mark per basis, year and rate, however many sources report it; half-years have none."""
    grouped: dict[tuple[str, int, float], list[TradePoint]] = {}
    for point in points:
        if point.growth_pct is not None and not point.is_partial:
            grouped.setdefault((point.basis, point.year, point.growth_pct), []).append(point)
    marks = []
    for (basis, year, growth), sources in grouped.items():
        own = [p.turnover_musd for p in sources if p.turnover_musd is not None]
        same_basis = [
            p.turnover_musd
            for p in points
            if p.basis == basis and p.year == year and not p.is_partial and p.turnover_musd is not None
        ]
        value = next(iter(own or same_basis), None)
        marks.append(GrowthMark(year, growth, basis, position(year), value, tuple(sources)))
    return sorted(marks, key=lambda m: (m.year, m.basis))


def without_values(points: Sequence[TradePoint]) -> list[TradePoint]:
    """Records that give only a growth rate: not values to plot, but rows of the series CSV."""
    return [p for p in points if all(getattr(p, m) is None for m in MEASURES)]


CSV_COLUMNS = (
    "year",
    "period",
    "series",
    "basis",
    "basis_name",
    "value_musd",
    "growth_pct",
    "given_by",
    "source",
    "quote_or_note",
)


def csv_rows(
    series: Sequence[Series],
    growth_only: Sequence[TradePoint],
    measure_names: Mapping[str, str],
    basis_names: Mapping[str, str],
    growth_name: str,
) -> list[tuple[str, ...]]:
    """Every plotted value with its basis and source, and every growth rate reported without a value."""

    def row(source: TradePoint, name: str, value: str) -> tuple[str, ...]:
        growth = f"{source.growth_pct:g}" if source.growth_pct is not None else ""
        return (
            str(source.year),
            source.period,
            name,
            source.basis,
            basis_names.get(source.basis, source.basis),
            value,
            growth,
            source.statistics or "",
            source.citation(),
            source.quote or source.note or "",
        )

    rows = [
        row(
            point.source,
            measure_names.get(one.measure, one.measure),
            format_musd(point.value).replace(",", ""),
        )
        for one in series
        for point in one.all_points()
    ]
    rows += [row(source, growth_name, "") for source in growth_only]
    measure_order = {name: number for number, name in enumerate(measure_names.values())}
    rows.sort(key=lambda r: (int(r[0]), r[1], measure_order.get(r[2], len(measure_order)), r[3]))
    return rows
