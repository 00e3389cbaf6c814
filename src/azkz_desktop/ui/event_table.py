"""The event list: a table model over the timeline index, so showing, sorting and filtering it never
touches the database, and a million rows cost an array rather than a million objects.

Sorting and filtering happen here with numpy instead of in a QSortFilterProxyModel: a proxy sorts by
calling data() for every comparison, some twenty million Python calls at a million rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session.selection import ascending
from azkz_desktop.ui.date_words import span_words
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.listed_rows import ListedRows
from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (
    QT_TRANSLATE_NOOP("EventTable", "Date"),
    QT_TRANSLATE_NOOP("EventTable", "Title"),
    QT_TRANSLATE_NOOP("EventTable", "Category"),
    QT_TRANSLATE_NOOP("EventTable", "Sources"),
)
DATE, TITLE, CATEGORY, SOURCES = range(4)
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
KEPT_ROWS = 4096  # rows whose four shown values are kept: a few hundred screens of the list
ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        EVENT_ID_ROLE,
    }
)

ModelIndex = QModelIndex | QPersistentModelIndex
Cells = tuple[str, str, str, int]  # date in words, title, category label, number of sources


class EventTableModel(QAbstractTableModel):
    """One row per shown event: date in words, title, category label, number of sources."""

    def __init__(self, index: TimelineIndex, category_labels: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._index = index
        self._labels = [category_labels.get(category, category) for category in index.categories]
        self._shown_mask: np.ndarray | None = None
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sorted_cache: dict[int, np.ndarray] = {}
        self._places_cache: dict[tuple[int, bool], np.ndarray] = {}  # see _places_in_order
        self._rows = self._ordered_rows()
        self._position_of_row: np.ndarray | None = None
        self._date_labels: dict[int, str] = {}
        self._cells: dict[int, Cells] = {}  # index row -> what its four cells show (see cells_of)
        # Set by the workspace: an icon for an event's star, note and "mine" marks, and its tooltip lines.
        self.decoration: Callable[[str], Any] | None = None
        self.tooltip_extra: Callable[[str], str] | None = None

    def set_index(self, index: TimelineIndex) -> None:
        """List another index (own events were added or deleted); shows every row until filtered."""
        self.beginResetModel()
        self._index = index
        self._shown_mask = None
        self._sorted_cache.clear()
        self._places_cache.clear()
        self._date_labels.clear()
        self._cells.clear()
        self._rows = self._ordered_rows()
        self._position_of_row = None
        self.endResetModel()

    def marks_changed(self) -> None:
        """Stars or notes changed: redraw the title column's icons and tooltips."""
        if len(self._rows):
            self.dataChanged.emit(
                self.index(0, TITLE), self.index(len(self._rows) - 1, TITLE), [Qt.ItemDataRole.DecorationRole]
            )

    # ---- what is shown -------------------------------------------------------------------------------

    def set_shown_mask(self, shown_mask: np.ndarray | None) -> None:
        """Show only the index rows where `shown_mask` is true; None shows every event."""
        self.beginResetModel()
        self._shown_mask = shown_mask
        self._rows = self._ordered_rows()
        self._position_of_row = None
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._rows = self._ordered_rows()
        self._position_of_row = None
        self.layoutChanged.emit()

    def _ordered_rows(self) -> ListedRows:
        """The shown rows in the sort order: worked out front first, as the view asks for them."""
        order = self._sorted_cache.get(self._sort_column)
        if order is None:
            order = self._sort_key_order(self._sort_column)
            self._sorted_cache[self._sort_column] = order
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if descending:
            order = order[::-1]
        key = (self._sort_column, descending)
        return ListedRows(order, self._shown_mask, lambda: self._places_in_order(key, order))

    def _places_in_order(self, key: tuple[int, bool], order: np.ndarray) -> np.ndarray:
        """Every index row's place in `order` (its inverse), made once for the order the list shows
        (one kept: 4 MB at a million rows): a mask of a few rows is put in order through it."""
        places = self._places_cache.get(key)
        if places is None:
            places = np.empty(len(order), dtype=np.int32)
            places[order] = np.arange(len(order), dtype=np.int32)
            self._places_cache.clear()
            self._places_cache[key] = places
        return places

    def _sort_key_order(self, column: int) -> np.ndarray:
        """Every index row, in ascending order of `column`; ties fall back to date order."""
        index = self._index
        by_date = index.date_order  # by first day, last day, then row: stored by the build
        if column == TITLE:
            return index.title_order()
        if column == CATEGORY:
            rank_of_code = np.argsort(np.argsort(np.asarray(self._labels, dtype=object)))
            rank_of_code = np.append(rank_of_code, len(self._labels))  # code -1 (unknown) sorts last
            ranks = rank_of_code[index.category_codes]
            return by_date[np.argsort(ranks[by_date], kind="stable")]
        if column == SOURCES:
            return by_date[np.argsort(index.source_counts[by_date], kind="stable")]
        return by_date

    # ---- rows and ids --------------------------------------------------------------------------------

    def row_at(self, position: int) -> int:
        """The index row shown at table position `position`."""
        return self._rows.at(position)

    def event_id_at(self, position: int) -> str:
        return self._index.ids[self.row_at(position)]

    @property
    def timeline_index(self) -> TimelineIndex:
        """The index listed (for a moment another than the session's, while own events change)."""
        return self._index

    def rows_at(self, first: int, last: int) -> np.ndarray:
        """The index rows shown at table positions first to last (inclusive)."""
        return self._rows.between(first, last)

    def fetch_positions(self, first: int, last: int) -> None:
        """Fetch the texts and values of the rows at table positions first to last together, before a
        paint asks for them cell by cell (a list scrolled far shows rows never fetched)."""
        if 0 <= first <= last < len(self._rows):
            rows = self.rows_at(first, last).tolist()
            cells = self._cells
            missing = [row for row in rows if row not in cells]
            if missing:
                if len(cells) + len(missing) > KEPT_ROWS:  # start again, with this screen's rows
                    cells.clear()
                    missing = rows
                self._index.fetch_rows(np.asarray(missing, dtype=np.int64))
                for row in missing:
                    cells[row] = self._cells_of(row)

    def positions_of(self, event_ids: Iterable[str]) -> np.ndarray:
        """Table positions of these events (those shown), in ascending order."""
        return self.positions_of_rows(self._index.rows_of(event_ids))

    def positions_of_rows(self, rows: np.ndarray) -> np.ndarray:
        """Table positions of these index rows (those shown), in ascending order."""
        if not len(rows):
            return np.empty(0, np.int64)
        if self._position_of_row is None:
            listed = self._rows.all()
            self._position_of_row = np.full(len(self._index), -1, dtype=np.int32)
            self._position_of_row[listed] = np.arange(len(listed), dtype=np.int32)
        positions: np.ndarray = self._position_of_row[rows]
        return ascending(positions[positions >= 0])

    # ---- Qt model ------------------------------------------------------------------------------------

    @guarded(0)
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def category_names(self) -> list[str]:
        """The categories' names as the list shows them (for sizing its column)."""
        return sorted(set(self._labels))

    @guarded(0)
    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    @guarded()
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EventTable", COLUMNS[section])
        return None

    @guarded()
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks each cell for some ten roles and this model answers five: the others are
        # turned away first, before any work (a list paint is hundreds of these calls).
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        return self._value(self.row_at(index.row()), index.column(), role)

    @guarded()
    def multiData(self, index: ModelIndex, roleDataSpan: Any) -> None:
        """Every role a cell's paint asks for in one call (the delegate asks seven at once): one call
        from Qt into Python per cell instead of one per role, the row looked up once and its shown
        values kept (`fetch_positions` makes them for a screen of rows at once)."""
        if not index.isValid():
            return
        row, column = self.row_at(index.row()), index.column()
        cells = self._cells.get(row)
        for role_data in roleDataSpan:
            role = role_data.role()
            if role == DISPLAY:
                if cells is None:
                    cells = self._keep_cells(row)
                role_data.setData(cells[column])
            elif role == ALIGNMENT:
                role_data.setData(RIGHT_ALIGNED if column == SOURCES else None)
            elif role in ANSWERED_ROLES:
                role_data.setData(self._value(row, column, role))
            else:
                role_data.setData(None)

    def cell_index(self, position: int, column: int) -> QModelIndex:
        """The index of the shown cell at table position `position` in `column`, made without asking
        for the row and column counts (index() asks for both, each a call into Python): for a paint
        that knows the cell is there."""
        return self.createIndex(position, column)

    def plain_value(self, position: int, column: int) -> str | int | None:
        """What the cell at table position `position` shows when that is its text alone (the list's
        delegate draws it from a kept layout), or None when Qt's delegate must draw it: a title with
        a mark icon, or a text that starts or ends with a space or holds characters that are not
        printable (Qt lays such text out in ways of its own)."""
        if column == TITLE and self.icon_at(position) is not None:
            return None
        return self.plain_text(position, column)

    def plain_text(self, position: int, column: int) -> str | int | None:
        """`plain_value`, but a title's text also when it has a mark icon (`icon_at`), for a delegate
        that draws the icon itself."""
        row = self._rows.at(position)
        cells = self._cells.get(row)
        if cells is None:
            cells = self._keep_cells(row)
        if column == SOURCES:
            return cells[SOURCES]
        value = cast(str, cells[column])
        if not value or not value.isprintable() or value[0].isspace() or value[-1].isspace():
            return None
        return value

    def icon_at(self, position: int) -> Any:
        """The mark icon of the title at table position `position` (DecorationRole), or None: also
        for a null icon, which Qt's delegate draws as no icon at all."""
        if self.decoration is None:
            return None
        icon = self.decoration(self._index.ids[self._rows.at(position)])
        return None if icon is None or icon.isNull() else icon

    def _keep_cells(self, row: int) -> Cells:
        if len(self._cells) >= KEPT_ROWS:
            self._cells.clear()
        cells = self._cells[row] = self._cells_of(row)
        return cells

    def _cells_of(self, row: int) -> Cells:
        """What the four cells of index row `row` show (DisplayRole), column by column."""
        code = self._index.category_code_of(row)
        return (
            self._date_label(row),
            self._index.titles[row],
            self._labels[code] if code >= 0 else "",
            self._index.source_count_of(row),
        )

    def _value(self, row: int, column: int, role: int) -> Any:
        """What the cell of index row `row` in `column` holds for `role` (one of ANSWERED_ROLES)."""
        if role == EVENT_ID_ROLE:
            return self._index.ids[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = str(self._value(row, column, Qt.ItemDataRole.DisplayRole))
            if column == TITLE and self.tooltip_extra is not None:
                shown += self.tooltip_extra(self._index.ids[row])
            return plain_tooltip(shown) if column != SOURCES else None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == TITLE and self.decoration is not None:
                return self.decoration(self._index.ids[row])
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return self._date_label(row)
            if column == TITLE:
                return self._index.titles[row]
            if column == CATEGORY:
                code = self._index.category_code_of(row)
                return self._labels[code] if code >= 0 else ""
            return self._index.source_count_of(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _date_label(self, row: int) -> str:
        label = self._date_labels.get(row)
        if label is None:
            label = span_words(self._index.date_span(row))
            self._date_labels[row] = label
        return label
