"""The list under a changing filter: its rows, sort order and selection stay those of an eager filter."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui import listed_rows
from azkz_desktop.ui.event_table import EVENT_ID_ROLE, TITLE
from azkz_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listed_rows, "FIRST_CHUNK", 8)  # the bundled database is small: lazy in steps


def listed_ids(window: MainWindow) -> list[str]:
    model = window.event_table.model()
    return [model.index(row, 0).data(EVENT_ID_ROLE) for row in range(model.rowCount())]


def test_a_filter_keeps_the_sort_order_and_lists_exactly_the_shown_events(window: MainWindow) -> None:
    table = window.event_table
    table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    every = listed_ids(window)
    culture = EventFilter(categories=frozenset({"culture"}))
    window.session.set_filter(culture)
    shown = window.session.shown_mask
    assert shown is not None
    expected = [event_id for event_id in every if shown[window.index.row_of(event_id)]]
    assert 0 < len(expected) < len(every)
    assert listed_ids(window) == expected  # the descending title order, filtered
    assert window.event_table.model().rowCount() == window.session.shown_count()
    window.session.set_filter(EventFilter(text="visit"))
    assert set(listed_ids(window)) == {
        window.index.ids[row] for row in np.flatnonzero(window.session.shown_mask)
    }
    window.session.clear_filter()
    assert listed_ids(window) == every


def test_the_selection_survives_a_filter_that_still_shows_it(qtbot, window: MainWindow) -> None:
    session = window.session
    culture = EventFilter(categories=frozenset({"culture"}))
    rows = np.flatnonzero(window.index.category_codes == window.index.categories.index("culture"))
    chosen = window.index.ids[int(rows[-1])]  # late in date order: beyond the first steps of the list
    session.make_current(chosen)
    session.set_filter(culture)
    assert session.selection == frozenset({chosen})
    table = window.event_table
    selected = {index.data(EVENT_ID_ROLE) for index in table.selectionModel().selectedRows()}
    assert selected == {chosen}
    assert table.currentIndex().data(EVENT_ID_ROLE) == chosen


def test_select_all_in_a_filtered_list_selects_the_shown_events(window: MainWindow) -> None:
    session = window.session
    session.set_filter(EventFilter(categories=frozenset({"economy", "energy"})))
    window.event_table.selectAll()
    assert len(session.selection) == session.shown_count() > 8
    assert set(session.selection) == set(listed_ids(window))


def test_a_cell_gives_every_role_at_once_as_it_gives_each_role(window: MainWindow) -> None:
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    model = window.event_table.model()
    model.decoration = lambda event_id: f"icon of {event_id}"  # as the workspace sets them
    roles = [int(role) for role in Qt.ItemDataRole if role < Qt.ItemDataRole.UserRole] + [EVENT_ID_ROLE]
    for position in (0, 3, model.rowCount() - 1):
        for column in range(model.columnCount()):
            cell = model.index(position, column)
            for role in roles:
                answer = QModelRoleData(role)
                model.multiData(cell, QModelRoleDataSpan(answer))
                assert answer.data() == model.data(cell, role), (position, column, role)
            option = QStyleOptionViewItem()
            QStyledItemDelegate().initStyleOption(option, cell)  # the paint's way: several roles at once
            assert option.text == str(model.data(cell, Qt.ItemDataRole.DisplayRole))
    assert model.index(0, TITLE).data(Qt.ItemDataRole.DecorationRole) == f"icon of {listed_ids(window)[0]}"


def test_a_filter_change_paints_the_list_once_and_lays_it_out_before(qtbot, window: MainWindow) -> None:
    """The rows are laid out (scroll bar range, header) before the paint: no second pass repaints the list."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    table = window.event_table
    paints = Paints()
    table.viewport().installEventFilter(paints)
    QApplication.processEvents()
    for event_filter in (
        EventFilter(categories=frozenset({"culture"})),
        EventFilter(text="visit"),
        EventFilter(),
    ):
        paints.count = 0
        window.session.set_filter(event_filter)
        for _ in range(5):
            QApplication.processEvents()
        assert paints.count == 1
        assert table.model().rowCount() == window.session.shown_count()
        laid_out = table.verticalScrollBar().maximum()
        table.updateGeometries()  # what a later layout pass would set: the same range
        assert table.verticalScrollBar().maximum() == laid_out
    table.viewport().removeEventFilter(paints)


@pytest.mark.parametrize("column", range(4))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_a_filter_of_a_few_events_lists_them_as_the_walk_through_the_order_does(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, column: int, order: Qt.SortOrder
) -> None:
    window.event_table.sortByColumn(column, order)
    every = listed_ids(window)
    shown = np.zeros(len(window.index), bool)
    shown[np.random.default_rng(column).choice(len(window.index), 5, replace=False)] = True
    monkeypatch.setattr(listed_rows, "FEW_ROWS", 0)  # the walk through the sort order
    window.event_table.model().set_shown_mask(shown)
    walked = listed_ids(window)
    monkeypatch.setattr(listed_rows, "FEW_ROWS", 4096)  # the few rows sorted by their places
    window.event_table.model().set_shown_mask(shown)
    assert (
        listed_ids(window)
        == walked
        == [event_id for event_id in every if shown[window.index.row_of(event_id)]]
    )


def test_select_all_keeps_the_rows_as_listed_and_overlapping_ranges_count_each_row_once(
    window: MainWindow,
) -> None:
    """Select All's one range holds each listed row once: kept in the list's order, not sorted. Ranges
    that overlap (a Ctrl+click range over another) are weeded of repeats."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    session, table = window.session, window.event_table
    table.selectAll()
    model = table.model_
    listed_rows = model.rows_at(0, model.rowCount() - 1)
    assert session.selection.rows_any_order.tolist() == listed_rows.tolist()  # as listed, not sorted
    assert session.selected_rows.tolist() == sorted(listed_rows.tolist())
    assert len(session.selection) == model.rowCount()
    overlapping = QItemSelection(model.index(2, 0), model.index(9, 0))
    overlapping.append(QItemSelection(model.index(5, 0), model.index(12, 0)))
    table.selectionModel().select(overlapping, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert len(session.selection) == 11
    assert sorted(session.selection.rows_any_order.tolist()) == sorted(model.rows_at(2, 12).tolist())
    assert set(session.selection) == set(listed_ids(window)[2:13])


def test_list_positions_of_rows_in_any_order_are_ascending(window: MainWindow) -> None:
    """Rows in the list's order (Select All's) and in any other give their positions ascending."""
    model = window.event_table.model_
    listed_rows = model.rows_at(0, model.rowCount() - 1)
    shuffled = np.random.default_rng(3).permutation(listed_rows)
    for rows in (listed_rows, shuffled, listed_rows[::-1]):
        assert model.positions_of_rows(rows).tolist() == list(range(model.rowCount()))
    some = shuffled[:5]
    positions = model.positions_of_rows(some)
    assert positions.tolist() == sorted(positions.tolist())
    assert sorted(int(model.rows_at(int(p), int(p))[0]) for p in positions) == sorted(some.tolist())
