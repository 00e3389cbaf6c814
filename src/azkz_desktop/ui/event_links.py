"""Several selected events named in the detail pane: one list, each line making its event current.

A rubber band over a year selects thousands of events, and the pane names up to two hundred of them.
A list view lays out every line before it paints (two hundred wrapped lines: milliseconds at every
rubber band); a tree view without branches, scrolling a line at a time, measures only the lines it shows,
and asks the model for each line's text only then. Each line wraps to the list's width and is plain text
(an item never interprets markup); Qt's item views are accessible as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, overload

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QKeyEvent, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QStyle,
    QTreeView,
    QWidget,
)

from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.ui import languages
from azkz_desktop.ui.date_words import span_words
from azkz_desktop.ui.event_line_pictures import LinePictures
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.plain_text import shown

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SPACING = 2  # pixels above and below each line, as a list's spacing
ModelIndex = QModelIndex | QPersistentModelIndex
Row = tuple[str, str, str]  # id, date, title
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SIZE = int(Qt.ItemDataRole.SizeHintRole)
_ID = int(EVENT_ID_ROLE)
_WRAP = int(Qt.TextFlag.TextWordWrap)
_ANSWERED = frozenset((_DISPLAY, _FOREGROUND, _TOOLTIP, _SIZE, _ID))
BLOCK = 32  # lines whose ids, titles and dates are read together (a pane shows some twenty)
KEPT_LINES = 4096  # lines' texts and heights kept from one list to the next


class ListedRows(Sequence[Row]):
    """The (id, date, title) of index rows, read a block of lines at a time when one of them is shown
    (a list names two hundred; a pane shows some twenty), each date put in words only for its line.
    Nothing is fetched before a line is asked for: the same events listed again keep the lines listed."""

    def __init__(self, index: TimelineIndex, rows: np.ndarray) -> None:
        self.source = index
        self._rows = np.asarray(rows, dtype=np.int64)
        self._read: dict[int, tuple[str, str, DateSpan]] = {}  # a line's id, title and date span
        self._dates: dict[int, str] = {}

    def same_rows(self, other: ListedRows) -> bool:
        """Whether `other` lists the same index rows in the same order (of the same index)."""
        return other.source is self.source and np.array_equal(other._rows, self._rows)

    def row(self, number: int) -> int:
        """The index row of line `number` (what its text is made of, with the language)."""
        return int(self._rows[number])

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, number: int) -> Row: ...
    @overload
    def __getitem__(self, number: slice) -> Sequence[Row]: ...
    def __getitem__(self, number: int | slice) -> Row | Sequence[Row]:
        if isinstance(number, slice):
            return ListedRows(self.source, self._rows[number])
        number = range(len(self._rows))[number]  # negative numbers count from the end; IndexError past it
        read = self._read.get(number)
        if read is None:  # with the lines around it: a screen of lines is shown at once
            start = number - number % BLOCK
            block = self._rows[start : start + BLOCK]
            source = self.source
            lines = zip(source.ids_of(block), source.titles_of(block), source.date_spans(block), strict=True)
            self._read.update(enumerate(lines, start))
            read = self._read[number]
        event_id, title, span = read
        date = self._dates.get(number)
        if date is None:
            date = self._dates[number] = span_words(span)
        return event_id, date, title


def line_text(row: Row) -> str:
    """What a listed event's line says: its date and title."""
    return shown(f"{row[1]} — {row[2]}")


class EventLines(QAbstractListModel):
    """The listed events' lines, read-only: each line's text and wrapped height made when first asked.

    A rubber band redrawn, or the same cluster selected again, lists the same index rows: their texts
    (each date put in words) and heights are kept from one list to the next, by index row and by text,
    so that the view lays the list out again as for a new one but nothing is made twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Row] = ()
        self._texts: dict[int, str] = {}
        self._known: dict[int, str] = {}  # an index row's text, for `_known_of` in `_known_language`
        self._known_of: TimelineIndex | None = None
        self._known_language = ""
        self._heights: dict[str, int] = {}  # a text's height at the width measured
        self._link = QBrush()
        self._tooltip = ""
        self.measure: Callable[[str], int] = lambda _text: 0  # a line's height in the view

    def set_rows(self, rows: Sequence[Row], link: QBrush) -> None:
        """List `rows` (asked for one by one, as the view shows them) in `link`'s colour."""
        self.beginResetModel()
        self._rows, self._link = rows, link
        self._texts.clear()
        language = languages.current_language()
        if isinstance(rows, ListedRows) and (
            rows.source is not self._known_of
            or language != self._known_language
            or len(self._known) > KEPT_LINES
        ):
            self._known.clear()
            self._known_of, self._known_language = rows.source, language
        if len(self._heights) > KEPT_LINES:
            self._heights.clear()
        self._tooltip = QCoreApplication.translate("EventLinks", "Show this event")
        self.endResetModel()

    def lists(self, rows: Sequence[Row]) -> bool:
        """Whether `rows` are the lines listed now, as made in the language now: the same index rows
        of the same index (a rubber band or a cluster selected again)."""
        return (
            isinstance(rows, ListedRows)
            and isinstance(self._rows, ListedRows)
            and rows.source is self._rows.source
            and self._known_language == languages.current_language()
            and rows.same_rows(self._rows)
        )

    def set_link(self, link: QBrush) -> None:
        self._link = link

    def forget_heights(self) -> None:
        """The view's width changed: each line is measured again when next shown."""
        self._heights.clear()

    def event_id(self, number: int) -> str:
        return self._rows[number][0]

    def line(self, number: int) -> tuple[str, QBrush]:
        """Line `number`'s text and colour, as its display and foreground roles give them."""
        return self.text(number), self._link

    def text(self, number: int) -> str:
        text = self._texts.get(number)
        if text is None:
            rows = self._rows
            if isinstance(rows, ListedRows) and rows.source is self._known_of:
                row = rows.row(number)
                text = self._known.get(row)
                if text is None:
                    text = self._known[row] = line_text(rows[number])
            else:
                text = line_text(rows[number])
            self._texts[number] = text
        return text

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008  (Qt asks it often)
        return 0 if parent.isValid() else len(self._rows)

    @guarded()
    def data(self, index: ModelIndex, role: int = _DISPLAY) -> Any:
        return self._value(index.row(), int(role)) if index.isValid() else None

    @guarded()
    def multiData(self, index: ModelIndex, roleDataSpan: Any) -> None:
        """Every role a line's paint asks for in one call from Qt, not one call per role."""
        if not index.isValid():
            return
        number = index.row()
        for role_data in roleDataSpan:
            role = role_data.role()
            if role in _ANSWERED:  # the others stay unset, as Qt hands them over
                role_data.setData(self._value(number, role))

    def _value(self, number: int, role: int) -> Any:
        if not 0 <= number < len(self._rows):
            return None
        if role == _DISPLAY:
            return self.text(number)
        if role == _FOREGROUND:
            return self._link
        if role == _SIZE:
            text = self.text(number)
            height = self._heights.get(text)
            if height is None:
                height = self._heights[text] = self.measure(text)
            return QSize(0, height)
        if role == _TOOLTIP:
            return self._tooltip
        if role == _ID:
            return self._rows[number][0]
        return None


