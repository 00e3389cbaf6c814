"""The workspace: opened (or created) at a path the caller gives, checked, migrated, then used.

The window passes QStandardPaths.AppDataLocation / workspace.sqlite; the command line computes the same
path without Qt (location.default_workspace_path).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from azkz_desktop.data.schema import CATEGORY_IDS
from azkz_desktop.data.workspace.connection import (
    WorkspaceConnection,
    check_ours,
    connect,
    damaged,
    integrity_problem,
    write_failure,
)
from azkz_desktop.data.workspace.errors import NewerWorkspace, NotAWorkspace, WorkspaceError
from azkz_desktop.data.workspace.own_events import OwnEvents
from azkz_desktop.data.workspace.schema import SCHEMA_VERSION, migrate, user_version
from azkz_desktop.data.workspace.stars_notes import StarsAndNotes


@dataclass(frozen=True)
class WorkspaceSummary:
    """What `workspace check` prints and the About box may show."""

    path: str
    schema_version: int
    stars: int
    notes: int
    note_history: int
    own_events: int
    deleted_own_events: int


class Workspace(StarsAndNotes, OwnEvents):
    """Stars, notes and own events of one person, in their own SQLite file."""

    def __init__(self, db: WorkspaceConnection, categories: Iterable[str], backups: list[Path]) -> None:
        self._db = db
        self.path = db.path
        self.categories = tuple(categories)
        self.backups = backups  # copies made before migrating, this open
        self._own_saves = {}

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def version(self) -> tuple[int, int]:
        """Where the file's changes stand: rows this connection changed (total_changes) and commits
        by other connections (PRAGMA data_version). An answer kept from another version may be stale."""
        (others,) = self._db.rows("PRAGMA data_version")[0]
        return self._db.connection.total_changes, int(others)  # type: ignore[call-overload]

    @property
    def connection(self) -> WorkspaceConnection:
        """For the modules of this package (import, transfer); the UI never uses it."""
        return self._db

    def summary(self) -> WorkspaceSummary:
        row = self._db.rows(
            """SELECT (SELECT count(*) FROM stars), (SELECT count(*) FROM notes),
                      (SELECT count(*) FROM note_history),
                      (SELECT count(*) FROM own_events WHERE deleted IS NULL),
                      (SELECT count(*) FROM own_events WHERE deleted IS NOT NULL)"""
        )[0]
        stars, notes, history, own, deleted = (int(value) for value in row)  # type: ignore[call-overload]
        return WorkspaceSummary(str(self.path), SCHEMA_VERSION, stars, notes, history, own, deleted)


def open_workspace(path: str | Path, categories: Iterable[str] = CATEGORY_IDS) -> Workspace:
    """Open the workspace at `path`, creating it (and its folder) on first use.

    Raises NotAWorkspace (another file: untouched), NewerWorkspace (untouched), WorkspaceDamaged (the
    file failed its integrity check and was renamed aside; opening again starts afresh) or
    WorkspaceWriteFailed (it cannot be created or migrated: read-only, disk full).
    """
    path = Path(path)
    shown = str(path)
    exists = check_ours(path)
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise NotAWorkspace(shown, f"its folder cannot be created ({error.strerror})") from None
    try:
        connection = connect(path)
    except sqlite3.Error as error:
        raise write_failure(path, error) from None
    try:
        return _prepare(connection, path, exists, categories)
    except BaseException:
        connection.close()
        raise


def _prepare(
    connection: sqlite3.Connection, path: Path, exists: bool, categories: Iterable[str]
) -> Workspace:
    shown = str(path)
    try:
        version = user_version(connection)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise damaged(path, str(error)) from None
    if version > SCHEMA_VERSION:
        raise NewerWorkspace(
            shown,
            f"this workspace has schema version {version}, newer than this app writes ({SCHEMA_VERSION});"
            " open it with a newer azkz-desktop. It was not changed",
            version=version,
        )
    if exists:
        problem = integrity_problem(connection)
        if problem is not None:
            connection.close()
            raise damaged(path, problem)
    db = WorkspaceConnection(connection, path)
    try:
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        connection.execute("PRAGMA synchronous = FULL")
        if str(mode).lower() != "wal":
            raise WorkspaceError(shown, f"the workspace cannot use write-ahead logging (journal mode {mode})")
        backups = migrate(connection, path, db.write)
    except sqlite3.DatabaseError as error:
        raise write_failure(path, error) from None
    return Workspace(db, categories, backups)
