"""The tool bar that filters every view: search words, categories, people and a date range.

It only edits the session's filter; every view follows the session's mask. Typing is debounced
so a search runs once the person pauses, not on every key.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QToolBar, QToolButton, QWidget

from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import Category
from azkz_desktop.session import Session
from azkz_desktop.ui.session_binding import bind

SEARCH_DELAY_MS = 250
DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD"


class SearchField(QLineEdit):
    """A line edit that Esc empties, as search fields do."""

    cleared = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.cleared.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FilterBar(QToolBar):
    """Search field, category and people menus, from/to dates and a button that clears them all."""

    search_accepted = Signal()  # Enter in the search field: select the first hit

    def __init__(
        self,
        session: Session,
        categories: Sequence[Category],
        people: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Search and filters", parent)
        self.setObjectName("filterBar")
        self.setMovable(False)
        self.session = session
        self._updating = False

        self.search = SearchField()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search events and documents…")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(480)
        self.search.setToolTip(f"Full-text search ({QKeySequence(QKeySequence.StandardKey.Find).toString()})")
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply)
        self.search.textEdited.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._accept_search)
        self.search.cleared.connect(self.apply)
        self.addWidget(self.search)

        self.category_actions = {
            category.id: QAction(category.label, self, checkable=True, checked=True)
            for category in categories
        }
        self.category_button = self._menu_button("Categories", self.category_actions.values())
        self.addWidget(self.category_button)

        self.people_actions = {name: QAction(name, self, checkable=True) for name in people}
        self.people_button = self._menu_button("People", self.people_actions.values())
        self.addWidget(self.people_button)

        self.addWidget(QLabel("  From "))
        self.date_from = self._date_field("from")
        self.addWidget(self.date_from)
        self.addWidget(QLabel(" to "))
        self.date_to = self._date_field("to")
        self.addWidget(self.date_to)

        self.clear_action = QAction("Clear Filters", self)
        self.clear_action.setToolTip("Show every event again")
        self.clear_action.triggered.connect(self.clear)
        self.addAction(self.clear_action)
        bind(session.filter_changed, self, self.show_filter)

    def _menu_button(self, text: str, actions: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for action in actions:  # type: ignore[attr-defined]
            action.toggled.connect(self.apply)
            menu.addAction(action)
        button.setMenu(menu)
        return button

    def _date_field(self, which: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(f"date_{which}")
        field.setPlaceholderText("YYYY-MM-DD")
        field.setToolTip(f"Show events {which} this date: {DATE_HINT}")
        field.setMaximumWidth(110)
        field.setClearButtonEnabled(True)
        field.editingFinished.connect(self.apply)
        field.textChanged.connect(lambda text, f=field: self._mark_date(f, text))
        return field

    def _mark_date(self, field: QLineEdit, text: str) -> None:
        """A date that does not parse is marked at once and ignored until it does."""
        valid = not text.strip() or _parse_date(text) is not None
        field.setStyleSheet("" if valid else "QLineEdit { border: 1px solid #c0392b; }")
        field.setToolTip(DATE_HINT if valid else f"Not a date: use {DATE_HINT}")

    def _accept_search(self) -> None:
        self._search_timer.stop()
        self.apply()
        self.search_accepted.emit()

    def current_filter(self) -> EventFilter:
        """The filter the widgets describe now."""
        chosen = frozenset(key for key, action in self.category_actions.items() if action.isChecked())
        categories = None if len(chosen) == len(self.category_actions) else chosen
        people = frozenset(name for name, action in self.people_actions.items() if action.isChecked())
        return EventFilter(
            categories=categories,
            people=people,
            start=_parse_date(self.date_from.text()),
            end=_parse_date(self.date_to.text()),
            text=self.search.text().strip(),
        )

    def apply(self) -> None:
        if not self._updating:
            self.session.set_filter(self.current_filter())

    def clear(self) -> None:
        self.session.clear_filter()

    def show_filter(self, *_: object) -> None:
        """Make the widgets show the session's filter (after Clear, or when restored at start)."""
        event_filter = self.session.event_filter
        self._updating = True
        try:
            if self.search.text().strip() != event_filter.text:
                self.search.setText(event_filter.text)
            for key, action in self.category_actions.items():
                action.setChecked(event_filter.categories is None or key in event_filter.categories)
            for name, action in self.people_actions.items():
                action.setChecked(name in event_filter.people)
            for field, date in ((self.date_from, event_filter.start), (self.date_to, event_filter.end)):
                if _parse_date(field.text()) != date:
                    field.setText(date.iso() if date else "")
        finally:
            self._updating = False
        shown = (
            len(self.category_actions) if event_filter.categories is None else len(event_filter.categories)
        )
        self.category_button.setText(
            "Categories" if event_filter.categories is None else f"Categories ({shown})"
        )
        self.people_button.setText(
            f"People ({len(event_filter.people)})" if event_filter.people else "People"
        )
        self.clear_action.setEnabled(not event_filter.is_empty)


def _parse_date(text: str) -> PartialDate | None:
    try:
        return PartialDate.parse(text) if text.strip() else None
    except ValueError:
        return None
