"""The height a plain, word-wrapped label needs at a width, laid out once in a QTextLayout.

QLabel answers a selectable label's height for a width in its text document: it lays the whole text out
at the width asked, then again at the width it had before (some 110,000 instructions for a summary), and
the detail pane's layouts ask each label at two widths after every new text (the page with and without
the pane's scroll bar). The document lays plain text out as one QTextLayout per paragraph, in lines as
wide as the document, each as tall as its QTextLine says, and the label adds its contents margins: that
sum is worked out here, once per width, without touching the label's document.

Only where the two are the same thing: a plain-text, word-wrapped label with no margin, indent, frame
or minimum width, and a text, not empty, without the characters a document treats otherwise (tabs,
carriage returns, line and paragraph separators, object and frame marks, a soft hyphen before a no-break
space). Anything else gets QLabel's own answer.
`tests/ui/test_label_height.py` compares both over generated texts, fonts and widths.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

# Characters the document lays out other than a bare QTextLayout would: tab stops, breaks it makes
# paragraphs or lines of, its own object and frame marks, and a soft hyphen before a no-break space
# (the label keeps the two on one line where a bare layout breaks between them at a narrow width).
_DOCUMENT_OWN = re.compile("[\t\r\u2028\u2029\ufffc\ufdd0\ufdd1]|\u00ad\u00a0")

_WRAPPED = QTextOption()
_WRAPPED.setWrapMode(QTextOption.WrapMode.WordWrap)


def measurable(label: QLabel) -> bool:
    """Whether `label` is laid out as `wrapped_height` measures it."""
    if label.textFormat() != Qt.TextFormat.PlainText or not label.wordWrap():
        return False
    if label.margin() or label.indent() > 0 or label.frameWidth() or label.minimumWidth() > 0:
        return False
    text = label.text()  # an empty one may be no text label at all to QLabel
    return bool(text) and _DOCUMENT_OWN.search(text) is None


def wrapped_height(label: QLabel, width: int) -> int | None:
    """The label's height at `width`, as QLabel.heightForWidth gives it; None where that takes QLabel."""
    if not measurable(label):
        return None
    margins = label.contentsMargins()
    line_width = max(width - margins.left() - margins.right(), 0)
    font = label.font()
    total = 0.0
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(_WRAPPED)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(line_width)
            total += line.height()
        layout.endLayout()
    return max(math.ceil(total) + margins.top() + margins.bottom(), label.minimumHeight())
