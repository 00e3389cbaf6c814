"""The trade chart: turnover, exports and imports by year and basis, every point from a source.

This module imports pyqtgraph; the Trade tab imports it only when first shown, so start-up never pays.
One click does one thing: on a figure it shows the figure's source; an event marker under the cursor gets
the click only where no figure is hit, and the tooltip always names what a click there would do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from azkz_desktop.data.export import write_atomically, write_csv
from azkz_desktop.data.models import TradePoint, TradeTarget
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.session import ChartMarker, Session
from azkz_desktop.ui.dialogs import save_as
from azkz_desktop.ui.picture_files import save_picture
from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.trade import texts
from azkz_desktop.ui.trade.bases import MEASURE_LINES, MEASURE_SYMBOLS, bases, basis, measure_names
from azkz_desktop.ui.trade.event_marker import EVENT_HIT_PX, EventMarker
from azkz_desktop.ui.trade.growth_labels import GrowthLabels
from azkz_desktop.ui.trade.legend import TradeLegend, legend_entries
from azkz_desktop.ui.trade.series import (
    CSV_COLUMNS,
    ChartPoint,
    Series,
    build_series,
    csv_rows,
    day_to_seconds,
    growth_marks,
    seconds_to_day,
    without_values,
)

PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}
Z_GOAL, Z_LINES, Z_POINTS = 5, 10, 20


class TradeChart(QWidget):
    """The chart, its legend, its controls and its note."""

    source_requested = Signal(object)  # a TradePoint: show its source in the detail pane

    def __init__(
        self,
        points: Sequence[TradePoint],
        targets: Sequence[TradeTarget],
        session: Session,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tradeChart")
        self.session = session
        self._points = list(points)
        known = bases()
        joined = {code for code, one in known.items() if one.joined}
        self.series: list[Series] = build_series(self._points, joined, list(known))
        self.growth = growth_marks(self._points)
        self._targets = list(targets)
        self._event_lines: list[EventMarker] = []
        self._syncing = False

        colors = self._colors()
        pg.setConfigOptions(antialias=True)
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setObjectName("tradePlot")
        self.plot.setBackground(colors["base"])
        item = self.plot.getPlotItem()
        item.hideButtons()  # pyqtgraph's auto-range "A" badge: "Fit" is in the chart's own controls
        item.setMenuEnabled(False)
        item.setLabel("left", self.tr("Azerbaijan–Kazakhstan trade, USD million"))
        item.getAxis("left").enableAutoSIPrefix(False)
        item.setLabel("bottom", self.tr("Year"))
        item.showGrid(x=True, y=True, alpha=0.15)
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(colors["text"])
            item.getAxis(axis).setTextPen(colors["text"])
        self.scatters: list[pg.ScatterPlotItem] = []
        self._data_items: list[pg.GraphicsObject] = []
        self._draw_series()
        self._draw_targets()
        self.growth_labels = GrowthLabels(self, self.growth, colors)
        self.legend = TradeLegend()
        self.legend.set_entries(legend_entries(self, colors))

        self.empty_note = QLabel(self.plot)
        self.empty_note.setObjectName("tradeEmptyNote")
        self.empty_note.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAutoFillBackground(True)
        self.empty_note.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty_note.setMargin(12)
        self.empty_note.hide()

        self.link = QCheckBox(self.tr("Follow the timeline"))
        self.link.setToolTip(
            self.tr("Show the same stretch of time as the timeline, and move it with this chart")
        )
        self.link.toggled.connect(self._link_toggled)
        fit = QPushButton(self.tr("Show All Figures"))
        fit.setToolTip(self.tr("Fit the chart to every figure"))
        fit.clicked.connect(self.fit_data)
        save_chart = QPushButton(self.tr("Save Chart…"))
        save_chart.clicked.connect(self._ask_save_chart)
        save_series = QPushButton(self.tr("Save Series as CSV…"))
        save_series.clicked.connect(self._ask_save_series)
        controls = QHBoxLayout()
        controls.addStretch(1)
        for widget in (self.link, fit, save_chart, save_series):
            controls.addWidget(widget)
        self.note = QLabel(
            self.tr(
                "Hover a point for its figure and source; click it to read the source in the detail pane. "
                "Colour: whose figure it is; shape: what it measures. A line joins only consecutive years "
                "of one basis. Dotted grey lines: economy & trade events (click one to select it)."
            )
        )
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        # The legend and plot form the figure that "Save Chart" writes.
        self.figure = QWidget()
        self.figure.setObjectName("tradeFigure")
        figure_layout = QVBoxLayout(self.figure)
        figure_layout.setContentsMargins(0, 0, 0, 0)
        figure_layout.setSpacing(0)
        figure_layout.addWidget(self.legend)
        figure_layout.addWidget(self.plot, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.figure, 1)
        layout.addWidget(self.note)

        view = item.getViewBox()
        view.sigXRangeChanged.connect(self._chart_moved)
        view.sigRangeChanged.connect(lambda *_: self._range_changed())
        view.sigResized.connect(lambda *_: self._range_changed())
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        bind(session.window_changed, self, self._timeline_moved)
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
            color = QColor(basis(series.basis).color)
            if len(series.line) > 1:
                xs, ys = series.line_arrays()
                style = PEN_STYLES[MEASURE_LINES[series.measure]]
                line = pg.PlotDataItem(
                    np.asarray(xs),
                    np.asarray(ys),
                    pen=pg.mkPen(color, width=2, style=style),
                    connect="finite",
                )
                line.setZValue(Z_LINES)
                item.addItem(line)
                self._data_items.append(line)
            symbol = MEASURE_SYMBOLS[series.measure]
            full = [*series.line, *series.others]
            for points, filled in ((full, True), (series.partial, False)):
                if points:
                    self._add_scatter(points, symbol, color, filled, series.joined)

    def _add_scatter(
        self, points: list[ChartPoint], symbol: str, color: QColor, filled: bool, joined: bool
    ) -> None:
        """Points of a joined basis lie over the separate statements, which are drawn a little larger,
        so a statement giving the same value as a statistic still shows, as a ring around it."""
        brush = pg.mkBrush(color) if filled else pg.mkBrush(self._colors()["base"])
        scatter = pg.ScatterPlotItem(
            x=[p.x for p in points],
            y=[p.value for p in points],
            data=points,
            symbol=symbol,
            size=11 if joined else 15,
            pen=pg.mkPen(color, width=2),
            brush=brush,
            hoverable=True,
            hoverSize=14 if joined else 18,
            tip=None,  # the chart sets one tooltip for whatever is under the cursor
        )
        scatter.setZValue(Z_POINTS if joined else Z_POINTS - 1)
        scatter.sigClicked.connect(self._point_clicked)
        self.plot.getPlotItem().addItem(scatter)
        self.scatters.append(scatter)
        self._data_items.append(scatter)

    def _draw_targets(self) -> None:
        self.goal_lines: list[pg.InfiniteLine] = []
        for target in self._targets:
            line = pg.InfiniteLine(
                pos=target.turnover_musd,
                angle=0,
                pen=pg.mkPen(self._colors()["text"], width=1.2, style=Qt.PenStyle.DashLine),
            )
            line.setZValue(Z_GOAL)
            line.goal_words = texts.goal_words(target.turnover_musd, target.stated)
            self.plot.getPlotItem().addItem(line)
            self.goal_lines.append(line)

    @property
    def points(self) -> list[TradePoint]:
        return self._points

    def set_events(self, events: Sequence[ChartMarker]) -> None:
        """Vertical markers for the economy events now shown."""
        item = self.plot.getPlotItem()
        for line in self._event_lines:
            item.removeItem(line)
        self._event_lines = []
        for marker in events:
            line = EventMarker(self, marker.event_id, marker.title, day_to_seconds(marker.day))
            item.addItem(line)
            self._event_lines.append(line)

    # ---- what is under the cursor --------------------------------------------------------------------

    def figures_at(self, scene_pos: QPointF) -> list[ChartPoint]:
        """The figure points under a scene position, topmost first."""
        found: list[ChartPoint] = []
        for scatter in sorted(self.scatters, key=lambda s: -s.zValue()):
            if scatter.isVisible():
                found.extend(spot.data() for spot in scatter.pointsAt(scatter.mapFromScene(scene_pos)))
        return found

    def figure_at(self, scene_pos: QPointF) -> ChartPoint | None:
        """The figure a click at a scene position shows: the topmost under it."""
        found = self.figures_at(scene_pos)
        return found[0] if found else None

    def event_at(self, scene_pos: QPointF) -> EventMarker | None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        for line in self._event_lines:
            x = view.mapViewToScene(QPointF(line.value(), 0)).x()
            if abs(x - scene_pos.x()) <= EVENT_HIT_PX:
                return line
        return None

    def tooltip_at(self, scene_pos: QPointF) -> str:
        """The tooltip for a position: the figure a click would show, else the event it would select."""
        figures = self.figures_at(scene_pos)
        if figures:
            return texts.figures_tip(figures)
        event = self.event_at(scene_pos)
        if event is not None:
            return texts.event_tip(event.title)
        return ""

    def _hovered(self, scene_pos: QPointF) -> None:
        self.plot.getPlotItem().getViewBox().setToolTip(plain_tooltip(self.tooltip_at(scene_pos)))

    def _point_clicked(self, _scatter: object, spots: Sequence[object], event: object = None) -> None:
        if spots:
            if event is not None:
                event.accept()  # type: ignore[attr-defined]
            self.source_requested.emit(spots[0].data().source)  # type: ignore[attr-defined]

    # ---- range -----------------------------------------------------------------------------------------

    def _top_value(self) -> float:
        values = [p.value for s in self.series for p in s.all_points()]
        values += [t.turnover_musd for t in self._targets]
        return max(values, default=100.0)

    def fit_data(self) -> None:
        xs = [p.x for s in self.series for p in s.all_points()]
        if self.link.isChecked():
            self.link.setChecked(False)  # fitting to the figures stops following the timeline
        if xs:
            margin = 365 * 86_400
            self.plot.setXRange(min(xs) - margin, max(xs) + margin, padding=0)
        top = self._top_value()
        self.plot.setYRange(-0.03 * top, top * 1.08, padding=0)

    def figures_in_view(self) -> int:
        low, high = self.plot.getPlotItem().getViewBox().viewRange()[0]
        return sum(1 for s in self.series for p in s.all_points() if low <= p.x <= high)

    def _range_changed(self) -> None:
        empty = bool(self.series) and self.figures_in_view() == 0
        for data_item in self._data_items:
            data_item.setVisible(not empty)
        if empty:
            start, end = self.visible_days()
            years = sorted(p.source.year for s in self.series for p in s.all_points())
            self.empty_note.setText(
                texts.empty_range(
                    dt.date.fromordinal(max(1, int(start))).year,
                    dt.date.fromordinal(max(1, int(end))).year,
                    years[0],
                    years[-1],
                )
            )
            width = min(420, max(200, self.plot.width() - 40))
            self.empty_note.setFixedWidth(width)
            self.empty_note.adjustSize()
            self.empty_note.move(
                (self.plot.width() - self.empty_note.width()) // 2,
                (self.plot.height() - self.empty_note.height()) // 2,
            )
        self.empty_note.setVisible(empty)
        self.growth_labels.place(hidden=empty)

    def _link_toggled(self, on: bool) -> None:
        if on:
            self._timeline_moved(self.session.window)

    def _timeline_moved(self, window: DaySpan) -> None:
        if not self.link.isChecked() or self._syncing:
            return
        self._syncing = True
        try:
            self.plot.setXRange(day_to_seconds(window.start), day_to_seconds(window.end), padding=0)
        finally:
            self._syncing = False

    def _chart_moved(self, _view: object, x_range: Sequence[float]) -> None:
        if not self.link.isChecked() or self._syncing:
            return
        self._syncing = True
        try:
            self.session.set_window(DaySpan(seconds_to_day(x_range[0]), seconds_to_day(x_range[1])))
        finally:
            self._syncing = False

    def visible_days(self) -> tuple[float, float]:
        low, high = self.plot.getPlotItem().getViewBox().viewRange()[0]
        return seconds_to_day(low), seconds_to_day(high)

    # ---- saving --------------------------------------------------------------------------------------

    def save_chart(self, path: Path) -> None:
        """PNG or SVG, by the file name's ending, written atomically: the legend with the plot."""
        save_picture(
            Path(path),
            self.figure.size(),
            self.tr("Azerbaijan–Kazakhstan trade"),
            self._colors()["base"],
            lambda painter: self.figure.render(painter, QPoint()),
        )

    def series_rows(self) -> list[tuple[str, ...]]:
        names = {code: one.name for code, one in bases().items()}
        growth_name = self.tr("Turnover growth, reported without a value")
        return csv_rows(self.series, without_values(self._points), measure_names(), names, growth_name)

    def save_series(self, path: Path) -> int:
        """The plotted figures with basis and source, through the app's one CSV writer."""
        rows = self.series_rows()
        return write_atomically(Path(path), lambda out: write_csv(rows, out, columns=CSV_COLUMNS))

    def _ask_save_chart(self) -> None:
        save_as(
            self,
            self.tr("Save Chart"),
            "azkz-trade.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
            self.save_chart,
        )

    def _ask_save_series(self) -> None:
        save_as(
            self,
            self.tr("Save Series as CSV"),
            "azkz-trade.csv",
            self.tr("CSV files (*.csv)"),
            self.save_series,
        )
