"""Labels for text from a database: plain text only, wrapped to the width they are given, never wider.

A database opened with --db can come from anyone, so nothing in it is ever read as markup. A label's
horizontal size policy is Ignored so that a long line (or one long word) wraps instead of widening the
pane it sits in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSizeF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QMouseEvent, QPalette, QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from azkz_desktop.ui.label_height import wrapped_height

SHOWN_TEXT = 20_000  # characters; a database from elsewhere may hold far longer strings


def shown(text: str) -> str:
    """Text cut to a length a label can lay out quickly, saying how much was left out."""
    if len(text) <= SHOWN_TEXT:
        return text
    more = QCoreApplication.translate("PlainText", "[%1 more characters not shown]").replace(
        "%1", f"{len(text) - SHOWN_TEXT:,}"
    )
    return f"{text[:SHOWN_TEXT]}… {more}"


def escape_markup(text: str) -> str:
    """`html.escape(text, quote=False)`, without loading the html module's entity tables at start-up."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally and wraps long lines.

    Qt guesses whether a tooltip is rich text, so "<b>" in a title would turn bold. Escaping the text
    inside an explicit rich-text wrapper makes every character show as written, and rich-text tooltips
    wrap at a readable width instead of running off the screen.
    """
    escaped = escape_markup(shown(str(text))).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>" if text else ""


KEPT_HEIGHTS = 8  # widths whose heights a label remembers (a dragged splitter asks for many)


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for each width asked since its text last changed.

    A selectable label lays its text out in a text document, twice for every height asked (at the
    width, then back at its own), and the layouts above it ask each label for the same few widths
    several times after every change of text: showing the next event in the detail pane asked its
    dozen labels some hundred heights. The height depends only on the text, the font and the style,
    so the answers are kept until one of those changes.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        """A selectable label keeps its text in a text document, which lays the whole text out again
        at each step QLabel takes to put a new text in (the text, its wrapping, its frame's margin),
        at the width of the text before, then once more at the label's width. A document of no page
        size lays nothing out, so the new text is laid out once, at the width it is shown at."""
        if text != self.text():
            self._heights.clear()
            document = self.findChild(QTextDocument)  # QLabel's own, made with its first text
            if document is not None:
                document.setPageSize(QSizeF(0, 0))
            super().setText(text)

    def setFont(self, font: QFont | str | Sequence[str]) -> None:
        self._heights.clear()
        super().setFont(font)

    def setContentsMargins(self, *margins: Any) -> None:
        self._heights.clear()
        super().setContentsMargins(*margins)

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._heights.clear()
        super().setAlignment(alignment)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def changeEvent(self, event: QEvent) -> None:
        """A font, style or language inherited from the window changes how the text lays out."""
        self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:
        """Measured once per width in a text layout of its own (ui/label_height.py), else QLabel's."""
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= KEPT_HEIGHTS:
                self._heights.clear()
            measured = wrapped_height(self, width)
            height = measured if measured is not None else super().heightForWidth(width)
            self._heights[width] = height
        return height


def _wrap_within_width(label: QLabel) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)


def plain_label(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    scale: float = 1.0,
    kind: type[WrappedLabel] = WrappedLabel,
) -> QLabel:
    label = kind()
    set_plain(label, text)
    _wrap_within_width(label)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont(label.font())
    font.setBold(bold)
    font.setItalic(italic)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Give a label made by `plain_label` another text, shown as plain_label shows it."""
    label.setText(shown(str(text)))


def set_bold(label: QLabel, bold: bool) -> None:
    """Make a label's text bold or not, keeping the rest of its font."""
    if label.font().bold() != bold:
        font = QFont(label.font())
        font.setBold(bold)
        label.setFont(font)


def caption_label(text: str, kind: type[WrappedLabel] = WrappedLabel) -> QLabel:
    """A small bold caption ("Public report") in the normal text colour, so it keeps its contrast."""
    label = plain_label(text, bold=True, scale=0.85, kind=kind)
    label.setObjectName("caption")
    return label


class LinkLabel(WrappedLabel):
    """A clickable line of plain text that wraps (a button would not): mouse, Enter or Space."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(shown(text), parent)
        _wrap_within_width(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setForegroundRole(QPalette.ColorRole.Link)
        font = QFont(self.font())
        font.setUnderline(True)
        self.setFont(font)
        self.setContentsMargins(2, 2, 2, 2)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setBackgroundRole(QPalette.ColorRole.Highlight)
        self.setForegroundRole(QPalette.ColorRole.HighlightedText)
        self.setAutoFillBackground(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setForegroundRole(QPalette.ColorRole.Link)
        self.setAutoFillBackground(False)
