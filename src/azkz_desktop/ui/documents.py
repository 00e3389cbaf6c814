"""The document reader: every source document, its full text as written, and the passages behind events.

Passages that back an event are highlighted; clicking one selects its events. "Open in document" from the
detail pane marks one passage more strongly and scrolls it into view. Search words are marked too. A
cited report (whose text is not stored) shows its citation and the events that cite it. The text is
plain text, never HTML.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.data.citation import has_headline, source_name
from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.session import Session
from azkz_desktop.ui.accessibility.names import name_widgets
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.plain_text import LinkLabel, plain_label
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.text_match import Utf16Positions, match_spans, search_terms

READER_CHARS = 2_000_000  # the reader shows at most this much of a document; the rest is named, not loaded

# The list (azkz_desktop.ui.document_list) and the reader's formatting load when the view is built, and
# QTextCursor and QTextCharFormat when a passage is first marked: their Qt classes (QStyle, QTreeWidget,
# the text formats' enums, ...) cost a visible part of the launch to set up.

if TYPE_CHECKING:  # a document's class is made when the tab first lists them
    from azkz_desktop.data.document_record import Document


class ReaderText(QPlainTextEdit):
    """Read-only text that reports where a plain click (not a drag-selection) landed."""

    clicked_at = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setObjectName("documentText")

    @guarded()
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked_at.emit(self.cursorForPosition(event.position().toPoint()).position())


class DocumentsView(QSplitter):
    """A list of documents beside the chosen one's metadata and text (or, for a report, its citers)."""

    passage_clicked = Signal(list)  # the ids of the events a clicked passage (or a citing entry) backs
    message = Signal(str)  # for the status bar

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
        self._selected_events: frozenset[str] = frozenset()
        self._built = False
        self.passage_clicked.connect(self.select_passage_events)
        bind(session.filter_changed, self, self._filter_changed)
        bind(session.selection_changed, self, self._selection_changed)

    @guarded()
    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)
        if getattr(self, "_highlight_due", False):  # marks skipped while the tab was hidden
            self._highlight()

    def ensure_built(self) -> None:
        """Build the list and the reader: on first show or first use, never at start-up, because the list
        reads every document's metadata and the reader loads a document nobody may look at. The search
        and the selection made meanwhile are the session's, applied here."""
        if self._built:
            return
        self._built = True
        from azkz_desktop.ui.document_list import DocumentList
        from azkz_desktop.ui.reader_format import ReaderFormat

        database = self._database
        self.list = DocumentList(database.documents())
        self.list.setMinimumWidth(200)
        self.list.chosen.connect(self._chosen)
        self.addWidget(self.list)

        reader = QWidget()
        layout = QVBoxLayout(reader)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(4)
        self.title = plain_label("", bold=True, scale=1.2)
        self.title.setObjectName("documentTitle")
        self.meta = plain_label("")
        self.meta.setObjectName("documentMeta")
        self.provenance = plain_label("", italic=True)
        self.passage_count = plain_label("")
        for widget in (self.title, self.meta, self.provenance, self.passage_count):
            layout.addWidget(widget)
        self.buttons_holder = QVBoxLayout()
        layout.addLayout(self.buttons_holder)
        self.address_box: QWidget | None = None
        self.text = ReaderText()
        self.text.clicked_at.connect(self._clicked)
        self.reader_format = ReaderFormat(self.text.document(), self.palette())
        layout.addWidget(self.text, 1)
        self.citing = QScrollArea()
        self.citing.setObjectName("citingEvents")
        self.citing.setWidgetResizable(True)
        self.citing.setFrameShape(QFrame.Shape.NoFrame)
        self.citing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.citing, 1)
        self.citing.hide()
        text = self._session.event_filter.text
        self._terms = search_terms(text)
        self.list.set_matching(set(database.search_documents(text)) if text else None)
        ids = self.list.document_ids()
        if ids:
            self.list.select(ids[0])
        # Added last, so the first document's parts are in it when it is shown along with the splitter.
        self.addWidget(reader)
        self.setStretchFactor(1, 3)
        self.setSizes([340, 860])
        name_widgets(self)
        self.set_selected_events(self._session.selection.ids, self._session.current)

    def __getattr__(self, name: str) -> object:
        """The reader's parts (list, text, title, ...) exist once built: asking for one builds it."""
        if name.startswith("_") or self.__dict__.get("_built", True):
            raise AttributeError(name)
        self.ensure_built()
        return getattr(self, name)

    # ---- choosing a document -------------------------------------------------------------------------

    def document_ids(self) -> list[str]:
        self.ensure_built()
        return self.list.document_ids()

    def current_document_id(self) -> str:
        return self._document.id if self._document else ""

    def show_document(self, document_id: str, passage: tuple[int, int] | None = None) -> bool:
        """Show a document; with `passage` ([start, end) in characters) mark it and scroll to it."""
        self.ensure_built()
        if self.current_document_id() != document_id:
            if (
                not self.list.select(document_id, announce=False)
                and self._database.document(document_id) is None
            ):
                return False
            if not self._load(document_id):
                return False
        self._current_passage = passage if passage and self._fits(passage) else None
        self._highlight()
        if self._current_passage is not None:
            from PySide6.QtGui import QTextCursor

            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self._positions.to_qt(self._current_passage[0]))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
        return True

    def _chosen(self, document_id: str) -> None:
        if document_id != self.current_document_id():
            self._load(document_id)
            self._highlight()

    def _fits(self, span: tuple[int, int]) -> bool:
        """Whether [start, end) lies within the shown text: an offset past its end is never drawn."""
        length = len(self._document.text) if self._document and not self._document.is_reference else 0
        start, end = span
        return 0 <= start <= end <= length

    def _load(self, document_id: str) -> bool:
        from azkz_desktop.ui.document_list import document_meta

        document = self._database.document(document_id, READER_CHARS)
        if document is None:
            return False
        length = self._database.document_length(document_id)
        self._document = document
        self._current_passage = None  # a passage of the previous document means nothing here
        self.title.setText(source_name(document.title, document.outlet, document.published))
        font = self.title.font()
        font.setBold(has_headline(document.title))
        self.title.setFont(font)
        self.meta.setText(document_meta(document))
        self.provenance.setText(document.provenance or document.note)
        self.provenance.setVisible(bool(document.provenance or document.note))
        if self.address_box is not None:
            self.address_box.hide()
            self.address_box.setParent(None)  # out of the layout now; deleted once Qt is done with it
            self.address_box.deleteLater()
        from azkz_desktop.ui.source_box import address_buttons  # with the first document shown

        self.address_box = address_buttons(
            document.title, document.outlet, document.published, document.url, self.message.emit
        )
        self.buttons_holder.addWidget(self.address_box)
        self.address_box.show()  # not left to the layout: the tab may be showing right now
        self._passages = self._database.document_passages(document_id, len(document.text))
        self._positions = Utf16Positions(document.text)
        if document.is_reference:
            self.passage_count.setText(
                self.tr("A public report: its text is not stored, only what it states (above).")
            )
            self.text.setPlainText("")
            self.text.hide()
            self._show_citing(document_id)
        else:
            events = len({event_id for event_id, _, _ in self._passages})
            self.passage_count.setText(
                self.tr("%n highlighted passages", "", len(self._passages))
                + " "
                + self.tr("back %n events", "", events)
                + "."
            )
            if length > len(document.text):
                self.passage_count.setText(
                    self.tr("Only the first %1 of %2 characters are shown.")
                    .replace("%1", f"{len(document.text):,}")
                    .replace("%2", f"{length:,}")
                    + " "
                    + self.passage_count.text()
                )
            self.citing.hide()
            self.text.show()
            self.text.setPlainText(document.text)
        return True

    # ---- following the session -----------------------------------------------------------------------

    def _filter_changed(self, event_filter: EventFilter) -> None:
        if not self._built:
            return  # the session keeps the filter; applied when built
        text = event_filter.text
        self.set_search(text, self._database.search_documents(text) if text else None)

    def _selection_changed(self) -> None:
        if not self._built:
            return  # the session keeps the selection; applied when built
        self.set_selected_events(self._session.selection.ids, self._session.current)

    def select_passage_events(self, event_ids: list[str]) -> None:
        """A clicked passage selects its events; filters that hide one of them are cleared, and it says so."""
        if not all(map(self._session.is_shown, event_ids)):
            self._session.clear_filter()
            self.message.emit(self.tr("Filters cleared to show the events this passage backs"))
        self._session.select(event_ids, current=event_ids[0])

    def _show_citing(self, document_id: str) -> None:
        citing = self._database.citing_events(document_id)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        heading = plain_label(self.tr("Cited by %n events:", "", len(citing)), bold=True)
        heading.setObjectName("citingHeading")
        layout.addWidget(heading)
        for event_id, date, title in citing:
            link = LinkLabel(f"{date} — {title}")
            link.setObjectName("citingEvent")
            link.setToolTip(self.tr("Select this event"))
            link.clicked.connect(lambda chosen=event_id: self.passage_clicked.emit([chosen]))
            layout.addWidget(link)
        layout.addStretch(1)
        self.citing.setWidget(body)
        self.citing.show()

    # ---- highlighting --------------------------------------------------------------------------------

    def set_search(self, text: str, matching_documents: list[str] | None) -> None:
        """Mark the search words in the text and list only the documents that match (None: all)."""
        self.ensure_built()
        self._terms = search_terms(text)
        self.list.set_matching(set(matching_documents) if matching_documents is not None else None)
        ids = self.list.document_ids()
        if ids and self.current_document_id() not in ids:
            self.list.select(ids[0])
        self._highlight()

    def set_selected_events(self, event_ids: frozenset[str], current: str) -> None:
        """Mark the passages of the selected events; bring the current event's passage into view."""
        self.ensure_built()
        self._selected_events = event_ids
        passages = [(start, end) for event_id, start, end in self._passages if event_id == current]
        if passages:
            self.show_document(self.current_document_id(), passages[0])
        else:
            self._current_passage = None
            self._highlight()

    def highlighted_ranges(self) -> dict[str, list[tuple[int, int]]]:
        """What is marked now, in character offsets: "passage", "selected", "current" and "search"."""
        self.ensure_built()
        text = self._document.text if self._document and not self._document.is_reference else ""
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
        """Mark the ranges in the reader; while the tab is hidden, only note that it must be done.

        A document quoted by many events has as many passages: marking them at every selection or
        filter change in the timeline would cost more than the change itself.
        """
        if not self.isVisible():
            self._highlight_due = True
            return
        self._highlight_due = False
        ranges = self.highlighted_ranges()
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        colors = {
            "passage": QColor("#5c4d12" if dark else "#fff1b8"),
            "selected": QColor("#7a6416" if dark else "#ffe08a"),
            "current": QColor("#8a5a00" if dark else "#ffc861"),
            "search": QColor("#1f4f7a" if dark else "#bfe0ff"),
        }
        from PySide6.QtGui import QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit  # with the reader's first marked passage

        selections: list[QTextEdit.ExtraSelection] = []
        for kind in ("passage", "selected", "current", "search"):
            for start, end in ranges[kind]:
                if not self._fits((start, end)):
                    continue  # a damaged offset: `check` reports it; the reader leaves it unmarked
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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = event.type() == event.Type.PaletteChange
        if changed and self.__dict__.get("_built"):
            self.reader_format.set_palette(self.palette())
            self._highlight()

    def _clicked(self, qt_position: int) -> None:
        index = self._positions.from_qt(qt_position)
        events = sorted({event_id for event_id, start, end in self._passages if start <= index < end})
        if events:
            self.passage_clicked.emit(events)