class EventLinks(QTreeView):
    """(id, date, title) lines, wrapped, never cut; a click, Enter or Space on one emits its id."""

    chosen = Signal(str)

    def __init__(self, rows: Sequence[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listedEvents")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)  # lines wrap to different heights
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A line at a time: the scroll bar counts lines, so the lines not shown are never measured.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines = EventLines(self)
        self.lines.measure = self._height_of
        self.setModel(self.lines)
        self.pictures = LinePictures(self, self.lines.line)
        self.setItemDelegate(self.pictures)
        # Whether a line was made current since the last reset: Qt then no longer makes the first line
        # current when the list gets the focus, so only a reset lists the same lines as a new list.
        self._current_moved = False
        self.selectionModel().currentChanged.connect(self._note_current)
        self._measured_width = -1
        self._metrics: tuple[QFontMetrics, int] | None = None  # for the width measured at
        font = QFont(self.font())
        font.setUnderline(True)  # lines that lead somewhere, as the pane's other links
        self.setFont(font)
        self.set_rows(rows)
        self.clicked.connect(self._choose)
        self.activated.connect(self._choose)  # Enter, or a double-click where the style says so

    def set_rows(self, rows: Sequence[Row]) -> None:
        """List these lines instead of those listed, from the top, with no line current. The lines
        listed already are kept as they are laid out: a reset would make the view lay them out again
        (milliseconds at every rubber band over the same events)."""
        link = QBrush(self.palette().color(QPalette.ColorRole.Link))
        if not self._current_moved and self.lines.lists(rows):
            self.lines.set_link(link)
            self.selectionModel().reset()  # as after a reset: nothing selected
            self.scrollToTop()
            self.viewport().update()
            return
        self.lines.set_rows(rows, link)
        self._current_moved = False
        self.scrollToTop()

    def _note_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._current_moved = True

    def count(self) -> int:
        return self.lines.rowCount()

    def event_ids(self) -> list[str]:
        return [self.lines.event_id(number) for number in range(self.count())]

    def texts(self) -> list[str]:
        return [self.lines.text(number) for number in range(self.count())]

    def line_rect(self, number: int) -> QRect:
        """Where line `number` is drawn in the viewport (empty when scrolled out of sight)."""
        return self.visualRect(self.lines.index(number, 0))

    def set_current_line(self, number: int) -> None:
        self.setCurrentIndex(self.lines.index(number, 0))

    def _height_of(self, text: str) -> int:
        """The height of a line wrapped as the style draws it across the viewport (less its margins)."""
        if self._metrics is None:
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
            self._metrics = (QFontMetrics(self.font()), max(self.viewport().width() - 2 * margin, 1))
        metrics, width = self._metrics
        return metrics.boundingRect(0, 0, width, 1 << 24, _WRAP, text).height() + 2 * SPACING

    @guarded()
    def paintEvent(self, event: QPaintEvent) -> None:
        self.pictures.begin_paint()
        try:
            super().paintEvent(event)
        finally:
            self.pictures.end_paint()

    @guarded()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self._measured_width:  # the lines wrap anew: measure again those shown
            self._measured_width = width
            self._metrics = None
            self.lines.forget_heights()
            self.doItemsLayout()

    @guarded()
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # lines wrap anew
            self._metrics = None
            self.pictures.forget()
            self.lines.forget_heights()
            self.doItemsLayout()
        elif event.type() == QEvent.Type.PaletteChange:  # another theme: the links take its colour
            self.lines.set_link(QBrush(self.palette().color(QPalette.ColorRole.Link)))
            self.viewport().update()

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
