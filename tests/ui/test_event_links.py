"""The detail pane's list of several events: each line whole (wrapped, measured again when the width
changes), plain text, only the lines shown measured, and read by the accessibility layer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import QApplication

from azkz_desktop.ui.date_words import span_words
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


def shown_state(links: EventLinks) -> tuple:
    """What a reader sees of a list: its lines, their ids, the current and selected lines, the
    scroll position and each shown line's place."""
    current = links.currentIndex()
    return (
        links.texts(),
        links.event_ids(),
        current.row() if current.isValid() else None,
        [index.row() for index in links.selectionModel().selectedIndexes()],
        links.verticalScrollBar().value(),
        [links.line_rect(number).getRect() for number in range(links.count())],
    )


def listed_view(index, rows, qtbot) -> EventLinks:
    from azkz_desktop.ui.event_links import ListedRows

    links = EventLinks(ListedRows(index, rows))
    qtbot.addWidget(links)
    links.resize(260, 220)
    links.show()
    QApplication.processEvents()
    return links


def test_the_same_events_listed_again_show_as_a_list_made_for_them(window, qtbot) -> None:
    """A list given the index rows it lists keeps its laid-out lines (no reset) and shows exactly what a
    list made afresh shows: texts, order, no current or selected line, from the top, the same pixels."""
    import numpy as np

    from azkz_desktop.ui.event_links import ListedRows

    index = window.session.index
    rows = np.arange(min(len(index), 60), dtype=np.int64)[::-1].copy()
    kept, slow = listed_view(index, rows, qtbot), listed_view(index, rows, qtbot)
    for links in (kept, slow):
        links.scrollToBottom()
        links.selectionModel().select(links.lines.index(3, 0), links.selectionModel().SelectionFlag.Select)
    QApplication.processEvents()
    resets: list[bool] = []
    kept.lines.modelReset.connect(lambda: resets.append(True))
    kept.set_rows(ListedRows(index, rows.copy()))
    slow.set_rows(list(ListedRows(index, rows)))  # the same lines, not known as such: a reset
    QApplication.processEvents()
    assert not resets, "the lines listed are kept"
    assert shown_state(kept) == shown_state(slow)
    assert shown_state(kept)[2:5] == (None, [], 0)
    assert kept.texts()[0].endswith(index.titles[int(rows[0])])
    assert kept.grab().toImage() == slow.grab().toImage()
    # A line made current: Qt would then make no line current when Tab gives the list the focus,
    # which a reset forgets; so the same lines go through a reset.
    kept.set_current_line(len(rows) - 2)
    kept.set_rows(ListedRows(index, rows.copy()))
    assert resets and kept.currentIndex().row() == -1
    resets.clear()
    other = np.concatenate([rows[:5], rows[10:20]])  # other rows of the same index: a list anew
    kept.set_rows(ListedRows(index, other))
    slow.set_rows(list(ListedRows(index, other)))
    QApplication.processEvents()
    assert resets and shown_state(kept) == shown_state(slow)


def test_lines_made_before_are_reused_only_for_their_rows_index_and_language(
    window, qtbot, monkeypatch
) -> None:
    """The texts kept by index row give what making them gives; another language or another index
    makes them again."""
    import numpy as np

    from azkz_desktop.ui import event_links, languages
    from azkz_desktop.ui.event_links import ListedRows, line_text

    index = window.session.index
    rows = np.array([3, 1, 4, 0, 5, 9, 2, 6], dtype=np.int64)
    links = listed_view(index, rows, qtbot)
    made: list[tuple] = []
    monkeypatch.setattr(event_links, "line_text", lambda row: made.append(row) or line_text(row))
    again = np.array([9, 3, 7], dtype=np.int64)  # two of them listed before, one new
    links.set_rows(ListedRows(index, again))
    expected = [line_text(ListedRows(index, again)[number]) for number in range(3)]
    assert links.texts() == expected and [row[0] for row in made] == [index.ids[7]]
    monkeypatch.setattr(languages, "current_language", lambda: "de")
    made.clear()
    links.set_rows(ListedRows(index, again))
    assert links.texts() == expected and len(made) == 3, "another language: the dates in its words"


def test_listed_rows_fetch_nothing_before_a_line_is_asked(window, monkeypatch) -> None:
    import numpy as np

    from azkz_desktop.ui.event_links import ListedRows

    index = window.session.index
    asked: list[list[int]] = []
    titles_of = index.titles_of
    monkeypatch.setattr(index, "titles_of", lambda rows: asked.append(list(rows)) or titles_of(rows))
    listed = ListedRows(index, np.array([2, 0, 1], dtype=np.int64))
    assert len(listed) == 3 and asked == []
    assert listed.same_rows(ListedRows(index, np.array([2, 0, 1])))
    assert not listed.same_rows(ListedRows(index, np.array([2, 1, 0])))
    assert asked == []
    assert listed[0] == (index.ids[2], span_words(index.date_span(2)), index.titles[2])
    assert asked == [[2, 0, 1]], "the block of lines, read together"
    assert listed[2][0] == index.ids[1] and len(asked) == 1, "read with the first line"


def test_listed_rows_read_a_block_of_lines_at_a_time(window, monkeypatch) -> None:
    """Two hundred events listed, a screen of them shown: only the block of the lines asked is read."""
    import numpy as np

    from azkz_desktop.ui import event_links
    from azkz_desktop.ui.event_links import ListedRows

    index = window.session.index
    rows = np.arange(len(index), dtype=np.int64)[::-1]
    asked: list[list[int]] = []
    titles_of = index.titles_of
    monkeypatch.setattr(index, "titles_of", lambda block: asked.append(list(block)) or titles_of(block))
    monkeypatch.setattr(event_links, "BLOCK", 2)
    listed = ListedRows(index, rows)
    assert listed[3] == (index.ids[rows[3]], span_words(index.date_span(rows[3])), index.titles[rows[3]])
    assert asked == [rows[2:4].tolist()]
    assert [line[2] for line in listed] == [index.titles[row] for row in rows]
    assert len(asked) == (len(rows) + 1) // 2, "each block read once"


def test_a_list_kept_for_the_same_events_makes_its_first_line_current_on_tab_as_a_new_one(
    window, qtbot
) -> None:
    import numpy as np
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from azkz_desktop.ui.event_links import ListedRows

    index = window.session.index
    rows = np.arange(min(len(index), 20), dtype=np.int64)
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    edit, links = QLineEdit(), EventLinks(ListedRows(index, rows))
    layout.addWidget(edit)
    layout.addWidget(links)
    holder.show()
    qtbot.waitExposed(holder)
    edit.setFocus()
    resets: list[bool] = []
    links.lines.modelReset.connect(lambda: resets.append(True))
    links.set_rows(ListedRows(index, rows.copy()))
    links.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(links.hasFocus, timeout=2000)
    assert not resets and links.currentIndex().row() == 0
