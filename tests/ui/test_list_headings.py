"""The list's column headings sit in a model of their own (list_headings.py): a filter or a search,
which resets the list's rows, leaves the header as it was, while the headings and a click on one to
sort behave as on the list's own model."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.event_table import COLUMNS, EVENT_ID_ROLE, TITLE
from azkz_desktop.ui.main_window import MainWindow


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_filter_and_a_search_repaint_the_rows_and_leave_the_header(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    settle()
    header, rows = window.event_table.horizontalHeader(), window.event_table.viewport()
    header_paints, row_paints = Paints(), Paints()
    header.viewport().installEventFilter(header_paints)
    rows.installEventFilter(row_paints)
    lanes = frozenset(category.id for category in window.categories)
    for event_filter in (
        EventFilter(categories=lanes - {window.categories[0].id}),
        EventFilter(text="visit"),
        EventFilter(),
    ):
        window.session.set_filter(event_filter)
        settle()
    assert row_paints.count >= 3  # each filter showed other rows
    assert header_paints.count == 0


def test_the_headings_are_the_lists_and_a_click_on_one_sorts(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    table = window.event_table
    header, model = table.horizontalHeader(), table.model()
    assert header.model() is not model
    assert header.count() == model.columnCount() == len(COLUMNS)
    for column in range(len(COLUMNS)):
        heading = header.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert heading == model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    ids = lambda: [model.index(row, 0).data(EVENT_ID_ROLE) for row in range(model.rowCount())]  # noqa: E731
    by_date = ids()
    x = header.sectionViewportPosition(TITLE) + header.sectionSize(TITLE) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    settle()
    assert header.sortIndicatorSection() == TITLE
    clicked = ids()
    assert clicked != by_date
    table.sortByColumn(TITLE, header.sortIndicatorOrder())  # the order the click asked for
    assert ids() == clicked
