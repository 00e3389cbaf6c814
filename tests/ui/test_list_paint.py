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
