"""A screen of the list painted in one call (list_screen) is the pixels QTableView and Qt's delegate
paint, its grid included: scrolled, narrow, short, selected, in each theme and for part of the screen."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QRegion
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.list_screen import grid_colour
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.theme import apply_theme
from tests.ui.test_list_cell_delegate import assert_same, both_ways


@pytest.fixture
def themed(request):
    yield
    apply_theme("system")


@pytest.mark.parametrize("theme", ["system", "light", "dark"])
def test_the_grid_is_in_the_colour_the_style_gives_it(window: MainWindow, themed, theme: str) -> None:
    apply_theme(theme)
    table = window.event_table
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    hint = table.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, table)
    assert grid_colour(table).rgba() == hint & 0xFFFFFFFF
    assert not table.style().styleHint(QStyle.StyleHint.SH_Table_AlwaysDrawLeftTopGridLines, option, table)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("scrolled", ["top", "middle", "right"])
def test_a_screen_in_one_call_is_what_qt_paints(
    qtbot, window: MainWindow, themed, theme: str, scrolled: str
) -> None:
    apply_theme(theme)
    table = window.event_table
    table.resize(500 if scrolled == "right" else 900, 330)
    header = table.horizontalHeader()
    if scrolled == "right":  # wider columns than the list: scrolled sideways, the first cut
        for column in range(4):
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)
            table.setColumnWidth(column, 230)
    qtbot.wait(10)
    model = table.model()
    if scrolled == "middle":
        table.verticalScrollBar().setValue(model.rowCount() // 2 + 1)  # an odd first row
    elif scrolled == "right":
        table.setHorizontalScrollMode(table.ScrollMode.ScrollPerPixel)  # a column cut anywhere
        table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum() - 17)
        assert header.offset() > 0
    first = table.rowAt(0)
    window.session.select_rows(model.rows_at(first + 1, first + 4), current=None)  # odd and even rows
    assert_same(*both_ways(window, screen=True))


def test_a_list_shorter_than_its_view_is_what_qt_paints(qtbot, window: MainWindow) -> None:
    table = window.event_table
    model = table.model()
    window.session.set_filter(EventFilter(categories=frozenset({"conflict"})))  # ten events
    assert 0 < model.rowCount() < 20
    table.resize(900, (model.rowCount() + 3) * table.rowHeight(0) + table.horizontalHeader().height())
    qtbot.wait(10)
    assert (model.rowCount() + 1) * table.rowHeight(0) < table.viewport().height()
    window.session.select_rows(np.asarray([model.row_at(model.rowCount() - 1)]), current=None)
    assert_same(*both_ways(window, screen=True))


def test_part_of_the_screen_is_what_qt_paints_there(qtbot, window: MainWindow) -> None:
    """An update of a few rows (a selection changed) paints that part alone, as QTableView paints it."""
    table = window.event_table
    table.resize(900, 330)
    qtbot.wait(10)
    window.session.select_rows(table.model().rows_at(2, 3), current=None)
    height = table.rowHeight(0)
    viewport = table.viewport()
    for part in (QRect(0, 2 * height, viewport.width(), 2 * height), QRect(37, height + 5, 300, 3 * height)):
        fast = _rendered(table, part)
        table.setItemDelegate(QStyledItemDelegate(table))
        table.setGridStyle(Qt.PenStyle.SolidLine)
        try:
            slow = _rendered(table, part)
        finally:
            table.setItemDelegate(table.cell_delegate)
            table.setGridStyle(Qt.PenStyle.NoPen)
        assert_same(fast, slow)


def _rendered(table, part: QRect) -> QImage:
    viewport = table.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    viewport.render(image, QPoint(), QRegion(part))
    return image


def test_the_list_paints_on_its_own_from_the_first_filter_or_selection(window: MainWindow) -> None:
    """At launch Qt paints the list (see EventListView.paint_on_own); a filter or a selection hands
    the plain screens and the grid to list_screen."""
    table = window.event_table
    assert table.gridStyle() == Qt.PenStyle.SolidLine
    window.session.select_rows(table.model().rows_at(0, 0), current=None)
    assert table.gridStyle() == Qt.PenStyle.NoPen
    table.setGridStyle(Qt.PenStyle.SolidLine)
    window.session.set_filter(EventFilter(categories=frozenset({"conflict"})))
    assert table.gridStyle() == Qt.PenStyle.NoPen
