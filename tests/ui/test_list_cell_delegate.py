"""The list's plain cells, drawn from kept layouts, are the pixels Qt's own delegate draws."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate

from azkz_desktop.ui.event_table import DATE, SOURCES, TITLE
from azkz_desktop.ui.main_window import MainWindow


def pixels(window: MainWindow) -> QImage:
    table = window.event_table
    table.viewport().repaint()
    return table.viewport().grab().toImage()


def both_ways(window: MainWindow, screen: bool | None = None) -> tuple[QImage, QImage]:
    """The list as painted with the kept layouts (a screen of plain cells in one call, see list_screen;
    `screen` says whether that call must have painted it, or must not have), and as Qt's own delegate
    and QTableView paint it, the grid with Qt's pen."""
    table = window.event_table
    table.paint_on_own()  # as after the launch
    table.cell_delegate.forget()
    fast, painted_at_once = pixels_and_one_calls(window)
    assert len(table.cell_delegate._laid) >= 20  # the shortcut drew most cells
    if screen is not None:
        assert painted_at_once and all(painted_at_once) is screen, painted_at_once
    plain = QStyledItemDelegate(table)
    table.setItemDelegate(plain)
    table.setGridStyle(Qt.PenStyle.SolidLine)
    try:
        slow = pixels(window)
    finally:
        table.setItemDelegate(table.cell_delegate)
        table.setGridStyle(Qt.PenStyle.NoPen)
    return fast, slow


def pixels_and_one_calls(window: MainWindow) -> tuple[QImage, list[bool]]:
    """The list's pixels, and for each paint whether list_screen painted it in one call."""
    from azkz_desktop.ui import event_list

    painted_at_once: list[bool] = []
    one_call = event_list.paint_screen
    event_list.paint_screen = lambda view, event: (
        painted_at_once.append(one_call(view, event)) or painted_at_once[-1]
    )
    try:
        return pixels(window), painted_at_once
    finally:
        event_list.paint_screen = one_call


def assert_same(fast: QImage, slow: QImage) -> None:
    assert fast.size() == slow.size()
    if fast != slow:
        width, height = fast.width(), fast.height()
        differing = [
            (x, y) for y in range(height) for x in range(width) if fast.pixel(x, y) != slow.pixel(x, y)
        ]
        pytest.fail(f"{len(differing)} pixels differ, first at {differing[:5]}")


@pytest.mark.parametrize("title_width", [None, 60, 200])
@pytest.mark.parametrize("column", [DATE, TITLE, SOURCES])
def test_cells_look_as_qt_draws_them_sorted_selected_and_elided(
    qtbot, window: MainWindow, title_width: int | None, column: int
) -> None:
    table = window.event_table
    table.resize(900, 360)
    table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    if title_width is not None:  # narrow columns: most texts are elided
        for narrowed in range(4):
            table.horizontalHeader().setSectionResizeMode(
                narrowed, table.horizontalHeader().ResizeMode.Interactive
            )
            table.setColumnWidth(narrowed, title_width)
    qtbot.wait(10)
    model = table.model()
    rows = np.arange(model.rowCount())
    window.session.select_rows(model.rows_at(2, 5), current=None)  # a few selected rows
    assert len(rows) > 20
    fast, slow = both_ways(window, screen=True)
    assert_same(fast, slow)


def test_the_current_row_with_the_focus_and_a_disabled_list_look_as_qt_draws_them(
    qtbot, window: MainWindow
) -> None:
    table = window.event_table
    table.resize(900, 300)
    window.session.select_rows(table.model().rows_at(1, 4), current=table.model().event_id_at(3))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    assert table.currentIndex().row() == 3
    # The focused current cell by Qt's delegate, the others from layouts: cell by cell, not in one call.
    assert_same(*both_ways(window, screen=False))
    window.timeline.setFocus()
    qtbot.waitUntil(lambda: not table.hasFocus(), timeout=2000)
    assert_same(*both_ways(window))  # an active window, the list without the focus
    table.setEnabled(False)
    assert_same(*both_ways(window))


def test_texts_qt_lays_out_in_its_own_way_are_left_to_qt(window: MainWindow) -> None:
    model = window.event_table.model()
    row = model.row_at(0)
    date, _title, category, sources = model._keep_cells(row)
    for odd in (" leading space", "trailing space ", "two\nlines", "a\ttab", "line\u2028break", ""):
        model._cells[row] = (date, odd, category, sources)
        assert model.plain_value(0, TITLE) is None, odd
    model._cells[row] = (date, "Kazakh–Azerbaijani talks", category, sources)
    assert model.plain_value(0, TITLE) == "Kazakh–Azerbaijani talks"
    assert model.plain_value(0, SOURCES) == sources
    from PySide6.QtGui import QIcon, QPixmap

    marks = QIcon(QPixmap(8, 8))
    model.decoration = lambda event_id: marks  # the workspace's marks: Qt's delegate draws them
    assert model.plain_value(0, TITLE) is None
    assert model.plain_value(0, DATE) == date


