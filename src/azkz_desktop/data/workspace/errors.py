"""Why a workspace cannot be opened or written, each with its own exit code (see azkz_desktop.exit_codes).

They are DatabaseErrors, so a caller that already reports those (one line, a dialog) reports these too.
"""

from __future__ import annotations

from pathlib import Path

from azkz_desktop import exit_codes
from azkz_desktop.data.errors import DatabaseError


class WorkspaceError(DatabaseError):
    """A workspace that cannot be used; the message names the file and the problem."""

    exit_code = exit_codes.WORKSPACE_NOT_OURS


class NotAWorkspace(WorkspaceError):
    """A file that is not an azkz-desktop workspace: it is left exactly as it is."""

    exit_code = exit_codes.WORKSPACE_NOT_OURS


class NewerWorkspace(WorkspaceError):
    """A workspace written by a newer version of the app: read nothing, change nothing."""

    exit_code = exit_codes.WORKSPACE_NEWER

    def __init__(self, path: str, problem: str, version: int = 0) -> None:
        super().__init__(path, problem)
        self.version = version  # its schema version, for a window to word the message itself


class WorkspaceDamaged(WorkspaceError):
    """A workspace that failed SQLite's integrity check; it was renamed, never deleted."""

    exit_code = exit_codes.WORKSPACE_DAMAGED

    def __init__(self, path: str, problem: str, set_aside: Path | None = None, detail: str = "") -> None:
        super().__init__(path, problem)
        self.set_aside = set_aside  # where the file was renamed to, if it could be
        self.detail = detail  # SQLite's words for the damage, without what became of the file


class WorkspaceWriteFailed(WorkspaceError):
    """A change that could not be saved (disk full, read-only folder); nothing of it was kept."""

    exit_code = exit_codes.WORKSPACE_WRITE_FAILED


class WorkspaceBusy(WorkspaceWriteFailed):
    """Another process held the workspace locked for longer than we wait."""

    exit_code = exit_codes.WORKSPACE_BUSY
