"""The detail pane's labels say no size hints (page_label.py): every page lays out and paints exactly as
with the hints Qt lays out in text, at any width, after a resize, right to left, in the window's dock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import Event, Source
from azkz_desktop.ui.details import DetailPane
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.page_label import LayoutHints, PageLabel, PageLinkLabel
from azkz_desktop.ui.source_box import SourceBox

LABELS = {"diplomacy": "Diplomacy"}
WORD = "Nursultan" * 12  # one word wider than any pane: wraps anywhere


def long_event() -> Event:
    sources = (
        Source(
            "d1",
            "A headline " * 6,
            "Outlet",
            "2020",
            "ru",
            "https://x.example/" + "a" * 120,
            "full",
            "quoted words " * 30,
            3,
            9,
            "a note " * 12,
        ),
        Source("d2", "", "Other outlet", "2021", "", "", "partial", None, None, None, None),
    )
    return Event(
        id="long",
        span=DateSpan.parse("2020-05-01"),
        title="A title that goes on " * 5 + WORD,
        summary="Line one.\nLine two, then words " * 9,
        category="diplomacy",
        date_note="about then",
        note="see also " * 20,
        sources=sources,
        related=(("r1", "Related one " * 8), ("r2", "Two")),
        source_total=5,
    )


def layout(pane: DetailPane) -> tuple[list[tuple[str, QRect, bool]], QImage]:
    """Every widget's place on the shown page, and the pane's pixels."""
    for _ in range(3):
        QApplication.processEvents()
    places = [
        (widget.objectName(), widget.geometry(), widget.isVisibleTo(pane))
        for widget in pane.widget().findChildren(QWidget)
    ]
    places.append(("page", pane.widget().geometry(), True))
    return places, pane.grab().toImage()


def shown(events: list[Event], sizes: list[QSize], qt_hints: bool, direction: Qt.LayoutDirection):
    LayoutHints.qt_hints = qt_hints
    try:
        pane = DetailPane(LABELS)
        pane.setLayoutDirection(direction)
        pane.resize(sizes[0])
        pane.show()
        seen = []
        for shown_event in events:
            pane.show_event(shown_event)
            for size in sizes:  # each event at each width, the page kept from one to the next
                pane.resize(size)
                seen.append(layout(pane))
        pane.show_nothing()
        seen.append(layout(pane))
        pane.show_event(events[0])  # the event's widgets shown again after the hint
        seen.append(layout(pane))
        pane.close()
        pane.deleteLater()
        return seen
    finally:
        LayoutHints.qt_hints = False


@pytest.fixture
def events(database: RelationsDatabase) -> Iterator[list[Event]]:
    ids = database.filtered_event_ids(EventFilter())[::30]
    found = [e for e in (database.event(i) for i in ids) if e is not None]
    yield [long_event(), *found, long_event()]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_pages_lay_out_and_paint_as_with_qts_own_hints(qtbot, events, direction) -> None:
    sizes = [QSize(300, 400), QSize(520, 900), QSize(281, 2000), QSize(700, 300)]
    ours = shown(events, sizes, False, direction)
    qts = shown(events, sizes, True, direction)
    assert len(ours) == len(qts)
    for (places, pixels), (qt_places, qt_pixels) in zip(ours, qts, strict=True):
        assert places == qt_places
        assert pixels == qt_pixels


def test_the_window_looks_as_with_qts_own_hints(qtbot, database: RelationsDatabase) -> None:
    def grab(qt_hints: bool) -> QImage:
        LayoutHints.qt_hints = qt_hints
        try:
            window = MainWindow(database)
            qtbot.addWidget(window)
            window.resize(1024, 640)
            window.show()
            images = []
            for event_id in database.filtered_event_ids(EventFilter())[::40]:
                window.session.select([event_id], current=event_id)
                for _ in range(4):
                    QApplication.processEvents()
                images.append(window.grab().toImage())
            window.close()
            return images
        finally:
            LayoutHints.qt_hints = False

    assert grab(False) == grab(True)


def test_the_pages_labels_say_no_size_hints_and_their_own_heights(qtbot) -> None:
    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    pane.show_event(long_event())
    labels = pane.widget().findChildren(PageLabel) + pane.widget().findChildren(PageLinkLabel)
    assert len(labels) > 10
    for label in labels:
        assert label.sizeHint() == QSize(0, 0) and label.minimumSizeHint() == QSize(0, 0)
        assert not label.text() or label.heightForWidth(200) > 0


def test_a_pages_size_hint_is_as_wide_as_qts_and_as_tall_as_at_its_width(qtbot) -> None:
    pane = DetailPane(LABELS)
    qtbot.addWidget(pane)
    pane.resize(340, 600)
    pane.show()
    pane.show_event(long_event())
    QApplication.processEvents()
    page = pane.widget()
    boxes = page.findChildren(SourceBox)
    assert boxes
    for widget in [page, *boxes]:
        hint = widget.sizeHint()
        assert hint.width() == QWidget.sizeHint(widget).width()
        assert hint.height() == widget.heightForWidth(widget.width()) > 0
