"""The reader's workspace: stars, notes and own events in a writable SQLite file of their own.

Everything the window and the command line call is exported here; nothing of it imports Qt.
"""

from __future__ import annotations

from azkz_desktop.data.workspace.errors import (
    NewerWorkspace,
    NotAWorkspace,
    WorkspaceBusy,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceWriteFailed,
)
from azkz_desktop.data.workspace.location import default_workspace_path
from azkz_desktop.data.workspace.records import (
    FieldError,
    HistoricNote,
    InvalidOwnEvent,
    Note,
    OwnEvent,
    OwnEventDraft,
    is_own_id,
    validate,
)
from azkz_desktop.data.workspace.schema import SCHEMA_VERSION
from azkz_desktop.data.workspace.workspace import Workspace, WorkspaceSummary, open_workspace

__all__ = [
    "SCHEMA_VERSION",
    "FieldError",
    "HistoricNote",
    "InvalidOwnEvent",
    "NewerWorkspace",
    "NotAWorkspace",
    "Note",
    "OwnEvent",
    "OwnEventDraft",
    "Workspace",
    "WorkspaceBusy",
    "WorkspaceDamaged",
    "WorkspaceError",
    "WorkspaceSummary",
    "WorkspaceWriteFailed",
    "default_workspace_path",
    "is_own_id",
    "open_workspace",
    "validate",
]
