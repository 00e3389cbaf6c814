"""The document reader: every source document, its full text as written, and the passages behind events.

Passages that back an event are highlighted; clicking one selects its events. "Open in document" from the
detail pane marks one passage more strongly and scrolls it into view. Search words are marked too. The
text is plain text, never HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import Document
from azkz_desktop.session import Session
from azkz_desktop.ui.details import is_web_address, open_web_address, plain_label
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.text_match import Utf16Positions, match_spans, search_terms

LANGUAGES = {
    "en": "English",
    "de": "German",
    "ru": "Russian",
    "az": "Azerbaijani",
    "kk": "Kazakh",
    "tr": "Turkish",
}
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code or "unknown language")


class ReaderText(QPlainTextEdit):
    """Read-only text that reports where a plain click (not a drag-selection) landed."""

    clicked_at = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setObjectName("documentText")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked_at.emit(self.cursorForPosition(event.position().toPoint()).position())


class DocumentsView(QSplitter):
    """A list of documents beside the chosen one's metadata and text."""

    passage_clicked = Signal(list)  # the ids of the events a clicked passage backs

    def __init__(self, database: RelationsDatabase, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("documents")
        self._database = database
        self._session = session
        self._document: Document | None = None
        self._positions = Utf16Positions("")
        self._passages: list[tuple[str, int, int]] = []
        self._current_passage: tuple[int, int] | None = None
        self._terms: list[str] = []
        self._matching: set[str] | None = None
        self._selected_events: frozenset[str] = frozenset()

        self.list = QListWidget()
        self.list.setObjectName("documentList")
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(240)
        self.list.currentItemChanged.connect(self._chosen)
        self.addWidget(self.list)

        reader = QWidget()
        layout = QVBoxLayout(reader)
        layout.setContentsMargins(12, 8, 8, 8)
        self.title = plain_label("", bold=True, scale=1.2)
        self.meta = plain_label("")
        self.provenance = plain_label("", italic=True)
        self.passage_count = plain_label("")
        self.address_button = QPushButton("Open Address in Browser")
        self.address_button.clicked.connect(lambda: self._document and open_web_address(self._document.url))
        self.text = ReaderText()
        self.text.clicked_at.connect(self._clicked)
        for widget in (self.title, self.meta, self.provenance, self.passage_count):
            layout.addWidget(widget)
        layout.addWidget(self.address_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text, 1)
        self.addWidget(reader)
        self.setStretchFactor(1, 3)
        self.setSizes([300, 900])
        self._fill_list()
        bind(session.filter_changed, self, self._filter_changed)
        bind(session.selection_changed, self, self._selection_changed)

    def _fill_list(self) -> None:
        self.list.clear()
        for document in self._database.documents():
            if self._matching is not None and document.id not in self._matching:
                continue
            kind = "report" if document.is_reference else "full text"
            item = QListWidgetItem(
                f"{document.title}\n{document.outlet} · {document.published} · "
                f"{language_name(document.language)} · {kind}"
            )
            item.setData(DOCUMENT_ID_ROLE, document.id)
            item.setToolTip(document.title)
            item.setSizeHint(QSize(0, self.list.fontMetrics().height() * 3))
            self.list.addItem(item)

    # ---- choosing a document -------------------------------------------------------------------------

    def document_ids(self) -> list[str]:
        return [self.list.item(row).data(DOCUMENT_ID_ROLE) for row in range(self.list.count())]

    def current_document_id(self) -> str:
        return self._document.id if self._document else ""

    def show_document(self, document_id: str, passage: tuple[int, int] | None = None) -> bool:
        """Show a document; with `passage` ([start, end) in characters) mark it and scroll to it."""
        self._current_passage = passage
        if self.current_document_id() != document_id:
            for row in range(self.list.count()):
                if self.list.item(row).data(DOCUMENT_ID_ROLE) == document_id:
                    self.list.setCurrentRow(row)  # loads it through _chosen
                    break
            else:
                if not self._load(document_id):
                    return False
        self._highlight()
        if passage is not None:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self._positions.to_qt(passage[0]))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
        return True

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._load(item.data(DOCUMENT_ID_ROLE))
            self._highlight()

    def _load(self, document_id: str) -> bool:
        document = self._database.document(document_id)
        if document is None:
            return False
        self._document = document
        self.title.setText(document.title)
        parts = [document.outlet, document.published, language_name(document.language)]
        self.meta.setText(" · ".join(part for part in parts if part))
        self.provenance.setText(document.provenance or document.note)
        self.address_button.setVisible(is_web_address(document.url))
        self.address_button.setToolTip(document.url)
        self._passages = self._database.document_passages(document_id)
        if document.is_reference:
            self.passage_count.setText(
                "A public report: its text is not stored, only what it states (above)."
            )
            self.text.setPlainText("")
            self.text.hide()
        else:
            events = len({event_id for event_id, _, _ in self._passages})
            self.passage_count.setText(f"{len(self._passages)} highlighted passages back {events} events.")
            self.text.show()
            self.text.setPlainText(document.text)
        self._positions = Utf16Positions(document.text)
        return True

    # ---- following the session -----------------------------------------------------------------------

    def _filter_changed(self, event_filter: EventFilter) -> None:
        text = event_filter.text
        self.set_search(text, self._database.search_documents(text) if text else None)

    def _selection_changed(self) -> None:
        self.set_selected_events(self._session.selection, self._session.current)

    # ---- highlighting --------------------------------------------------------------------------------

    def set_search(self, text: str, matching_documents: list[str] | None) -> None:
        """Mark the search words in the text and list only the documents that match (None: all)."""
        self._terms = search_terms(text)
        matching = set(matching_documents) if matching_documents is not None else None
        if matching != self._matching:
            self._matching = matching
            current = self.current_document_id()
            self.list.blockSignals(True)
            self._fill_list()
            self.list.blockSignals(False)
            ids = self.document_ids()
            if current in ids:
                self.list.setCurrentRow(ids.index(current))
            elif ids:
                self.list.setCurrentRow(0)
                self._chosen(self.list.item(0))
        self._highlight()

    def set_selected_events(self, event_ids: frozenset[str], current: str) -> None:
        """Mark the passages of the selected events; bring the current event's passage into view."""
        self._selected_events = event_ids
        self._current_passage = None
        passages = [(start, end) for event_id, start, end in self._passages if event_id == current]
        if passages:
            self._current_passage = passages[0]
            self.show_document(self.current_document_id(), passages[0])
        else:
            self._highlight()

    def highlighted_ranges(self) -> dict[str, list[tuple[int, int]]]:
        """What is marked now, in character offsets: "passage", "selected", "current" and "search"."""
        text = self._document.text if self._document else ""
        selected = self._selected_events
        return {
            "passage": sorted({(start, end) for _, start, end in self._passages}),
            "selected": sorted(
                {(start, end) for event_id, start, end in self._passages if event_id in selected}
            ),
            "current": [self._current_passage] if self._current_passage else [],
            "search": match_spans(text, self._terms),
        }

    def _highlight(self) -> None:
        ranges = self.highlighted_ranges()
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        colors = {
            "passage": QColor("#5c4d12" if dark else "#fff1b8"),
            "selected": QColor("#7a6416" if dark else "#ffe08a"),
            "current": QColor("#8a5a00" if dark else "#ffc861"),
            "search": QColor("#1f4f7a" if dark else "#bfe0ff"),
        }
        selections: list[QTextEdit.ExtraSelection] = []
        for kind in ("passage", "selected", "current", "search"):
            for start, end in ranges[kind]:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(self._positions.to_qt(start))
                cursor.setPosition(self._positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                text_format = QTextCharFormat()
                text_format.setBackground(colors[kind])
                if kind == "search":
                    text_format.setFontUnderline(True)
                selection.format = text_format
                selections.append(selection)
        self.text.setExtraSelections(selections)

    def _clicked(self, qt_position: int) -> None:
        index = self._positions.from_qt(qt_position)
        events = sorted({event_id for event_id, start, end in self._passages if start <= index < end})
        if events:
            self.passage_clicked.emit(events)
            self._session.select(events, current=events[0])
