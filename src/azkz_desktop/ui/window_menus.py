"""The main window's menus: File, Edit, View (tabs, zoom, lanes, theme) and Help, and what they do."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from azkz_desktop.ui.category_names import category_label
from azkz_desktop.ui.language_menu import build_language_menu
from azkz_desktop.ui.menu_text import menu_text
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.theme import SETTING as THEME_SETTING
from azkz_desktop.ui.theme import apply_theme, saved_theme
from azkz_desktop.ui.timeline.geometry import KEY_ZOOM

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget

    from azkz_desktop.data.models import Category
    from azkz_desktop.session import Session
    from azkz_desktop.ui.event_list import EventListView
    from azkz_desktop.ui.exporting import Exporter
    from azkz_desktop.ui.filter_bar import FilterBar
    from azkz_desktop.ui.main_window import MainWindow
    from azkz_desktop.ui.timeline.widget import TimelineWidget
    from azkz_desktop.ui.trade.tab import TradeTab

    class _Base(QMainWindow):
        """What the menus use of the MainWindow they are mixed into (main_window.py imports this module,
        so the window itself cannot be named as the base for the type checker)."""

        session: Session
        timeline: TimelineWidget
        exporter: Exporter
        filter_bar: FilterBar
        tabs: QTabWidget
        event_table: EventListView
        details_dock: QDockWidget
        categories: list[Category]
        trade: TradeTab

        def ask_open_database(self) -> None: ...

        def show_controls(self) -> None: ...

        def show_about(self) -> None: ...

else:
    _Base = object


class WindowMenus(_Base):
    """Builds the menu bar of a MainWindow; mixed into it so the actions live on the window."""

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addAction(
            self._action(self.tr("&Open Database…"), self.ask_open_database, QKeySequence.StandardKey.Open)
        )
        self.file_menu.addSeparator()
        self.export_selected_action = self._action(
            self.tr("&Export Selected Events…"), self.exporter.export_selected, QKeySequence("Ctrl+E")
        )
        self.export_shown_action = self._action(
            self.tr("Export &All Shown Events…"), self.exporter.export_shown, QKeySequence("Ctrl+Shift+E")
        )
        self.export_image_action = self._action(
            self.tr("Export Timeline &Image…"), self.exporter.export_image
        )
        for action in (self.export_selected_action, self.export_shown_action, self.export_image_action):
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.exporter.bom_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        self.edit_menu = edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = self._action(self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(
            self._action(self.tr("Clear F&ilters"), self.session.clear_filter, QKeySequence("Ctrl+Shift+L"))
        )
        edit_menu.addAction(self._action(self.tr("Clear &Selection"), self.session.clear_selection))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        tab_names = (self.tr("&Timeline"), self.tr("&Documents"), self.tr("T&rade"))
        for number, name in enumerate(tab_names, start=1):
            view_menu.addAction(
                self._action(name, functools.partial(self.tabs.setCurrentIndex, number - 1), f"Ctrl+{number}")
            )
        view_menu.addSeparator()
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"), lambda: self.timeline.zoom_center(KEY_ZOOM), QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"),
            lambda: self.timeline.zoom_center(1 / KEY_ZOOM),
            QKeySequence.StandardKey.ZoomOut,
        )
        self.fit_all_action = self._action(self.tr("&Fit All"), self.timeline.fit_all, QKeySequence("Ctrl+0"))
        self.zoom_selection_action = self._action(
            self.tr("Zoom to &Selection"), self.timeline.zoom_to_selection, QKeySequence("Z")
        )
        zoom_actions = (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_all_action,
            self.zoom_selection_action,
        )
        for action in zoom_actions:
            view_menu.addAction(action)
        export_actions = [self.export_selected_action, self.export_shown_action]
        self.timeline.context_actions = [self.zoom_selection_action, self.fit_all_action, *export_actions]
        self.event_table.context_actions = export_actions
        view_menu.addSeparator()
        self.lanes_menu = view_menu.addMenu(self.tr("&Lanes"))
        self._lane_actions: dict[str, QAction] = {}
        for category in self.categories:
            action = QAction(menu_text(category_label(category)), self, checkable=True, checked=True)
            action.toggled.connect(lambda on, lane=category.id: self.session.set_lane_visible(lane, on))
            self.lanes_menu.addAction(action)
            self._lane_actions[category.id] = action
        self.lanes_menu.addSeparator()
        self.lanes_menu.addAction(self._action(self.tr("&Reset Lanes"), self.reset_lanes))
        bind(self.session.lanes_changed, self, self._sync_lane_actions)
        self.table_action = QAction(self.tr("Show Figures as Ta&ble"), self, checkable=True)
        self.table_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.table_action.toggled.connect(self.show_trade_table)
        view_menu.addAction(self.table_action)
        view_menu.addSeparator()
        view_menu.addAction(self.details_dock.toggleViewAction())
        full_screen = self._action(
            self.tr("F&ull Screen"), self._toggle_full_screen, QKeySequence.StandardKey.FullScreen
        )
        view_menu.addAction(full_screen)
        self._build_theme_menu(view_menu.addMenu(self.tr("T&heme")))
        self.language_menu = view_menu.addMenu(self.tr("Lan&guage"))
        self.language_actions = build_language_menu(cast("MainWindow", self), self.language_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard and Mouse"), self.show_controls))
        help_menu.addAction(self._action(self.tr("&About azkz-desktop"), self.show_about))

    def _build_theme_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self)
        names = {"system": self.tr("&System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        self.theme_actions: dict[str, QAction] = {}
        current = apply_theme(saved_theme())
        for key, text in names.items():
            action = QAction(text, self, checkable=True, checked=key == current)
            action.triggered.connect(lambda _=False, chosen=key: self.set_theme(chosen))
            group.addAction(action)
            menu.addAction(action)
            self.theme_actions[key] = action

    def set_theme(self, name: str) -> None:
        """Apply a theme now and remember it."""
        used = apply_theme(name)
        QSettings().setValue(THEME_SETTING, used)
        self.theme_actions[used].setChecked(True)

    def show_trade_table(self, on: bool) -> None:
        """The trade figures as a table (for the keyboard and screen readers), or the chart again."""
        self.trade.show_table(on)
        if on and self.trade.table is not None:
            self.tabs.setCurrentWidget(self.trade)
            self.trade.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def restore_trade_table(self, on: bool) -> None:
        """At start-up: the figures shown as the last session left them, built when the Trade tab is first
        shown; the window stays on the tab it opens on."""
        blocker = QSignalBlocker(self.table_action)
        self.table_action.setChecked(on)
        blocker.unblock()
        self.trade.show_table(on, now=False)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def reset_lanes(self) -> None:
        self.session.reset_lanes()

    def _sync_lane_actions(self) -> None:
        for lane, action in self._lane_actions.items():
            action.blockSignals(True)
            action.setChecked(self.session.is_lane_visible(lane))
            action.blockSignals(False)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()
