"""The list beside the reader: bundled full texts apart from cited reports, filterable and sortable.

Each entry shows its title and, on a second line that is never pushed out of view, outlet, date and
language. Database text is shown as plain text (item views never read markup).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.data.citation import source_name
from azkz_desktop.data.models import Document
from azkz_desktop.ui.date_words import published_words
from azkz_desktop.ui.language_names import language_name
from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def document_meta(document: Document) -> str:
    parts = [published_words(document.published), document.outlet, language_name(document.language)]
    return " · ".join(part for part in parts if part)


SORT_NAMES = {
    "Date": QT_TRANSLATE_NOOP("DocumentList", "By date"),
    "Title": QT_TRANSLATE_NOOP("DocumentList", "By title"),
    "Outlet": QT_TRANSLATE_NOOP("DocumentList", "By outlet"),
}
SORTS: dict[str, Callable[[Document], tuple[str, ...]]] = {
    "Date": lambda d: (d.published, d.title.casefold()),
    "Title": lambda d: (source_name(d.title, d.outlet, d.published).casefold(),),
    "Outlet": lambda d: (d.outlet.casefold(), d.published),
}


META_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 4


class DocumentDelegate(QStyledItemDelegate):
    """A document as two lines: its name, and outlet · date · language in a smaller, quieter type;
    each line elided on its own so the second is never pushed out, with a thin rule between entries."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(META_ROLE) is None:
            return size
        metrics = option.fontMetrics
        return QSize(size.width(), metrics.height() * 2 + 2 * PADDING + 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        meta = index.data(META_ROLE)
        if meta is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = option.palette.color(role)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = option.fontMetrics
        painter.save()
        painter.setPen(text_color)
        title = metrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), metrics.height()), 0, title)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        painter.setFont(small)
        quiet = QColor(text_color)
        quiet.setAlpha(190)
        painter.setPen(quiet)
        small_metrics = painter.fontMetrics()
        line = small_metrics.elidedText(str(meta), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            QRect(rect.left(), rect.top() + metrics.height(), rect.width(), metrics.height()), 0, line
        )
        rule = QColor(option.palette.color(QPalette.ColorRole.Mid))
        rule.setAlpha(90)
        painter.setPen(rule)
        painter.drawLine(option.rect.left(), option.rect.bottom(), option.rect.right(), option.rect.bottom())
        painter.restore()


class DocumentList(QWidget):
    """A filter box, a sort choice and two groups: "Full-text documents" and "Cited public reports"."""

    chosen = Signal(str)  # a document id

    def __init__(self, documents: Sequence[Document], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents = list(documents)
        self._matching: set[str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        controls = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("documentFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title, outlet or date…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _: self.refill())
        controls.addWidget(self.filter, 1)
        self.sort = QComboBox()
        self.sort.setObjectName("documentSort")
        for key in SORTS:
            self.sort.addItem(self.tr(SORT_NAMES[key]), key)
        self.sort.setToolTip(self.tr("Order of the documents in each group"))
        self.sort.currentIndexChanged.connect(lambda _: self.refill())
        controls.addWidget(self.sort)
        layout.addLayout(controls)
        self.tree = QTreeWidget()
        self.tree.setObjectName("documentList")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(DocumentDelegate(self.tree))
        self.tree.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.tree, 1)
        self.refill()

    def set_matching(self, matching: set[str] | None) -> None:
        """Only these documents (a search's hits); None: every document."""
        if matching != self._matching:
            self._matching = matching
            self.refill()

    def visible_documents(self) -> list[Document]:
        words = self.filter.text().casefold().split()
        key = SORTS[self.sort.currentData() or "Date"]
        shown = [
            document
            for document in self._documents
            if (self._matching is None or document.id in self._matching)
            and all(word in self._haystack(document) for word in words)
        ]
        return sorted(shown, key=key)

    @staticmethod
    def _haystack(document: Document) -> str:
        return " ".join(
            (document.title, document.outlet, document.published, published_words(document.published))
        ).casefold()

    def refill(self) -> None:
        """Rebuild the groups, keeping the current document current when it is still listed."""
        current = self.current_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        documents = self.visible_documents()
        groups = (
            (self.tr("Full-text documents"), [d for d in documents if not d.is_reference]),
            (self.tr("Cited public reports"), [d for d in documents if d.is_reference]),
        )
        for name, members in groups:
            group = QTreeWidgetItem([f"{name} ({len(members)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for document in members:
                title = source_name(document.title, document.outlet, document.published)
                item = QTreeWidgetItem([title])
                item.setData(0, META_ROLE, document_meta(document))
                item.setData(0, DOCUMENT_ID_ROLE, document.id)
                item.setToolTip(0, plain_tooltip(f"{document.title}\n{document_meta(document)}"))
                group.addChild(item)
            group.setExpanded(True)
        self.tree.blockSignals(False)
        if current and self.select(current, announce=False):
            return

    def _items(self) -> list[QTreeWidgetItem]:
        """Every document's item, group by group, in the order listed."""
        items: list[QTreeWidgetItem] = []
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            if group is not None:
                items += [item for row in range(group.childCount()) if (item := group.child(row)) is not None]
        return items

    def document_ids(self) -> list[str]:
        return [item.data(0, DOCUMENT_ID_ROLE) for item in self._items()]

    def current_id(self) -> str:
        item = self.tree.currentItem()
        return (item.data(0, DOCUMENT_ID_ROLE) or "") if item is not None else ""

    def select(self, document_id: str, announce: bool = True) -> bool:
        """Make the document current in the list; False when it is not listed."""
        for item in self._items():
            if item.data(0, DOCUMENT_ID_ROLE) == document_id:
                self.tree.blockSignals(not announce)
                self.tree.setCurrentItem(item)
                self.tree.blockSignals(False)
                self.tree.scrollToItem(item)
                return True
        return False

    def _current_changed(self, item: QTreeWidgetItem | None) -> None:
        document_id = item.data(0, DOCUMENT_ID_ROLE) if item is not None else None
        if document_id:
            self.chosen.emit(document_id)
