"""Moving a workspace to another computer: one file out, and a merge by event id on the way in.

The export is a consistent copy made with SQLite's backup API while the workspace stays open, written
to a temporary file beside the target and renamed into place. The import never writes to the file it
reads: it copies it into memory, checks and migrates that copy, and merges from it, by event id and
time: of a star on one side and its removal on the other, the later wins (so do stars added on either
side); of two different notes on one event the newer wins and the other is kept in the note history,
and a note cleared on one side after the other side wrote it is cleared (its text kept in the history);
own events are matched by id and the newer version wins, a deletion included. What was merged is
returned, with the changes that undo it (changes.py).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field, fields
from pathlib import Path

from azkz_desktop import exit_codes
from azkz_desktop.data.export import ExportError, replace_atomically
from azkz_desktop.data.workspace.changes import ChangeSet, Snapshot
from azkz_desktop.data.workspace.connection import (
    APPLICATION_ID,
    connect,
    integrity_problem,
    stored_application_id,
)
from azkz_desktop.data.workspace.errors import WorkspaceError
from azkz_desktop.data.workspace.own_events import COLUMNS as EVENT_COLUMNS
from azkz_desktop.data.workspace.own_events import from_row, replace_event
from azkz_desktop.data.workspace.records import Note
from azkz_desktop.data.workspace.schema import SCHEMA_VERSION, migrate, user_version
from azkz_desktop.data.workspace.stars_notes import keep_in_history, write_note
from azkz_desktop.data.workspace.states import NoteState, StarState, put_note_state, put_star_state
from azkz_desktop.data.workspace.workspace import Workspace


class TransferFileUnusable(WorkspaceError):
    """A file offered for import that is not a usable workspace; it is never changed."""

    exit_code = exit_codes.IMPORT_UNREADABLE


@dataclass(frozen=True)
class MergeReport:
    """What an import added or changed (or would, in a preview), and the changes to undo it."""

    stars_added: int = 0
    stars_removed: int = 0  # unstarred there after they were starred here
    notes_added: int = 0
    notes_replaced: int = 0  # theirs was newer: ours went to the history
    notes_kept: int = 0  # ours was newer: theirs went to the history
    history_added: int = 0
    events_added: int = 0
    events_updated: int = 0  # theirs was newer
    events_kept: int = 0  # ours was newer or the same
    notes_cleared: int = 0  # cleared there after they were written here: ours went to the history
    changes: ChangeSet = field(default_factory=ChangeSet, compare=False, repr=False)

    def lines(self) -> list[str]:
        return [
            f"stars added: {self.stars_added}, removed (unstarred there later): {self.stars_removed}",
            f"notes added: {self.notes_added}, replaced by newer: {self.notes_replaced},"
            f" cleared (cleared there later): {self.notes_cleared},"
            f" kept (ours newer): {self.notes_kept}; versions added to the history: {self.history_added}",
            f"own events added: {self.events_added}, updated: {self.events_updated},"
            f" unchanged: {self.events_kept}",
        ]


COUNTS = tuple(item.name for item in fields(MergeReport) if item.name != "changes")


def export_workspace(workspace: Workspace, target: str | Path) -> Path:
    """Write a consistent copy of the workspace to `target` (atomically); ExportError says why not."""
    target = Path(target)
    if target.exists() and target.resolve() == Path(workspace.path).resolve():
        raise ExportError(f"{target}: this is the workspace itself; choose another file")

    def write(temporary: Path) -> None:
        temporary.unlink()  # the backup creates the file itself
        copy = sqlite3.connect(temporary)
        try:
            workspace.connection.connection.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        except sqlite3.Error as error:
            raise OSError(str(error)) from None
        finally:
            copy.close()
        with temporary.open("rb") as file:
            os.fsync(file.fileno())

    replace_atomically(target, write)
    return target


def load_transfer_file(path: str | Path) -> sqlite3.Connection:
    """The workspace file at `path`, copied into memory, checked and brought to this version."""
    path = Path(path)
    shown = str(path)
    if not path.is_file():
        raise TransferFileUnusable(shown, "no such file" if not path.exists() else "this is a folder")
    try:
        application_id, _ = stored_application_id(path)
    except OSError as error:
        raise TransferFileUnusable(shown, f"cannot be read ({error.strerror})") from None
    if application_id != APPLICATION_ID:
        raise TransferFileUnusable(shown, "this is not an azkz-desktop workspace file")
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source = connect(path, read_only=True)
        try:
            source.backup(memory)
        finally:
            source.close()
        problem = integrity_problem(memory)
        if problem is not None:
            raise TransferFileUnusable(shown, f"the workspace file is damaged ({problem})")
        version = user_version(memory)
        if version > SCHEMA_VERSION:
            raise TransferFileUnusable(
                shown,
                f"made by a newer azkz-desktop (schema version {version}; this app has {SCHEMA_VERSION})",
            )
        migrate(memory, None, lambda step: _in_transaction(memory, step))
    except sqlite3.DatabaseError as error:
        memory.close()
        raise TransferFileUnusable(shown, f"cannot be read as a workspace ({error})") from None
    except BaseException:
        memory.close()
        raise
    return memory


def _in_transaction(connection: sqlite3.Connection, step: object) -> None:
    connection.execute("BEGIN")
    step(connection)  # type: ignore[operator]
    connection.execute("COMMIT")


def merge_workspace(workspace: Workspace, path: str | Path, preview: bool = False) -> MergeReport:
    """Merge the workspace file at `path` into `workspace` in one transaction.

    With `preview`, the transaction is rolled back (the report is carried out by _Preview): the counts
    are exactly what the merge would do. Callers use `preview_merge` for that.
    """
    theirs = load_transfer_file(path)
    try:
        return workspace.connection.write(lambda db: _merge(db, theirs, preview))
    finally:
        theirs.close()


class _Preview(Exception):
    def __init__(self, report: MergeReport) -> None:
        self.report = report


def _merge(db: sqlite3.Connection, theirs: sqlite3.Connection, preview: bool) -> MergeReport:
    star_ids = _ids(theirs, "SELECT event_id FROM stars UNION SELECT event_id FROM removed_stars")
    note_ids = _ids(theirs, "SELECT event_id FROM notes UNION SELECT event_id FROM cleared_notes")
    event_ids = _ids(theirs, "SELECT id FROM own_events")
    before = Snapshot.of(db, star_ids, note_ids, event_ids)
    counts = dict.fromkeys(COUNTS, 0)
    _merge_stars(db, theirs, before.stars, counts)
    for event_id, text, updated, reason in theirs.execute(
        "SELECT event_id, text, updated, reason FROM note_history"
    ):
        changed = db.total_changes
        keep_in_history(db, Note(event_id, text, updated), reason)
        counts["history_added"] += db.total_changes - changed
    _merge_notes(db, theirs, before.notes, counts)
    for row in theirs.execute(f"SELECT {EVENT_COLUMNS} FROM own_events"):
        event = from_row(row)
        ours_event = before.events[event.id]
        if ours_event is None:
            replace_event(db, event)
            counts["events_added"] += 1
        elif event.updated > ours_event.updated and event != ours_event:
            replace_event(db, event)
            counts["events_updated"] += 1
        else:
            counts["events_kept"] += 1
    changes = ChangeSet.between(before, Snapshot.of(db, star_ids, note_ids, event_ids))
    report = MergeReport(**counts, changes=changes)
    if preview:
        raise _Preview(report)
    return report


def _ids(connection: sqlite3.Connection, sql: str) -> list[str]:
    return [str(row[0]) for row in connection.execute(sql)]


def _merge_stars(
    db: sqlite3.Connection, theirs: sqlite3.Connection, ours: dict[str, StarState], counts: dict[str, int]
) -> None:
    """The newer of the two sides' last star or removal wins; a star on both sides stays as ours."""
    starred = dict(theirs.execute("SELECT event_id, starred FROM stars"))
    removed = dict(theirs.execute("SELECT event_id, removed FROM removed_stars"))
    for event_id, mine in ours.items():
        their = StarState(starred.get(event_id), None if event_id in starred else removed.get(event_id))
        theirs_last, ours_last = their.latest(), mine.latest()
        if theirs_last is None or (ours_last is not None and ours_last[0] >= theirs_last[0]):
            continue  # nothing there, or ours is as new
        if ours_last is not None and ours_last[1] == theirs_last[1]:
            continue  # starred on both sides, or removed on both: ours is kept
        put_star_state(db, event_id, their)
        if their.starred is not None:
            counts["stars_added"] += 1
        elif mine.starred is not None:
            counts["stars_removed"] += 1


