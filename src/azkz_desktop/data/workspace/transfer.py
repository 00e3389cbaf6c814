"""Moving a workspace to another computer: one file out, and a merge by event id on the way in.

The export is a consistent copy made with SQLite's backup API while the workspace stays open, written
to a temporary file beside the target and renamed into place. The import never writes to the file it
reads: it copies it into memory, checks and migrates that copy, and merges from it:
stars are united; of two different notes on one event the newer wins and the other is kept in the note
history; own events are matched by id and the newer version wins. What was merged is returned.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from azkz_desktop import exit_codes
from azkz_desktop.data.export import ExportError, replace_atomically
from azkz_desktop.data.workspace.connection import (
    APPLICATION_ID,
    connect,
    integrity_problem,
    stored_application_id,
)
from azkz_desktop.data.workspace.errors import WorkspaceError
from azkz_desktop.data.workspace.own_events import COLUMNS as EVENT_COLUMNS
from azkz_desktop.data.workspace.own_events import from_row, replace_event, stored_event
from azkz_desktop.data.workspace.records import Note
from azkz_desktop.data.workspace.schema import SCHEMA_VERSION, migrate, user_version
from azkz_desktop.data.workspace.stars_notes import keep_in_history, write_note
from azkz_desktop.data.workspace.workspace import Workspace


class TransferFileUnusable(WorkspaceError):
    """A file offered for import that is not a usable workspace; it is never changed."""

    exit_code = exit_codes.IMPORT_UNREADABLE


@dataclass(frozen=True)
class MergeReport:
    """What an import added or changed (or would, in a preview)."""

    stars_added: int = 0
    notes_added: int = 0
    notes_replaced: int = 0  # theirs was newer: ours went to the history
    notes_kept: int = 0  # ours was newer: theirs went to the history
    history_added: int = 0
    events_added: int = 0
    events_updated: int = 0  # theirs was newer
    events_kept: int = 0  # ours was newer or the same

    def lines(self) -> list[str]:
        return [
            f"stars added: {self.stars_added}",
            f"notes added: {self.notes_added}, replaced by newer: {self.notes_replaced},"
            f" kept (ours newer): {self.notes_kept}; versions added to the history: {self.history_added}",
            f"own events added: {self.events_added}, updated: {self.events_updated},"
            f" unchanged: {self.events_kept}",
        ]


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
    counts = dict.fromkeys(MergeReport.__dataclass_fields__, 0)
    for event_id, starred in theirs.execute("SELECT event_id, starred FROM stars"):
        counts["stars_added"] += db.execute(
            "INSERT OR IGNORE INTO stars (event_id, starred) VALUES (?, ?)", (event_id, starred)
        ).rowcount
    for event_id, text, updated, reason in theirs.execute(
        "SELECT event_id, text, updated, reason FROM note_history"
    ):
        before = db.total_changes
        keep_in_history(db, Note(event_id, text, updated), reason)
        counts["history_added"] += db.total_changes - before
    for event_id, text, updated in theirs.execute("SELECT event_id, text, updated FROM notes"):
        ours = db.execute("SELECT text, updated FROM notes WHERE event_id = ?", (event_id,)).fetchone()
        if ours is None:
            write_note(db, event_id, text, updated, "merged")
            counts["notes_added"] += 1
        elif ours[0] == text:
            continue
        elif updated > ours[1]:
            write_note(db, event_id, text, updated, "merged: replaced by a newer note")
            counts["notes_replaced"] += 1
            counts["history_added"] += 1
        else:
            keep_in_history(db, Note(event_id, text, updated), "merged: an older note from another workspace")
            counts["notes_kept"] += 1
            counts["history_added"] += 1
    for row in theirs.execute(f"SELECT {EVENT_COLUMNS} FROM own_events"):
        event = from_row(row)
        ours_event = stored_event(db, event.id)
        if ours_event is None:
            replace_event(db, event)
            counts["events_added"] += 1
        elif event.updated > ours_event.updated and event != ours_event:
            replace_event(db, event)
            counts["events_updated"] += 1
        else:
            counts["events_kept"] += 1
    report = MergeReport(**counts)
    if preview:
        raise _Preview(report)
    return report


def preview_merge(workspace: Workspace, path: str | Path) -> MergeReport:
    """What `merge_workspace` would do, without keeping any of it."""
    try:
        return merge_workspace(workspace, path, preview=True)
    except _Preview as done:
        return done.report
