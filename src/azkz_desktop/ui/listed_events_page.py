"""The detail pane's page for several selected events: how many, the list of them (event_links.py)
and how many more were not listed, or the hint for no selection in their place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from azkz_desktop.ui.event_links import EventLinks, Row
from azkz_desktop.ui.plain_text import plain_label, set_plain


class ListedEventsPage(QWidget):
    """The detail pane's page for several selected events: a line saying how many, the list, and how
    many more were not listed. Kept by the pane and filled again for the next selection: building and
    polishing a new page at every rubber band cost more than listing the events.

    The heading, the list and the line about more sit in one box of their own, which the hint for no
    selection replaces as a whole: hidden and shown again, the box comes back at the size it had, so
    the list is neither resized nor laid out again (each resize measured the lines of its last screen
    twice, as the page's layout gave the list a height without the line about more, then with it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsBody")
        self.on_click: Callable[[str], None] = lambda _event_id: None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self.listed = QWidget()  # the heading, the list and the line about more
        listed = QVBoxLayout(self.listed)
        listed.setContentsMargins(0, 0, 0, 0)
        listed.setSpacing(8)
        self.heading = plain_label("", bold=True)
        self.links = EventLinks([])
        self.links.chosen.connect(lambda event_id: self.on_click(event_id))
        self.more = plain_label("")
        listed.addWidget(self.heading, 0)
        listed.addWidget(self.links, 1)
        listed.addWidget(self.more, 0)
        self.hint = plain_label("")  # what the pane says when nothing is selected, shown in place
        self.hint.setEnabled(False)
        self.hint.hide()
        layout.addWidget(self.hint, 0)
        layout.addWidget(self.listed, 1)
        layout.addStretch(0)  # the space below the hint alone (the list takes it otherwise)

    def fill(
        self,
        heading: str,
        rows: Sequence[Row],
        more: str | None,
        on_click: Callable[[str], None],
    ) -> None:
        """Show `heading`, the `rows` (each asked for when its line is shown) and, if given, the line
        saying how many more there are."""
        set_plain(self.heading, heading)
        self.links.set_rows(rows)
        set_plain(self.more, more or "")
        self.more.setVisible(more is not None)
        self.hint.hide()
        self.listed.show()
        self.on_click = on_click

    def show_hint(self, text: str) -> None:
        """Say `text` alone, as the pane's page for no selection does: the pane shows it without
        swapping pages (putting a page in and out of the pane costs more than listing the events)."""
        set_plain(self.hint, text)
        self.listed.hide()  # the list hidden keeps its lines and its size, for a list of the same events next
        self.hint.show()
        self.on_click = lambda _event_id: None

    def shows_hint(self) -> bool:
        return self.hint.isVisibleTo(self)

    def holds_focus(self) -> bool:
        """Whether the keyboard focus is on the page (its list): a page refilled would keep it on
        another event's line."""
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))