def _merge_notes(
    db: sqlite3.Connection, theirs: sqlite3.Connection, ours: dict[str, NoteState], counts: dict[str, int]
) -> None:
    """Of two different notes the newer wins, and a clearing newer than the other side's note clears it;
    a note that loses goes to the history."""
    notes = {
        str(event_id): Note(str(event_id), str(text), str(updated))
        for event_id, text, updated in theirs.execute("SELECT event_id, text, updated FROM notes")
    }
    cleared = dict(theirs.execute("SELECT event_id, cleared FROM cleared_notes"))
    for event_id, mine in ours.items():
        their = notes.get(event_id)
        if their is None:
            when = str(cleared[event_id])
            if mine.note is not None and when > mine.note.updated:
                put_note_state(db, event_id, NoteState(None, when), "merged: cleared in a newer workspace")
                counts["notes_cleared"] += 1
                counts["history_added"] += 1
            elif mine.note is None and (mine.cleared is None or when > mine.cleared):
                put_note_state(db, event_id, NoteState(None, when), "merged")  # the later clearing
        elif mine.note is None and (mine.cleared is None or their.updated > mine.cleared):
            write_note(db, event_id, their.text, their.updated, "merged")
            counts["notes_added"] += 1
        elif mine.note is not None and mine.note.text == their.text:
            continue
        elif mine.note is not None and their.updated > mine.note.updated:
            write_note(db, event_id, their.text, their.updated, "merged: replaced by a newer note")
            counts["notes_replaced"] += 1
            counts["history_added"] += 1
        else:
            why = "merged: an older note from another workspace"
            if mine.note is None:
                why = "merged: a note cleared here later"
            changed = db.total_changes
            keep_in_history(db, their, why)
            counts["notes_kept"] += 1
            counts["history_added"] += db.total_changes - changed


def preview_merge(workspace: Workspace, path: str | Path) -> MergeReport:
    """What `merge_workspace` would do, without keeping any of it."""
    try:
        return merge_workspace(workspace, path, preview=True)
    except _Preview as done:
        return done.report
