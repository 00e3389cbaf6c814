"""The dialogs every part of the window shares: a plain-text message, and "save as…" that remembers where.

Messages often quote a file name or a database's text, so they are always plain text, never markup. Every
file dialog starts in the folder last used for its kind of file (else the documents folder), and a failed
save is shown, never raised into the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QWidget

from azkz_desktop.data.export import ExportError

if TYPE_CHECKING:  # each dialog's Python class (with its enums) is set up when a dialog first opens
    from PySide6.QtWidgets import QMessageBox

EXPORT_FOLDER = "export/folder"  # where exported and saved files went last


def show_message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon | None = None,
) -> None:
    """A modal message box showing `text` as plain text; a critical one unless `icon` says otherwise."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical if icon is None else icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def documents_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remembered_folder(settings: QSettings, key: str = EXPORT_FOLDER) -> str:
    """Where a file dialog starts: the folder remembered under `key`, else the documents folder."""
    folder = settings.value(key, "")
    if isinstance(folder, str) and folder and Path(folder).is_dir():
        return folder
    return documents_folder()


def ask_save_path(
    parent: QWidget | None, title: str, name: str, filters: str, key: str = EXPORT_FOLDER
) -> Path | None:
    """Ask where to save `name` (the dialog confirms overwriting); the folder chosen is remembered."""
    from PySide6.QtWidgets import QFileDialog

    settings = QSettings()
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(remembered_folder(settings, key)) / name), filters
    )
    if not chosen:
        return None
    settings.setValue(key, str(Path(chosen).parent))
    return Path(chosen)


def ask_open_path(parent: QWidget | None, title: str, filters: str, key: str) -> Path | None:
    """Ask for a file to open, starting in the folder remembered under `key`; the folder chosen is kept."""
    from PySide6.QtWidgets import QFileDialog

    settings = QSettings()
    chosen, _ = QFileDialog.getOpenFileName(parent, title, remembered_folder(settings, key), filters)
    if not chosen:
        return None
    settings.setValue(key, str(Path(chosen).parent))
    return Path(chosen)


def save_as(
    parent: QWidget | None, title: str, name: str, filters: str, save: Callable[[Path], object]
) -> None:
    """Ask for a file name, save, and show any failure."""
    path = ask_save_path(parent, title, name, filters)
    if path is None:
        return
    try:
        save(path)
    except ExportError as error:
        show_message(parent, QCoreApplication.translate("dialogs", "Could not save"), str(error))
