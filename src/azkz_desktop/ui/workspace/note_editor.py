"""The note editor of the detail pane: plain text, saved as the reader types (debounced), on focus loss
and on quit. Its own undo stack undoes typing; each save is also one step of Edit → Undo.

A save that fails (disk full) leaves the text in the editor and marked unsaved, so no word is lost; the
next pause in typing, focus change or quit tries again.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SAVE_DELAY_MS = 500
NOTE_LIMIT = 100_000  # characters; the workspace refuses longer notes


class NoteEditor(QPlainTextEdit):
    """Edits the note of one event at a time; `save_requested` carries (event id, saved text, new text)."""

    save_requested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setPlaceholderText(self.tr("Your note on this event (saved as you type)…"))
        self.setTabChangesFocus(True)
        self.event_id = ""
        self.saved_text = ""
        self._loading = False
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.textChanged.connect(self._typed)

    @property
    def dirty(self) -> bool:
        return bool(self.event_id) and self.toPlainText() != self.saved_text

    def show_note(self, event_id: str, text: str) -> None:
        """Edit another event's note (the one being edited is saved first); typing undo starts afresh.

        The same event shown again (a selection signal, or marks read anew) keeps what the reader typed
        and has not saved yet: the next save writes it.
        """
        if event_id != self.event_id:
            self.flush()
        elif self.dirty:
            return
        self._loading = True
        try:
            self.event_id, self.saved_text = event_id, text
            if self.toPlainText() != text:
                self.setPlainText(text)  # also clears the editor's own undo stack
        finally:
            self._loading = False

    def saved(self, event_id: str, text: str) -> None:
        """The workspace now holds `text` as this event's note (a save, or Edit → Undo of one)."""
        if event_id != self.event_id:
            return
        typed = self.toPlainText()
        if typed != text and typed == self.saved_text:  # an undo or redo from the menu: show it
            self._loading = True
            try:
                self.setPlainText(text)
            finally:
                self._loading = False
        self.saved_text = text

    def flush(self) -> None:
        """Save now if the text differs from what is saved."""
        self.timer.stop()
        if self.dirty:
            self.save_requested.emit(self.event_id, self.saved_text, self.toPlainText())

    def _typed(self) -> None:
        if not self._loading and self.event_id:
            self.timer.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)
