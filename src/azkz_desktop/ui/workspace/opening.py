"""Open the workspace where Qt keeps the app's data; if it cannot be used, say why and go on without it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

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


def qt_workspace_path() -> Path:
    """QStandardPaths.AppDataLocation / workspace.sqlite: where the window keeps the reader's work."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / WORKSPACE_FILE_NAME


def open_for_window(
    categories: Sequence[str] = CATEGORY_IDS, path: Path | None = None
) -> tuple[Workspace | None, str]:
    """The workspace, or None and why not: the file, what is wrong with it, and what the window does
    without it, as paragraphs (the dialog shows them all, the disabled actions' tooltips the second)."""
    path = path or qt_workspace_path()
    try:
        return open_workspace(path, categories), ""
    except WorkspaceError as error:
        return None, "\n\n".join((error.path, *unavailable_words(error)))


def unavailable_words(error: WorkspaceError) -> tuple[str, str]:
    """What is wrong with the workspace, and what became of it and of the window, in the window's
    language (SQLite's own words for damage stay as SQLite gives them)."""
    if isinstance(error, WorkspaceDamaged) and error.set_aside is not None:
        return (
            QCoreApplication.translate("Workspace", "The workspace is damaged (%1).").replace(
                "%1", error.detail
            ),
            QCoreApplication.translate(
                "Workspace",
                "The damaged file was set aside as %1; it was not deleted. Until the app is started again,"
                " when it begins a new, empty workspace, the window is read-only: stars, notes and your"
                " own events cannot be changed.",
            ).replace("%1", str(error.set_aside)),
        )
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


def say_unavailable(parent: QWidget | None, problem: str) -> QMessageBox:
    """The dialog shown once at start-up, over the window, when the workspace cannot be used."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Workspace", "Your workspace cannot be used"),
        problem,
        parent=parent,
    )
    box.setObjectName("workspaceUnavailableMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
