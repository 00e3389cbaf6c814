"""The detail pane keeps an event's page and fills it with the next event of the same parts: what it
shows, what its buttons and links do, its focus and scroll position are those of a page built afresh."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QWidget

from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.models import Event, Source
from azkz_desktop.session import EventListDetails
from azkz_desktop.session.details import rows_by_date
from azkz_desktop.ui.details import DetailPane
from azkz_desktop.ui.event_body import EventShape
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.plain_text import LinkLabel

LABELS = {"diplomacy": "Diplomacy", "economy": "Economy & trade"}


def source(name: str, url: str = "", quote: str | None = "words", note: str | None = None) -> Source:
    return Source(
        f"doc-{name}", f"Title {name}", f"Outlet {name}", "2020", "en", url, "full", quote, 3, 9, note
    )


def event(name: str, *sources: Source, related: tuple[tuple[str, str], ...] = (), **fields) -> Event:
    values = {
        "id": name,
        "span": DateSpan.parse("2020-05-0" + str(len(name) % 9 + 1)),
        "title": f"Title of {name}",
        "summary": f"Summary of {name}",
        "category": "diplomacy",
        "date_note": None,
        "note": None,
        "sources": sources,
        "related": related,
    }
    values.update(fields)
    return Event(**values)


def seen(pane: DetailPane) -> list[tuple]:
    """Every widget of the shown page: kind, name, texts, tooltip, description, font, visibility."""
    return [
        (
            type(widget).__mro__[1].__name__
            if type(widget).__module__.startswith("azkz")
            else type(widget).__name__,
            widget.objectName(),
            widget.text() if isinstance(widget, QLabel | QPushButton) else "",
            widget.toolTip(),
            widget.accessibleDescription(),
            widget.font().bold(),
            widget.font().italic(),
            widget.isVisibleTo(pane),
        )
        for widget in pane.widget().findChildren(QWidget)
    ]


def fresh(shown: Event) -> list[tuple]:
    pane = DetailPane(LABELS)
    pane.show_event(shown)
    try:
        return seen(pane)
    finally:
        pane.deleteLater()


def test_the_next_event_of_the_same_parts_fills_the_page_as_a_new_one_would(qtbot) -> None:
    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    first = event("alpha", source("a", "https://a.example/x", note="n"), related=(("r1", "One"),))
    second = event(
        "beta",
        source("b", "https://b.example/y", note="other note"),
        related=(("r2", "Two"),),
        category="economy",
        multilateral="a summit",
    )
    pane.show_event(first)
    page = pane.widget()
    pane.show_event(second)
    assert pane.widget() is page, "the page is filled again, not built anew"
    assert seen(pane) == fresh(second)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Title of beta" in texts and "Title of alpha" not in texts
    assert "Economy & trade · held within: a summit" in texts


def test_buttons_and_links_of_a_filled_page_act_on_the_event_shown(qtbot) -> None:
    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    messages: list[str] = []
    opened: list[tuple[str, int, int]] = []
    related: list[str] = []
    pane.message.connect(messages.append)
    pane.open_document.connect(lambda *args: opened.append(args))
    pane.related_requested.connect(related.append)
    pane.show_event(event("alpha", source("a", "https://a.example/x"), related=(("r1", "One"),)))
    pane.show_event(event("beta", source("b", "https://b.example/y"), related=(("r2", "Two"),)))

    def button(text: str) -> QPushButton:
        return next(b for b in pane.widget().findChildren(QPushButton) if b.text() == text)

    button("Copy Address").click()
    assert QGuiApplication.clipboard().text() == "https://b.example/y"
    button("Copy Citation").click()
    assert (
        "Title b" in QGuiApplication.clipboard().text()
        and "Title a" not in QGuiApplication.clipboard().text()
    )
    button("Open in Document").click()
    assert opened == [("doc-b", 3, 9)]
    pane.widget().findChild(LinkLabel, "related").clicked.emit()
    assert related == ["r2"]


def test_an_event_with_other_parts_gets_a_page_of_its_own(qtbot) -> None:
    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    pane.show_event(event("alpha", source("a", "https://a.example/x")))
    page = pane.widget()
    two = event("gamma", source("c"), source("d", "https://d.example/", quote=None, note="a note"), note="N")
    pane.show_event(two)
    assert pane.widget() is not page
    assert seen(pane) == fresh(two)
    pane.show_event(event("delta", source("e")))  # back to one source, without an address
    assert seen(pane) == fresh(event("delta", source("e")))


def test_a_page_comes_back_after_nothing_and_a_list_from_its_top(qtbot) -> None:
    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    pane.resize(300, 200)
    pane.show()
    pane.show_event(event("alpha", source("a", "https://a.example/x", note="a long note " * 40)))
    page = pane.widget()
    pane.show_nothing()  # said in place by the page, the event's widgets hidden
    assert pane.widget() is page and page.shows_hint()
    assert "Title of alpha" not in visible_texts(page)
    pane.show_list([("x", "2020", "X"), ("y", "2021", "Y")], lambda _: None)
    assert pane.widget() is not page and not page.isVisible()
    assert page not in pane.viewport().findChildren(QWidget), "kept out of the pane's content"
    pane.show_event(event("beta", source("b", "https://b.example/y", note="another note " * 40)))
    assert pane.widget() is page and page.isVisible()
    assert seen(pane) == fresh(event("beta", source("b", "https://b.example/y", note="another note " * 40)))
    QApplication.processEvents()
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    assert pane.verticalScrollBar().value() > 0
    pane.setFocus()  # the pane itself, not one of the page's buttons
    pane.show_event(event("gamma", source("c", "https://c.example/z", note="a third note " * 40)))
    assert pane.widget() is page
    assert pane.verticalScrollBar().value() == 0, "the next event is read from its top"


def test_a_page_holding_the_keyboard_focus_is_replaced_as_before(qtbot) -> None:
    """Enter on a related link shows that event: the link's page goes, and the focus with it, as when
    every event got a new page; a reused link would keep the focus on a line about another event."""
    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    pane.show_event(event("alpha", source("a"), related=(("r1", "One"),)))
    link = pane.widget().findChild(LinkLabel, "related")
    link.setFocus()
    qtbot.waitUntil(link.hasFocus)
    page = pane.widget()
    pane.show_event(event("beta", source("b"), related=(("r2", "Two"),)))
    assert pane.widget() is not page
    assert not pane.widget().findChild(LinkLabel, "related").hasFocus()


def test_a_filled_source_box_opens_one_menu_citing_its_own_source(qtbot, database) -> None:
    """The citation menu is connected once per box and cites the source the box shows when it opens."""
    window = MainWindow(database)
    qtbot.addWidget(window)
    by_shape: dict[EventShape, Event] = {}
    for event_id in window.index.ids:
        shown = database.event(event_id)
        if shown is None or not shown.sources:
            continue
        shape = EventShape.of(shown, language_note=False)
        other = by_shape.setdefault(shape, shown)
        if other.sources[0].document_id != shown.sources[0].document_id:
            first, second = other, shown
            break
    window.session.make_current(first.id)
    page = window.details.widget()
    window.session.make_current(second.id)
    assert window.details.widget() is page
    menus: list[str] = []
    window.citing.citing._source_menu = lambda frame, document_id, point: menus.append(document_id)
    page.findChild(QFrame, "source").customContextMenuRequested.emit(QPoint(1, 1))
    assert menus == [second.sources[0].document_id]


def visible_texts(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]


def test_a_list_of_events_is_filled_again_as_a_new_list_would_show_it(qtbot) -> None:
    """The list's page is kept: refilled, it lists the new lines from the top, says how many more there
    are only when there are more, and a click goes to the newest callback."""
    from azkz_desktop.ui.event_links import EventLinks

    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    pane.resize(300, 400)
    pane.show()
    many = [(f"e{number}", "2020", f"Event {number}") for number in range(250)]
    pane.show_list(many, lambda _: None, 900)
    page = pane.widget()
    links = page.findChild(EventLinks)
    assert links.count() == 200
    assert visible_texts(page) == ["900 events selected", "… and 700 more"]
    links.scrollToBottom()
    pane.show_nothing()
    chosen: list[str] = []
    pane.show_list([("x", "2021", "X"), ("y", "2022", "Y")], chosen.append)
    assert pane.widget() is page and page.isVisible()
    assert links.texts() == ["2021 — X", "2022 — Y"] and links.event_ids() == ["x", "y"]
    assert visible_texts(page) == ["2 events selected"], "no line about more events"
    assert links.verticalScrollBar().value() == 0
    QApplication.processEvents()
    qtbot.mouseClick(links.viewport(), Qt.MouseButton.LeftButton, pos=links.line_rect(1).center())
    assert chosen == ["y"]
    pane.show_list(many[:3], chosen.append, 3)  # the click gave the list the focus: a page anew
    assert pane.widget() is not page
    assert pane.widget().findChild(EventLinks).event_ids() == ["e0", "e1", "e2"]


def test_a_list_holding_the_keyboard_focus_is_replaced(qtbot) -> None:
    """As an event's page: a list refilled under the focus would leave it on another event's line."""
    from azkz_desktop.ui.event_links import EventLinks

    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_list([("x", "2021", "X"), ("y", "2022", "Y")], lambda _: None)
    page = pane.widget()
    page.findChild(EventLinks).setFocus()
    qtbot.waitUntil(lambda: page.findChild(EventLinks).hasFocus(), timeout=2000)
    pane.show_list([("z", "2023", "Z"), ("y", "2022", "Y")], lambda _: None)
    assert pane.widget() is not page
    assert pane.widget().findChild(EventLinks).event_ids() == ["z", "y"]


def test_nothing_selected_after_a_list_looks_as_a_pane_that_never_listed(qtbot) -> None:
    """The list's page says that nothing is selected in place of a page of its own: the same picture,
    the same words, no list left to reach, and the next list shown whole again."""
    from azkz_desktop.ui.event_links import EventLinks

    listed, fresh = DetailPane(LABELS), DetailPane(LABELS)
    for pane in (listed, fresh):
        qtbot.addWidget(pane)
        pane.resize(320, 420)
        pane.show()
    listed.show_list([(f"e{n}", "2020", f"Event {n}") for n in range(30)], lambda _: None, 30)
    page = listed.widget()
    listed.show_nothing()
    QApplication.processEvents()
    assert listed.widget() is page
    assert visible_texts(page) == visible_texts(fresh.widget())
    assert not page.findChild(EventLinks).isVisibleTo(page)
    assert listed.grab().toImage() == fresh.grab().toImage()
    listed.show_list([("x", "2021", "X"), ("y", "2022", "Y")], lambda _: None)
    assert visible_texts(page) == ["2 events selected"]
    assert page.findChild(EventLinks).isVisibleTo(page)


def test_a_list_shown_again_after_nothing_keeps_its_size_and_looks_as_the_first_time(qtbot) -> None:
    """Nothing selected, then a list again (a band, a clear, the band again): the list comes back at the
    size it had, so it is neither resized nor laid out anew, and the pane shows the same picture."""
    from PySide6.QtCore import QEvent, QObject

    from azkz_desktop.ui.event_links import EventLinks

    class Resizes(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Resize:
                self.count += 1
            return False

    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    pane.resize(320, 420)
    pane.show()
    many = [(f"e{n}", "2020", f"Event {n} with a title long enough to wrap in the pane") for n in range(250)]
    pane.show_list(many, lambda _: None, 900)
    QApplication.processEvents()
    links = pane.widget().findChild(EventLinks)
    links.clearFocus()  # the window's activation gave the list the focus, and made a line current
    links.setCurrentIndex(links.lines.index(-1, 0))
    QApplication.processEvents()
    first = pane.grab().toImage()
    resizes = Resizes()
    for widget in (links, links.viewport()):
        widget.installEventFilter(resizes)
    for _ in range(2):
        pane.show_nothing()
        QApplication.processEvents()
        pane.show_list(many, lambda _: None, 900)
        QApplication.processEvents()
    assert resizes.count == 0
    assert visible_texts(pane.widget()) == ["900 events selected", "… and 700 more"]
    assert pane.grab().toImage() == first


def test_the_same_events_selected_again_are_listed_as_the_first_time(window, monkeypatch) -> None:
    """A band redrawn over the same events lists them as the first time (texts, order, heading),
    whatever was shown between. The selection hands the pane the rows it chose: the pane never asks
    the index for the rows of the ids; a list of ids alone (no rows, or rows of another index) asks
    once, and the same list again does not."""
    import os
    import sys

    from azkz_desktop.ui.event_links import EventLinks

    session, index = window.session, window.session.index
    ids = [index.ids[row] for row in range(min(len(index), 40))]
    asked: list[int] = []  # the pane's questions (the session and the views ask their own)
    rows_of = index.rows_of

    def counted(event_ids):
        if sys._getframe(1).f_code.co_filename.endswith(os.path.join("ui", "details.py")):
            asked.append(1)
        return rows_of(event_ids)

    monkeypatch.setattr(index, "rows_of", counted)

    def listed() -> tuple[list[str], list[str], list[str]]:
        page = window.details.widget()
        links = page.findChild(EventLinks)
        return visible_texts(page), links.texts(), links.event_ids()

    session.select(ids)
    first = listed()
    assert asked == [] and first[2] == [index.ids[row] for row in rows_by_date(index, rows_of(ids))]
    session.clear_selection()
    session.make_current(ids[3])
    session.select(ids)
    assert listed() == first and asked == []
    session.select(ids[:10])
    assert asked == [] and listed()[2] == [i for i in first[2] if i in set(ids[:10])]
    target = session.details
    assert isinstance(target, EventListDetails) and target.rows_in(index) is not None
    alone = tuple(ids[10:15])  # not listed before
    window.details.show_target(EventListDetails(alone, 5))
    assert len(asked) == 1 and listed()[2] == list(alone), "ids alone: their rows asked"
    window.details.show_target(EventListDetails(alone, 5, np.arange(5), object()))
    assert len(asked) == 1 and listed()[2] == list(alone), "the same ids again: the rows found before"
    others = tuple(ids[20:25])  # not listed before
    window.details.show_target(EventListDetails(others, 5, np.arange(5), object()))
    assert len(asked) == 2, "rows of another index are not read as this one's"
    assert listed()[2] == list(others)


def test_nothing_selected_after_an_event_looks_as_a_pane_that_never_showed_one(qtbot) -> None:
    """The event's page says that nothing is selected in place of a page of its own: the same picture
    and words, nothing of the event left to reach; the next event fills it as a page made for it."""
    shown, fresh = DetailPane(LABELS), DetailPane(LABELS)
    for pane in (shown, fresh):
        qtbot.addWidget(pane)
        pane.resize(320, 420)
        pane.show()
    first = event("first", source("a", "https://example.org/a"), related=(("r", "Related one"),))
    shown.show_event(first)
    page = shown.widget()
    shown.show_nothing()
    QApplication.processEvents()
    assert shown.widget() is page
    assert visible_texts(page) == visible_texts(fresh.widget())
    assert not any(widget.isVisibleTo(page) for widget in page.findChildren(QWidget) if widget.isEnabled()), (
        "only the (disabled) hint is shown"
    )
    assert shown.grab().toImage() == fresh.grab().toImage()
    second = event("second", source("b", "https://example.org/b"), related=(("s", "Related two"),))
    shown.show_event(second)
    fresh.show_event(second)
    QApplication.processEvents()
    assert shown.widget() is page
    assert seen(shown) == seen(fresh)
    assert shown.grab().toImage() == fresh.grab().toImage()
