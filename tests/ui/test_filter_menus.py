"""The filter bar as a user meets it: "&" shown as written, categories picked without the menu closing,
a bad date explained beside the fields, Clear Filters greyed when nothing is filtered."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.timeline.geometry import GUTTER_WIDTH


def shown_text(action_text: str) -> str:
    """What Qt draws for a menu text: "&&" is one "&", a lone "&" marks a shortcut and is not drawn."""
    return action_text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def category_menu(window: MainWindow) -> QMenu:
    menu = window.filter_bar.category_button.menu()
    assert menu is not None
    return menu


def test_ampersands_in_category_names_are_shown_not_taken_as_shortcuts(window: MainWindow) -> None:
    labels = {category.label for category in window.categories}
    assert "Economy & trade" in labels
    menus = [category_menu(window), category_menu(window).findChild(QMenu, "onlyMenu"), window.lanes_menu]
    for menu in menus:
        texts = {shown_text(action.text()) for action in menu.actions()}
        assert {label for label in labels if "&" in label} <= {
            text.removeprefix("Only ") for text in texts
        }, menu


def test_the_lane_context_menu_shows_ampersands(qtbot, window: MainWindow) -> None:
    timeline = window.timeline
    lane = next(lane for lane in timeline.current_layout().lanes if lane.category == "economy")
    y = int(lane.top + lane.height / 2)
    seen: list[str] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.extend(shown_text(action.text()) for action in popup.actions())
            popup.close()

    QTimer.singleShot(50, read_and_close)
    position = QPoint(int(GUTTER_WIDTH / 2), y)
    timeline.contextMenuEvent(
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, timeline.mapToGlobal(position))
    )
    assert "Hide “Economy & trade”" in seen


def test_ticking_categories_keeps_the_menu_open(qtbot, window: MainWindow) -> None:
    menu = category_menu(window)
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    for key in ("culture", "energy"):
        action = window.filter_bar.category_actions[key]
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        assert menu.isVisible()
        assert not action.isChecked()
    assert window.session.event_filter.categories is not None
    assert {"culture", "energy"}.isdisjoint(window.session.event_filter.categories)
    menu.close()


def test_only_and_all_and_none(qtbot, window: MainWindow) -> None:
    menu = category_menu(window)
    only = menu.findChild(QMenu, "onlyMenu")
    next(action for action in only.actions() if "Diplomacy" in action.text()).trigger()
    assert window.session.event_filter.categories == frozenset({"diplomacy"})
    assert window.event_model.rowCount() > 0
    assert all(
        window.index.categories[window.index.category_codes[window.event_model.row_at(p)]] == "diplomacy"
        for p in range(window.event_model.rowCount())
    )
    none_action = next(action for action in menu.actions() if action.text() == "Show None")
    none_action.trigger()
    assert window.session.event_filter.categories == frozenset()
    assert window.event_model.rowCount() == 0
    next(action for action in menu.actions() if action.text() == "Show All").trigger()
    assert window.session.event_filter.categories is None
    assert window.event_model.rowCount() == len(window.index.ids)


def test_the_category_button_keeps_its_width(window: MainWindow) -> None:
    button = window.filter_bar.category_button
    before = (button.width(), window.filter_bar.date_from.x())
    window.filter_bar.category_actions["culture"].setChecked(False)
    QApplication.processEvents()
    assert button.text() == "Categories (5)"
    assert (button.width(), window.filter_bar.date_from.x()) == before


def test_a_bad_date_says_why_beside_the_field(qtbot, window: MainWindow) -> None:
    bar = window.filter_bar
    assert "2010 or" in bar.date_from.placeholderText()  # a year alone is accepted
    bar.date_from.setText("2023-13")
    qtbot.waitUntil(bar.date_message.isVisible)
    assert bar.date_message.text() == "From: month 13 does not exist"
    bar.date_to.setText("24")
    qtbot.waitUntil(lambda: "To:" in bar.date_message.text())
    assert "To: not a date; use YYYY, YYYY-MM or YYYY-MM-DD" in bar.date_message.text()
    bar.date_to.clear()
    bar.date_from.setText("2010")
    qtbot.waitUntil(lambda: not bar.date_message.isVisible())
    bar.apply()
    assert window.session.event_filter.start is not None


def test_clear_filters_is_greyed_after_a_relaunch_with_no_filter(qtbot, database) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    first.session.set_filter(EventFilter(text="visit"))
    first.session.clear_filter()
    first.close()
    second = MainWindow(database)
    qtbot.addWidget(second)
    assert second.session.event_filter.is_empty
    assert not second.filter_bar.clear_action.isEnabled()


def test_space_ticks_a_category_without_closing_the_menu(qtbot, window: MainWindow) -> None:
    menu = category_menu(window)
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    action = window.filter_bar.category_actions["diplomacy"]
    menu.setActiveAction(action)
    qtbot.keyClick(menu, Qt.Key.Key_Space)
    assert menu.isVisible()
    assert not action.isChecked()
    assert "diplomacy" not in window.session.event_filter.categories
    menu.close()
