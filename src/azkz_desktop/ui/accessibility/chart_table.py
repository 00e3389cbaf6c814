"""The trade figures as a table: what the chart draws, readable cell by cell with the keyboard and by
screen readers (QTableView is accessible as it is). Every figure as its source writes it, with its basis
and source; growth rates given without a value are rows too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from azkz_desktop.data.models import TradePoint, format_musd
from azkz_desktop.ui.trade.bases import basis, measure_names
from azkz_desktop.ui.trade.series import MEASURES
from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

CONTEXT = "TradeTable"
COLUMNS = (
    QT_TRANSLATE_NOOP("TradeTable", "Year"),
    QT_TRANSLATE_NOOP("TradeTable", "Measure"),
    QT_TRANSLATE_NOOP("TradeTable", "Value, USD million"),
    QT_TRANSLATE_NOOP("TradeTable", "Basis"),
    QT_TRANSLATE_NOOP("TradeTable", "Given by"),
    QT_TRANSLATE_NOOP("TradeTable", "Source"),
)
PERIODS = {
    "H1": QT_TRANSLATE_NOOP("TradeTable", "first half"),
    "H2": QT_TRANSLATE_NOOP("TradeTable", "second half"),
}

ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class FigureRow:
    """One cell-row of the table and the record it comes from."""

    cells: tuple[str, ...]
    source: TradePoint


def figure_rows(points: Sequence[TradePoint]) -> list[FigureRow]:
    """Every figure of every record, by year and measure: value as written, basis, source."""
    names = measure_names()
    rows: list[tuple[tuple[int, str, int], FigureRow]] = []
    for point in points:
        year = str(point.year)
        if point.period in PERIODS:
            year = f"{year}, {_tr(PERIODS[point.period])}"
        common = (basis(point.basis).name, point.statistics or "", point.citation())
        given = False
        for order, measure in enumerate(MEASURES):
            value = getattr(point, measure)
            if value is None:
                continue
            given = True
            cells = (year, names[measure], format_musd(float(value)), *common)
            rows.append(((point.year, point.period, order), FigureRow(cells, point)))
        if not given and point.growth_pct is not None:
            growth = QCoreApplication.translate("TradeTable", "Turnover growth, %1 %").replace(
                "%1", f"{point.growth_pct:+g}"
            )
            cells = (year, growth, "", *common)
            rows.append(((point.year, point.period, len(MEASURES)), FigureRow(cells, point)))
    rows.sort(key=lambda pair: pair[0])
    return [row for _, row in rows]


class TradeFiguresModel(QAbstractTableModel):
    """The rows of `figure_rows`, read-only, as plain text."""

    def __init__(self, points: Sequence[TradePoint], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = figure_rows(points)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.rows[index.row()].cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(COLUMNS) - 1:
            return self.rows[index.row()].cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None


class TradeFiguresTable(QTableView):
    """The table alternative to the chart; Enter or a double-click shows the row's source."""

    source_requested = Signal(object)  # a TradePoint

    def __init__(self, points: Sequence[TradePoint], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tradeTable")
        self.setAccessibleName(QCoreApplication.translate("TradeTable", "Trade figures"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "TradeTable", "Each figure as its source gives it; Enter shows the source in the detail pane"
            )
        )
        self.figures = TradeFiguresModel(points, self)
        self.setModel(self.figures)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.activated.connect(self._show_source)
        if self.figures.rows:
            self.setCurrentIndex(self.figures.index(0, 0))

    def _show_source(self, index: QModelIndex) -> None:
        self.source_requested.emit(self.figures.rows[index.row()].source)
