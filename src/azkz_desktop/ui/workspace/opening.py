"""Open the workspace where Qt keeps the app's data; if it cannot be used, say why and go on without it.

A damaged workspace is set aside (renamed, never deleted) and a new, empty one is begun in its place at
once, so the reader can go on working; a workspace of a newer version, or one that cannot be opened, is
left as it is and the window runs read-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QWidget

from azkz_desktop.data.schema import CATEGORY_IDS
from azkz_desktop.data.workspace import (
    SCHEMA_VERSION,
    NewerWorkspace,
    Workspace,
    WorkspaceDamaged,
    WorkspaceError,
    open_workspace,
)
from azkz_desktop.data.workspace.location import WORKSPACE_FILE_NAME

if TYPE_CHECKING:  # each dialog's Python class (with its enums) is set up when a dialog first opens
    from PySide6.QtWidgets import QMessageBox


def qt_workspace_path() -> Path:
    """QStandardPaths.AppDataLocation / workspace.sqlite: where the window keeps the reader's work."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / WORKSPACE_FILE_NAME


def open_for_window(
    categories: Sequence[str] = CATEGORY_IDS, path: Path | None = None
) -> tuple[Workspace | None, str]:
    """The workspace and what to tell the reader, as paragraphs: the file, what is wrong with it and
    what was done. Without a workspace the words say why (the dialog shows them all, the disabled
    actions' tooltips the last); beside a new workspace that replaced a damaged one, they say what
    became of the damaged file; otherwise they are empty."""
    path = path or qt_workspace_path()
    try:
        return open_workspace(path, categories), ""
    except WorkspaceDamaged as error:
        if error.set_aside is None:
            return None, "\n\n".join((error.path, *unavailable_words(error)))
        damage = "\n\n".join((error.path, *damaged_words(error)))
        try:
            workspace = open_workspace(path, categories)
        except WorkspaceError as second:
            none = QCoreApplication.translate(
                "Workspace",
                "No new workspace could be begun in its place (%1). The window runs read-only: stars,"
                " notes and your own events cannot be changed until the app is started again.",
            ).replace("%1", second.problem)
            return None, f"{damage}\n\n{none}"
        begun = QCoreApplication.translate(
            "Workspace",
            "A new, empty workspace was begun in its place: stars, notes and your own events can be"
            " added again at once.",
        )
        return workspace, f"{damage}\n\n{begun}"
    except WorkspaceError as error:
        return None, "\n\n".join((error.path, *unavailable_words(error)))


def damaged_words(error: WorkspaceDamaged) -> tuple[str, str]:
    """What was wrong with a damaged workspace, and where it was set aside."""
    return (
        QCoreApplication.translate("Workspace", "The workspace is damaged (%1).").replace("%1", error.detail),
        QCoreApplication.translate(
            "Workspace", "The damaged file was set aside as %1; it was not deleted."
        ).replace("%1", str(error.set_aside)),
    )


def unavailable_words(error: WorkspaceError) -> tuple[str, str]:
    """What is wrong with the workspace, and what became of it and of the window, in the window's
    language (SQLite's own words for damage stay as SQLite gives them)."""
    if isinstance(error, NewerWorkspace) and error.version:
        return (
            QCoreApplication.translate(
                "Workspace",
                "The workspace was written by a newer version of azkz-desktop (workspace schema version"
                " %1; this version reads up to %2).",
            )
            .replace("%1", str(error.version))
            .replace("%2", str(SCHEMA_VERSION)),
            QCoreApplication.translate(
                "Workspace",
                "The file was not changed. Open it with that newer version; this one runs read-only"
                " without it: stars, notes and your own events cannot be changed.",
            ),
        )
    return (
        error.problem,
        QCoreApplication.translate(
            "Workspace",
            "The file was not changed. The window runs read-only without it: stars, notes and your own"
            " events cannot be changed until it can be opened.",
        ),
    )


def say_opening(parent: QWidget | None, workspace: Workspace | None, words: str) -> QMessageBox | None:
    """The dialog shown once, over the window, with the words of `open_for_window`: that the workspace
    cannot be used (no workspace), or that a damaged one was replaced by a new one; None without words."""
    if not words:
        return None
    if workspace is None:
        title, name = (
            QCoreApplication.translate("Workspace", "Your workspace cannot be used"),
            "workspaceUnavailableMessage",
        )
    else:
        title, name = (
            QCoreApplication.translate("Workspace", "Your workspace was damaged"),
            "workspaceReplacedMessage",
        )
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, words, parent=parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
