"""What the trade chart says in words: tooltips, growth labels, the empty-range message.

Tooltips are plain text wrapped to about 400 pixels. Qt takes a tooltip for rich text when its first line
looks like markup, so the first line is always the app's own words, never text from the database.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from azkz_desktop.data.models import TradePoint, format_musd
from azkz_desktop.ui.trade.bases import basis, measure_names
from azkz_desktop.ui.trade.series import ChartPoint, GrowthMark

TIP_COLUMNS = 60  # characters a line: about 400 pixels in the default tooltip font


def _tr(text: str) -> str:
    return QCoreApplication.translate("TradeChart", text)


def wrapped(lines: Iterable[str], columns: int = TIP_COLUMNS) -> str:
    """Lines wrapped at word boundaries (a very long word is broken), kept as plain text."""
    out: list[str] = []
    for line in lines:
        out.extend(textwrap.wrap(line, columns, break_long_words=True, break_on_hyphens=False) or [""])
    return "\n".join(out)


def period_words(point: TradePoint) -> str:
    if not point.is_partial:
        return str(point.year)
    half = {
        "H1": QCoreApplication.translate("TradeChart", "first half"),
        "H2": QCoreApplication.translate("TradeChart", "second half"),
    }.get(point.period, point.period)
    return QCoreApplication.translate("TradeChart", "{year}, {half} only").format(year=point.year, half=half)


def source_lines(source: TradePoint) -> list[str]:
    lines = [QCoreApplication.translate("TradeChart", "Basis: {name}").format(name=basis(source.basis).name)]
    if source.statistics:
        lines.append(
            QCoreApplication.translate("TradeChart", "Given by: {who}").format(who=source.statistics)
        )
    lines.append(
        QCoreApplication.translate("TradeChart", "Source: {citation}").format(citation=source.citation())
    )
    if source.quote:
        lines.append(f"“{source.quote}”")
    if source.note:
        lines.append(source.note)
    if source.year_note:
        lines.append(QCoreApplication.translate("TradeChart", "Year: {note}").format(note=source.year_note))
    return lines


def figure_tip(point: ChartPoint) -> str:
    """Year, value, measure, basis and source; says what a click does."""
    measure = measure_names().get(point.measure, point.measure)
    head = QCoreApplication.translate("TradeChart", "{measure}: ${value} million").format(
        measure=measure, value=format_musd(point.value)
    )
    lines = [head, period_words(point.source), *source_lines(point.source)]
    lines.append(QCoreApplication.translate("TradeChart", "(click to read the source in the detail pane)"))
    return wrapped(lines)


def figures_tip(points: list[ChartPoint]) -> str:
    """The tooltip of the figures under the cursor: a click shows the first."""
    if len(points) == 1:
        return figure_tip(points[0])
    first = QCoreApplication.translate("TradeChart", "{count} figures here; a click shows the first.").format(
        count=len(points)
    )
    parts = [first] + [figure_tip(point) for point in points[:3]]
    if len(points) > 3:
        parts.append(
            QCoreApplication.translate("TradeChart", "… and {count} more").format(count=len(points) - 3)
        )
    return "\n\n".join(parts)


def event_tip(title: str) -> str:
    return wrapped(
        [QCoreApplication.translate("TradeChart", "Economy & trade event (click to select it):"), title]
    )


def growth_label(mark: GrowthMark) -> str:
    rate = f"{mark.growth_pct:+g}%"
    if mark.value is None:
        return QCoreApplication.translate("TradeChart", "{rate} reported (no value)").format(rate=rate)
    return QCoreApplication.translate("TradeChart", "{rate} reported").format(rate=rate)


def growth_tip(mark: GrowthMark) -> str:
    lines = [
        QCoreApplication.translate(
            "TradeChart", "Growth of turnover in {year} over the year before, as reported: {rate}"
        ).format(year=mark.year, rate=f"{mark.growth_pct:+g}%")
    ]
    for source in mark.sources:
        lines.extend(source_lines(source))
    return wrapped(lines)


def empty_range(start_year: int, end_year: int, first: int, last: int) -> str:
    span = str(start_year) if start_year == end_year else f"{start_year}–{end_year}"
    return QCoreApplication.translate(
        "TradeChart",
        "No trade figures for {span}.\nThe figures cover {first}–{last}: move the timeline there, "
        "or press “Show All Figures”.",
    ).format(span=span, first=first, last=last)


def goal_words(turnover: float, stated: str) -> str:
    return QCoreApplication.translate(
        "TradeChart", "Goal, not data: ${value} million turnover (stated {stated})"
    ).format(value=format_musd(turnover), stated=stated)
