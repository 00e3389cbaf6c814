"""The Trade tab: an empty shell until first shown, when it builds the chart (and imports pyqtgraph)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.session import Session
from azkz_desktop.ui.accessibility.names import name_widgets
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.session_binding import bind

if TYPE_CHECKING:
    from azkz_desktop.ui.accessibility.chart_table import TradeFiguresTable
    from azkz_desktop.ui.trade.chart import TradeChart


class TradeTab(QWidget):
    """Holds the trade chart, built on first show; passes it the shown economy events to mark."""

    source_requested = Signal(object)

    def __init__(self, database: RelationsDatabase, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trade")
        self._database = database
        self._session = session
        self.chart: TradeChart | None = None
        self.table: TradeFiguresTable | None = None  # View → Show Figures as Table
        self.table_wanted = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        bind(session.mask_changed, self, self._mask_changed)

    @guarded()
    def showEvent(self, event: QShowEvent) -> None:
        self._show_wanted()
        super().showEvent(event)

    def ensure_chart(self) -> TradeChart:
        if self.chart is None:
            from azkz_desktop.ui.trade.chart import TradeChart  # pyqtgraph loads here, not at start-up

            self.chart = TradeChart(
                self._database.trade_points(), self._database.trade_targets(), self._session
            )
            self.chart.source_requested.connect(self.source_requested)
            self.chart.set_events(self._session.chart_markers())
            self._layout.addWidget(self.chart)
            name_widgets(self.chart)
            self.chart.setVisible(self.table is None or not self.table.isVisibleTo(self))
        return self.chart

    def show_table(self, on: bool, *, now: bool = True) -> None:
        """Show the figures as a table instead of the chart (or the chart again): at once, or (`now`
        False, at start-up) when the tab is first shown, so a window that opens on the timeline builds
        neither."""
        self.table_wanted = on
        if now or self.isVisible() or self.chart is not None or self.table is not None:
            self._show_wanted()

    def _show_wanted(self) -> None:
        on = self.table_wanted
        if on and self.table is None:
            from azkz_desktop.ui.accessibility.chart_table import TradeFiguresTable

            self.table = TradeFiguresTable(self._database.trade_points())
            self.table.source_requested.connect(self.source_requested)
            self._layout.addWidget(self.table)
        if self.table is not None:
            self.table.setVisible(on)
        if not on:
            self.ensure_chart()
        if self.chart is not None:
            self.chart.setVisible(not on)

    def _mask_changed(self, _mask: object) -> None:
        """The markers are gathered only once the chart exists, so a million-event database pays nothing
        for markers nobody has looked at."""
        if self.chart is not None:
            self.chart.set_events(self._session.chart_markers())