def marked_on_screen(table, plain) -> list[int]:
    """The list positions on screen whose title (`plain(position, TITLE)`) holds a searched word."""
    from azkz_desktop.ui.text_match import pattern_spans

    on_screen = range(min(table.model().rowCount(), table.rowAt(table.viewport().height() - 1) + 1))
    pattern = table.title_delegate._pattern
    return [p for p in on_screen if pattern_spans(str(plain(p, TITLE)), pattern)]


def kept_and_style_pixels(window: MainWindow):
    """The window drawn with the titles' kept marks (which it must have), the screen in one call (see
    list_screen), then cell by cell by QTableView with every title through Qt's style."""
    marking = window.event_table.title_delegate
    marking.forget()
    fast, one_calls = pixels_and_one_calls(window)
    assert one_calls and all(one_calls), one_calls
    assert marking._marks and any(marks is not None for marks in marking._marks.values())
    kept = marking._cell_value
    marking._cell_value = lambda position, column: None  # every title through Qt's style
    try:
        slow, one_calls = pixels_and_one_calls(window)
    finally:
        marking._cell_value = kept
    assert one_calls and not any(one_calls), one_calls
    return fast, slow


@pytest.mark.parametrize("words", ["Aliyev", "summit Baku", "Nazarbayev visit"])
def test_marked_titles_drawn_from_kept_marks_are_the_pixels_of_the_style_path(
    qtbot, window: MainWindow, words: str
) -> None:
    from azkz_desktop.data.filters import EventFilter
    from azkz_desktop.ui.highlight_delegate import MARKER

    table = window.event_table
    table.resize(900, 360)
    window.session.set_filter(EventFilter(text=words.split()[0]))
    table.set_search_words(words)
    model = table.model()
    marked = marked_on_screen(table, model.plain_value)
    assert len(marked) >= 2
    window.session.select_rows(np.asarray([model.row_at(p) for p in marked[:2]]), current=None)
    qtbot.wait(10)
    fast, slow_titles = kept_and_style_pixels(window)
    assert_same(fast, slow_titles)
    marker = MARKER.rgb()
    assert any(fast.pixel(x, y) == marker for x in range(fast.width()) for y in range(0, fast.height(), 3))


@pytest.mark.parametrize("title_width", [None, 120])
def test_titles_with_the_workspace_marks_look_as_qt_draws_them(
    qtbot, open_window, title_width: int | None
) -> None:
    """With a workspace open every title has an icon (an empty one for no marks): the kept path draws
    it and the text after it where Qt's style puts them, starred and noted, selected or not."""
    window = open_window()
    table = window.event_table
    table.resize(900, 360)
    if title_width is not None:
        table.horizontalHeader().setSectionResizeMode(TITLE, table.horizontalHeader().ResizeMode.Interactive)
        table.setColumnWidth(TITLE, title_width)
    model = table.model()
    ui = window.workspace_ui
    starred = [model.event_id_at(position) for position in (0, 2, 3)]
    ui.stack.push(_star_command(ui, starred))
    ui.save_note(model.event_id_at(3), "", "a note")
    ui.save_note(model.event_id_at(4), "", "another")
    window.session.select_rows(model.rows_at(1, 3), current=None)  # marked and unmarked, selected
    qtbot.wait(10)
    assert model.plain_value(0, TITLE) is None  # Qt's delegate would draw these titles
    assert isinstance(model.plain_text(0, TITLE), str) and model.icon_at(0) is not None
    laid = table.cell_delegate._laid
    table.cell_delegate.forget()
    fast, slow = both_ways(window, screen=True)  # icons and titles in one call
    on_screen = range(table.rowAt(0), table.rowAt(table.viewport().height() - 1) + 1)
    assert any(str(model.plain_text(p, TITLE)) == text for p in on_screen for text, _width in laid)
    assert_same(fast, slow)
    table.setEnabled(False)  # the icons' disabled mode
    assert_same(*both_ways(window))
    table.setEnabled(True)
    from PySide6.QtGui import QIcon

    model.decoration = lambda event_id: QIcon()  # a null icon: Qt's delegate draws the text alone
    assert model.icon_at(0) is None and model.plain_value(0, TITLE) == model.plain_text(0, TITLE)
    assert_same(*both_ways(window))


