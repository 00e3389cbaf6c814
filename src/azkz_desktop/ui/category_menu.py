"""The Categories menu: tick categories on and off without the menu closing, or pick just one.

A menu normally closes on every click, so showing one category out of six took six rounds. This one
stays open while categories are ticked, and offers All, None and "Only" entries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QWidget

from azkz_desktop.ui.menu_text import menu_text

STAY_OPEN = "stayOpen"  # property of actions that run without closing the menu


class StayOpenMenu(QMenu):
    """A menu whose checkable (and marked) entries run without closing it, by mouse or keyboard."""

    def _runs_in_place(self, action: QAction | None) -> bool:
        return action is not None and action.isEnabled() and bool(action.property(STAY_OPEN))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and self._runs_in_place(action):
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._runs_in_place(
            action
        ):
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)


def build_category_menu(
    actions: Mapping[str, QAction],
    labels: Mapping[str, str],
    changed: Callable[[], None],
    parent: QWidget,
) -> QMenu:
    """All / None, the checkable categories (`actions`, by id), and an "Only" submenu.

    `changed` runs once after All, None or Only has set every box (not once per box).
    """
    menu = StayOpenMenu(parent)

    def check(chosen: set[str]) -> None:
        for key, action in actions.items():
            action.blockSignals(True)
            action.setChecked(key in chosen)
            action.blockSignals(False)
        changed()

    show_all = menu.addAction(
        QCoreApplication.translate("CategoryMenu", "Show All"), lambda: check(set(actions))
    )
    show_none = menu.addAction(QCoreApplication.translate("CategoryMenu", "Show None"), lambda: check(set()))
    for action in (show_all, show_none):
        action.setProperty(STAY_OPEN, True)
    menu.addSeparator()
    for action in actions.values():
        action.setProperty(STAY_OPEN, True)
        menu.addAction(action)
    menu.addSeparator()
    only = menu.addMenu(QCoreApplication.translate("CategoryMenu", "Show Only"))
    only.setObjectName("onlyMenu")
    for key in actions:
        only.addAction(menu_text(labels[key]), _checking(check, key))
    return menu


def _checking(check: Callable[[set[str]], None], key: str) -> Callable[[], None]:
    """A slot taking no arguments that checks only `key`."""
    return lambda: check({key})
