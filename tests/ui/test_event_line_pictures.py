"""The detail pane's listed events drawn from kept pictures of their lines: pixel for pixel what Qt's
own delegate paints, in every state a line can be in, and painted anew only when something it shows
changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from azkz_desktop.ui.event_links import EventLinks

LINES = [
    (f"e{n}", f"{n + 1} May 2020", f"Event {n}" + " with a title that wraps in a narrow list" * (n % 3))
    for n in range(60)
]


def shown(links: EventLinks) -> QImage:
    """The list as painted now (grabbed: painted anew into a picture, as into the window)."""
    QApplication.processEvents()
    return links.grab().toImage()


def as_qt_paints_it(links: EventLinks) -> QImage:
    """The list as Qt's own delegate paints every line, in the same state; the kept pictures back after."""
    kept = links.itemDelegate()
    links.setItemDelegate(QStyledItemDelegate(links))
    image = shown(links)
    links.setItemDelegate(kept)
    QApplication.processEvents()
    return image


def make_links(qtbot) -> EventLinks:
    links = EventLinks(LINES)
    qtbot.addWidget(links)
    links.resize(260, 300)
    links.show()
    QApplication.processEvents()
    return links


def device_point(links: EventLinks, point: QPoint) -> QPoint:
    """Where a point of the list falls in its grabbed picture's pixels."""
    ratio = links.devicePixelRatioF()
    return QPoint(int(point.x() * ratio), int(point.y() * ratio))


def whole_ratio(links: EventLinks) -> None:
    """Pictures are kept only at a whole device pixel ratio (QT_SCALE_FACTOR=1.5 paints in place)."""
    if links.devicePixelRatioF() != int(links.devicePixelRatioF()):
        pytest.skip("a fractional device pixel ratio: every line is painted in place")


def test_kept_pictures_show_what_qts_delegate_paints_in_every_state(qtbot) -> None:
    links = make_links(qtbot)
    pictures = links.pictures
    first = shown(links)
    assert pictures.painted_anew > 0
    assert first == as_qt_paints_it(links)
    assert shown(links) == first, "drawn from the kept pictures"
    links.verticalScrollBar().setValue(9)  # a line cut by the bottom edge
    assert shown(links) == as_qt_paints_it(links)
    links.set_current_line(11)
    selection = links.selectionModel()
    selection.select(links.lines.index(13, 0), selection.SelectionFlag.Select)  # drawn in place
    assert shown(links) == as_qt_paints_it(links)
    links.activateWindow()
    links.setFocus()
    qtbot.waitUntil(links.hasFocus, timeout=2000)
    assert shown(links) == as_qt_paints_it(links)
    QTest.mouseMove(links.viewport(), links.line_rect(12).center())
    assert shown(links) == as_qt_paints_it(links)
    # The current line neither selected, the focus come by the keyboard: a focus frame around it.
    before = shown(links)
    selection.clear()
    selection.setCurrentIndex(links.lines.index(12, 0), selection.SelectionFlag.NoUpdate)
    links.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    framed = shown(links)
    assert framed != before
    assert framed == as_qt_paints_it(links)
    links.clearFocus()
    links.setEnabled(False)  # the disabled colours
    assert shown(links) == as_qt_paints_it(links)


