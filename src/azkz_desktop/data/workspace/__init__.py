"""The reader's workspace: stars, notes and own events in a writable SQLite file of their own.

Everything the window and the command line call is exported here; nothing of it imports Qt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from azkz_desktop.data.workspace.errors import (
    NewerWorkspace,
    NotAWorkspace,
    WorkspaceBusy,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceWriteFailed,
)
from azkz_desktop.data.workspace.location import default_workspace_path
from azkz_desktop.data.workspace.records import HistoricNote, InvalidOwnEvent, Note, OwnEvent, is_own_id
from azkz_desktop.data.workspace.schema import SCHEMA_VERSION
from azkz_desktop.data.workspace.workspace import Workspace, WorkspaceSummary, open_workspace

if TYPE_CHECKING:
    from azkz_desktop.data.workspace.drafts import FieldError, OwnEventDraft, validate
else:

    def __getattr__(name: str) -> object:
        """A form's draft, its problems and its checks (drafts.py), loaded when first asked for: the
        window opens without them."""
        if name in ("FieldError", "OwnEventDraft", "validate"):
            return getattr(importlib.import_module("azkz_desktop.data.workspace.drafts"), name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
