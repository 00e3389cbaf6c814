"""The detail pane's wrapped labels, whose size hints are made without laying their text out.

A label whose text can be selected works out its size hints in a text document: at a width of eighty
average characters and the golden ratio's trials from there, unwrapped, one word a line, each trial
followed by a layout back at the label's own width. That is some nine layouts, about a million
instructions for a summary, whenever its text changes: at each click, most of what the pane's labels
cost. In the pane's pages those hints place nothing: a label's width policy is Ignored (the layout takes
its width as 0 whatever it says), and the vertical layouts it sits in ask it for its height at the width
given (heightForWidth), which replaces both height hints wherever a geometry is worked out. What is left
of them are sums: the page's own hints, which the scroll area reads only as a lower bound under the
page's height for its width (always above it) and for its own size hint (the dock keeps the size it has).
So these labels say 0 by 0, at no cost; their heights for a width are the label's own, as before.
`tests/ui/test_page_label.py` lays pages out both ways and compares every geometry and pixel.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.plain_text import LinkLabel, WrappedLabel


class LayoutHints:
    """Size hints of no size for a label laid out by its height for a width alone."""

    qt_hints = False  # True: the label's own hints, laid out in text (the tests' reference)

    @guarded(QSize)
    def sizeHint(self) -> QSize:
        return QLabel.sizeHint(self) if self.qt_hints else QSize(0, 0)  # type: ignore[arg-type]

    @guarded(QSize)
    def minimumSizeHint(self) -> QSize:
        return QLabel.minimumSizeHint(self) if self.qt_hints else QSize(0, 0)  # type: ignore[arg-type]


class PageLabel(LayoutHints, WrappedLabel):
    """A plain-text label of the detail pane's pages (`plain_label(..., kind=PageLabel)`)."""


class PageLinkLabel(LayoutHints, LinkLabel):
    """A related event's link on the event's page."""


def page_size_hint(widget: QWidget) -> QSize:
    """The size hint of a page, or of a box on it, whose layout holds such labels: as wide as Qt makes
    it, and as tall as at the width the widget has.

    Qt makes a layout's hint as tall as its height for the hint's width (the widest button's): every
    label of the page laid out at that width, at every click, only for the scroll area to read the hint
    where the page's policy leaves it unused (and for the pane's own hint, which the dock does not
    follow). The heights at the width shown are those the layouts ask for anyway."""
    layout = widget.layout()
    if LayoutHints.qt_hints or layout is None:
        return QWidget.sizeHint(widget)
    margins = widget.contentsMargins()
    width = layout.sizeHint().width() + margins.left() + margins.right()
    return QSize(width, max(widget.heightForWidth(widget.width()), 0))
