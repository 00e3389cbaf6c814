"""Tab walks the areas of the window in reading order and never changes what is selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from azkz_desktop.ui.main_window import MainWindow

EVENT = "diplomatic-relations-1992"


def focus_chain(qtbot, window: MainWindow, presses: int = 60) -> list[QWidget]:
    """Press Tab from the search field until focus comes back to it; every widget focused on the way."""
    window.activateWindow()
    window.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.filter_bar.search)
    chain: list[QWidget] = [window.filter_bar.search]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.filter_bar.search:
            return chain
        chain.append(focused)
    raise AssertionError(f"Tab never came back to the search field: {[w.objectName() for w in chain]}")


def test_tab_visits_every_area_once_in_reading_order(qtbot, window: MainWindow) -> None:
    window.session.select([EVENT], current=EVENT)
    chain = focus_chain(qtbot, window)
    areas = [
        window.filter_bar.search,
        window.filter_bar.category_button,
        window.filter_bar.people_button,
        window.filter_bar.date_from,
        window.filter_bar.date_to,
        window.tabs.tabBar(),
        window.timeline,
        window.overview,
        window.event_table,
    ]
    positions = [chain.index(area) for area in areas]
    assert positions == sorted(positions)
    # The overview strip sits under the timeline: Tab goes from one to the other, then to the list.
    assert positions[-3:] == [positions[-3], positions[-3] + 1, positions[-3] + 2]
    assert chain.count(window.overview) == 1
    assert chain.count(window.event_table) == 1  # never trapped in the list, cell by cell
    after_list = chain[chain.index(window.event_table) + 1 :]
    buttons = [widget.text() for widget in after_list if hasattr(widget, "text")]
    assert "Open in Document" in buttons and "Open Address in Browser" in buttons
    assert all(window.details.isAncestorOf(widget) or widget is window.details for widget in after_list)
    assert window.session.selection == {EVENT} and window.session.current == EVENT


def test_focusing_the_list_selects_nothing(qtbot, window: MainWindow) -> None:
    window.session.clear_selection()
    focus_chain(qtbot, window)
    assert window.session.selection == frozenset()


def test_arrows_move_inside_the_list_from_the_current_event(qtbot, window: MainWindow) -> None:
    window.session.select([EVENT], current=EVENT)
    window.event_table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.event_table, Qt.Key.Key_Down)
    model = window.event_model
    position = int(model.positions_of([EVENT])[0])
    assert window.session.current == model.event_id_at(position + 1)


def test_tab_reaches_every_area_of_the_documents_tab(qtbot, window: MainWindow) -> None:
    window.session.select([EVENT], current=EVENT)
    window.tabs.setCurrentWidget(window.documents)
    chain = focus_chain(qtbot, window)
    documents = window.documents
    areas = [
        window.tabs.tabBar(),
        documents.list.filter,
        documents.list.sort,
        documents.list.tree,
        documents.text,
    ]
    positions = [chain.index(area) for area in areas]
    assert positions == sorted(positions)
    assert any(documents.address_box.isAncestorOf(widget) for widget in chain)
    assert window.session.selection == {EVENT}


def test_the_overview_moves_the_window_from_the_keyboard_and_tab_leaves_it(qtbot, window: MainWindow) -> None:
    window.timeline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.timeline.hasFocus)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.overview
    before = window.session.window
    qtbot.keyClick(window.overview, Qt.Key.Key_Right)
    assert window.session.window.start > before.start
    assert window.session.window.length == pytest.approx(before.length)
    qtbot.keyClick(window.overview, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.event_table
