"""Put the citation, link and report actions into the window's menus and context menus.

Kept apart from main_window.py so the window needs one call: `install(window, database)`.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.ui.citing import CitingActions
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.report.window_actions import ReportActions
from azkz_desktop.ui.session_binding import bind


class Installed(NamedTuple):
    """The window's citation and report actions (a tuple, whose class costs a tenth of a dataclass's to
    make at start-up)."""

    citing: CitingActions
    report: ReportActions


def _menu(window: MainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title and action.menu() is not None:
            return action.menu()  # type: ignore[return-value]
    return None


def _insert_before_quit(menu: QMenu, actions: list[QAction]) -> None:
    """After the export entries: before the separator that precedes Quit."""
    entries = menu.actions()
    separators = [action for action in entries if action.isSeparator()]
    before = separators[-1] if separators else None
    menu.insertSeparator(before) if before is not None else menu.addSeparator()
    for action in actions:
        menu.insertAction(before, action) if before is not None else menu.addAction(action)


def install(window: MainWindow, database: RelationsDatabase) -> Installed:
    citing = CitingActions(window, database)
    report = ReportActions(window, database)
    for action in (citing.export_action, citing.copy_citation_action, citing.copy_link_action):
        window.addAction(action)  # shortcuts work wherever the focus is
    _insert_before_quit(window.file_menu, [citing.export_action, report.save_action, report.print_action])
    edit = getattr(window, "edit_menu", None) or _menu(window, "Edit")
    if edit is not None:
        edit.addSeparator()
        edit.addAction(citing.copy_citation_action)
        edit.addMenu(citing.style_menu)
        edit.addAction(citing.copy_link_action)
    shared = [citing.copy_link_action, citing.copy_citation_action, citing.export_action, report.save_action]
    window.timeline.context_actions.extend(shared)
    window.event_table.context_actions.extend(shared)
    details = window.details
    from PySide6.QtCore import Qt

    details.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    details.addActions(shared)
    # After the pane's own handler of the same signal (bound with the window), so the boxes exist.
    bind(window.session.details_changed, window, lambda _target: citing.decorate_sources())
    return Installed(citing, report)
