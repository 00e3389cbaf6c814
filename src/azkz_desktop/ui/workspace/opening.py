"""Open the workspace where Qt keeps the app's data; if it cannot be used, say why and go on without it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from azkz_desktop.data.schema import CATEGORY_IDS
from azkz_desktop.data.workspace import (
    NewerWorkspace,
    Workspace,
    WorkspaceDamaged,
    WorkspaceError,
    open_workspace,
)
from azkz_desktop.data.workspace.location import WORKSPACE_FILE_NAME


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def qt_workspace_path() -> Path:
    """QStandardPaths.AppDataLocation / workspace.sqlite: where the window keeps the reader's work."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / WORKSPACE_FILE_NAME


def open_for_window(
    categories: Sequence[str] = CATEGORY_IDS, path: Path | None = None
) -> tuple[Workspace | None, str]:
    """The workspace, or None and why not (a sentence for a dialog and the disabled actions' tooltips)."""
    path = path or qt_workspace_path()
    try:
        return open_workspace(path, categories), ""
    except WorkspaceDamaged as error:
        aside = f"\n\n{_tr('The damaged file was set aside as')} {error.set_aside}" if error.set_aside else ""
        return None, f"{error.path}\n\n{error.problem}{aside}"
    except NewerWorkspace as error:
        return None, f"{error.path}\n\n{error.problem}"
    except WorkspaceError as error:
        return None, f"{error.path}\n\n{error.problem}"


def say_unavailable(parent: QWidget | None, problem: str) -> None:
    """The dialog shown once at start-up when the workspace cannot be used; the app runs on without it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("Your workspace cannot be used"),
        problem
        + "\n\n"
        + _tr(
            "The app runs without it: stars, notes and your own events are switched off until it can be"
            " opened. Nothing in it was changed."
        ),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
