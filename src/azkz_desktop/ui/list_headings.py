"""The list's column headings, in a model of their own.

A filter or a search resets the list's model (other rows), and a header on that model is reset with
it: its sections made again, their sizes measured from their texts and every heading repainted, at
each keystroke, for headings that never change. On a model that holds the headings alone, the header
is left as it is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from azkz_desktop.ui.guard import guarded

ModelIndex = QModelIndex | QPersistentModelIndex


class ColumnHeadings(QAbstractTableModel):
    """No rows; the columns and headings of `model` (the list's), asked of it."""

    def __init__(self, model: QAbstractTableModel) -> None:
        super().__init__(model)
        self._model = model

    @guarded(0)
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    @guarded(0)
    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._model.columnCount()

    @guarded()
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        return self._model.headerData(section, orientation, role)

    @guarded()
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return None
