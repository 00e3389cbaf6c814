"""A wrapped label remembers its heights per width: what it answers is always what a label made afresh
with the same text, font and settings answers, after every change that moves its text."""

from __future__ import annotations

from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from azkz_desktop.ui.plain_text import KEPT_HEIGHTS, LinkLabel, WrappedLabel, plain_label

WIDTHS = (40, 90, 160, 400)
LONG = "Several words that wrap onto more lines the narrower the label is made, " * 3


def twin_of(label: QLabel) -> QLabel:
    """A plain QLabel with the label's text, font and settings."""
    twin = QLabel()
    twin.setTextFormat(label.textFormat())
    twin.setWordWrap(label.wordWrap())
    twin.setFont(label.font())
    twin.setContentsMargins(label.contentsMargins())
    twin.setIndent(label.indent())
    twin.setMargin(label.margin())
    twin.setTextInteractionFlags(label.textInteractionFlags())
    twin.setText(label.text())
    return twin


def fresh_heights(label: QLabel) -> list[int]:
    """The heights a plain QLabel with the same text, font and settings gives for WIDTHS."""
    twin = twin_of(label)
    return [twin.heightForWidth(width) for width in WIDTHS]


def heights(label: QLabel) -> list[int]:
    return [label.heightForWidth(width) for width in WIDTHS]


def test_heights_follow_the_text(qapp: object) -> None:
    label = plain_label("short")
    assert isinstance(label, WrappedLabel)
    before = heights(label)
    assert before == fresh_heights(label)
    label.setText(LONG)
    after = heights(label)
    assert after == fresh_heights(label)
    assert after != before, "a longer text needs more lines at the narrow widths"
    label.setText("short")
    assert heights(label) == before


def test_heights_follow_font_margins_and_wrapping(qapp: object) -> None:
    label = plain_label(LONG)
    start = heights(label)
    big = QFont(label.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    label.setFont(big)
    assert heights(label) == fresh_heights(label) != start
    label.setContentsMargins(10, 20, 10, 20)
    assert heights(label) == fresh_heights(label)
    label.setIndent(30)
    assert heights(label) == fresh_heights(label)
    label.setMargin(7)
    assert heights(label) == fresh_heights(label)
    label.setWordWrap(False)
    assert heights(label) == fresh_heights(label)


def test_heights_follow_a_font_inherited_from_the_parent(qapp: object) -> None:
    parent = QWidget()
    label = WrappedLabel(LONG, parent)
    label.setWordWrap(True)
    start = heights(label)
    big = QFont(parent.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    parent.setFont(big)  # reaches the label as a FontChange
    assert label.font().pointSizeF() == big.pointSizeF()
    assert heights(label) == fresh_heights(label) != start


def test_many_widths_are_still_answered_right(qapp: object) -> None:
    """A dragged splitter asks for many widths: the label keeps a few and answers every one right."""
    label = plain_label(LONG)
    widths = range(30, 30 + 4 * KEPT_HEIGHTS * 10, 10)
    twin = QLabel(LONG)
    twin.setWordWrap(True)
    twin.setFont(label.font())
    twin.setTextInteractionFlags(label.textInteractionFlags())
    assert [label.heightForWidth(w) for w in widths] == [twin.heightForWidth(w) for w in widths]
    assert len(label._heights) <= KEPT_HEIGHTS


def test_link_labels_remember_heights_too(qapp: object) -> None:
    link = LinkLabel("Related: " + LONG)
    assert isinstance(link, WrappedLabel)
    assert heights(link) == fresh_heights(link)
    link.setText("Related: short")
    assert heights(link) == fresh_heights(link)


def shown_at(label: QLabel, width: int) -> tuple[int, QImage]:
    """The label's height at `width` and its pixels, laid out there."""
    height = label.heightForWidth(width)
    label.resize(width, height)
    image = QImage(label.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    label.render(image)
    return height, image


def test_a_new_text_lays_out_and_paints_as_in_a_label_made_for_it(qapp: object) -> None:
    """Each new text is put into a document of no page size (WrappedLabel.setText): the heights and
    pixels are those of a label given that text alone, at every width, shown before or not."""
    label = plain_label("A first text, shown and painted once at 160 pixels.")
    assert label.findChild(QTextDocument) is not None  # selectable: its text is in a document
    shown_at(label, 160)
    texts = (LONG, "short", "Line one.\nLine two, after a break.\n\nAnd a last one", LONG.upper(), "x")
    for text in texts:
        label.setText(text)
        for width in (160, 400, 90):
            assert shown_at(label, width) == shown_at(twin_of(label), width), (text[:20], width)
