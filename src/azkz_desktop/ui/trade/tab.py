"""The Trade tab: an empty shell until first shown, when it builds the chart (and imports pyqtgraph)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.export import ExportError
from azkz_desktop.session import Session
from azkz_desktop.ui.session_binding import bind

if TYPE_CHECKING:
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
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        bind(session.mask_changed, self, self._mask_changed)

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_chart()
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
        return self.chart

    def _mask_changed(self, _mask: object) -> None:
        """The markers are gathered only once the chart exists, so a million-event database pays nothing
        for markers nobody has looked at."""
        if self.chart is not None:
            self.chart.set_events(self._session.chart_markers())


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
        box = QMessageBox(QMessageBox.Icon.Critical, "Could not save", str(error), parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
