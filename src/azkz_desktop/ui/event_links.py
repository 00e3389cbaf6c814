"""Several selected events named in the detail pane: one list view, each line making its event current.

A rubber band over a year selects thousands of events, and the pane names up to two hundred of them;
as two hundred wrapping, clickable labels that took a tenth of a second to build and lay out. A list view
lays out its lines itself, as plain text (an item never interprets markup), and scrolls them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.plain_text import plain_label, set_plain, shown

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
        self.set_rows(rows)
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)  # Enter, or a double-click where the style says so

    def set_rows(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """List these lines instead of those listed, from the top."""
        self.clear()
        link = QBrush(self.palette().color(QPalette.ColorRole.Link))
        tooltip = self.tr("Show this event")
        for event_id, date, title in rows:
            item = QListWidgetItem(shown(f"{date} — {title}"))
            item.setData(EVENT_ID_ROLE, event_id)
            item.setToolTip(tooltip)
            item.setForeground(link)
            self.addItem(item)

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


class ListedEventsPage(QWidget):
    """The detail pane's page for several selected events: a line saying how many, the list, and how
    many more were not listed. Kept by the pane and filled again for the next selection: building and
    polishing a new page at every rubber band cost more than listing the events."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsBody")
        self.on_click: Callable[[str], None] = lambda _event_id: None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self.heading = plain_label("", bold=True)
        self.links = EventLinks([])
        self.links.chosen.connect(lambda event_id: self.on_click(event_id))
        self.more = plain_label("")
        layout.addWidget(self.heading, 0)
        layout.addWidget(self.links, 1)
        layout.addWidget(self.more, 0)

    def fill(
        self,
        heading: str,
        rows: Sequence[tuple[str, str, str]],
        more: str | None,
        on_click: Callable[[str], None],
    ) -> None:
        """Show `heading`, the `rows` and, if given, the line saying how many more there are."""
        set_plain(self.heading, heading)
        self.links.set_rows(rows)
        set_plain(self.more, more or "")
        self.more.setVisible(more is not None)
        self.on_click = on_click

    def holds_focus(self) -> bool:
        """Whether the keyboard focus is on the page (its list): a page refilled would keep it on
        another event's line."""
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))
