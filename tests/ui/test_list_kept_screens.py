"""A whole screen of the list copied from a kept pixmap has exactly the pixels of drawing it, and
anything that changes what the screen shows (selection, focus, filter, scrolling, palette, column
widths, the search's words, the workspace's marks) draws anew."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui import list_screen
from azkz_desktop.ui.event_list import EventListView
from azkz_desktop.ui.event_table import TITLE
from azkz_desktop.ui.kept_pixmaps import KeptPixmaps
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.theme import apply_theme

ROOT = Path(__file__).resolve().parents[2]


def grabbed(table: EventListView) -> QImage:
    """A whole repaint of the list's screen, as Qt asks for it."""
    return table.viewport().grab().toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def drawn(table: EventListView) -> QImage:
    """The same screen drawn with nothing kept."""
    kept = table.kept_screens
    table.kept_screens = None
    try:
        return grabbed(table)
    finally:
        table.kept_screens = kept


@pytest.fixture
def draws(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times a screen is drawn in one call (rather than copied), so far."""
    count = [0]
    original = list_screen.Screen.draw

    def counting(screen: list_screen.Screen, painter: object) -> None:
        count[0] += 1
        original(screen, painter)  # type: ignore[arg-type]

    monkeypatch.setattr(list_screen.Screen, "draw", counting)
    return count


def ready(window: MainWindow) -> EventListView:
    """The list with a fresh store of screens, painting on its own (as after the first selection)."""
    table = window.event_table
    table.resize(900, 330)
    window.session.select_rows(table.model().rows_at(1, 2), current=None)
    table.kept_screens = KeptPixmaps()
    return table


def test_a_whole_screen_asked_for_again_is_copied_with_the_same_pixels(
    window: MainWindow, draws: list[int]
) -> None:
    table = ready(window)
    expected = drawn(table)
    before = draws[0]
    first, second, third = grabbed(table), grabbed(table), grabbed(table)
    assert draws[0] - before == 2  # drawn, then drawn into the pixmap, then copied
    assert first == expected and second == expected and third == expected
    assert len(table.kept_screens or []) == 1


def test_a_filter_taken_back_copies_the_screen_it_left(window: MainWindow, draws: list[int]) -> None:
    table = ready(window)
    window.session.clear_selection()  # the filter would unselect what it hides
    everything = [grabbed(table), grabbed(table)]  # the second one kept as a pixmap
    window.session.set_filter(EventFilter(categories=frozenset({"diplomacy"})))
    fewer = grabbed(table)
    assert fewer != everything[0]
    window.session.clear_filter()
    before = draws[0]
    assert grabbed(table) == everything[0] == drawn(table)
    assert draws[0] - before == 1  # the copy drew nothing; only `drawn` did


def dark(window: MainWindow) -> None:
    apply_theme("dark")


def narrower_titles(window: MainWindow) -> None:
    header = window.event_table.horizontalHeader()
    header.setSectionResizeMode(TITLE, header.ResizeMode.Interactive)
    window.event_table.setColumnWidth(TITLE, 150)


def focused_current(window: MainWindow) -> None:
    table = window.event_table
    table.setFocus()
    window.session.select_rows(table.model().rows_at(3, 3), current=table.model().event_id_at(3))


CHANGES: dict[str, Callable[[MainWindow], object]] = {
    "selection": lambda w: w.session.select_rows(w.event_table.model().rows_at(4, 6), current=None),
    "no selection": lambda w: w.session.clear_selection(),
    "filter": lambda w: w.session.set_filter(EventFilter(categories=frozenset({"economy"}))),
    "scrolled": lambda w: w.event_table.verticalScrollBar().setValue(5),
    "palette": dark,
    "column width": narrower_titles,
    "search words": lambda w: w.event_table.set_search_words("Kazakhstan"),
    "focus": focused_current,
}


@pytest.fixture
def themed():
    yield
    apply_theme("system")


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_what_changes_the_screen_draws_anew(window: MainWindow, qtbot, themed, change: str) -> None:
    window.activateWindow()
    table = ready(window)
    for _ in range(3):
        before = grabbed(table)  # kept as a pixmap now
    CHANGES[change](window)
    qtbot.wait(1)
    assert drawn(table) != before, "the change shows"
    for _ in range(3):  # drawn, drawn into its pixmap, copied
        assert grabbed(table) == drawn(table)


def test_the_workspace_marks_draw_anew(qtbot, open_window) -> None:
    """A star changes a title's icon, not its text: the screen is told apart by its icons too."""
    from azkz_desktop.ui.workspace import commands

    window = open_window()
    table = ready(window)
    for _ in range(3):
        before = grabbed(table)
    ui = window.workspace_ui
    ui.stack.push(commands.StarCommand(ui, [table.model().event_id_at(0)], True))
    qtbot.wait(1)
    assert drawn(table) != before
    for _ in range(3):
        assert grabbed(table) == drawn(table)


def test_screens_differing_in_their_selection_alone_are_told_apart(window: MainWindow) -> None:
    table = ready(window)
    kept = table.kept_screens
    assert kept is not None
    seen: list[list_screen.ScreenPaint] = []
    original = kept.paint
    kept.paint = lambda painter, painted, draw: (  # type: ignore[method-assign]
        seen.append(painted) or original(painter, painted, draw)  # type: ignore[arg-type]
    )
    for chosen in (table.model().rows_at(0, 0), np.empty(0, np.int64)):
        window.session.select_rows(chosen, current=None)
        grabbed(table)
    assert len(seen) == 2 and not seen[0].same(seen[1])
    assert seen[0].key[:3] == seen[1].key[:3]  # the same area, columns and rows: only the selection


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_copies_have_the_pixels_of_drawing_at_other_scales(scale: str) -> None:
    """Qt reads QT_SCALE_FACTOR once, at start: the tests above run again in a process at that scale."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", __file__]
    command += ["-k", "same_pixels or taken_back or draws_anew"]
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
    assert " passed" in done.stdout and "failed" not in done.stdout


def test_a_filter_at_the_same_scroll_position_is_kept_at_once_and_a_scroll_is_not(
    window: MainWindow, draws: list[int]
) -> None:
    table = ready(window)
    window.session.clear_selection()
    grabbed(table)
    window.session.set_filter(EventFilter(categories=frozenset({"diplomacy"})))
    fewer = grabbed(table)  # a new screen where the list was: drawn into a pixmap at once
    assert len(table.kept_screens or []) == 1
    window.session.clear_filter()
    grabbed(table)
    window.session.set_filter(EventFilter(categories=frozenset({"diplomacy"})))
    before = draws[0]
    assert grabbed(table) == fewer == drawn(table)
    assert draws[0] - before == 1  # the copy drew nothing; only `drawn` did
    window.session.clear_filter()
    table.verticalScrollBar().setValue(3)  # scrolled: drawn on screen, nothing more kept
    kept = len(table.kept_screens or [])
    before = draws[0]
    grabbed(table)
    assert draws[0] - before == 1 and len(table.kept_screens or []) == kept
