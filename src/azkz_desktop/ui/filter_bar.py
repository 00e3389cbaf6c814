"""The tool bar that filters every view: search words, categories, people and a date range.

It only edits the session's filter; every view follows the session's mask. Typing is debounced
so a search runs once the person pauses, not on every key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QToolButton, QWidget

from azkz_desktop.data.dates import MONTH_NAMES, PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import Category, Person
from azkz_desktop.session import Session
from azkz_desktop.ui.category_menu import build_category_menu
from azkz_desktop.ui.category_names import category_label, category_labels
from azkz_desktop.ui.date_words import date_words
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.menu_text import menu_text
from azkz_desktop.ui.people_menu import PeopleButton
from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

SEARCH_DELAY_MS = 250
DATE_HINT = QT_TRANSLATE_NOOP("FilterBar", "YYYY, YYYY-MM or YYYY-MM-DD")
DATE_PLACEHOLDER = QT_TRANSLATE_NOOP("FilterBar", "2010 or 2010-05")


class SearchField(QLineEdit):
    """A line edit that Esc empties, as search fields do."""

    cleared = Signal()

    @guarded()
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
        people: Sequence[Person],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search and filters"))
        self.setObjectName("filterBar")
        self.setMovable(False)
        self.session = session
        self._updating = False

        self.search = SearchField()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search events and documents…"))
        self.search.setClearButtonEnabled(True)
        hint_width = self.search.fontMetrics().horizontalAdvance(self.search.placeholderText())
        self.search.setMinimumWidth(max(260, hint_width + 2 * self.search.fontMetrics().height()))
        self.search.setMaximumWidth(480)
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search.setToolTip(self.tr("Full-text search (%1)").replace("%1", find_keys))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply)
        self.search.textEdited.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._accept_search)
        self.search.cleared.connect(self.apply)
        self.addWidget(self.search)

        self.category_actions = {
            category.id: QAction(menu_text(category_label(category)), self, checkable=True, checked=True)
            for category in categories
        }
        for action in self.category_actions.values():
            action.toggled.connect(self.apply)
        self.category_button = QToolButton()
        self.category_button.setObjectName("categoryButton")
        self.category_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.category_button.setMenu(
            build_category_menu(
                self.category_actions,
                category_labels(categories),
                self.apply,
                self.category_button,
            )
        )
        # As wide as its widest text, so the bar does not shift when "Categories (5)" replaces it.
        self.category_button.setText(self.tr("Categories (%1)").replace("%1", str(len(categories) * 11)))
        self.category_button.setMinimumWidth(self.category_button.sizeHint().width())
        self.addWidget(self.category_button)

        self.people_button = PeopleButton(people)
        self.people_button.changed.connect(self.apply)
        self.addWidget(self.people_button)

        self.bilateral_action = QAction(self.tr("Bilateral"), self, checkable=True)
        self.bilateral_action.setObjectName("bilateralOnly")
        self.bilateral_action.setToolTip(
            self.tr(
                "Bilateral only: leave out events held within a multilateral setting"
                " (CIS, Turkic, SCO, … summits)"
            )
        )
        self.bilateral_action.toggled.connect(self.apply)
        self.addAction(self.bilateral_action)
        # A glyph only, so the bar keeps room for the date fields at large font sizes; the tooltip names it.
        self.starred_action = QAction("★", self, checkable=True)
        self.starred_action.setObjectName("starredOnly")
        self.starred_action.setToolTip(
            self.tr("Starred only: the events you starred (S stars the selection)")
        )
        self.starred_action.toggled.connect(self.apply)
        self.addAction(self.starred_action)

        self.addWidget(QLabel(self.tr("  From ")))
        self.date_from = self._date_field("from")
        self.addWidget(self.date_from)
        self.addWidget(QLabel(self.tr(" to ")))
        self.date_to = self._date_field("to")
        self.addWidget(self.date_to)
        self.date_message = QLabel()
        self.date_message.setObjectName("dateMessage")
        self.date_message.setTextFormat(Qt.TextFormat.PlainText)
        self.date_message.setStyleSheet("QLabel { color: #c0392b; padding-left: 6px; }")
        self.date_message_action = self.addWidget(self.date_message)
        self.date_message_action.setVisible(False)

        self.clear_action = QAction(self.tr("Clear Filters"), self)
        self.clear_action.setToolTip(self.tr("Show every event again"))
        self.clear_action.triggered.connect(self.clear)
        self.addAction(self.clear_action)
        bind(session.filter_changed, self, self.show_filter)
        self.show_filter()

    def _date_field(self, which: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(f"date_{which}")
        field.setPlaceholderText(self.tr(DATE_PLACEHOLDER))
        tip = (
            self.tr("Show events from this date: %1")
            if which == "from"
            else self.tr("Show events up to this date: %1")
        )
        field.setToolTip(tip.replace("%1", self.tr(DATE_HINT)))
        # Room for the placeholder and the clear button, in the font in use (it may be large).
        metrics = field.fontMetrics()
        room = metrics.horizontalAdvance(field.placeholderText()) + 2 * metrics.height()
        field.setMaximumWidth(max(130, room))
        field.setClearButtonEnabled(True)
        field.editingFinished.connect(self.apply)
        field.textChanged.connect(lambda text, f=field: self._mark_date(f, text))
        return field

    def _mark_date(self, field: QLineEdit, text: str) -> None:
        """A date that does not parse is marked at once, said why beside the fields, and ignored."""
        problem = _date_problem(text)
        field.setStyleSheet("" if problem is None else "QLineEdit { border: 1px solid #c0392b; }")
        hint = self.tr(DATE_HINT)
        field.setToolTip(
            hint
            if problem is None
            else plain_tooltip(self.tr("%1 (use %2)").replace("%1", problem).replace("%2", hint))
        )
        messages = []
        for name, date_field in ((self.tr("From"), self.date_from), (self.tr("To"), self.date_to)):
            if (date_problem := _date_problem(date_field.text())) is not None:
                messages.append(f"{name}: {date_problem}")
        self.date_message.setText("; ".join(messages))
        self.date_message_action.setVisible(bool(messages))

    def _accept_search(self) -> None:
        self._search_timer.stop()
        self.apply()
        self.search_accepted.emit()

    def current_filter(self) -> EventFilter:
        """The filter the widgets describe now."""
        chosen = frozenset(key for key, action in self.category_actions.items() if action.isChecked())
        categories = None if len(chosen) == len(self.category_actions) else chosen
        people = self.people_button.checked()
        return EventFilter(
            categories=categories,
            people=people,
            start=_parse_date(self.date_from.text()),
            end=_parse_date(self.date_to.text()),
            text=self.search.text().strip(),
            bilateral_only=self.bilateral_action.isChecked(),
            starred_only=self.starred_action.isChecked(),
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
            self.people_button.set_checked(event_filter.people)
            self.bilateral_action.setChecked(event_filter.bilateral_only)
            self.starred_action.setChecked(event_filter.starred_only)
            for field, date in ((self.date_from, event_filter.start), (self.date_to, event_filter.end)):
                if _parse_date(field.text()) != date:
                    field.setText(date.iso() if date else "")
        finally:
            self._updating = False
        shown = (
            len(self.category_actions) if event_filter.categories is None else len(event_filter.categories)
        )
        self.category_button.setText(
            self.tr("Categories")
            if event_filter.categories is None
            else self.tr("Categories (%1)").replace("%1", str(shown))
        )
        self.clear_action.setEnabled(not event_filter.is_empty)


def _date_problem(text: str) -> str | None:
    """Why `text` is not a date the filter can use, briefly ("month 13 does not exist"), or None."""
    if not text.strip():
        return None
    try:
        PartialDate.parse(text)
    except ValueError as error:
        reason = str(error)
        if "is not a real date: " in reason:
            return date_problem_words(reason.split("is not a real date: ", 1)[1])
        hint = QCoreApplication.translate("FilterBar", DATE_HINT)
        return QCoreApplication.translate("FilterBar", "not a date; use %1").replace("%1", hint)
    return None


def date_problem_words(reason: str) -> str:
    """The data layer's English reason ("month 13 does not exist") in the language in use."""
    translate = QCoreApplication.translate
    if match := re.fullmatch(r"month (\d+) does not exist", reason):
        return translate("FilterBar", "month %1 does not exist").replace("%1", match[1])
    if match := re.fullmatch(r"day (\d+) does not exist in (\w+) (\d+)", reason):
        month = MONTH_NAMES.index(match[2]) + 1 if match[2] in MONTH_NAMES else None
        when = date_words(PartialDate(int(match[3]), month)) if month else f"{match[2]} {match[3]}"
        return (
            translate("FilterBar", "day %1 does not exist in %2").replace("%1", match[1]).replace("%2", when)
        )
    if match := re.fullmatch(r"year (\d+) is out of range", reason):
        return translate("FilterBar", "year %1 is out of range").replace("%1", match[1])
    return reason


def _parse_date(text: str) -> PartialDate | None:
    try:
        return PartialDate.parse(text) if text.strip() else None
    except ValueError:
        return None
