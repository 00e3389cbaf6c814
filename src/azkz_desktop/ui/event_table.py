"""The event list: a table model over events already loaded, so painting it never touches the database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from azkz_desktop.data.models import EventSummary

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Date", "Title", "Category", "Sources")

ModelIndex = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """One row per event: date in words, title, category label, number of sources."""

    def __init__(self, category_labels: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._category_labels = category_labels
        self._events: list[EventSummary] = []

    def set_events(self, events: Sequence[EventSummary]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> EventSummary:
        return self._events[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return event.span.label()
            if column == 1:
                return event.title
            if column == 2:
                return self._category_labels.get(event.category, event.category)
            return event.source_count
        if role == SORT_ROLE:
            if column == 0:
                return event.span.first_day().toordinal() * 100000 + index.row()
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return event.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
