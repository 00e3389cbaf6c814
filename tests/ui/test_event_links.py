"""The detail pane's list of several events: each line whole (wrapped, measured again when the width
changes), plain text, only the lines shown measured, and read by the accessibility layer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import QApplication

from azkz_desktop.ui.event_links import SPACING, EventLinks

LONG = "A very long title of an event that cannot fit on one line of a narrow list " * 3


def wrapped_height(links: EventLinks, text: str) -> int:
    """The height the style's text needs across the viewport, less the margins it keeps."""
    width = links.viewport().width() - 2 * (
        links.style().pixelMetric(links.style().PixelMetric.PM_FocusFrameHMargin, None, links) + 1
    )
    return (
        QFontMetrics(links.font())
        .boundingRect(QRect(0, 0, width, 1 << 20), int(Qt.TextFlag.TextWordWrap), text)
        .height()
    )


def test_each_line_is_tall_enough_for_its_wrapped_text_at_every_width(qtbot) -> None:
    from azkz_desktop.ui.guard import shown_problems

    problems = len(shown_problems())
    links = EventLinks([("a", "2020", LONG), ("b", "2021", "Short")])
    qtbot.addWidget(links)
    links.resize(200, 400)
    links.show()
    QApplication.processEvents()
    narrow = links.line_rect(0).height()
    assert narrow >= wrapped_height(links, links.texts()[0]) + 2 * SPACING
    assert narrow > links.line_rect(1).height(), "the long line wraps onto several"
    links.resize(700, 400)
    QApplication.processEvents()
    wide = links.line_rect(0).height()
    assert wide >= wrapped_height(links, links.texts()[0]) + 2 * SPACING
    assert wide < narrow, "wider, the long line is measured again and takes fewer lines"
    assert links.line_rect(1).top() >= links.line_rect(0).bottom(), "the next line starts below it"
    assert len(shown_problems()) == problems, "nothing went wrong on the way"


def test_lines_are_whole_plain_text_and_only_those_shown_are_measured(qtbot) -> None:
    rows = [(f"e{number}", "2020", f"<b>Event</b> {number}") for number in range(200)]
    links = EventLinks(rows)
    qtbot.addWidget(links)
    measured: list[str] = []
    measure = links.lines.measure
    links.lines.measure = lambda text: measured.append(text) or measure(text)
    links.resize(300, 200)
    links.show()
    QApplication.processEvents()
    assert links.texts()[0] == "2020 — <b>Event</b> 0" and links.count() == 200
    assert 0 < len(measured) < 100, "the lines out of sight are not measured"
    links.scrollToBottom()
    QApplication.processEvents()
    assert "2020 — <b>Event</b> 199" in measured and links.line_rect(199).isValid()


def test_the_lines_are_read_by_the_accessibility_layer(qtbot) -> None:
    links = EventLinks([("a", "2020", "First"), ("b", "2021", "Second")])
    qtbot.addWidget(links)
    links.show()
    QApplication.processEvents()
    interface = QAccessible.queryAccessibleInterface(links)
    assert interface is not None
    names = []
    stack = [interface.child(number) for number in range(interface.childCount())]
    while stack:
        child = stack.pop(0)
        if child is not None:
            names.append(child.text(QAccessible.Text.Name))
            stack.extend(child.child(number) for number in range(child.childCount()))
    assert "2020 — First" in names and "2021 — Second" in names


def test_listed_rows_say_what_the_index_holds_each_date_in_words_when_asked(window) -> None:
    import numpy as np

    from azkz_desktop.ui.date_words import span_words
    from azkz_desktop.ui.event_links import ListedRows

    index = window.session.index
    rows = np.array([5, 0, 3, len(index) - 1], dtype=np.int64)
    listed = ListedRows(index, rows)
    expected = [(index.ids[row], span_words(index.date_span(row)), index.titles[row]) for row in rows]
    assert len(listed) == 4 and listed[1] == expected[1] and listed._dates.keys() == {1}
    assert list(listed) == expected and listed[-1] == expected[-1]
    assert list(listed[1:3]) == expected[1:3]
    with pytest.raises(IndexError):
        listed[4]


def test_a_new_font_measures_the_lines_again(qtbot) -> None:
    from PySide6.QtGui import QFont

    links = EventLinks([("a", "2020", LONG)])
    qtbot.addWidget(links)
    links.resize(300, 400)
    links.show()
    QApplication.processEvents()
    before = links.line_rect(0).height()
    font = QFont(links.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    links.setFont(font)
    QApplication.processEvents()
    assert links.line_rect(0).height() > before
    assert links.line_rect(0).height() >= wrapped_height(links, links.texts()[0]) + 2 * SPACING


def test_the_lines_take_the_link_colour_of_a_new_palette(qtbot) -> None:
    from PySide6.QtGui import QColor, QPalette

    links = EventLinks([("a", "2020", "First")])
    qtbot.addWidget(links)
    palette = QPalette(links.palette())
    palette.setColor(QPalette.ColorRole.Link, QColor("#ff8800"))
    links.setPalette(palette)
    brush = links.lines.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QColor("#ff8800")
