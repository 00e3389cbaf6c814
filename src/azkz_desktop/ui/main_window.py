"""The main window: the timeline over the event list, the detail pane beside them, menus and status bar."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.models import DatabaseSummary
from azkz_desktop.ui.about import about_text
from azkz_desktop.ui.details import DetailPane
from azkz_desktop.ui.event_table import EVENT_ID_ROLE, EventTableModel
from azkz_desktop.ui.settings_store import SettingsStore
from azkz_desktop.ui.state import ViewState
from azkz_desktop.ui.timeline.overview import OverviewStrip
from azkz_desktop.ui.timeline.widget import TimelineWidget

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
        self.state = ViewState(
            [c.id for c in self.categories], (self.index.first_day, self.index.end_day), self
        )

        self.timeline = TimelineWidget(self.index, self.categories, self.state)
        self.overview = OverviewStrip(self.index, self.state)
        self.event_model = EventTableModel(self.index, labels, self)
        self.event_table = self._build_event_table()
        self.details = DetailPane(labels)

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
        self.setCentralWidget(self.splitter)

        self.details_dock = QDockWidget("Details", self)
        self.details_dock.setObjectName("detailsDock")
        self.details_dock.setWidget(self.details)
        self.details_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.resizeDocks([self.details_dock], [360], Qt.Orientation.Horizontal)

        self._syncing_table = False
        self.state.selection_changed.connect(self._selection_changed)
        self.state.current_changed.connect(self._show_details)
        self.timeline.activated.connect(self._activate)
        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self._update_status()
        self.settings = SettingsStore(QSettings())
        self.settings.restore(self)

    # ---- views ---------------------------------------------------------------------------------------

    def _build_event_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("eventTable")
        table.setModel(self.event_model)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures a million rows
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        widths = {0: "September 2022 – March 2024", 2: "Conflict & security", 3: "Sources"}
        for column, sample in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        table.doubleClicked.connect(lambda index: self.timeline.zoom_to_event(index.data(EVENT_ID_ROLE)))
        return table

    def _table_selection_changed(self) -> None:
        if self._syncing_table:
            return
        model = self.event_model
        ids: list[str] = []
        for selected in self.event_table.selectionModel().selection():
            ids += [model.event_id_at(position) for position in range(selected.top(), selected.bottom() + 1)]
        current = self.event_table.currentIndex()
        current_id = model.event_id_at(current.row()) if current.isValid() else None
        self.state.select(ids, current=current_id if current_id in ids else None)

    def _selection_changed(self) -> None:
        """Mirror the shared selection in the table, without echoing it back."""
        table = self.event_table
        model = self.event_model
        positions = model.positions_of(self.state.selection)
        selection = QItemSelection()
        last_column = model.columnCount() - 1
        # One range per run of consecutive rows: a rubber band over 100,000 events is a few ranges.
        breaks = np.flatnonzero(np.diff(positions) != 1) + 1
        for run in np.split(positions, breaks) if len(positions) else []:
            selection.select(model.index(int(run[0]), 0), model.index(int(run[-1]), last_column))
        self._syncing_table = True
        try:
            table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            current = model.positions_of([self.state.current]) if self.state.current else positions[:1]
            if len(current):
                table.scrollTo(model.index(int(current[0]), 0))
        finally:
            self._syncing_table = False
        self._update_status()
        self._show_details(self.state.current)

    def _show_details(self, event_id: str) -> None:
        selection = self.state.selection
        if len(selection) > 1:
            index = self.index
            rows = sorted(row for row in map(index.row_of, selection) if row is not None)
            rows.sort(key=lambda row: index.span_days(row))
            listed = [(index.ids[row], index.date_span(row).label(), index.titles[row]) for row in rows[:200]]
            self.details.show_list(listed, self._make_current, total=len(rows))
            return
        event = self._database.event(event_id) if event_id else None
        if event is None:
            self.details.show_nothing()
        else:
            self.details.show_event(event)

    def _make_current(self, event_id: str) -> None:
        self.state.select([event_id], current=event_id)

    def _activate(self, event_id: str) -> None:
        """Enter or double-click: show the event's details and bring the pane forward."""
        self.details_dock.show()
        self.details_dock.raise_()
        event = self._database.event(event_id)
        if event is not None:
            self.details.show_event(event)

    # ---- menus ---------------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self._action("&Quit", self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self.menuBar().addMenu("&Edit")
        self.clear_selection_action = self._action("Clear &Selection", self.state.clear_selection)
        edit_menu.addAction(self.clear_selection_action)

        view_menu = self.menuBar().addMenu("&View")
        self.zoom_in_action = self._action(
            "Zoom &In", lambda: self.timeline.zoom_center(1.5), QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_out_action = self._action(
            "Zoom &Out", lambda: self.timeline.zoom_center(1 / 1.5), QKeySequence.StandardKey.ZoomOut
        )
        self.fit_all_action = self._action("&Fit All", self.state.fit_all, QKeySequence("Ctrl+0"))
        self.zoom_selection_action = self._action(
            "Zoom to &Selection", self.timeline.zoom_to_selection, QKeySequence("Z")
        )
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_all_action,
            self.zoom_selection_action,
        ):
            view_menu.addAction(action)
        self.timeline.context_actions = [self.zoom_selection_action, self.fit_all_action]
        view_menu.addSeparator()
        self.lanes_menu = view_menu.addMenu("&Lanes")
        self._lane_actions: dict[str, QAction] = {}
        for category in self.categories:
            action = QAction(category.label, self, checkable=True, checked=True)
            action.toggled.connect(lambda on, lane=category.id: self.state.set_lane_visible(lane, on))
            self.lanes_menu.addAction(action)
            self._lane_actions[category.id] = action
        self.lanes_menu.addSeparator()
        self.lanes_menu.addAction(self._action("&Reset Lanes", self.reset_lanes))
        self.state.lanes_changed.connect(self._sync_lane_actions)
        view_menu.addSeparator()
        view_menu.addAction(self.details_dock.toggleViewAction())
        full_screen = self._action(
            "&Full Screen", self._toggle_full_screen, QKeySequence.StandardKey.FullScreen
        )
        view_menu.addAction(full_screen)

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard and Mouse", self.show_controls))
        help_menu.addAction(self._action("&About azkz-desktop", self.show_about))

    def reset_lanes(self) -> None:
        self.state.set_lane_order([category.id for category in self.categories], hidden=())

    def _sync_lane_actions(self) -> None:
        for lane, action in self._lane_actions.items():
            action.blockSignals(True)
            action.setChecked(self.state.is_lane_visible(lane))
            action.blockSignals(False)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # ---- status and dialogs --------------------------------------------------------------------------

    def status_text(self) -> str:
        summary = self._summary
        parts = [f"{summary.event_count} events"]
        if self.state.selection:
            parts.append(f"{len(self.state.selection)} selected")
        parts.append(f"database built {summary.built}" if summary.built else "database")
        parts.append("offline")
        return " · ".join(parts)

    def _update_status(self) -> None:
        self.status_label.setText(self.status_text())

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
        self.settings.save(self)
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

Overview strip
  Drag the frame or click to move the timeline; wheel to zoom"""
