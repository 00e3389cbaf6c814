"""The main window: filters on top; Timeline and Documents tabs; the detail pane beside them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
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
from azkz_desktop.ui.about import AboutDialog, about_text, licences_text
from azkz_desktop.ui.controls_help import controls_dialog
from azkz_desktop.ui.details import DetailPane
from azkz_desktop.ui.documents import DocumentsView
from azkz_desktop.ui.event_list import EventListView
from azkz_desktop.ui.event_table import EventTableModel
from azkz_desktop.ui.exporting import Exporter, export_folder
from azkz_desktop.ui.filter_bar import FilterBar
from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.plural import counted
from azkz_desktop.ui.settings_store import SettingsStore
from azkz_desktop.ui.slow_open import slow_open_label
from azkz_desktop.ui.state import ViewState
from azkz_desktop.ui.timeline.overview import OverviewStrip
from azkz_desktop.ui.timeline.widget import TimelineWidget
from azkz_desktop.ui.trade.tab import TradeTab
from azkz_desktop.ui.window_menus import WindowMenus

WINDOW_TITLE = "Azerbaijan–Kazakhstan relations"
MAX_LISTED = 200


class MainWindow(WindowMenus, QMainWindow):
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
        self.shown_mask: np.ndarray | None = None  # rows the filter lets through; None: all
        lanes = [category.id for category in self.categories]
        self.state = ViewState(lanes, (self.index.first_day, self.index.end_day), self)

        self.filter_bar = FilterBar(self.state, self.categories, database.people())
        self.addToolBar(self.filter_bar)
        self.timeline = TimelineWidget(self.index, self.categories, self.state)
        self.timeline.fit_all()  # the default view: where the events are (a saved view replaces it)
        self.overview = OverviewStrip(self.index, self.state)
        self.event_model = EventTableModel(self.index, labels, self)
        self.event_table = EventListView(self.event_model, self.state)
        self.documents = DocumentsView(database)
        self.trade = TradeTab(database, self.state)
        self.details = DetailPane(labels)
        self.tabs = self._build_tabs()
        self.tabs.currentChanged.connect(
            lambda _: (
                self.documents.open_first_document() if self.tabs.currentWidget() is self.documents else None
            )
        )
        self.setCentralWidget(self.tabs)
        self.details_dock = self._build_details_dock()

        self.state.current_changed.connect(self._show_details)
        self.state.selection_changed.connect(self._selection_changed)
        self.state.filter_changed.connect(self.apply_filter)
        self.state.lanes_changed.connect(self._lanes_changed)
        self.timeline.activated.connect(self._activate)
        self.event_table.zoom_requested.connect(self.timeline.zoom_to_event)
        self.event_table.clicked.connect(
            lambda index: self.timeline.reveal_event(self.event_model.event_id_at(index.row()))
        )
        self.details.open_document.connect(self.open_document)
        self.details.related_requested.connect(self._make_current)
        self.details.message.connect(lambda text: self._report(text))
        self.trade.source_requested.connect(self._show_trade_source)
        self.trade.set_events(self.economy_events)
        self.documents.passage_clicked.connect(self.select_passage_events)
        self.documents.message.connect(lambda text: self._report(text))
        self.filter_bar.search_accepted.connect(self._select_first_hit)

        self.exporter = Exporter(database, self.state, self.timeline, self, self._report)
        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problems")
        self.statusBar().addPermanentWidget(self.problems_label)
        self.statusBar().addPermanentWidget(slow_open_label(self.index.slow_reason))
        self._update_status()
        self.settings = SettingsStore(QSettings())
        self.settings.restore(self)

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

    # ---- filtering -----------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the filtered set in every view and keep only shown events selected.

        Hidden lanes count as filtered out: their events leave the list, the count and export too.
        """
        event_filter = self.state.shown_filter()
        if event_filter.is_empty:
            mask = None
        else:
            mask = DatabaseRows(self._database, self.index).mask_matching(event_filter)
        self.shown_mask = mask
        self.timeline.set_visible_rows(mask)
        self.overview.set_visible_rows(mask)
        self.event_model.set_visible_rows(mask)
        self.event_table.set_search_words(event_filter.text)
        text = event_filter.text
        self.documents.set_search(text, self._database.search_documents(text) if text else None)
        self.trade.set_events(self.economy_events)
        if mask is not None and self.state.selection:
            selected = list(self.state.selection)
            kept = self.index.rows_of(selected)
            kept = kept[mask[kept]]
            if len(kept) != len(selected):
                self.state.select(self.index.ids_of(kept))
        self.event_table.scroll_to_current()
        self._update_status()

    def is_shown(self, event_id: str) -> bool:
        row = self.index.row_of(event_id)
        return row is not None and (self.shown_mask is None or bool(self.shown_mask[row]))

    def select_passage_events(self, event_ids: list[str]) -> None:
        """A clicked passage selects its events; filters that hide one of them are cleared, and it says so."""
        if not all(map(self.is_shown, event_ids)):
            self.state.clear_filter()
            self._report(self.tr("Filters cleared to show the events this passage backs"))
        self.state.select(event_ids, current=event_ids[0])

    def _lanes_changed(self) -> None:
        hidden = frozenset(lane for lane in self.state.lane_order if not self.state.is_lane_visible(lane))
        if hidden != getattr(self, "_hidden_lanes", frozenset()):
            self._hidden_lanes = hidden
            self.apply_filter()

    def economy_events(self) -> list[tuple[str, float, str]]:
        """(id, first day, title) of the economy & trade events the filter shows, for the chart's markers."""
        lane = self.index.lanes.get("economy")
        if lane is None:
            return []
        rows = lane.rows if self.shown_mask is None else lane.rows[self.shown_mask[lane.rows]]
        ids, titles = self.index.ids_of(rows), self.index.titles_of(rows)
        return list(zip(ids, self.index.first_days[rows].tolist(), titles, strict=True))

    def shown_count(self) -> int:
        return len(self.index) if self.shown_mask is None else int(self.shown_mask.sum())

    def _select_first_hit(self) -> None:
        first = self.event_table.first_event_id()
        if first is not None:
            self.state.select([first], current=first)
            self.timeline.zoom_to_event(first)

    # ---- selection and details -----------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self._update_status()
        self._show_details(self.state.current)
        self.documents.set_selected_events(self.state.selection, self.state.current)

    def _show_details(self, event_id: str) -> None:
        selection = self.state.selection
        if len(selection) > 1:
            index = self.index
            rows = index.rows_of(selection)
            rows = rows[np.lexsort((index.last_days[rows], index.first_days[rows]))]
            shown = rows[:MAX_LISTED]
            listed = list(
                zip(
                    index.ids_of(shown),
                    [index.date_span(row).label() for row in shown.tolist()],
                    index.titles_of(shown),
                    strict=True,
                )
            )
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

    def ask_open_database(self) -> None:
        settings = QSettings()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Database"),
            export_folder(settings, "open/folder"),
            self.tr("SQLite databases (*.sqlite *.db);;All files (*)"),
        )
        if chosen:
            settings.setValue("open/folder", str(Path(chosen).parent))
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

    def _show_trade_source(self, point: TradePoint) -> None:
        self.details_dock.show()
        self.details.show_trade_point(point)

    def open_document(self, document_id: str, start: int, end: int) -> None:
        """Switch to the reader with the passage [start, end) highlighted and in view."""
        self.tabs.setCurrentWidget(self.documents)
        self.documents.show_document(document_id, (start, end))

    # ---- status and dialogs --------------------------------------------------------------------------

    def status_text(self) -> str:
        summary = self._summary
        shown = self.shown_count()
        parts = [
            f"{summary.event_count} events"
            if shown == len(self.index)
            else f"{shown} of {len(self.index)} events shown"
        ]
        hidden = sum(not self.state.is_lane_visible(lane) for lane in self.state.lane_order)
        if hidden:
            parts.append(counted(hidden, "%n lane hidden", "%n lanes hidden"))
        if self.state.selection:
            parts.append(f"{len(self.state.selection)} selected")
        parts.append(f"database built {summary.built}" if summary.built else "database")
        parts.append("offline")
        return " · ".join(parts)

    def _update_status(self) -> None:
        self.status_label.setText(self.status_text())
        skipped = self._database.skipped_rows
        self.problems_label.setVisible(bool(skipped))
        if skipped:
            self.problems_label.setText(f"⚠ {len(skipped)} damaged record(s) skipped")
            self.problems_label.setToolTip(plain_tooltip("\n".join(skipped[:40])))

    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def about_text(self) -> str:
        return about_text(self._summary, self._database.documents()) + "\n\n" + licences_text()

    def show_about(self) -> None:
        self.about_dialog = AboutDialog(self.about_text(), self)
        self.about_dialog.open()

    def show_controls(self) -> None:
        controls_dialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save(self)
        super().closeEvent(event)
