"""Makes a plain-text document easier to read without changing a character of it.

The Wikipedia article was stored as plain text with the remnants of its tables ("Azerbaijan |", "---|")
and its headings as bare lines. The highlighted passages are character offsets into that text, so the
text itself must stay exactly as stored; only how it is drawn changes: table marks faint, headings bold.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

TABLE_RULE = re.compile(r"^[\s|:\-–—]+$")  # a line of only table rule marks, such as "---|"
CELL_MARK = re.compile(r"\|")  # one character: linear on any line, however long
HEADING_LENGTH = 48
LONGEST_TABLE_LINE = 4000  # a longer block is prose (or a hostile file), never a table row


def is_heading(line: str) -> bool:
    """A short line that does not end like a sentence and is not a list item or table row."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= HEADING_LENGTH
        and stripped[-1] not in '.,:;!?|)]”"'
        and not stripped.startswith(("-", "•", "↑"))
        and "|" not in stripped
    )


class ReaderFormat(QSyntaxHighlighter):
    """Faint table marks and bold headings, drawn over the unchanged text."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.faint = QTextCharFormat()
        self.faint.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        self.heading = QTextCharFormat()
        self.heading.setFontWeight(QFont.Weight.Bold)
        self.heading.setFontPointSize(QFont().pointSizeF() * 1.15)

    def set_palette(self, palette: QPalette) -> None:
        self.faint.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if len(text) > LONGEST_TABLE_LINE:
            return
        if TABLE_RULE.match(text) and "|" in text:
            self.setFormat(0, len(text), self.faint)
            return
        if is_heading(text) and self.currentBlock().blockNumber() > 0:
            self.setFormat(0, len(text), self.heading)
            return
        for match in CELL_MARK.finditer(text):
            self.setFormat(match.start(), 1, self.faint)
