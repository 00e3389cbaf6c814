"""Below the event's details: its star, whether it is the reader's own (with Edit and Delete), its note."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from azkz_desktop.ui.workspace.note_editor import NoteEditor


class WorkspacePanel(QWidget):
    """The reader's part of the detail pane. It stays in place whatever is selected, so the pane above
    it keeps its height and nothing moves under the pointer; with no single event shown its controls
    are disabled and say what to select."""

    star_toggled = Signal(bool)
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspacePanel")
        # Opaque, in the colour the dock would give it: shown at a click, it is painted alone, not the
        # dock and the window beneath it too (the dock's paint asks the style for its title bar's icons).
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 12)
        row = QHBoxLayout()
        self.star_button = QToolButton()
        self.star_button.setObjectName("starButton")
        self.star_button.setCheckable(True)
        self.star_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.star_button.toggled.connect(self._star_clicked)
        row.addWidget(self.star_button)
        row.addStretch(1)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editOwnEvent")
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteOwnEvent")
        self.delete_button.clicked.connect(self.delete_requested)
        # Their room is kept while hidden: selecting one's own event must not widen the dock, which
        # would narrow the timeline under the pointer.
        for button in (self.edit_button, self.delete_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            row.addWidget(button)
        layout.addLayout(row)
        self.mine_label = QLabel(self.tr("◇ Your own event"))
        self.mine_label.setObjectName("mineLabel")
        self.mine_label.setWordWrap(True)  # a long translation wraps instead of widening the dock
        layout.addWidget(self.mine_label)
        heading = QLabel(self.tr("My note"))
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        self.editor = NoteEditor()
        self.editor.setMinimumHeight(90)
        self._note_placeholder = self.editor.placeholderText()
        heading.setBuddy(self.editor)
        layout.addWidget(self.editor)
        self.problem = QLabel()
        self.problem.setObjectName("noteProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #c0392b; }")
        self.problem.hide()
        layout.addWidget(self.problem)
        self._updating = False
        self._available = True  # a workspace is open: the controls follow the event shown
        self._shown: tuple[str, bool, bool, str] | None = None
        self.show_event("", False, False, "")

    def show_event(self, event_id: str, starred: bool, mine: bool, note: str) -> None:
        """Show the marks and note of `event_id`; "" (none, or several selected) disables the controls.
        The same marks asked again (a click changes the current event and the selection, each saying
        so) change nothing."""
        shown = (event_id, starred, mine, note)
        if shown == self._shown and not self.editor.dirty:
            return
        self._shown = shown
        if self._available:
            self.star_button.setEnabled(bool(event_id))
            self.editor.setEnabled(bool(event_id))
        nothing_shown = self.tr("Select one event to star it or write a note on it.")
        self.editor.setPlaceholderText(self._note_placeholder if event_id else nothing_shown)
        self.set_starred(starred)
        for widget in (self.mine_label, self.edit_button, self.delete_button):
            widget.setVisible(mine)
        self.editor.show_note(event_id, note)

    def set_starred(self, starred: bool) -> None:
        self._updating = True
        self.star_button.setChecked(starred)
        self._updating = False
        if self._shown is not None:
            self._shown = (self._shown[0], starred, *self._shown[2:])
        self.star_button.setText(self.tr("★ Starred") if starred else self.tr("☆ Star"))
        if not self._available:
            return  # the tooltip says why there is no workspace
        if self._shown is None or not self._shown[0]:
            self.star_button.setToolTip(self.tr("Select one event to star it"))
        else:
            self.star_button.setToolTip(
                self.tr("Unstar this event (S)") if starred else self.tr("Star this event (S)")
            )

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def disable(self, why: str) -> None:
        """No workspace: the controls stay visible but cannot be used, and their tooltip says why."""
        self._available = False
        for widget in (self.star_button, self.editor, self.edit_button, self.delete_button):
            widget.setEnabled(False)
            widget.setToolTip(why)

    def _star_clicked(self, on: bool) -> None:
        if not self._updating:
            self.star_toggled.emit(on)
