"""The main window: menus, the event views in the centre, the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QWidget,
)

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.models import DatabaseSummary
from azkz_desktop.ui.about import about_text
from azkz_desktop.ui.event_table import SORT_ROLE, EventTableModel

WINDOW_TITLE = "Azerbaijan–Kazakhstan relations"


class MainWindow(QMainWindow):
    """One window on one database; every view in it asks the data layer, never SQL."""

    def __init__(self, database: RelationsDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._summary: DatabaseSummary = database.summary()
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(1280, 800)

        categories = database.categories()
        self.event_model = EventTableModel({category.id: category.label for category in categories}, self)
        self.event_model.set_events(database.event_summaries())
        self.event_table = self._build_event_table()
        self.setCentralWidget(self.event_table)

        self._build_menus()
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self._update_status()
        self._restore_settings()

    def _build_event_table(self) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.event_model)
        proxy.setSortRole(SORT_ROLE)
        table = QTableView(self)
        table.setObjectName("eventTable")
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        full_screen = QAction("&Full Screen", self)
        full_screen.setShortcut(QKeySequence.StandardKey.FullScreen)
        full_screen.setCheckable(True)
        full_screen.toggled.connect(self._set_full_screen)
        view_menu.addAction(full_screen)

        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About azkz-desktop", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def status_text(self) -> str:
        summary = self._summary
        built = f"database built {summary.built}" if summary.built else "database"
        return f"{summary.event_count} events · {built} · offline"

    def _update_status(self) -> None:
        self.status_label.setText(self.status_text())

    def about_text(self) -> str:
        return about_text(self._summary, self._database.documents())

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "About azkz-desktop", self.about_text(), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: object) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)  # type: ignore[arg-type]
