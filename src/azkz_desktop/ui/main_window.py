"""The main window: filters on top; Timeline and Documents tabs; the detail pane beside them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.errors import DatabaseError
from azkz_desktop.data.models import DatabaseSummary, TradePoint
from azkz_desktop.data.row_queries import DatabaseRows
from azkz_desktop.session import Session
from azkz_desktop.ui.about import about_text
from azkz_desktop.ui.details import DetailPane
from azkz_desktop.ui.documents import DocumentsView
from azkz_desktop.ui.event_list import EventListView
from azkz_desktop.ui.event_table import EventTableModel
from azkz_desktop.ui.exporting import Exporter
from azkz_desktop.ui.filter_bar import FilterBar
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.settings_store import SettingsStore
from azkz_desktop.ui.timeline.geometry import KEY_ZOOM
from azkz_desktop.ui.timeline.overview import OverviewStrip
from azkz_desktop.ui.timeline.widget import TimelineWidget
from azkz_desktop.ui.trade.tab import TradeTab

WINDOW_TITLE = "Azerbaijan–Kazakhstan relations"


class MainWindow(QMainWindow):
    """One window on one database; every view in it asks the data layer, never SQL."""

    def __init__(self, database: RelationsDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._summary: DatabaseSummary = database.summary()
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(1280, 800)

        self.categories = database.categories()
        labels = {category.id: category.label for category in self.categories}
        self.index = database.timeline_index()
        lanes = [category.id for category in self.categories]
        self.session = Session(self.index, DatabaseRows(database, self.index), lanes)

        self.filter_bar = FilterBar(self.session, self.categories, database.people())
        self.addToolBar(self.filter_bar)
        self.timeline = TimelineWidget(self.session, self.categories)
        self.timeline.fit_all()  # the default view: where the events are (a saved view replaces it)
        self.overview = OverviewStrip(self.session)
        self.event_model = EventTableModel(self.index, labels, self)
        self.event_table = EventListView(self.event_model, self.session)
        self.documents = DocumentsView(database, self.session)
        self.trade = TradeTab(database, self.session)
        self.details = DetailPane(labels)
        self.details.follow(self.session, database)
        self.tabs = self._build_tabs()
        self.setCentralWidget(self.tabs)
        self.details_dock = self._build_details_dock()

        bind(self.session.activated, self, self._raise_details)
        bind(self.session.selection_changed, self, self._update_status)
        bind(self.session.mask_changed, self, self._update_status)
        self.event_table.zoom_requested.connect(self.timeline.zoom_to_event)
        self.event_table.clicked.connect(
            lambda index: self.timeline.reveal_event(self.event_model.event_id_at(index.row()))
        )
        self.details.open_document.connect(self.open_document)
        self.trade.source_requested.connect(self._show_trade_figure)
        self.filter_bar.search_accepted.connect(self._select_first_hit)

        self.exporter = Exporter(database, self.session, self.timeline, self, self._report)
        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.statusBar().addPermanentWidget(self.problems_label)
        self._update_status()
        self.settings = SettingsStore(QSettings())
        self.settings.restore(self.session, self, self.splitter)

    # ---- layout --------------------------------------------------------------------------------------

    def _build_tabs(self) -> QTabWidget:
        timeline_panel = QWidget()
        timeline_layout = QVBoxLayout(timeline_panel)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.setSpacing(0)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.overview)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(timeline_panel)
        self.splitter.addWidget(self.event_table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        tabs = QTabWidget()
        tabs.setObjectName("tabs")
        tabs.setDocumentMode(True)
        tabs.addTab(self.splitter, "Timeline")
        tabs.addTab(self.documents, "Documents")
        tabs.addTab(self.trade, "Trade")
        return tabs

    def _build_details_dock(self) -> QDockWidget:
        dock = QDockWidget("Details", self)
        dock.setObjectName("detailsDock")
        dock.setWidget(self.details)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [360], Qt.Orientation.Horizontal)
        return dock

    # ---- routing -----------------------------------------------------------------------------------

    def _select_first_hit(self) -> None:
        first = self.event_table.first_event_id()
        if first is not None:
            self.session.make_current(first)
            self.timeline.zoom_to_event(first)

    def _raise_details(self, _event_id: str = "") -> None:
        """Enter or double-click on an event: bring the detail pane forward."""
        self.details_dock.show()
        self.details_dock.raise_()

    def _show_trade_figure(self, point: TradePoint) -> None:
        self.details_dock.show()
        self.session.show_trade_figure(point)

    def ask_open_database(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            "Open Database",
            str(Path(self._database.path).parent),
            "SQLite databases (*.sqlite *.db);;All files (*)",
        )
        if chosen:
            self.open_database_file(Path(chosen))

    def open_database_file(self, path: Path) -> MainWindow | None:
        """Open another database in a new window and close this one; on failure say why and stay."""
        try:
            window = MainWindow(open_database(path))
        except DatabaseError as error:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "Cannot open the database",
                f"{error.path}\n\n{error.problem}",
                parent=self,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
            return None
        window.show()
        self.close()
        return window

    def open_document(self, document_id: str, start: int, end: int) -> None:
        """Switch to the reader with the passage [start, end) highlighted and in view."""
        self.tabs.setCurrentWidget(self.documents)
        self.documents.show_document(document_id, (start, end))

    # ---- menus ---------------------------------------------------------------------------------------

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
        self.file_menu = self.menuBar().addMenu("&File")
        self.file_menu.addAction(
            self._action("&Open Database…", self.ask_open_database, QKeySequence.StandardKey.Open)
        )
        self.file_menu.addSeparator()
        self.export_selected_action = self._action(
            "&Export Selected Events…", self.exporter.export_selected, QKeySequence("Ctrl+E")
        )
        self.export_shown_action = self._action(
            "Export &All Shown Events…", self.exporter.export_shown, QKeySequence("Ctrl+Shift+E")
        )
        self.export_image_action = self._action("Export Timeline &Image…", self.exporter.export_image)
        for action in (self.export_selected_action, self.export_shown_action, self.export_image_action):
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.exporter.bom_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self.menuBar().addMenu("&Edit")
        self.find_action = self._action("&Find…", self.focus_search, QKeySequence.StandardKey.Find)
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(
            self._action("Clear &Filters", self.session.clear_filter, QKeySequence("Ctrl+Shift+L"))
        )
        edit_menu.addAction(self._action("Clear &Selection", self.session.clear_selection))

        view_menu = self.menuBar().addMenu("&View")
        for number, name in enumerate(("Timeline", "Documents", "Trade"), start=1):
            view_menu.addAction(
                self._action(
                    f"&{name}", functools.partial(self.tabs.setCurrentIndex, number - 1), f"Ctrl+{number}"
                )
            )
        view_menu.addSeparator()
        self.zoom_in_action = self._action(
            "Zoom &In", lambda: self.timeline.zoom_center(KEY_ZOOM), QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_out_action = self._action(
            "Zoom &Out", lambda: self.timeline.zoom_center(1 / KEY_ZOOM), QKeySequence.StandardKey.ZoomOut
        )
        self.fit_all_action = self._action("&Fit All", self.timeline.fit_all, QKeySequence("Ctrl+0"))
        self.zoom_selection_action = self._action(
            "Zoom to &Selection", self.timeline.zoom_to_selection, QKeySequence("Z")
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
        self.lanes_menu = view_menu.addMenu("&Lanes")
        self._lane_actions: dict[str, QAction] = {}
        for category in self.categories:
            action = QAction(category.label, self, checkable=True, checked=True)
            action.toggled.connect(lambda on, lane=category.id: self.session.set_lane_visible(lane, on))
            self.lanes_menu.addAction(action)
            self._lane_actions[category.id] = action
        self.lanes_menu.addSeparator()
        self.lanes_menu.addAction(self._action("&Reset Lanes", self.session.reset_lanes))
        bind(self.session.lanes_changed, self, self._sync_lane_actions)
        view_menu.addSeparator()
        view_menu.addAction(self.details_dock.toggleViewAction())
        full_screen = self._action(
            "&Full Screen", self._toggle_full_screen, QKeySequence.StandardKey.FullScreen
        )
        view_menu.addAction(full_screen)

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard and Mouse", self.show_controls))
        help_menu.addAction(self._action("&About azkz-desktop", self.show_about))

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def _sync_lane_actions(self) -> None:
        for lane, action in self._lane_actions.items():
            action.blockSignals(True)
            action.setChecked(self.session.is_lane_visible(lane))
            action.blockSignals(False)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # ---- status and dialogs --------------------------------------------------------------------------

    def status_text(self) -> str:
        summary = self._summary
        counts = self.session.status()
        parts = [
            f"{summary.event_count} events"
            if counts.all_shown
            else f"{counts.shown} of {counts.total} events shown"
        ]
        if counts.selected:
            parts.append(f"{counts.selected} selected")
        parts.append(f"database built {summary.built}" if summary.built else "database")
        parts.append("offline")
        return " · ".join(parts)

    def _update_status(self, *_: object) -> None:
        self.status_label.setText(self.status_text())
        skipped = self._database.skipped_rows
        self.problems_label.setVisible(bool(skipped))
        if skipped:
            self.problems_label.setText(f"⚠ {len(skipped)} damaged record(s) skipped")
            self.problems_label.setToolTip("\n".join(skipped[:40]))

    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def about_text(self) -> str:
        return about_text(self._summary, self._database.documents())

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "About azkz-desktop", self.about_text(), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def show_controls(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "Keyboard and mouse", CONTROLS_HELP, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save(self.session, self, self.splitter)
        super().closeEvent(event)


CONTROLS_HELP = """Timeline
  Mouse wheel or pinch: zoom around the pointer
  Drag, Shift+wheel or Shift+Left/Right: pan
  + and -: zoom in and out;  Ctrl+0: fit all;  Z: zoom to the selection
  Click: select an event;  Ctrl+click: add or remove it
  Click a cluster: zoom into it;  Ctrl+click a cluster: select its events
  Shift+drag: select every event in a span
  Left/Right: previous/next event;  Enter: show its details;  Esc: clear the selection
  Right-click a lane's name: move or hide the lane

Search and filters
  Ctrl+F: search titles, summaries and documents as you type;  Enter: select the first hit;  Esc: clear
  Categories, People, From/To: narrow every view;  Ctrl+Shift+L: clear all filters

Documents
  Highlighted passages back events: click one to select its events
  "Open in Document" in the detail pane shows the quoted passage in its document

Overview strip
  Drag the frame or click to move the timeline; wheel to zoom"""
