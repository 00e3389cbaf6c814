"""The workspace in the window: actions and menus, the detail pane's panel, the list's marks, undo.

Installed by the main window after its views exist; everything it changes goes through the workspace
(stars, notes, own events) and then tells the views, so the timeline, list, details and export agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from azkz_desktop.data.row_queries import DatabaseRows
from azkz_desktop.data.workspace import Workspace, WorkspaceError
from azkz_desktop.session.workspace_data import WorkspaceDatabase
from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.workspace.marks import CELL, marks_icon
from azkz_desktop.ui.workspace.panel import WorkspacePanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox  # set up when a dialog first opens

    from azkz_desktop.data.workspace import OwnEventDraft  # loaded with the first form
    from azkz_desktop.data.workspace.changes import ChangeOutcome
    from azkz_desktop.ui.main_window import MainWindow
    from azkz_desktop.ui.workspace.event_form import OwnEventDialog  # loaded when a form first opens

TOOLTIP_NOTE_CHARS = 300


class WorkspaceController(QObject):
    """Owns the undo stack and the workspace actions of one window."""

    # Set by menus.install, and the dialogs last opened (kept so they live while shown, and for tests).
    import_csv_action: QAction
    export_ws_action: QAction
    import_ws_action: QAction
    orphans_action: QAction
    form: QDialog
    import_dialog: QDialog
    merge_dialog: QDialog
    merge_report: QMessageBox
    orphans_dialog: QDialog

    def __init__(self, window: MainWindow, data: WorkspaceDatabase) -> None:
        super().__init__(window)
        self.window = window
        self.data = data
        self.workspace: Workspace = data.workspace  # type: ignore[assignment]  # None: see `available`
        self.available = data.workspace is not None
        self.stack = QUndoStack(self)
        self._icons: dict[tuple[bool, bool, bool], QIcon] = {}
        self._failure: QMessageBox | None = None
        self._read_marks()
        self.panel = WorkspacePanel()
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(window.details, 1)
        column.addWidget(self.panel)
        window.details_dock.setWidget(container)
        self.extra_actions: list[QAction] = []  # import and export, added by menus.install
        self._build_actions()
        from azkz_desktop.ui.workspace import menus  # the File, Edit and View entries

        menus.install(self)
        window.event_model.decoration = self.decoration
        window.event_table.setIconSize(QSize(3 * CELL, CELL))  # star, note and mine side by side
        window.event_model.tooltip_extra = self.tooltip_extra
        window.timeline.tooltip_extra = self.tooltip_extra  # type: ignore[attr-defined]
        bind(window.session.current_changed, self.panel, lambda _: self.show_current())
        bind(window.session.selection_changed, self.panel, self.show_current)
        self.panel.star_toggled.connect(self._star_current)
        self.panel.editor.save_requested.connect(self.save_note)
        self.panel.edit_requested.connect(self.edit_current)
        self.panel.delete_requested.connect(self.delete_current)
        if not self.available:
            self._disable(data.unavailable)
        self.show_current()

    # ---- actions ---------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        window = self.window
        self.undo_action = self.stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        # Qt writes "prefix text"; each language puts the step's name where its grammar wants it.
        self.stack.undoTextChanged.connect(self._name_undo)
        self.stack.redoTextChanged.connect(self._name_redo)
        self.star_action = self._action(self.tr("S&tar or Unstar"), self.toggle_star, QKeySequence("S"))
        self.star_action.setObjectName("starAction")
        self.add_action = self._action(self.tr("&Add Event…"), self.add_event, QKeySequence("Ctrl+N"))
        self.edit_action = self._action(self.tr("Edit E&vent…"), self.edit_current)
        self.delete_action = self._action(self.tr("&Delete Event"), self.delete_current)
        for action in (self.undo_action, self.redo_action, self.star_action, self.add_action):
            window.addAction(action)  # their keys work wherever the focus is in the window

    def _name_undo(self, step: str) -> None:
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", step) if step else self.tr("&Undo"))

    def _name_redo(self, step: str) -> None:
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", step) if step else self.tr("&Redo"))

    def _action(self, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def workspace_actions(self) -> list[QAction]:
        """Everything that needs the workspace: disabled, with the reason, when there is none."""
        return [self.star_action, self.add_action, self.edit_action, self.delete_action, *self.extra_actions]

    def _disable(self, why: str) -> None:
        if why:
            problem = why.split("\n\n")[1] if "\n\n" in why else why  # after the path: what is wrong
            reason = self.tr("Your workspace could not be opened: %1").replace("%1", problem)
        else:
            reason = self.tr("No workspace is open in this window")
        for action in self.workspace_actions():
            action.setEnabled(False)
            action.setToolTip(reason)
        self.panel.disable(reason)
        starred = self.window.filter_bar.starred_action
        starred.setEnabled(False)
        starred.setToolTip(reason)
        if why:  # a window made without a workspace on purpose (a report, a test) says nothing
            label = QLabel(self.tr("Workspace unavailable"))
            label.setObjectName("workspaceUnavailable")
            label.setToolTip(plain_tooltip(why))
            self.window.statusBar().addPermanentWidget(label)

    # ---- marks -----------------------------------------------------------------------------------------

    def _read_marks(self) -> None:
        if self.available:
            self.starred = self.workspace.starred_ids()
            self.notes = self.workspace.note_texts()
        else:
            self.starred, self.notes = frozenset(), {}
        self.window.session.set_starred(self.starred)  # the timeline draws the stars from the session

    def decoration(self, event_id: str) -> QIcon | None:
        """The marks of an event; an empty icon for none, so every title starts at the same place."""
        if not self.available:
            return None
        starred, noted, mine = event_id in self.starred, event_id in self.notes, self.data.is_own(event_id)
        return marks_icon(starred, noted, mine, self._icons)

    def tooltip_extra(self, event_id: str) -> str:
        """Lines the list's and the timeline's tooltips add: mine, starred, the note's start."""
        lines = []
        if self.data.is_own(event_id):
            lines.append(self.tr("◇ Your own event"))
        if event_id in self.starred:
            lines.append(self.tr("★ Starred"))
        note = self.notes.get(event_id)
        if note:
            shown = note if len(note) <= TOOLTIP_NOTE_CHARS else note[:TOOLTIP_NOTE_CHARS] + "…"
            lines.append(self.tr("My note: %1").replace("%1", shown))
        return "".join("\n" + line for line in lines)

    # ---- the shown event -------------------------------------------------------------------------------

    def shown_event(self) -> str:
        """The one event the detail pane shows, or "" (none, or several selected)."""
        session = self.window.session
        current = session.current
        if len(session.selection) > 1 or not current or self.window.index.row_of(current) is None:
            return ""
        return current

    def show_current(self) -> None:
        event_id = self.shown_event()
        if not self.available:
            self.panel.show_event(event_id, False, False, "")
            return
        self.panel.show_event(
            event_id, event_id in self.starred, self.data.is_own(event_id), self.notes.get(event_id, "")
        )
        own = self.data.is_own(event_id)
        self.edit_action.setEnabled(own)
        self.delete_action.setEnabled(own)

    # ---- changes (commands call these back) ------------------------------------------------------------

    def toggle_star(self) -> None:
        """S: star the selected events, or unstar them if all are starred already."""
        session = self.window.session
        ids = sorted(session.selection) or ([session.current] if session.current else [])
        if not self.available or not ids:
            return
        from azkz_desktop.ui.workspace import commands  # loaded on the first change

        self.stack.push(commands.StarCommand(self, ids, not all(i in self.starred for i in ids)))

    def _star_current(self, on: bool) -> None:
        event_id = self.shown_event()
        if event_id and (event_id in self.starred) != on:
            from azkz_desktop.ui.workspace import commands  # loaded on the first change

            self.stack.push(commands.StarCommand(self, [event_id], on))

    def stars_changed(self) -> None:
        self.starred = self.workspace.starred_ids()
        self.window.session.set_starred(self.starred)
        self.window.event_model.marks_changed()
        event_id = self.shown_event()
        self.panel.set_starred(event_id in self.starred)
        if self.window.session.event_filter.starred_only:
            self.window.session.refilter()

    def save_note(self, event_id: str, before: str, after: str) -> None:
        from azkz_desktop.ui.workspace import commands  # loaded on the first change

        self.stack.push(commands.NoteCommand(self, event_id, before, after))

    def note_changed(self, event_id: str, text: str) -> None:
        if text.strip():
            self.notes[event_id] = text
        else:
            self.notes.pop(event_id, None)
        self.panel.editor.saved(event_id, text)
        self.panel.show_problem("")
        self.window.event_model.marks_changed()

    def own_changed(self, current: str | None) -> None:
        """Own events were added, changed or deleted: index, views and details anew."""
        window = self.window
        index = self.data.timeline_index()
        window.index = index
        window.timeline.set_index(index)
        window.overview.set_index(index)
        window.event_model.set_index(index)
        window.session.replace_index(index, DatabaseRows(self.data, index))  # type: ignore[arg-type]
        if current is not None and index.row_of(current) is not None:
            window.session.make_current(current)
        self.show_current()

    def reload(self, outcome: ChangeOutcome | None = None) -> None:
        """Stars, notes and own events changed together (an import, a merge, or their undo): read anew.

        `outcome` is an undo's or redo's: what it left alone because it had changed since is said.
        """
        self._read_marks()
        self.own_changed(None)
        self.window.event_model.marks_changed()
        if outcome is not None and outcome.kept:
            self.window.statusBar().showMessage(
                self.tr("%n changes were left as they are: they had been changed since", "", outcome.kept),
                15_000,
            )

    def write_failed(self, error: WorkspaceError) -> None:
        """A change was not saved: say so beside the note and in a dialog; the editor keeps its text."""
        text = self.tr("Not saved: %1").replace("%1", f"{error.path}: {error.problem}")
        self.panel.show_problem(text)
        if self._failure is not None and self._failure.isVisible():
            self._failure.setText(text)
            return
        from PySide6.QtWidgets import QMessageBox

        self._failure = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Your change could not be saved"), text, parent=self.window
        )
        self._failure.setTextFormat(Qt.TextFormat.PlainText)
        self._failure.open()

    # ---- own events ------------------------------------------------------------------------------------

    def add_event(self) -> OwnEventDialog | None:
        """Ctrl+N: the form for a new event, on the day shown first if one event is shown."""
        if not self.available:
            return None
        return self._form(None)

    def edit_current(self) -> OwnEventDialog | None:
        event = self.data.own_event(self.shown_event())
        if not self.available or event is None:
            return None
        return self._form(event.id)

    def _form(self, event_id: str | None) -> OwnEventDialog:
        from azkz_desktop.ui.workspace.event_form import OwnEventDialog

        before = self.data.own_event(event_id) if event_id else None
        dialog = OwnEventDialog(self.window.categories, before.draft() if before else None, self.window)

        def accepted() -> None:
            from azkz_desktop.ui.workspace import commands  # loaded on the first change

            draft: OwnEventDraft = dialog.draft()
            if before is None:
                self.stack.push(commands.AddEventCommand(self, draft))
            else:
                self.stack.push(commands.EditEventCommand(self, before, draft))

        dialog.accepted.connect(accepted)
        dialog.open()
        self.form = dialog
        return dialog

    def delete_current(self) -> None:
        event = self.data.own_event(self.shown_event())
        if self.available and event is not None:
            from azkz_desktop.ui.workspace import commands  # loaded on the first change

            self.stack.push(commands.DeleteEventCommand(self, event))

    def reopened(self, categories: list[str]) -> tuple[Workspace | None, str]:
        """The workspace for a window on another database: the same file, opened anew (or why not)."""
        from azkz_desktop.ui.workspace.opening import open_for_window

        if not self.available:
            return None, self.data.unavailable
        self.panel.editor.flush()
        return open_for_window(categories, self.workspace.path)

    # ---- closing ---------------------------------------------------------------------------------------

    def close(self) -> None:
        """On quit: the note being typed is saved, then the workspace is closed."""
        if self.available:
            self.panel.editor.flush()
            self.workspace.close()
            self.available = False
