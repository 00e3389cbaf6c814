"""The trade chart: turnover, exports and imports by year, every point from a source, tied to the timeline.

This module imports pyqtgraph; the Trade tab imports it only when first shown, so start-up never pays.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from azkz_desktop.data.export import write_atomically
from azkz_desktop.data.models import TradePoint, TradeTarget
from azkz_desktop.ui.picture_files import save_picture
from azkz_desktop.ui.state import ViewState
from azkz_desktop.ui.trade.series import (
    CSV_COLUMNS,
    ChartPoint,
    Series,
    build_series,
    csv_rows,
    day_to_seconds,
    growth_notes,
    position,
    seconds_to_day,
)

SERIES_COLORS = {"turnover_musd": "#2e8b57", "exports_musd": "#3b6fb6", "imports_musd": "#c77c12"}
SOURCE_NOTE = (
    "Every point is a figure stated by a source: hover for the year, value and source; click to read the "
    "source in the detail pane. Years without a figure are gaps. Triangles: another source's figure for a "
    "year already on the line (Kazakh and Azerbaijani statistics differ). Squares: half-year figures. "
    "Dashed line: a goal, not data. Thin vertical lines: economy & trade events (click to select)."
)


class TradeChart(QWidget):
    """The chart, its controls and its note."""

    source_requested = Signal(object)  # a TradePoint: show its source in the detail pane

    def __init__(
        self,
        points: Sequence[TradePoint],
        targets: Sequence[TradeTarget],
        state: ViewState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tradeChart")
        self.state = state
        self.series: list[Series] = build_series(points)
        self._growth = growth_notes(points)
        self._targets = list(targets)
        self._event_lines: list[pg.InfiniteLine] = []
        self._syncing = False

        colors = self._colors()
        pg.setConfigOptions(antialias=True)
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setObjectName("tradePlot")
        self.plot.setBackground(colors["base"])
        item = self.plot.getPlotItem()
        item.setLabel("left", "Trade", units="USD million")
        item.getAxis("left").enableAutoSIPrefix(False)
        item.setLabel("bottom", "Year")
        item.showGrid(x=True, y=True, alpha=0.15)
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(colors["text"])
            item.getAxis(axis).setTextPen(colors["text"])
        self.legend = item.addLegend(offset=(-10, 10), labelTextColor=colors["text"])  # top right
        self.scatters: list[pg.ScatterPlotItem] = []
        self._draw_series()
        self._draw_targets(colors)
        self._draw_growth(colors)

        self.link = QCheckBox("Follow the timeline")
        self.link.setToolTip(
            "Show the same stretch of time as the timeline, and move it when this chart moves"
        )
        self.link.toggled.connect(self._link_toggled)
        save_chart = QPushButton("Save Chart…")
        save_chart.clicked.connect(self._ask_save_chart)
        save_series = QPushButton("Save Series as CSV…")
        save_series.clicked.connect(self._ask_save_series)
        controls = QHBoxLayout()
        controls.addWidget(QLabel("Azerbaijan–Kazakhstan trade, USD million"))
        controls.addStretch(1)
        controls.addWidget(self.link)
        controls.addWidget(save_chart)
        controls.addWidget(save_series)
        self.note = QLabel(SOURCE_NOTE)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)

        item.getViewBox().sigXRangeChanged.connect(self._chart_moved)
        state.window_changed.connect(self._timeline_moved)
        self.fit_data()

    # ---- drawing -------------------------------------------------------------------------------------

    def _colors(self) -> dict[str, QColor]:
        palette = self.palette()
        return {
            "base": palette.color(QPalette.ColorRole.Base),
            "text": palette.color(QPalette.ColorRole.Text),
            "mid": palette.color(QPalette.ColorRole.Mid),
        }

    def _draw_series(self) -> None:
        item = self.plot.getPlotItem()
        for series in self.series:
            color = QColor(SERIES_COLORS[series.measure])
            if series.line:
                xs, ys = series.line_arrays()
                item.addItem(
                    pg.PlotDataItem(
                        np.asarray(xs), np.asarray(ys), pen=pg.mkPen(color, width=2), connect="finite"
                    )
                )
            for points, symbol, filled, name in (
                (series.line, "o", True, series.label),
                (series.others, "t", True, f"{series.label}: another source"),
                (series.partial, "s", False, f"{series.label}: half-year"),
            ):
                if points:
                    self._add_scatter(points, symbol, color, filled, name)

    def _add_scatter(
        self, points: list[ChartPoint], symbol: str, color: QColor, filled: bool, name: str
    ) -> None:
        brush = pg.mkBrush(color) if filled else pg.mkBrush(self._colors()["base"])
        scatter = pg.ScatterPlotItem(
            x=[p.x for p in points],
            y=[p.value for p in points],
            data=points,
            symbol=symbol,
            size=11,
            pen=pg.mkPen(color, width=2),
            brush=brush,
            hoverable=True,
            hoverSize=14,
            tip=lambda x, y, data: data.describe(),
            name=name,
        )
        scatter.sigClicked.connect(self._point_clicked)
        self.plot.getPlotItem().addItem(scatter)
        self.scatters.append(scatter)

    def _draw_targets(self, colors: dict[str, QColor]) -> None:
        for target in self._targets:
            label = f"Goal, not data: ${target.turnover_musd:,.0f} million turnover (stated {target.stated})"
            line = pg.InfiniteLine(
                pos=target.turnover_musd,
                angle=0,
                pen=pg.mkPen(SERIES_COLORS["turnover_musd"], width=1.5, style=Qt.PenStyle.DashLine),
                label=label,
                labelOpts={"position": 0.02, "color": colors["text"], "anchors": [(0, 1), (0, 1)]},
            )
            line.setToolTip(
                f"A goal stated on {target.stated}: “{target.quote}”" if target.quote else "A goal"
            )
            self.plot.getPlotItem().addItem(line)

    def _draw_growth(self, colors: dict[str, QColor]) -> None:
        for point in self._growth:
            text = pg.TextItem(
                f"{point.growth_pct:+g}% growth in {point.year}\n(reported without a value)",
                color=colors["text"],
                anchor=(1.0, 1.0),
            )
            text.setToolTip(f"{point.citation()}\n“{point.quote}”" if point.quote else point.citation())
            text.setPos(position(point.year), self._top_value() * 0.25)
            self.plot.getPlotItem().addItem(text)

    def _top_value(self) -> float:
        values = [p.value for s in self.series for p in s.all_points()]
        values += [t.turnover_musd for t in self._targets]
        return max(values, default=100.0)

    def set_events(self, events: Sequence[tuple[str, float, str]]) -> None:
        """Vertical markers for (event id, day number, title) of the economy events now shown."""
        item = self.plot.getPlotItem()
        for line in self._event_lines:
            item.removeItem(line)
        self._event_lines = []
        for event_id, day, title in events:
            line = pg.InfiniteLine(
                pos=day_to_seconds(day),
                angle=90,
                pen=pg.mkPen(SERIES_COLORS["turnover_musd"], width=1, style=Qt.PenStyle.DotLine),
                hoverPen=pg.mkPen(SERIES_COLORS["turnover_musd"], width=3),
            )
            line.setToolTip(f"{title}\n(click to select the event)")
            line.event_id = event_id  # type: ignore[attr-defined]
            line.sigClicked.connect(
                lambda clicked, _ev: self.state.select([clicked.event_id], clicked.event_id)
            )
            item.addItem(line)
            self._event_lines.append(line)

    def event_marker_ids(self) -> list[str]:
        return [line.event_id for line in self._event_lines]  # type: ignore[attr-defined]

    # ---- interaction ---------------------------------------------------------------------------------

    def _point_clicked(self, _scatter: object, spots: Sequence[object], _event: object = None) -> None:
        if spots:
            self.source_requested.emit(spots[0].data().source)  # type: ignore[attr-defined]

    def fit_data(self) -> None:
        xs = [p.x for s in self.series for p in s.all_points()]
        if xs:
            margin = 365 * 86_400
            self.plot.setXRange(min(xs) - margin, max(xs) + margin, padding=0)
        top = self._top_value()
        self.plot.setYRange(-0.03 * top, top * 1.3, padding=0)  # room for the legend above the goal

    def _link_toggled(self, on: bool) -> None:
        if on:
            self._timeline_moved(*self.state.window)

    def _timeline_moved(self, start: float, end: float) -> None:
        if not self.link.isChecked() or self._syncing:
            return
        self._syncing = True
        try:
            self.plot.setXRange(day_to_seconds(start), day_to_seconds(end), padding=0)
        finally:
            self._syncing = False

    def _chart_moved(self, _view: object, x_range: Sequence[float]) -> None:
        if not self.link.isChecked() or self._syncing:
            return
        self._syncing = True
        try:
            self.state.set_window(seconds_to_day(x_range[0]), seconds_to_day(x_range[1]))
        finally:
            self._syncing = False

    def visible_days(self) -> tuple[float, float]:
        low, high = self.plot.getPlotItem().getViewBox().viewRange()[0]
        return seconds_to_day(low), seconds_to_day(high)

    # ---- saving --------------------------------------------------------------------------------------

    def save_chart(self, path: Path) -> None:
        """PNG or SVG, by the file name's ending, written atomically."""
        save_picture(
            Path(path),
            self.plot.size(),
            "Azerbaijan–Kazakhstan trade",
            self._colors()["base"],
            self.plot.render,
        )

    def save_series(self, path: Path) -> int:
        rows = csv_rows(self.series)

        def write(out: object) -> int:
            writer = csv.writer(out, lineterminator="\r\n")  # type: ignore[arg-type]
            writer.writerow(CSV_COLUMNS)
            writer.writerows(rows)
            return len(rows)

        return write_atomically(Path(path), write)

    def _ask_save_chart(self) -> None:
        from azkz_desktop.ui.trade.tab import ask_and_save

        ask_and_save(
            self, "Save Chart", "azkz-trade.png", "PNG image (*.png);;SVG drawing (*.svg)", self.save_chart
        )

    def _ask_save_series(self) -> None:
        from azkz_desktop.ui.trade.tab import ask_and_save

        ask_and_save(self, "Save Series as CSV", "azkz-trade.csv", "CSV files (*.csv)", self.save_series)
