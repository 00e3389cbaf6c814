"""The workspace's menu entries and what the File ones do: import a CSV, export and import the workspace,
list the notes on events no longer in the data. Each previews before it changes anything.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QWidget

from azkz_desktop.data.workspace import WorkspaceError
from azkz_desktop.ui.dialogs import ask_open_path, ask_save_path

WORKSPACE_FOLDER = "workspace/folder"  # where workspace files and CSV imports were last chosen

if TYPE_CHECKING:
    from azkz_desktop.ui.workspace.controller import WorkspaceController
    from azkz_desktop.ui.workspace.import_dialogs import CsvImportDialog, MergeDialog, OrphanNotesDialog

# The dialogs, the CSV reader and the workspace transfer load when their entry is first used.


def install(controller: WorkspaceController) -> None:
    """File: Import CSV, Export/Import Workspace; Edit: Undo, Redo, Star, Add/Edit/Delete; View: orphans."""
    window = controller.window
    menus = [menu for action in window.menuBar().actions() if isinstance(menu := action.menu(), QMenu)]
    file_menu, edit_menu, view_menu = menus[0], menus[1], menus[2]
    for menu in (file_menu, edit_menu, view_menu):
        menu.setToolTipsVisible(True)  # a disabled entry says why
    act = controller._action
    controller.import_csv_action = act(
        QCoreApplication.translate("Workspace", "Import Events from CS&V…"),
        lambda: ask_import_csv(controller),
    )
    controller.export_ws_action = act(
        QCoreApplication.translate("Workspace", "Export &Workspace…"),
        lambda: ask_export_workspace(controller),
    )
    controller.import_ws_action = act(
        QCoreApplication.translate("Workspace", "Import Wor&kspace…"),
        lambda: ask_import_workspace(controller),
    )
    controller.orphans_action = act(
        QCoreApplication.translate("Workspace", "&Notes on Events No Longer in the Data…"),
        lambda: show_orphan_notes(controller),
    )
    controller.extra_actions += [
        controller.import_csv_action,
        controller.export_ws_action,
        controller.import_ws_action,
        controller.orphans_action,
    ]
    first_export = window.export_selected_action
    file_menu.insertAction(first_export, controller.import_csv_action)
    file_menu.insertSeparator(first_export)
    file_menu.insertAction(first_export, controller.export_ws_action)
    file_menu.insertAction(first_export, controller.import_ws_action)
    file_menu.insertSeparator(first_export)
    top = edit_menu.actions()[0]  # Find…, built before: the workspace's entries go above it
    for action in (controller.undo_action, controller.redo_action):
        edit_menu.insertAction(top, action)
    edit_menu.insertSeparator(top)
    for action in (
        controller.star_action,
        controller.add_action,
        controller.edit_action,
        controller.delete_action,
    ):
        edit_menu.insertAction(top, action)
    edit_menu.insertSeparator(top)
    view_menu.addSeparator()
    view_menu.addAction(controller.orphans_action)
    for view in (window.timeline, window.event_table):
        view.context_actions[:0] = [controller.star_action, controller.edit_action]


def _problem(parent: QWidget, title: str, error: WorkspaceError) -> None:
    from PySide6.QtWidgets import QMessageBox  # set up when a dialog first opens

    box = QMessageBox(QMessageBox.Icon.Warning, title, f"{error.path}\n\n{error.problem}", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()


def ask_import_csv(controller: WorkspaceController) -> None:
    path = ask_open_path(
        controller.window,
        QCoreApplication.translate("Workspace", "Import Events from CSV"),
        QCoreApplication.translate("Workspace", "CSV files (*.csv);;All files (*)"),
        WORKSPACE_FOLDER,
    )
    if path is not None:
        import_csv_file(controller, path)


def import_csv_file(controller: WorkspaceController, path: Path) -> CsvImportDialog | None:
    """Preview `path`; the dialog's Import adds every accepted row in one transaction, or none, as one
    step of Edit → Undo."""
    from azkz_desktop.data.workspace.csv_import import import_preview, preview_csv
    from azkz_desktop.ui.workspace.commands import ChangeSetCommand, import_text
    from azkz_desktop.ui.workspace.import_dialogs import CsvImportDialog

    window = controller.window
    labels = {category.id: category.label for category in window.categories}
    try:
        preview = preview_csv(path, labels, frozenset(controller.data.bundled.timeline_index().ids))
    except WorkspaceError as error:
        _problem(window, QCoreApplication.translate("Workspace", "Cannot import this file"), error)
        return None
    dialog = CsvImportDialog(preview, window)

    def accepted() -> None:
        try:
            result = import_preview(controller.workspace, preview)
        except WorkspaceError as error:
            _problem(window, QCoreApplication.translate("Workspace", "Nothing was imported"), error)
            return
        if result.changes:
            text = import_text(result.added + result.replaced)
            controller.stack.push(ChangeSetCommand(controller, text, result.changes))
        controller.reload()
        window.statusBar().showMessage(
            QCoreApplication.translate("Workspace", "Imported %1 events from %2 (%3 replaced)")
            .replace("%1", f"{result.added:,}")
            .replace("%2", path.name)
            .replace("%3", f"{result.replaced:,}"),
            15_000,
        )

    dialog.accepted.connect(accepted)
    dialog.open()
    controller.import_dialog = dialog
    return dialog


def ask_export_workspace(controller: WorkspaceController) -> None:
    path = ask_save_path(
        controller.window,
        QCoreApplication.translate("Workspace", "Export Workspace"),
        f"azkz-workspace-{dt.date.today().isoformat()}.azkz-workspace",
        QCoreApplication.translate("Workspace", "Workspace files (*.azkz-workspace);;All files (*)"),
        WORKSPACE_FOLDER,
    )
    if path is not None:
        export_to(controller, path)


def export_to(controller: WorkspaceController, path: Path) -> bool:
    """Write the whole workspace to one file (it replaces only a file of ours)."""
    from azkz_desktop.data.workspace.transfer import export_workspace

    controller.panel.editor.flush()
    try:
        written = export_workspace(controller.workspace, path)
    except WorkspaceError as error:
        _problem(
            controller.window, QCoreApplication.translate("Workspace", "Cannot export the workspace"), error
        )
        return False
    controller.window.statusBar().showMessage(
        QCoreApplication.translate("Workspace", "Workspace exported to %1").replace("%1", str(written)),
        15_000,
    )
    return True


def ask_import_workspace(controller: WorkspaceController) -> None:
    path = ask_open_path(
        controller.window,
        QCoreApplication.translate("Workspace", "Import Workspace"),
        QCoreApplication.translate("Workspace", "Workspace files (*.azkz-workspace *.sqlite);;All files (*)"),
        WORKSPACE_FOLDER,
    )
    if path is not None:
        import_workspace_file(controller, path)


def import_workspace_file(controller: WorkspaceController, path: Path) -> MergeDialog | None:
    """Say what merging `path` would change; Merge does it (one step of Edit → Undo) and says what it
    merged."""
    from azkz_desktop.data.workspace.transfer import merge_workspace, preview_merge
    from azkz_desktop.ui.workspace.commands import ChangeSetCommand, merge_text
    from azkz_desktop.ui.workspace.import_dialogs import MergeDialog, merge_lines

    window = controller.window
    controller.panel.editor.flush()
    try:
        report = preview_merge(controller.workspace, path)
    except WorkspaceError as error:
        _problem(window, QCoreApplication.translate("Workspace", "Cannot import this workspace"), error)
        return None
    dialog = MergeDialog(path.name, merge_lines(report), window)

    def accepted() -> None:
        try:
            done = merge_workspace(controller.workspace, path)
        except WorkspaceError as error:
            _problem(window, QCoreApplication.translate("Workspace", "Nothing was merged"), error)
            return
        if done.changes:
            controller.stack.push(ChangeSetCommand(controller, merge_text(path.name), done.changes))
        controller.reload()
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Workspace", "Workspace merged"),
            QCoreApplication.translate("Workspace", "Merged %1:").replace("%1", path.name)
            + "\n"
            + "\n".join(merge_lines(done)),
            parent=window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        controller.merge_report = box

    dialog.accepted.connect(accepted)
    dialog.open()
    controller.merge_dialog = dialog
    return dialog


def show_orphan_notes(controller: WorkspaceController) -> OrphanNotesDialog:
    from azkz_desktop.ui.workspace.import_dialogs import OrphanNotesDialog

    notes = controller.workspace.orphan_notes(controller.window.index.ids) if controller.available else []
    dialog = OrphanNotesDialog(notes, controller.window)
    dialog.open()
    controller.orphans_dialog = dialog
    return dialog
