"""From an event to the words that back it, and filters that every view obeys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPushButton

from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.event_table import EVENT_ID_ROLE
from azkz_desktop.ui.main_window import MainWindow


def listed_ids(window: MainWindow) -> list[str]:
    model = window.event_table.model()
    return [model.index(row, 0).data(EVENT_ID_ROLE) for row in range(model.rowCount())]


def drawn_ids(window: MainWindow) -> set[str]:
    layout = window.timeline.current_layout()
    ids = {window.index.ids[row] for lane in layout.lanes for row in lane.rows}
    for lane in layout.lanes:
        lane_index = window.index.lanes[lane.category]
        for first, last in zip(lane.cluster_first, lane.cluster_last, strict=True):
            rows = lane_index.rows[first:last]
            if window.session.shown_mask is not None:
                rows = rows[window.session.shown_mask[rows]]
            ids |= {window.index.ids[row] for row in rows}
    return ids


def test_open_in_document_highlights_exactly_the_quoted_characters(qtbot, window, database) -> None:
    event = database.event("trade-growth-40-percent-2023")
    assert event is not None
    source = event.sources[1]
    window.session.select([event.id], current=event.id)
    buttons = [b for b in window.details.widget().findChildren(QPushButton) if b.text() == "Open in Document"]
    assert len(buttons) == len([s for s in event.sources if s.kind == "full"]) == 2
    buttons[1].click()
    assert window.tabs.currentWidget() is window.documents
    assert window.documents.current_document_id() == "azertac-de-2023-04-10"
    current = window.documents.highlighted_ranges()["current"]
    assert current == [(source.char_start, source.char_end)]
    marked = [s for s in window.documents.text.extraSelections() if s.cursor.selectedText() == source.quote]
    assert marked, "the quoted passage is not marked in the text widget"
    assert window.documents.text.textCursor().position() == source.char_start


def test_the_reader_labels_the_german_document_and_marks_every_backing_passage(window, database) -> None:
    window.documents.show_document("azertac-de-2023-04-10")
    assert "German" in window.documents.meta.text()
    passages = {(start, end) for _, start, end in database.document_passages("azertac-de-2023-04-10")}
    assert set(window.documents.highlighted_ranges()["passage"]) == passages
    text = database.document("azertac-de-2023-04-10").text
    assert window.documents.text.toPlainText() == text.replace("\r\n", "\n")


def test_clicking_a_passage_selects_its_events(qtbot, window, database) -> None:
    window.tabs.setCurrentWidget(window.documents)
    window.documents.show_document("wikipedia-en-2012")
    start = next(
        s for e, s, _ in database.document_passages("wikipedia-en-2012") if e == "veten-newspaper-2007"
    )
    cursor = QTextCursor(window.documents.text.document())
    cursor.setPosition(start + 5)
    window.documents.text.setTextCursor(cursor)
    rect = window.documents.text.cursorRect(cursor)
    qtbot.mouseClick(window.documents.text.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.selection == {"veten-newspaper-2007"}
    assert window.session.current == "veten-newspaper-2007"
    assert window.timeline._selected_rows[window.index.row_of("veten-newspaper-2007")]


def test_selecting_an_event_marks_its_passage_in_the_open_document(window, database) -> None:
    window.documents.show_document("report-tokayev-2024-03-10")
    window.session.select(["trade-turnover-2023"], current="trade-turnover-2023")
    passage = [
        (s, e)
        for ev, s, e in database.document_passages("report-tokayev-2024-03-10")
        if ev == "trade-turnover-2023"
    ]
    assert window.documents.highlighted_ranges()["current"] == passage[:1]
    assert passage[0] in window.documents.highlighted_ranges()["selected"]


def test_search_finds_events_by_a_word_of_their_summary(qtbot, window) -> None:
    window.filter_bar.search.setText("fibre-optic")
    window.filter_bar.apply()
    ids = listed_ids(window)
    assert "oil-fibre-transport-talks-2023" in ids
    assert len(ids) < len(window.index.ids) / 10
    assert drawn_ids(window) == set(ids)
    assert window.status_label.text().startswith(f"{len(ids)} of {len(window.index.ids)} events shown")


def test_search_finds_the_german_document_by_a_german_word_and_marks_it(window) -> None:
    window.filter_bar.search.setText("Glasfaserleitungen")
    window.filter_bar.apply()
    assert window.documents.document_ids() == ["azertac-de-2023-04-10"]
    assert window.documents.current_document_id() == "azertac-de-2023-04-10"
    text = window.documents._document.text
    spans = window.documents.highlighted_ranges()["search"]
    assert [text[s:e] for s, e in spans] == ["Glasfaserleitungen"]


def test_enter_selects_the_first_hit_and_escape_clears_the_search(qtbot, window) -> None:
    window.focus_search()
    qtbot.keyClicks(window.filter_bar.search, "Caspian")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    first = listed_ids(window)[0]
    assert window.session.selection == {first}
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    assert window.filter_bar.search.text() == ""
    assert window.session.event_filter.is_empty
    assert len(listed_ids(window)) == len(window.index.ids)


def test_typing_searches_after_a_pause(qtbot, window, database) -> None:
    qtbot.keyClicks(window.filter_bar.search, "Rasizade")
    assert window.session.event_filter.text == ""  # not on every key
    qtbot.waitUntil(lambda: window.session.event_filter.text == "Rasizade", timeout=2000)
    found = database.filtered_event_ids(EventFilter(text="Rasizade"))
    assert "rasizade-inauguration-2006" in found
    assert listed_ids(window) == found


@pytest.mark.parametrize(
    ("event_filter", "expected"),
    [
        (EventFilter(categories=frozenset({"culture"})), lambda e: e.category == "culture"),
        (EventFilter(people=frozenset({"Artur Rasizade"})), lambda e: "Artur Rasizade" in e.people),
        (
            EventFilter(start=PartialDate(2022), end=PartialDate(2023)),
            lambda e: (
                e.span.last_day() >= dt.date(2022, 1, 1) and e.span.first_day() <= dt.date(2023, 12, 31)
            ),
        ),
    ],
)
def test_each_filter_narrows_every_view_alike(window, database, event_filter, expected) -> None:
    window.session.set_window(window.session.padded_full_range)  # every event in view, outliers too
    window.session.set_filter(event_filter)
    wanted = {e.id for e in map(database.event, window.index.ids) if e is not None and expected(e)}
    assert wanted
    assert set(listed_ids(window)) == wanted
    assert drawn_ids(window) == wanted
    assert int(window.overview.histogram().sum()) == len(wanted)
    assert f"{len(wanted)} of {len(window.index.ids)} events shown" in window.status_label.text()


def test_filtered_out_categories_leave_the_timeline_and_clear_brings_all_back(window) -> None:
    window.filter_bar.category_actions["culture"].setChecked(False)
    lanes = [lane.category for lane in window.timeline.current_layout().lanes]
    assert "culture" not in lanes and len(lanes) == 5
    assert window.filter_bar.clear_action.isEnabled()
    window.filter_bar.clear_action.trigger()
    assert window.filter_bar.category_actions["culture"].isChecked()
    assert len(listed_ids(window)) == len(window.index.ids)
    assert not window.filter_bar.clear_action.isEnabled()


def test_a_bad_date_is_marked_and_ignored(qtbot, window) -> None:
    window.filter_bar.date_from.setText("2023-02-30")
    window.filter_bar.apply()
    assert "border" in window.filter_bar.date_from.styleSheet()
    assert window.session.event_filter.start is None
    window.filter_bar.date_from.setText("2023-02")
    window.filter_bar.apply()
    assert window.session.event_filter.start == PartialDate(2023, 2)
    assert window.filter_bar.date_from.styleSheet() == ""


def test_filters_survive_a_restart(qtbot, database) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    wanted = EventFilter(
        categories=frozenset({"diplomacy", "economy"}), people=frozenset({"Ilham Aliyev"}), text="visit"
    )
    first.session.set_filter(wanted)
    first.close()
    second = MainWindow(database)
    qtbot.addWidget(second)
    assert second.session.event_filter == wanted
    assert second.filter_bar.search.text() == "visit"
    assert not second.filter_bar.category_actions["culture"].isChecked()


def test_the_selection_keeps_only_events_the_filter_shows(window) -> None:
    window.session.select(["veten-newspaper-2007", "diplomatic-relations-1992"])
    window.session.set_filter(EventFilter(categories=frozenset({"culture"})))
    assert window.session.selection == {"veten-newspaper-2007"}


def test_matched_words_are_marked_in_the_list(qtbot, window) -> None:
    window.session.set_filter(EventFilter(text="Nazarbayev"))
    assert window.event_table.title_delegate.terms == ["Nazarbayev"]
    image = window.event_table.viewport().grab().toImage()
    model = window.event_table.model()
    rect = window.event_table.visualRect(model.index(0, 1))
    marked = image.pixelColor(QPoint(rect.left() + 5, rect.top() + 3))
    assert (marked.red(), marked.green(), marked.blue()) == (0xFF, 0xE2, 0x7A)
    assert isinstance(window.status_label, QLabel)
