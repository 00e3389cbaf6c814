"""View → Language: choose one of the five languages or the system's, applied at once and remembered.

Switching builds the window anew in the chosen language, so that every text in it (menus, filter bar,
tabs, panes, tooltips, accessible names) is translated, none forgotten; the window's state (geometry,
filter, view, selection, tab) goes over through the settings it saves on closing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from azkz_desktop.ui import languages

if TYPE_CHECKING:
    from azkz_desktop.ui.main_window import MainWindow


def build_language_menu(window: MainWindow, menu: QMenu) -> dict[str, QAction]:
    """Fill `menu` with the languages (each in its own name) and "System"; the actions by code."""
    group = QActionGroup(menu)
    chosen = languages.saved_language()
    names = {languages.SYSTEM: QCoreApplication.translate("LanguageMenu", "&System Language")}
    names.update(languages.LANGUAGES)
    actions: dict[str, QAction] = {}
    for code, name in names.items():
        action = QAction(name, menu, checkable=True, checked=code == chosen)
        action.setObjectName(f"language_{code}")
        action.triggered.connect(lambda _=False, c=code: switch_language(window, c))
        group.addAction(action)
        menu.addAction(action)
        if code == languages.SYSTEM:
            menu.addSeparator()
        actions[code] = action
    return actions


def switch_language(window: MainWindow, choice: str) -> MainWindow:
    """Remember `choice`, install its catalogues and replace `window` by one built in that language."""
    languages.remember_language(choice)
    languages.apply_language(choice)
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(
            QCoreApplication.translate("MainWindow", "Azerbaijan–Kazakhstan relations")
        )
    from azkz_desktop.ui.single_instance import InstanceServer  # QtNetwork: not needed to start

    window.save_settings()
    tab = window.tabs.currentIndex()
    replacement = type(window)(window._database)
    replacement.setGeometry(window.geometry())
    replacement.tabs.setCurrentIndex(tab)
    for child in window.findChildren(InstanceServer):  # the single-instance listener stays with the window
        child.setParent(replacement)
    if window.isVisible():
        replacement.show()
    window.close()
    window.deleteLater()
    return replacement
