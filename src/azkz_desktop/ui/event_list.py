"""The event list under the timeline: a table that shares the selection with every other view."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.session import Session
from azkz_desktop.ui.date_words import span_words
from azkz_desktop.ui.event_table import SOURCES, TITLE, EventTableModel
from azkz_desktop.ui.highlight_delegate import HighlightDelegate
from azkz_desktop.ui.kept_pixmaps import KeptPixmaps
from azkz_desktop.ui.list_cell_delegate import ListCellDelegate
from azkz_desktop.ui.list_headings import ColumnHeadings
from azkz_desktop.ui.list_screen import paint_grid_over, paint_screen
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.text_match import search_terms


class EventListView(QTableView):
    """Date, title, category and number of sources per event; sortable; selection mirrors the session."""

    zoom_requested = Signal(str)  # double-click: show this event on the timeline

    def __init__(self, model: EventTableModel, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventTable")
        self.session = session
        self._syncing = False
        self.setModel(model)
        self.model_ = model
        # Plain cells, and titles with their mark icon, are drawn from kept layouts; the rest by Qt's
        # delegate (see list_cell_delegate).
        self.cell_delegate = ListCellDelegate(
            model.plain_text, frozenset({SOURCES}), self, model.icon_at, frozenset({TITLE})
        )
        self.setItemDelegate(self.cell_delegate)
        # The title column is drawn by the marking delegate only while there are words to mark: without
        # them Qt's own delegate draws the same pixels without a call into Python per cell.
        self.title_delegate = HighlightDelegate(self, model.plain_text, model.icon_at, frozenset({TITLE}))
        # Whole screens painted twice are kept and copied (a toggle taken back, a word typed and taken
        # back); None: every screen drawn (the tests' reference).
        self.kept_screens: KeptPixmaps | None = KeptPixmaps()
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Tab leaves the list for the next area of the window; arrows move inside it. With tab-key
        # navigation on, Tab walked cell by cell and selected every row it passed.
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures a million rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        # The header marks the sections of fully selected columns, asking the selection model about
        # every row of each column at each paint (millions of calls after Select All at a million
        # events). Rows are selected here, never columns: the header gets a selection of its own.
        header.setModel(ColumnHeadings(model))  # left alone by the list's resets (list_headings.py)
        header.setSelectionModel(QItemSelectionModel(header.model(), header))
        samples = {
            0: span_words(DateSpan.parse("2024-09-28", "2024-09-30")),  # a typical span, long month
            2: max(model.category_names(), key=len, default=""),
            3: model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "",
        }
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, self.fontMetrics().horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.context_actions: list[QAction] = []  # set by the main window
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.selectionModel().selectionChanged.connect(self._selection_made_here)
        self.doubleClicked.connect(lambda index: self.zoom_requested.emit(model.event_id_at(index.row())))
        bind(session.selection_changed, self, self._selection_changed)
        bind(session.mask_changed, self, self._mask_changed)
        bind(session.filter_changed, self, self._filter_changed)
        model.modelReset.connect(self.show_selection)
        model.layoutChanged.connect(self.show_selection)

    def _context_menu(self, position: QPoint) -> None:
        if self.context_actions:
            QMenu.exec(self.context_actions, self.viewport().mapToGlobal(position), None, self)

    def paint_on_own(self) -> None:
        """Paint plain screens in one call and the grid by list_screen from now on (Qt's grid gets no
        pen; the cells keep their grid's pixel). Not at launch: the painter on the viewport would ask
        PySide for its wrapper, which sets up the wrappers of Qt's dialogs (a few ms) that a launch
        leaves for later; the first filter or selection turns it on, with the same pixels."""
        if self.gridStyle() != Qt.PenStyle.NoPen:
            self.setGridStyle(Qt.PenStyle.NoPen)

    def _selection_changed(self) -> None:
        self.paint_on_own()
        self.show_selection()

    def _mask_changed(self, shown_mask: np.ndarray | None) -> None:
        self.paint_on_own()
        self.model_.set_shown_mask(shown_mask)
        # A reset lays the rows out on a timer, after the first paint, and that layout (scroll bar range,
        # header) repaints the whole list a second time: laid out now, the list paints once.
        self.executeDelayedItemsLayout()
        self.scroll_to_current()

    def _filter_changed(self, event_filter: EventFilter) -> None:
        self.set_search_words(event_filter.text)

    def set_search_words(self, text: str) -> None:
        self.title_delegate.terms = search_terms(text)
        marking = self.title_delegate if self.title_delegate.terms else None
        if self.itemDelegateForColumn(TITLE) is not marking:
            self.setItemDelegateForColumn(TITLE, marking)  # type: ignore[arg-type]
        self.viewport().update()

    def _selection_made_here(self) -> None:
        if self._syncing:
            return
        selection = self.selectionModel().selection()
        ranges = [selection.at(number) for number in range(selection.count())]
        rows = [self.model_.rows_at(selected.top(), selected.bottom()) for selected in ranges]
        chosen = rows[0] if len(rows) == 1 else np.concatenate(rows) if rows else np.empty(0, np.int64)
        current = self.currentIndex()
        current_row = self.model_.row_at(current.row()) if current.isValid() else None
        current_id = self.model_.event_id_at(current.row()) if current_row in chosen else None
        # Ranges apart from one another (Select All's one) hold each listed row once: no sort to weed out
        # repeats, which at a million rows is most of Select All.
        spans = sorted((selected.top(), selected.bottom()) for selected in ranges)
        apart = all(later[0] > earlier[1] for earlier, later in pairwise(spans))
        self.session.select_rows(chosen, current=current_id, distinct=apart)

    def show_selection(self) -> None:
        """Mirror the shared selection, without echoing it back."""
        model = self.model_
        positions = model.positions_of_rows(self.session.selected_rows_in(model.timeline_index))
        selection = QItemSelection()
        last_column = model.columnCount() - 1
        # One range per run of consecutive rows: a rubber band over 100,000 events is a few ranges.
        breaks = np.flatnonzero(np.diff(positions) != 1) + 1
        for run in np.split(positions, breaks) if len(positions) else []:
            selection.select(model.index(int(run[0]), 0), model.index(int(run[-1]), last_column))
        self._syncing = True
        try:
            self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            current = model.positions_of([self.session.current]) if self.session.current else positions[:1]
            if len(current):
                index = model.index(int(current[0]), 0)
                # Arrows start from the shared current event; NoUpdate leaves the selection alone.
                self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollTo(index)
        finally:
            self._syncing = False

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rows to paint are fetched in one go first (see EventTableModel.fetch_positions), then
        painted together when they are plain, and the grid drawn by list_screen."""
        area = event.rect()
        first = self.rowAt(area.top())
        last = self.rowAt(area.bottom())
        if first >= 0:
            self.model_.fetch_positions(first, last if last >= 0 else self.model_.rowCount() - 1)
        marking = self.title_delegate.terms
        self.cell_delegate.prepare(self)
        if marking:
            self.title_delegate.prepare(self)
        try:
            # The screen in one go, else cell by cell by QTableView; the grid is list_screen's while
            # Qt's own has no pen (a comparison with Qt's paint gives it one).
            own_grid = self.gridStyle() == Qt.PenStyle.NoPen
            if not (own_grid and paint_screen(self, event)):
                super().paintEvent(event)
                if own_grid:
                    paint_grid_over(self, event)
        finally:
            self.cell_delegate.finish()
            self.title_delegate.finish()

    def changeEvent(self, event: QEvent) -> None:
        """Another style or font: the kept layouts of the cells' texts are made again."""
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.cell_delegate.forget()
            self.title_delegate.forget()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """At launch the restored current event is scrolled to once the list has its real size."""
        super().showEvent(event)
        QTimer.singleShot(0, self.scroll_to_current)

    def scroll_to_current(self) -> None:
        """Bring the current event's row into view, or show the top of the list when it is not listed."""
        current = self.model_.positions_of([self.session.current]) if self.session.current else np.empty(0)
        if len(current):
            self.scrollTo(
                self.model_.index(int(current[0]), 0), QAbstractItemView.ScrollHint.PositionAtCenter
            )
        else:
            self.scrollToTop()

    def first_event_id(self) -> str | None:
        return self.model_.event_id_at(0) if self.model_.rowCount() else None
