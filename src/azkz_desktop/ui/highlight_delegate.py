"""Paints a table cell's text with the search words marked, as plain text."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.text_match import pattern_spans, word_pattern

PADDING = 4
MARKER = QColor("#ffe27a")  # behind a marked word, in both themes (the text on it stays dark)


class HighlightDelegate(QStyledItemDelegate):
    """Draws the cell as usual, then its text with a marker behind every word a search term begins."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []
        self._pattern: re.Pattern[str] | None = None

    @property
    def terms(self) -> list[str]:
        """The words to mark; their pattern is made here, once, not for every cell painted."""
        return self._terms

    @terms.setter
    def terms(self, terms: list[str]) -> None:
        self._terms = list(terms)
        self._pattern = word_pattern(self._terms)

    @guarded()
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if self._pattern is None:  # nothing to mark: no text fetched here, the usual paint fetches it
            super().paint(painter, option, index)
            return
        text = str(index.data() or "")
        spans = pattern_spans(text, self._pattern)
        if not spans:
            super().paint(painter, option, index)
            return
        # Only a marked cell needs QStyle, whose Python wrapper takes some 10 ms to set up: a launch
        # without a search never pays for it.
        from PySide6.QtWidgets import QStyle

        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        rect = QRectF(option.rect).adjusted(PADDING, 0, -PADDING, 0)
        metrics = option.fontMetrics
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        marker = MARKER
        for start, end in spans:
            if start >= len(shown):
                break
            left = metrics.horizontalAdvance(shown[:start])
            width = metrics.horizontalAdvance(shown[start : min(end, len(shown))])
            painter.fillRect(QRectF(rect.left() + left, rect.top() + 2, width, rect.height() - 4), marker)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role) if not selected else QColor("black"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
        painter.restore()
