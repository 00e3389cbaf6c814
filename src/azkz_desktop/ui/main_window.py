"""The main window: filters on top; Timeline and Documents tabs; the detail pane beside them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.errors import DatabaseError
from azkz_desktop.data.row_queries import DatabaseRows
from azkz_desktop.data.workspace import Workspace
from azkz_desktop.session import Session
from azkz_desktop.session.workspace_data import WorkspaceDatabase
from azkz_desktop.ui.accessibility.names import name_widgets
from azkz_desktop.ui.category_names import category_labels
from azkz_desktop.ui.details import DetailPane
from azkz_desktop.ui.dialogs import ask_open_path, show_message
from azkz_desktop.ui.documents import DocumentsView
from azkz_desktop.ui.event_list import EventListView
from azkz_desktop.ui.event_table import EventTableModel
from azkz_desktop.ui.exporting import Exporter
from azkz_desktop.ui.filter_bar import FilterBar
from azkz_desktop.ui.guard import shown_problems
from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.settings_store import SettingsStore
from azkz_desktop.ui.slow_open import slow_open_label
from azkz_desktop.ui.timeline.overview import OverviewStrip
from azkz_desktop.ui.timeline.widget import TimelineWidget
from azkz_desktop.ui.trade.tab import TradeTab
from azkz_desktop.ui.window_menus import WindowMenus

if TYPE_CHECKING:  # made when the About box or the Trade tab first needs them
    from azkz_desktop.data.summary import DatabaseSummary
    from azkz_desktop.data.trade_records import TradePoint

WINDOW_TITLE = "Azerbaijan–Kazakhstan relations"


class MainWindow(WindowMenus, QMainWindow):
    """One window on one database; every view in it asks the data layer, never SQL."""

    def __init__(
        self,
        database: RelationsDatabase,
        parent: QWidget | None = None,
        workspace: Workspace | None = None,
        workspace_problem: str = "",
    ) -> None:
        super().__init__(parent)
        # Own events, notes and stars seen through the same questions the views ask of the database.
        database = WorkspaceDatabase(database, workspace, workspace_problem)  # type: ignore[assignment]
        self._database = database
        self._summary_read: DatabaseSummary | None = None  # counted when first shown (About)
        self._built: str | None = None  # the database's build date, read with the first status
        self.setWindowTitle(self.tr("Azerbaijan–Kazakhstan relations"))
        self.resize(1280, 800)

        self.categories = database.categories()
        labels = category_labels(self.categories)
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
        bind(self.session.lanes_changed, self, self._update_status)
        bind(self.session.selection_changed, self, self._update_status)
        bind(self.session.mask_changed, self, self._update_status)
        self.event_table.zoom_requested.connect(self.timeline.zoom_to_event)
        self.event_table.clicked.connect(
            lambda index: self.timeline.reveal_event(self.event_model.event_id_at(index.row()))
        )
        self.details.open_document.connect(self.open_document)
        self.details.message.connect(self._report)
        self.trade.source_requested.connect(self._show_trade_figure)
        self.documents.message.connect(self._report)
        self.filter_bar.search_accepted.connect(self._select_first_hit)

        self.exporter = Exporter(database, self.session, self.timeline, self, self._report)
        self._build_menus()
        from azkz_desktop.ui import citing_hooks  # citations, links to events, the PDF report

        self.citing = citing_hooks.install(self, database)
        from azkz_desktop.ui.workspace.controller import WorkspaceController

        self.workspace_ui = WorkspaceController(self, database)  # type: ignore[arg-type]
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.status_label, 1)
        self.problems_label = QLabel()
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setObjectName("problems")
        self.statusBar().addPermanentWidget(self.problems_label)
        self.statusBar().addPermanentWidget(slow_open_label(self.index.slow_reason))
        self._update_status()
        self.settings = SettingsStore(QSettings())
        self.settings.restore(self.session, self, self.splitter)
        self.restore_trade_table(self.settings.figures_as_table())
        name_widgets(self)  # what screen readers call the fields and lists

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
        tabs.addTab(self.splitter, self.tr("Timeline"))
        tabs.addTab(self.documents, self.tr("Documents"))
        tabs.addTab(self.trade, self.tr("Trade"))
        return tabs

    def _build_details_dock(self) -> QDockWidget:
        dock = QDockWidget(self.tr("Details"), self)
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
        path = ask_open_path(
            self,
            self.tr("Open Database"),
            self.tr("SQLite databases (*.sqlite *.db);;All files (*)"),
            "open/folder",
        )
        if path is not None:
            self.open_database_file(path)

    def open_database_file(self, path: Path) -> MainWindow | None:
        """Open another database in a new window and close this one; on failure say why and stay."""
        try:
            database = open_database(path)
            workspace, problem = self.workspace_ui.reopened(database.category_ids())
            window = MainWindow(database, workspace=workspace, workspace_problem=problem)
        except DatabaseError as error:
            show_message(self, self.tr("Cannot open the database"), f"{error.path}\n\n{error.problem}")
            return None
        window.show()
        if workspace is not None and problem:  # a damaged workspace replaced by a new one
            from azkz_desktop.ui.workspace.opening import say_opening

            say_opening(window, workspace, problem)
        self.close()
        return window

    def open_document(self, document_id: str, start: int, end: int) -> None:
        """Switch to the reader with the passage [start, end) highlighted and in view."""
        self.tabs.setCurrentWidget(self.documents)
        self.documents.show_document(document_id, (start, end))

    # ---- status and dialogs --------------------------------------------------------------------------

    @property
    def _summary(self) -> DatabaseSummary:
        """The About box's counts: read when first asked for, since counting every source of ten million
        events takes a tenth of a second that the launch does not need."""
        if self._summary_read is None:
            self._summary_read = self._database.summary()
        return self._summary_read

    def status_text(self) -> str:
        counts = self.session.status()
        own = 0 if self.index.mine is None else int(self.index.mine.sum())  # the reader's own events
        parts = [
            self.tr("%n events", "", self._database.event_count() + own)
            if counts.all_shown
            else self.tr("%1 of %n events shown", "", counts.total).replace(
                "%1", self.locale().toString(counts.shown)
            )
        ]
        hidden = len(self.session.hidden_lanes)
        if hidden:
            parts.append(self.tr("%n lanes hidden", "", hidden))
        if counts.selected:
            parts.append(self.tr("%n selected", "", counts.selected))
        if self._built is None:  # the file is only read: its date stays, not asked at every change
            self._built = self._database.built_date()
        parts.append(
            self.tr("database built %1").replace("%1", self._built) if self._built else self.tr("database")
        )
        parts.append(self.tr("offline"))
        return " · ".join(parts)

    def _update_status(self, *_: object) -> None:
        self.status_label.setText(self.status_text())
        skipped = self._database.skipped_rows + shown_problems()
        self.problems_label.setVisible(bool(skipped))
        if skipped:
            self.problems_label.setText("⚠ " + self.tr("%n damaged records skipped", "", len(skipped)))
            self.problems_label.setToolTip(plain_tooltip("\n".join(skipped[:40])))

    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    def about_text(self) -> str:
        from azkz_desktop.ui.about import about_text, licences_text  # loaded when asked for, not at launch

        return about_text(self._summary, self._database.documents()) + "\n\n" + licences_text()

    def show_about(self) -> None:
        from azkz_desktop.ui.about import AboutDialog

        self.about_dialog = AboutDialog(self.about_text(), self)
        self.about_dialog.open()

    def show_controls(self) -> None:
        from azkz_desktop.ui.controls_help import controls_dialog

        controls_dialog(self).exec()

    def save_settings(self) -> None:
        """Remember the window, the trade figures' view and the session for the next launch."""
        figures_as_table = self.table_action.isChecked()
        self.settings.save(self.session, self, self.splitter, figures_as_table=figures_as_table)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.workspace_ui.close()  # the note being typed is saved first
        self.save_settings()
        super().closeEvent(event)
