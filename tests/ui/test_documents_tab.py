"""The Documents tab as a reader meets it: full texts apart from reports, a filter and sort order, a
report's citation laid out compactly with the events that cite it, and no Qt warnings on the way."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.plain_text import LinkLabel


@pytest.fixture
def warnings() -> Iterator[list[str]]:
    """Every Qt warning written while the test runs."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def block(document: QTextDocument, text: str) -> QTextBlock:
    return next(
        document.findBlockByNumber(n)
        for n in range(document.blockCount())
        if document.findBlockByNumber(n).text() == text
    )


def groups(window: MainWindow) -> dict[str, list[str]]:
    tree = window.documents.list.tree
    return {
        tree.topLevelItem(n).text(0): [
            tree.topLevelItem(n).child(row).text(0) for row in range(tree.topLevelItem(n).childCount())
        ]
        for n in range(tree.topLevelItemCount())
    }


def test_full_texts_are_listed_apart_from_the_reports(
    window: MainWindow, database: RelationsDatabase
) -> None:
    listed = groups(window)
    full = database.documents(kind="full")
    references = database.documents(kind="reference")
    assert list(listed) == [f"Full-text documents ({len(full)})", f"Cited public reports ({len(references)})"]
    assert len(listed[f"Full-text documents ({len(full)})"]) == len(full) == 3


def test_the_filter_box_and_the_sort_order(qtbot, window: MainWindow, database: RelationsDatabase) -> None:
    documents = window.documents
    documents.list.filter.setText("azertac")
    ids = documents.document_ids()
    assert "azertac-de-2023-04-10" in ids
    assert all("azertac" in (d.title + d.outlet).casefold() for d in map(database.document, ids))
    documents.list.filter.clear()
    documents.list.sort.setCurrentIndex(documents.list.sort.findData("Outlet"))
    outlets = [database.document(i).outlet.casefold() for i in documents.document_ids()]
    full_count = len(database.documents(kind="full"))
    assert outlets[full_count:] == sorted(outlets[full_count:])
    documents.list.sort.setCurrentIndex(documents.list.sort.findData("Date"))
    dates = [database.document(i).published for i in documents.document_ids()[full_count:]]
    assert dates == sorted(dates)


def test_a_report_shows_its_citation_compactly_and_the_events_citing_it(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    window.resize(1024, 640)
    window.tabs.setCurrentWidget(window.documents)
    report = next(d for d in database.documents(kind="reference") if len(database.citing_events(d.id)) >= 1)
    window.documents.list.select(report.id)
    QApplication.processEvents()
    documents = window.documents
    assert documents.current_document_id() == report.id
    assert documents.meta.isVisible() and report.outlet in documents.meta.text()
    # Compact: title, metadata and buttons follow each other with no big gaps.
    top_of_buttons = documents.address_box.mapTo(documents, documents.address_box.rect().topLeft()).y()
    bottom_of_title = documents.title.mapTo(documents, documents.title.rect().bottomLeft()).y()
    assert top_of_buttons - bottom_of_title < 200
    gaps = []
    labels = [documents.title, documents.meta, documents.provenance, documents.passage_count]
    for upper, lower in itertools.pairwise(labels):
        if upper.isVisible() and lower.isVisible():
            gaps.append(lower.geometry().top() - upper.geometry().bottom())
    assert max(gaps) < 20
    citing = documents.citing.widget().findChildren(LinkLabel, "citingEvent")
    expected = database.citing_events(report.id)
    assert [link.text() for link in citing] == [f"{date} — {title}" for _, date, title in expected]
    qtbot.mouseClick(citing[0], Qt.MouseButton.LeftButton)
    assert window.session.selection == {expected[0][0]}


def test_a_citing_event_hidden_by_a_filter_is_shown_when_clicked(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    report = next(d for d in database.documents(kind="reference") if database.citing_events(d.id))
    event_id = database.citing_events(report.id)[0][0]
    window.session.set_filter(EventFilter(text="zzzznothing"))
    window.documents.set_search("", None)
    window.documents.list.select(report.id)
    link = window.documents.citing.widget().findChildren(LinkLabel, "citingEvent")[0]
    link.clicked.emit()
    assert window.session.selection == {event_id}
    assert window.session.is_shown(event_id)


def test_switching_documents_after_open_in_document_warns_of_nothing(
    qtbot, window: MainWindow, database: RelationsDatabase, warnings: list[str]
) -> None:
    longest = max(database.documents(kind="full"), key=lambda d: len(database.document(d.id).text))
    _, start, end = database.document_passages(longest.id)[-1]
    window.open_document(longest.id, start, end)
    for document in database.documents(kind="full"):
        window.documents.list.select(document.id)
    window.session.set_filter(EventFilter(text="Caspian"))
    window.session.set_filter(EventFilter(text="Handelsumsatz"))
    window.session.set_filter(EventFilter())
    QApplication.processEvents()
    assert not [message for message in warnings if "QTextCursor" in message], warnings


def test_a_passage_beyond_the_text_is_left_unmarked(window: MainWindow, database: RelationsDatabase) -> None:
    document = database.documents(kind="full")[0]
    length = len(database.document(document.id).text)
    window.documents.show_document(document.id, (length + 10, length + 20))
    assert window.documents.highlighted_ranges()["current"] == []


def test_table_remnants_are_drawn_faint_and_the_text_is_unchanged(
    window: MainWindow, database: RelationsDatabase
) -> None:
    wikipedia = next(d for d in database.documents(kind="full") if "wikipedia" in d.id)
    window.documents.show_document(wikipedia.id)
    stored = database.document(wikipedia.id).text
    assert window.documents.text.toPlainText() == stored
    document = window.documents.text.document()
    rule = next(
        document.findBlockByNumber(n)
        for n in range(document.blockCount())
        if document.findBlockByNumber(n).text() == "---|"
    )
    faint = rule.layout().formats()
    assert (
        faint and faint[0].format.foreground().color() == window.documents.palette().placeholderText().color()
    )
    heading = next(
        document.findBlockByNumber(n)
        for n in range(document.blockCount())
        if document.findBlockByNumber(n).text() == "Political relations"
    )
    assert heading.layout().formats()[0].format.fontWeight() >= 600
    assert isinstance(window.documents.title, QLabel)
