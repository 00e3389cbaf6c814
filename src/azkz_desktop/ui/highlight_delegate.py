"""Paints a table cell's text with the search words marked, as plain text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.list_cell_delegate import CENTRED, OFF, Box, ListCellDelegate
from azkz_desktop.ui.text_match import pattern_spans, word_pattern
from azkz_desktop.ui.timeline.painting import fill_rect

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics

PADDING = 4
MARKER = QColor("#ffe27a")  # behind a marked word, in both themes (the text on it stays dark)
KEPT_MARKS = 4096  # cells' elided texts and marker rectangles kept per search; then worked out again
KEPT_SEARCHES = 8  # the searches whose marks are kept, the latest used
LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)

Marks = tuple[str, list[tuple[float, float]]]  # the text as shown and its markers' left and width


class HighlightDelegate(ListCellDelegate):
    """Draws the cell as usual, then its text with a marker behind every word a search term begins.

    With `cell_value` (the list's plain values, see ListCellDelegate) a plain cell is drawn without
    Qt's style: its background as the list draws it, the shown text and the markers' places kept per
    text and width, after the cell's icon if `cell_icon` gives one (in the `decorated` columns, as for
    ListCellDelegate); without it, or for any other cell, through Qt's style as before. Either way
    the text starts where the style puts a cell's text: after its icon."""

    def __init__(
        self,
        parent: QObject | None = None,
        cell_value: Any = None,
        cell_icon: Any = None,
        decorated: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(
            cell_value or (lambda position, column: None), frozenset(), parent, cell_icon, decorated
        )
        self._terms: list[str] = []
        self._pattern: re.Pattern[str] | None = None
        self._marks: dict[tuple[str, int], Marks | None] = {}  # the present search's, by text and width
        self._marks_by_terms: dict[tuple[str, ...], dict[tuple[str, int], Marks | None]] = {(): self._marks}
        self._marked_text = QColor()  # a marked text's colour in the prepared paint

    @property
    def terms(self) -> list[str]:
        """The words to mark; their pattern is made here, once, not for every cell painted."""
        return self._terms

    @terms.setter
    def terms(self, terms: list[str]) -> None:
        self._terms = list(terms)
        self._pattern = word_pattern(self._terms)
        # Each search's marks are kept for it: a word typed and taken back finds its cells' marks again.
        key = tuple(self._terms)
        marks = self._marks_by_terms.pop(key, None)
        if marks is None:
            marks = {}
            if len(self._marks_by_terms) >= KEPT_SEARCHES:
                del self._marks_by_terms[next(iter(self._marks_by_terms))]  # the longest unused
        self._marks_by_terms[key] = self._marks = marks

    def forget(self) -> None:
        super().forget()
        self._marks.clear()
        self._marks_by_terms = {tuple(self._terms): self._marks}

    @guarded()
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if self._pattern is None:  # nothing to mark: no text fetched here, the usual paint fetches it
            super().paint(painter, option, index)
            return
        row, column = index.row(), index.column()
        text = self._cell_value(row, column) if self._ready and (row, column) != self._focused else None
        icon = None
        if isinstance(text, str) and column in self._decorated:
            icon = self._cell_icon(row)
            if icon is not None and self._icon_size is None:
                text = None
        if not isinstance(text, str):
            self._paint_through_style(painter, option, index)
            return
        cell = option.rect
        selected = self._selection.isSelected(index)
        if selected:
            fill_rect(painter, cell, self._colours[2])  # not fillRect: see fill_rect
        self.draw_cell(painter, option, selected, (text, icon), column, *cast(Box, cell.getRect()))

    def prepare(self, view: QAbstractItemView) -> None:
        super().prepare(view)
        # The colour of a marked title's text as QTableView hands it in a cell's option: the palette's
        # Normal group (Disabled with the view), whatever the focus (not the group a plain cell uses).
        group = QPalette.ColorGroup.Normal if view.isEnabled() else QPalette.ColorGroup.Disabled
        self._marked_text = view.palette().color(group, QPalette.ColorRole.Text)

    def colour_keys(self) -> tuple[int, ...]:
        return (*super().colour_keys(), self._marked_text.rgba()) if self.ready else ()

    def draw_cell(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        selected: bool,
        plain: tuple[str, QIcon | None],
        column: int,
        left: int,
        top: int,
        width: int,
        height: int,
    ) -> None:
        """A plain cell drawn over its background in the box `left`, `top`, `width`, `height`, with the
        search's words marked: for `paint` (cell by cell) and the list's screen in one call (list_screen)."""
        text, icon = plain
        if self._pattern is None:
            super().draw_cell(painter, option, selected, plain, column, left, top, width, height)
            return
        mode = self._icon_modes[selected]
        box, place = self.icon_place(icon, mode, left, top, height) if icon is not None else (0, None)
        rect = QRectF(left + box, top, width - box, height).adjusted(PADDING, 0, -PADDING, 0)
        key = (text, int(rect.width()))
        marks = self._marks[key] if key in self._marks else self._marks_of(text, key[1], option)
        if marks is None:  # no word of the search in this text: the plain cell
            super().draw_cell(painter, option, selected, plain, column, left, top, width, height)
            return
        if icon is not None and place is not None:
            icon.paint(painter, place, CENTRED, mode, OFF)
        shown, markers = marks
        colour = QColor("black") if selected else self._marked_text
        self._draw_marked(painter, rect, shown, markers, colour)

    def _marked_pen(self, option: QStyleOptionViewItem, selected: bool) -> QColor:
        return QColor("black") if selected else option.palette.color(QPalette.ColorRole.Text)

    def _marks_of(self, text: str, width: int, option: QStyleOptionViewItem) -> Marks | None:
        """The shown (elided) text and the markers' places in it, or None when nothing is marked."""
        if len(self._marks) >= KEPT_MARKS:
            self._marks.clear()
        spans = pattern_spans(text, self._pattern)
        marks = _shown_marks(text, spans, width, option.fontMetrics) if spans else None
        self._marks[(text, width)] = marks
        return marks

    def _draw_marked(
        self, painter: QPainter, rect: QRectF, shown: str, markers: list[tuple[float, float]], colour: QColor
    ) -> None:
        painter.save()
        for left, width in markers:
            painter.fillRect(QRectF(rect.left() + left, rect.top() + 2, width, rect.height() - 4), MARKER)
        painter.setPen(colour)
        painter.drawText(rect, LEFT_MIDDLE, shown)
        painter.restore()

    def _paint_through_style(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The marked cell through Qt's style: any cell the kept shortcut does not draw."""
        text = str(index.data() or "")
        spans = pattern_spans(text, self._pattern)
        if not spans:
            QStyledItemDelegate.paint(self, painter, option, index)
            return
        # Only a marked cell needs QStyle, whose Python wrapper takes some 10 ms to set up: a launch
        # without a search never pays for it.
        from PySide6.QtWidgets import QStyle

        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        # The text's place as the style lays the cell out: after the decoration (a workspace's marks).
        text_place = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        rect = QRectF(text_place).adjusted(PADDING, 0, -PADDING, 0)
        shown, markers = _shown_marks(text, spans, int(rect.width()), option.fontMetrics)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self._draw_marked(painter, rect, shown, markers, self._marked_pen(option, selected))


def _shown_marks(text: str, spans: list[tuple[int, int]], width: int, metrics: QFontMetrics) -> Marks:
    """`text` elided to `width` and the left edge and width of each span's marker within what is shown."""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    markers = []
    for start, end in spans:
        if start >= len(shown):
            break
        left = metrics.horizontalAdvance(shown[:start])
        markers.append((float(left), float(metrics.horizontalAdvance(shown[start : min(end, len(shown))]))))
    return shown, markers
