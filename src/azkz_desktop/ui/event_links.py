"""Several selected events named in the detail pane: one list view, each line making its event current.

A rubber band over a year selects thousands of events, and the pane names up to two hundred of them;
as two hundred wrapping, clickable labels that took a tenth of a second to build and lay out. A list view
lays out its lines itself, as plain text (an item never interprets markup), and scrolls them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.plain_text import shown

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EventLinks(QListWidget):
    """(id, date, title) lines, wrapped, never cut; a click, Enter or Space on one emits its id."""

    chosen = Signal(str)

    def __init__(self, rows: Sequence[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listedEvents")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(2)
        font = QFont(self.font())
        font.setUnderline(True)  # lines that lead somewhere, as the pane's other links
        self.setFont(font)
        link = QBrush(self.palette().color(QPalette.ColorRole.Link))
        tooltip = self.tr("Show this event")
        for event_id, date, title in rows:
            item = QListWidgetItem(shown(f"{date} — {title}"))
            item.setData(EVENT_ID_ROLE, event_id)
            item.setToolTip(tooltip)
            item.setForeground(link)
            self.addItem(item)
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)  # Enter, or a double-click where the style says so

    def event_ids(self) -> list[str]:
        return [str(self.item(number).data(EVENT_ID_ROLE)) for number in range(self.count())]

    def texts(self) -> list[str]:
        return [self.item(number).text() for number in range(self.count())]

    @guarded()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        event_id = index.data(EVENT_ID_ROLE)
        if event_id is not None:
            self.chosen.emit(str(event_id))
