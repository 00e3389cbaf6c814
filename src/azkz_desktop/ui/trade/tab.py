"""The Trade tab: an empty shell until first shown, when it builds the chart (and imports pyqtgraph)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.export import ExportError
from azkz_desktop.ui.accessibility.names import name_widgets
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.state import ViewState

if TYPE_CHECKING:
    from azkz_desktop.ui.accessibility.chart_table import TradeFiguresTable
    from azkz_desktop.ui.trade.chart import TradeChart


class TradeTab(QWidget):
    """Holds the trade chart, built on first show; passes the economy events it should mark."""

    source_requested = Signal(object)

    def __init__(self, database: RelationsDatabase, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trade")
        self._database = database
        self._state = state
        self._events: Callable[[], Sequence[tuple[str, float, str]]] = tuple
        self.chart: TradeChart | None = None
        self.table: TradeFiguresTable | None = None  # View → Show Figures as Table
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)

    @guarded()
    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_chart()
        super().showEvent(event)

    def ensure_chart(self) -> TradeChart:
        if self.chart is None:
            from azkz_desktop.ui.trade.chart import TradeChart  # pyqtgraph loads here, not at start-up

            self.chart = TradeChart(
                self._database.trade_points(), self._database.trade_targets(), self._state
            )
            self.chart.source_requested.connect(self.source_requested)
            self.chart.set_events(self._events())
            self._layout.addWidget(self.chart)
            name_widgets(self.chart)
            self.chart.setVisible(self.table is None or not self.table.isVisibleTo(self))
        return self.chart

    def show_table(self, on: bool) -> None:
        """Show the figures as a table instead of the chart (or the chart again)."""
        if on and self.table is None:
            from azkz_desktop.ui.accessibility.chart_table import TradeFiguresTable

            self.table = TradeFiguresTable(self._database.trade_points())
            self.table.source_requested.connect(self.source_requested)
            self._layout.addWidget(self.table)
        if self.table is not None:
            self.table.setVisible(on)
        if self.chart is not None:
            self.chart.setVisible(not on)

    def set_events(self, events: Callable[[], Sequence[tuple[str, float, str]]]) -> None:
        """How to get the economy & trade events to mark, (id, day number, title): asked only once the
        chart exists, so a million-event database pays nothing for markers nobody has looked at."""
        self._events = events
        if self.chart is not None:
            self.chart.set_events(events())


def ask_and_save(
    parent: QWidget, title: str, name: str, filters: str, save: Callable[[Path], object]
) -> None:
    """Ask for a file name (the dialog confirms overwriting), save, and show any failure."""
    settings = QSettings()
    folder = settings.value("export/folder", "")
    start = str(Path(folder) / name) if isinstance(folder, str) and folder else name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not chosen:
        return
    settings.setValue("export/folder", str(Path(chosen).parent))
    try:
        save(Path(chosen))
    except ExportError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("TradeTab", "Could not save"),
            str(error),
            parent=parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
