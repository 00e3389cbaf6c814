"""The event list's paint: the rows it shows are fetched together, and titles are marked only while a
search has words to mark."""

from __future__ import annotations

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.event_table import TITLE
from azkz_desktop.ui.highlight_delegate import MARKER
from azkz_desktop.ui.main_window import MainWindow


def test_a_screen_of_rows_never_shown_is_fetched_in_a_few_queries(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    table = window.event_table
    table.resize(table.width(), 300)
    qtbot.wait(10)
    table.scrollToBottom()  # rows the launch never showed
    asked: list[str] = []
    database._connection.set_trace_callback(asked.append)
    try:
        table.viewport().repaint()
    finally:
        database._connection.set_trace_callback(None)
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    shown = (last if last >= 0 else table.model().rowCount() - 1) - first + 1
    assert shown >= 5
    assert len(asked) <= 3, asked  # values, ids, titles: not one query per row


def test_the_title_column_marks_words_only_while_a_search_has_some(window: MainWindow) -> None:
    table = window.event_table
    assert table.itemDelegateForColumn(TITLE) is None  # Qt's own delegate draws the titles
    window.session.set_filter(EventFilter(text="Nazarbayev"))
    assert table.itemDelegateForColumn(TITLE) is table.title_delegate
    assert table.title_delegate.terms == ["Nazarbayev"]
    window.session.set_filter(EventFilter())
    assert table.itemDelegateForColumn(TITLE) is None


def test_the_kept_cells_of_a_screen_show_what_data_gives(window: MainWindow) -> None:
    """The values a paint's cells are answered from (kept per row for a screen at once) are those of
    data(), and another index listed (own events added or deleted) is answered from its own rows."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

    from tests.ui.timeline_data import day, index_of, row

    model = window.event_model

    def shown(position: int, column: int) -> object:
        answer = QModelRoleData(Qt.ItemDataRole.DisplayRole)
        model.multiData(model.index(position, column), QModelRoleDataSpan(answer))
        return answer.data()

    model.fetch_positions(0, 9)
    for position in range(10):
        for column in range(model.columnCount()):
            assert shown(position, column) == model.data(model.index(position, column))
    first_title = shown(0, TITLE)
    model.set_index(index_of([row("other", day(2001, 2, 3), title="Another first event", sources=4)]))
    assert model.rowCount() == 1
    assert shown(0, TITLE) == "Another first event" != first_title
    assert shown(0, 3) == 4
    assert shown(0, 0) == model.data(model.index(0, 0))


def test_screens_past_the_kept_rows_are_fetched_together_and_shown_right(
    monkeypatch, window: MainWindow, database: RelationsDatabase
) -> None:
    """When the kept values would pass their limit they start again with the screen being painted:
    still a few queries for the screen, and every cell as data() gives it."""
    from azkz_desktop.ui import event_table

    monkeypatch.setattr(event_table, "KEPT_ROWS", 12)
    model = window.event_model
    asked: list[str] = []
    for first in (0, 5, 30, 31, 60):
        asked.clear()
        database._connection.set_trace_callback(asked.append)
        try:
            model.fetch_positions(first, first + 9)
        finally:
            database._connection.set_trace_callback(None)
        assert len(asked) <= 3, asked
        assert len(model._cells) <= 12 + 10  # the limit, passed by at most the screen being fetched
        for position in range(first, first + 10):
            row = model.row_at(position)
            assert row in model._cells  # this screen's rows are all kept after its fetch
            for column in range(model.columnCount()):
                assert model._cells[row][column] == model.data(model.index(position, column))


def marker_pixels(table) -> int:
    image = table.viewport().grab().toImage()
    marker = MARKER.rgb()
    step = 2
    return sum(
        image.pixel(x, y) == marker
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_the_marks_follow_the_words_as_they_change(window: MainWindow) -> None:
    """The delegate makes its pattern when its words are set: new words mark anew, none mark nothing."""
    table = window.event_table
    window.session.set_filter(EventFilter(text="Nazarbayev"))
    delegate = table.title_delegate
    assert marker_pixels(table) > 0
    delegate.terms = ["qqqqq"]  # found in no title: every cell painted as Qt paints it
    assert marker_pixels(table) == 0
    delegate.terms = ["nazar"]
    assert marker_pixels(table) > 0 and delegate.terms == ["nazar"]


def test_a_search_asked_again_finds_its_marks_kept_and_draws_the_same(window: MainWindow) -> None:
    """A word typed and taken back marks the titles from the marks kept for it (no title measured
    again), with the same pixels; only the latest few searches are kept."""
    from azkz_desktop.ui.highlight_delegate import KEPT_SEARCHES

    table = window.event_table
    window.session.set_filter(EventFilter(text="Nazarbayev"))
    delegate = table.title_delegate
    first = marker_pixels(table)
    kept, words = dict(delegate._marks), delegate.terms
    assert first > 0 and any(marks is not None for marks in kept.values())
    delegate.terms = ["aliyev"]
    assert marker_pixels(table) > 0 and delegate._marks != kept
    delegate.terms = words
    assert delegate._marks == kept  # before any paint: the marks kept for these words
    assert marker_pixels(table) == first
    for number in range(KEPT_SEARCHES + 2):
        delegate.terms = [f"word{number}"]
    assert len(delegate._marks_by_terms) == KEPT_SEARCHES
    delegate.terms = words
    assert delegate._marks == {}  # long unused: worked out again
    assert marker_pixels(table) == first
