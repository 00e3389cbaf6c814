"""Every control a keyboard can reach has a name a screen reader can speak; the detail pane reads in the
order it is shown."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QWidget

from azkz_desktop.ui import accessibility
from azkz_desktop.ui.main_window import MainWindow

NAME = QAccessible.Text.Name


def is_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def reachable(root: QWidget) -> list[QWidget]:
    """Widgets that take keyboard focus, in the window or its menus (not Qt's own helpers, named qt_*,
    scroll areas' viewports, or a combo box's private popup)."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.focusPolicy() != widget.focusPolicy().NoFocus
        and not widget.objectName().startswith("qt_")
        and not isinstance(widget, QMenu)
        and not is_viewport(widget)
        and (widget.window() is root or isinstance(widget.window(), QMenu))
    ]


def test_every_focusable_control_has_an_accessible_name(window: MainWindow, qtbot) -> None:
    accessibility.install()  # as the app does at start-up: the painted views describe themselves
    window.session.select([window.index.ids[5]], current=window.index.ids[5])
    window.tabs.setCurrentWidget(window.trade)  # builds the chart
    window.table_action.trigger()
    window.tabs.setCurrentWidget(window.documents)
    QApplication.processEvents()
    unnamed = []
    for widget in reachable(window):
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(NAME).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not unnamed, "no accessible name: " + ", ".join(unnamed)
    assert len(reachable(window)) > 15


def test_fields_whose_text_says_nothing_are_named(window: MainWindow) -> None:
    def name(widget: QWidget) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(NAME)

    assert name(window.filter_bar.search) == "Search events and documents"
    assert name(window.filter_bar.date_from) == "From date"
    assert name(window.filter_bar.date_to) == "To date"
    assert name(window.event_table) == "Events"


def test_every_menu_entry_has_text(window: MainWindow) -> None:
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            assert action.isSeparator() or action.text().strip() or action.menu(), menu.title()


def accessible_texts(interface) -> list[str]:
    """Depth first, as a screen reader walks the pane: every named label, link and button."""
    found = []
    for number in range(interface.childCount()):
        child = interface.child(number)
        if child is None:
            continue
        name = child.text(NAME).strip()
        if name and child.role() in (
            QAccessible.Role.StaticText,
            QAccessible.Role.Button,
            QAccessible.Role.Link,
        ):
            found.append((name, child.rect().top(), child.rect().left()))
        found.extend(accessible_texts(child))
    return found


def test_the_detail_pane_reads_top_to_bottom(window: MainWindow, qtbot) -> None:
    event_id = next(i for i in window.index.ids if len(window._database.event(i).sources) >= 2)
    window.session.select([event_id], current=event_id)
    QApplication.processEvents()
    event = window._database.event(event_id)
    pane = QAccessible.queryAccessibleInterface(window.details.widget())
    read = accessible_texts(pane)
    names = [name for name, _, _ in read]
    assert names[0] == event.span.label() and names[1] == event.title
    assert names.index(event.title) < names.index(next(n for n in names if n.startswith("Sources (")))
    # The order read is the order shown: top to bottom, then left to right on one line.
    positions = [(top, left) for _, top, left in read]
    assert positions == sorted(positions), names