def _star_command(ui, event_ids: list[str]):
    from azkz_desktop.ui.workspace import commands

    return commands.StarCommand(ui, event_ids, True)


def _shown_by_kept_path(delegate, option, text: str, width: int) -> str:
    delegate._laid.clear()
    static, _width = delegate._lay_out(text, width, option)
    return static.text()


def _texts_and_widths(window: MainWindow, texts: list[str]):
    """Each text with widths about its own (where eliding begins) and well below it."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.font = window.event_table.font()
    option.fontMetrics = window.event_table.fontMetrics()
    for text in texts:
        natural = option.fontMetrics.horizontalAdvance(text)
        for width in {natural - 1, natural, natural + 1, natural // 2, 8, 1}:
            yield option, text, max(width, 0)


def test_a_text_is_elided_exactly_when_qt_elides_it(window: MainWindow) -> None:
    """The kept path elides only texts wider than their cell; elidedText decides the same for each
    title of the database and widths at, about and below its own."""
    delegate = window.event_table.cell_delegate
    titles = window.index.titles_of(np.arange(min(len(window.index), 400)))
    texts = [title for title in titles if title.isprintable() and title.strip() == title]
    for option, text, width in _texts_and_widths(window, [*texts, "Ŭ", "Мир", "中文", "مرحبا بكم", "a"]):
        expected = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        assert _shown_by_kept_path(delegate, option, text, width) == expected, (text, width)


_PRINTABLE = st.text(
    st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs")), min_size=1, max_size=40
).filter(lambda text: text.isprintable() and text.strip() == text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_PRINTABLE, min_size=1, max_size=5))
def test_any_plain_text_is_elided_exactly_when_qt_elides_it(window: MainWindow, texts: list[str]) -> None:
    delegate = window.event_table.cell_delegate
    for option, text, width in _texts_and_widths(window, texts):
        expected = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        assert _shown_by_kept_path(delegate, option, text, width) == expected, (text, width)


def test_marked_titles_with_the_workspace_marks_are_the_pixels_of_the_style_path(qtbot, open_window) -> None:
    """A search with a workspace open: the marked titles, starred or not, selected or not, are drawn
    from kept marks as the style path draws them, their text after the icon, not under it."""
    from azkz_desktop.data.filters import EventFilter
    from azkz_desktop.ui.highlight_delegate import MARKER

    window = open_window()
    table = window.event_table
    table.resize(900, 360)
    window.session.set_filter(EventFilter(text="Aliyev"))
    table.set_search_words("Aliyev summit")
    model = table.model()
    marked = marked_on_screen(table, model.plain_text)
    assert len(marked) >= 3
    ui = window.workspace_ui
    ui.stack.push(_star_command(ui, [model.event_id_at(marked[0]), model.event_id_at(marked[2])]))
    window.session.select_rows(np.asarray([model.row_at(p) for p in marked[:2]]), current=None)
    qtbot.wait(10)
    fast, slow = kept_and_style_pixels(window)
    assert_same(fast, slow)
    title_left = table.columnViewportPosition(TITLE)
    icon_width = table.iconSize().width()
    marker = MARKER.rgb()
    lefts = [
        x
        for y in range(fast.height())
        for x in range(title_left, title_left + table.columnWidth(TITLE))
        if fast.pixel(x, y) == marker
    ]
    assert lefts and min(lefts) > title_left + icon_width  # the words are marked after the icon


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_marked_titles_in_each_theme_and_a_disabled_list_are_the_pixels_of_the_style_path(
    qtbot, window: MainWindow, theme: str
) -> None:
    """The marked text's colour is the one QTableView hands a cell (the palette's Normal group, or
    Disabled), in both themes, selected or not."""
    from azkz_desktop.data.filters import EventFilter
    from azkz_desktop.ui.theme import apply_theme

    apply_theme(theme)
    try:
        table = window.event_table
        table.resize(900, 360)
        window.session.set_filter(EventFilter(text="Aliyev"))
        table.set_search_words("Aliyev")
        model = table.model()
        marked = marked_on_screen(table, model.plain_value)
        window.session.select_rows(np.asarray([model.row_at(marked[0])]), current=None)
        qtbot.wait(10)
        assert_same(*kept_and_style_pixels(window))
        table.setEnabled(False)
        assert_same(*kept_and_style_pixels(window))
    finally:
        window.event_table.setEnabled(True)
        apply_theme("system")