def test_a_line_is_painted_anew_only_when_what_it_shows_changed(qtbot) -> None:
    links = make_links(qtbot)
    whole_ratio(links)
    links.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    links.clearFocus()
    pictures = links.pictures
    shown(links)
    painted = pictures.painted_anew
    links.viewport().repaint()
    links.set_rows(list(LINES))  # the same lines again, listed anew
    shown(links)
    assert pictures.painted_anew == painted
    links.set_rows([(id_, date, title + "!") for id_, date, title in LINES])  # other texts
    assert shown(links) == as_qt_paints_it(links)
    assert pictures.painted_anew > painted
    for change in (
        lambda: links.resize(340, 300),  # lines wrap at another width
        lambda: links.setFont(QFont(links.font().family(), links.font().pointSize() + 3)),
    ):
        painted = pictures.painted_anew
        change()
        assert shown(links) == as_qt_paints_it(links)
        assert pictures.painted_anew > painted
    palette = QPalette(links.palette())  # another theme: other link and background colours
    palette.setColor(QPalette.ColorRole.Link, QColor("#ff8800"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    painted = pictures.painted_anew
    links.setPalette(palette)
    image = shown(links)
    assert QColor(image.pixel(device_point(links, QPoint(links.width() - 30, links.height() - 3)))) == QColor(
        "#202124"
    )
    assert image == as_qt_paints_it(links)
    assert pictures.painted_anew > painted


def test_lines_not_on_a_plain_background_are_painted_in_place(qtbot) -> None:
    links = make_links(qtbot)
    links.setAlternatingRowColors(True)
    pictures = links.pictures
    shown(links)
    painted = pictures.painted_anew
    links.viewport().repaint()
    assert pictures.painted_anew > painted, "no picture kept"
    assert shown(links) == as_qt_paints_it(links)
    links.setAlternatingRowColors(False)
    palette = QPalette(links.palette())
    palette.setBrush(QPalette.ColorRole.Base, Qt.BrushStyle.Dense4Pattern)
    links.setPalette(palette)
    shown(links)
    painted = pictures.painted_anew
    links.viewport().repaint()
    assert pictures.painted_anew > painted
    assert shown(links) == as_qt_paints_it(links)


def test_the_window_shows_the_grabbed_picture(qtbot) -> None:
    """The kept pictures drawn into the window's own backing store, not only into a grab."""
    links = make_links(qtbot)
    if links.devicePixelRatioF() != 1:
        pytest.skip("the screen's picture is compared at a device pixel ratio of 1")
    links.viewport().repaint()
    screen = links.screen().grabWindow(links.winId()).toImage()
    grabbed = shown(links)
    top_left = links.mapTo(links.window(), QPoint(0, 0))
    assert screen.copy(top_left.x(), top_left.y(), grabbed.width(), grabbed.height()).convertToFormat(
        grabbed.format()
    ) == as_qt_paints_it(links)


def test_a_line_in_another_state_gets_its_own_picture(qtbot) -> None:
    """A style that draws a line under the pointer otherwise: the picture kept for the line is not the
    hovered one's, and the hovered line shows as Qt's delegate paints it."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class HoverStyle(QProxyStyle):
        def drawPrimitive(self, element, option, painter, widget=None) -> None:
            hovered = option.state & QStyle.StateFlag.State_MouseOver
            if element == QStyle.PrimitiveElement.PE_PanelItemViewItem and hovered:
                painter.fillRect(option.rect, QColor("#ffeeaa"))
                return
            super().drawPrimitive(element, option, painter, widget)

    links = make_links(qtbot)
    links.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    style = HoverStyle("Fusion")
    links.setStyle(style)
    links.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
    plain = shown(links)
    QTest.mouseMove(links.viewport(), links.line_rect(2).center())
    hovered = shown(links)
    corner = device_point(links, links.line_rect(2).topRight() + QPoint(-2, 1))
    assert QColor(hovered.pixel(corner)) == QColor("#ffeeaa")
    assert hovered != plain
    assert hovered == as_qt_paints_it(links)


def test_a_line_painted_outside_the_views_paint_reads_its_own_option(qtbot) -> None:
    """A line painted by itself (not in a paint of the view: a drag's picture, say) takes what it
    shares from its own option, not from the view's last paint."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    links = make_links(qtbot)
    whole_ratio(links)
    shown(links)  # a paint of the view: its lines' font and palette
    option = QStyleOptionViewItem()
    links.initViewItemOption(option)
    option.rect = links.line_rect(0)
    larger = QStyleOptionViewItem(option)
    larger.font = QFont(links.font().family(), links.font().pointSize() + 6)
    index = links.lines.index(0, 0)
    images = []
    for delegate in (links.pictures, QStyledItemDelegate(links)):
        image = QImage(links.viewport().size(), QImage.Format.Format_RGB32)
        for each in (option, larger):  # the line's picture in the view's font kept, then another font
            image.fill(links.viewport().palette().color(links.viewport().backgroundRole()))
            painter = QPainter(image)
            delegate.paint(painter, each, index)
            painter.end()
        images.append(image)
    assert images[0] == images[1]
