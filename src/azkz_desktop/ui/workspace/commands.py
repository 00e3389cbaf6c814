"""Edit → Undo for the workspace: a QUndoCommand per star, note, added, edited or deleted own event, and
one per CSV import or workspace merge.

A command that cannot be written (disk full) says so through the controller and is dropped from the
stack, so Undo never undoes something that did not happen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from azkz_desktop.data.workspace import OwnEvent, OwnEventDraft, Workspace, WorkspaceError
from azkz_desktop.data.workspace.changes import ChangeOutcome, ChangeSet, redo_changes, undo_changes

NOTE_MERGE_ID = 1601  # successive saves of one note merge into one undo step


class Changes(Protocol):
    """What the commands tell the window (the controller implements it)."""

    workspace: Workspace

    def stars_changed(self) -> None: ...
    def note_changed(self, event_id: str, text: str) -> None: ...
    def own_changed(self, current: str | None) -> None: ...
    def reload(self, outcome: ChangeOutcome | None = None) -> None: ...
    def write_failed(self, error: WorkspaceError) -> None: ...


class _Command(QUndoCommand):
    def __init__(self, changes: Changes, text: str) -> None:
        super().__init__(text)
        self.changes = changes

    def _attempt(self, work: object) -> bool:
        try:
            work()  # type: ignore[operator]
        except WorkspaceError as error:
            self.setObsolete(True)
            self.changes.write_failed(error)
            return False
        return True


class StarCommand(_Command):
    """Star or unstar events; undo gives each the star it had."""

    def __init__(self, changes: Changes, event_ids: Sequence[str], starred: bool) -> None:
        super().__init__(
            changes,
            QCoreApplication.translate("Workspace", "Star")
            if starred
            else QCoreApplication.translate("Workspace", "Unstar"),
        )
        self.starred = starred
        before = changes.workspace.starred_ids()
        self.before = {event_id: event_id in before for event_id in event_ids}

    def _set(self, values: dict[str, bool]) -> None:
        self.changes.workspace.set_stars(values)  # one transaction, however many are selected
        self.changes.stars_changed()

    def redo(self) -> None:
        self._attempt(lambda: self._set(dict.fromkeys(self.before, self.starred)))

    def undo(self) -> None:
        self._attempt(lambda: self._set(self.before))


class NoteCommand(_Command):
    """A note saved (the first redo is the save itself); undo puts the earlier text back."""

    def __init__(self, changes: Changes, event_id: str, before: str, after: str) -> None:
        super().__init__(changes, QCoreApplication.translate("Workspace", "Edit Note"))
        self.event_id, self.before, self.after = event_id, before, after

    def _write(self, text: str) -> None:
        self.changes.workspace.set_note(self.event_id, text)
        self.changes.note_changed(self.event_id, text)

    def redo(self) -> None:
        self._attempt(lambda: self._write(self.after))

    def undo(self) -> None:
        self._attempt(lambda: self._write(self.before))

    def id(self) -> int:
        return NOTE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NoteCommand) or other.event_id != self.event_id:
            return False
        self.after = other.after
        return True


class AddEventCommand(_Command):
    """Add an own event; undo deletes it, redo brings the same event (same id) back."""

    def __init__(self, changes: Changes, draft: OwnEventDraft) -> None:
        super().__init__(changes, QCoreApplication.translate("Workspace", "Add Event"))
        self.draft = draft
        self.event: OwnEvent | None = None

    def redo(self) -> None:
        def work() -> None:
            workspace = self.changes.workspace
            if self.event is None:
                self.event = workspace.add_own_event(self.draft)
            else:
                workspace.restore_own_event(self.event)
            self.changes.own_changed(self.event.id)

        self._attempt(work)

    def undo(self) -> None:
        def work() -> None:
            if self.event is not None:
                self.changes.workspace.delete_own_event(self.event.id)
            self.changes.own_changed(None)

        self._attempt(work)


class EditEventCommand(_Command):
    """Change an own event; undo writes back what it was."""

    def __init__(self, changes: Changes, before: OwnEvent, draft: OwnEventDraft) -> None:
        super().__init__(changes, QCoreApplication.translate("Workspace", "Edit Event"))
        self.before, self.draft = before, draft

    def redo(self) -> None:
        def work() -> None:
            self.changes.workspace.update_own_event(self.before.id, self.draft)
            self.changes.own_changed(self.before.id)

        self._attempt(work)

    def undo(self) -> None:
        def work() -> None:
            self.changes.workspace.restore_own_event(self.before)
            self.changes.own_changed(self.before.id)

        self._attempt(work)


class DeleteEventCommand(_Command):
    """Delete an own event (the workspace keeps it marked deleted); undo restores it as it was."""

    def __init__(self, changes: Changes, event: OwnEvent) -> None:
        super().__init__(changes, QCoreApplication.translate("Workspace", "Delete Event"))
        self.event = event

    def redo(self) -> None:
        def work() -> None:
            self.changes.workspace.delete_own_event(self.event.id)
            self.changes.own_changed(None)

        self._attempt(work)

    def undo(self) -> None:
        def work() -> None:
            self.changes.workspace.restore_own_event(self.event)
            self.changes.own_changed(self.event.id)

        self._attempt(work)


class ChangeSetCommand(_Command):
    """A CSV import or a workspace merge, done before it is pushed (with its own messages): undo writes
    back what it changed, redo writes it again, each as one transaction in the workspace."""

    def __init__(self, changes: Changes, text: str, change_set: ChangeSet) -> None:
        super().__init__(changes, text)
        self.change_set = change_set
        self._done = True  # the stack calls redo() when pushed: the import itself was that

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._attempt(lambda: self.changes.reload(redo_changes(self.changes.workspace, self.change_set)))

    def undo(self) -> None:
        self._attempt(lambda: self.changes.reload(undo_changes(self.changes.workspace, self.change_set)))


def import_text(count: int) -> str:
    """What Edit → Undo and Redo call a CSV import: "Import of 120 Events"."""
    from azkz_desktop.ui.plural import counted

    return counted().import_of_events(count)


def merge_text(file_name: str) -> str:
    """What Edit → Undo and Redo call a workspace merge: "Merge of laptop.azkz-workspace"."""
    return QCoreApplication.translate("Workspace", "Merge of %1").replace("%1", file_name)
