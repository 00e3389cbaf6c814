"""The list after filtering and at launch, and a passage click that would pick a hidden event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.main_window import MainWindow


def row_is_in_view(window: MainWindow, event_id: str) -> bool:
    table = window.event_table
    position = window.event_model.positions_of([event_id])
    assert len(position) == 1
    rect = table.visualRect(window.event_model.index(int(position[0]), 0))
    return table.viewport().rect().contains(rect)


def test_after_filtering_the_list_starts_at_its_top(qtbot, window: MainWindow) -> None:
    window.event_table.scrollToBottom()
    qtbot.waitUntil(lambda: window.event_table.verticalScrollBar().value() > 0)
    window.session.set_filter(EventFilter(categories=frozenset({"diplomacy"})))
    assert window.event_table.verticalScrollBar().value() == 0


def test_after_filtering_the_current_event_stays_in_view(qtbot, window: MainWindow) -> None:
    last = window.event_model.event_id_at(window.event_model.rowCount() - 1)
    window.session.select([last], current=last)
    row = window.index.row_of(last)
    category = window.index.categories[window.index.category_codes[row]]
    window.session.set_filter(EventFilter(categories=frozenset({category})))
    assert row_is_in_view(window, last)


def test_at_launch_the_restored_selection_is_in_view(qtbot, database: RelationsDatabase) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    last = first.event_model.event_id_at(first.event_model.rowCount() - 2)
    first.session.select([last], current=last)
    first.close()
    second = MainWindow(database)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    qtbot.waitUntil(lambda: row_is_in_view(second, last))


def test_a_passage_of_a_hidden_event_clears_the_filter_and_says_so(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    document = database.documents(kind="full")[0]
    event_id, start, end = database.document_passages(document.id)[0]
    category = database.event(event_id).category
    others = frozenset(c.id for c in window.categories if c.id != category)
    window.session.set_filter(EventFilter(categories=others))
    assert not window.session.is_shown(event_id)
    window.tabs.setCurrentWidget(window.documents)
    window.documents.show_document(document.id, (start, end))
    reader = window.documents.text
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start + 1)
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.cursorRect(cursor).center())
    assert event_id in window.session.selection
    assert window.session.is_shown(event_id)
    assert window.session.event_filter.is_empty
    assert "Filters cleared" in window.statusBar().currentMessage()
    assert "1 selected" in window.status_label.text() or "selected" in window.status_label.text()
    assert " of " not in window.status_label.text()
