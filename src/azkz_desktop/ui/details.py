"""The detail pane: the current event, its date in words and every source quoted word for word.

All text from the database is set as plain text: a database opened with --db can come from anyone.
Every line wraps to the pane's width; nothing in it is ever cut or widens the pane.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from azkz_desktop.data.models import Event, Source, format_musd
from azkz_desktop.session import (
    DetailsTarget,
    EventDetails,
    EventListDetails,
    NoDetails,
    Session,
    TradeFigureDetails,
)
from azkz_desktop.ui import languages
from azkz_desktop.ui.plain_text import caption_label, plain_label, shown
from azkz_desktop.ui.session_binding import bind

if TYPE_CHECKING:
    import numpy as np

    from azkz_desktop.data.timeline_index import TimelineIndex
    from azkz_desktop.ui.event_body import EventBody  # loaded with the first event shown
    from azkz_desktop.ui.listed_events_page import ListedEventsPage

__all__ = ["DetailPane", "plain_label", "short", "shown"]

MAX_LISTED = 200

if TYPE_CHECKING:  # a trade figure's class is made when the Trade tab first reads them
    from azkz_desktop.data.trade_records import TradePoint


def short(text: str, limit: int = 48) -> str:
    """A text cut to `limit` characters with an ellipsis (for tooltips' companions and titles)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class EventSource(Protocol):
    """Where the pane reads a whole event (the database)."""

    def event(self, event_id: str) -> Event | None: ...


class DetailPane(QScrollArea):
    """Shows one event in full, or a clickable list when several are selected."""

    open_document = Signal(str, int, int)  # document id and the quoted passage's [start, end)
    related_requested = Signal(str)  # an event linked to the one shown
    message = Signal(str)  # something to say in the status bar (copied, no browser…)

    def __init__(self, category_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._category_labels = category_labels
        self.setObjectName("details")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(280)
        self._event_body: EventBody | None = None  # the last event's page, kept to be filled again
        self._list_page: ListedEventsPage | None = None  # the last list of events, kept as well
        self._last_listed: tuple[TimelineIndex, tuple[str, ...], np.ndarray] | None = None  # its rows
        self.show_nothing()

    def _replace(self, widgets: list[QWidget], stretch: QWidget | None = None) -> None:
        """Show `widgets` top down; the space left goes to `stretch` (one of them), or below them all."""
        body = QWidget()
        body.setObjectName("detailsBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        for widget in widgets:
            layout.addWidget(widget, 1 if widget is stretch else 0)
        if stretch is None:
            layout.addStretch(1)
        self._show_body(body)

    def _show_body(self, body: QWidget) -> None:
        """Put `body` in the pane in place of the page shown; the event page is kept (hidden) for the
        next event, any other page deleted."""
        old = self.takeWidget()
        if old is not None:  # later: a click in it may be what asked for the change
            old.hide()
            if old is self._event_body or old is self._list_page:
                old.setParent(self)  # out of sight, not in the pane's content, ready to be filled again
            else:
                old.deleteLater()
        # Taken out of the pane, a kept page became a window, which the pane would size to its size hint
        # and lay out at that width before its own: at the viewport's width, its labels are laid out
        # at the width they are shown at (the pane still sizes it as before). The width is asked as a
        # size: viewport() would make Python look up the class of a widget Qt made, which loads the
        # classes of dialogs the launch leaves for later.
        body.resize(self.maximumViewportSize().width(), body.height())
        self.setWidget(body)

    def follow(self, session: Session, events: EventSource) -> None:
        """Show whatever the session routes to the details, reading events from `events`."""
        self._session = session
        self._events = events
        bind(session.details_changed, self, self.show_target)
        self.related_requested.connect(session.make_current)

    def show_target(self, target: DetailsTarget) -> None:
        match target:
            case EventDetails(event_id):
                event = self._events.event(event_id)
                self.show_nothing() if event is None else self.show_event(event)
            case EventListDetails(event_ids, total):
                from azkz_desktop.ui.event_links import ListedRows  # a launch shows no list of events

                index = self._session.index
                last = self._last_listed
                if last is not None and last[0] is index and last[1] == event_ids:
                    rows = last[2]  # the same events listed again (a band redrawn): no question
                else:
                    given = target.rows_in(index)  # as the selection chose them, else one question
                    rows = given if given is not None else index.rows_of(event_ids)
                    self._last_listed = (index, event_ids, rows)
                self.show_list(ListedRows(index, rows), self._session.make_current, total)
            case TradeFigureDetails(point):
                self.show_trade_point(point)
            case NoDetails():
                self.show_nothing()

    def _report(self, text: str) -> None:
        self.message.emit(text)

    def _open(self, source: Source) -> None:
        if source.char_start is not None and source.char_end is not None:
            self.open_document.emit(source.document_id, source.char_start, source.char_end)

    def show_nothing(self) -> None:
        text = self.tr("Select an event on the timeline or in the list to read it and its sources.")
        if self._list_page is not None and self._list_page is self.widget():
            self._list_page.show_hint(text)  # the list's page says it: no page put in and out
            return
        body = self._event_body
        if body is not None and body is self.widget() and not body.holds_focus():
            body.show_hint(text)  # as the event's page: the next event fills it in place
            self.verticalScrollBar().setValue(0)
            return
        hint = plain_label(text)
        hint.setEnabled(False)
        self._replace([hint])

    def show_event(self, event: Event) -> None:
        """The event's page: the last one filled again when it has the same parts and does not hold the
        keyboard focus (a page built afresh would take it away), else one built for this event."""
        body = self._page_for(event)
        body.fill(event)
        if body is not self.widget():
            self._show_body(body)
        else:  # as a page put in anew: from its top
            self.verticalScrollBar().setValue(0)

    def _page_for(self, event: Event) -> EventBody:
        """The kept event page if it has this event's parts and may be filled again, else a new one."""
        from azkz_desktop.ui.event_body import EventBody, EventShape  # the launch shows no event

        shape = EventShape.of(event, language_note=languages.current_language() != "en")
        body = self._event_body
        if body is None or body.shape != shape or body.holds_focus():
            if body is not None and body is not self.widget():
                body.deleteLater()
            body = EventBody(
                shape, self._category_labels, self._open, self._report, self.related_requested.emit
            )
            self._event_body = body
        return body

    def prepare_event_page(self, event_id: str) -> None:
        """Build and lay out, out of sight, an event page filled with this event, and paint it once
        (its fonts), so that the first event shown finds a page, its modules and fonts ready. Nothing
        shown changes; a page kept already is left as it is."""
        if self._event_body is not None:
            return
        event = self._events.event(event_id)
        if event is None:
            return
        body = self._page_for(event)
        body.fill(event)
        body.setParent(self)  # as a kept page: out of sight, not in the pane's content
        body.hide()
        width = self.maximumViewportSize().width()  # as `_show_body` lays it out
        body.resize(width, max(body.heightForWidth(width), body.sizeHint().height()))
        image = QImage(body.size(), QImage.Format.Format_ARGB32_Premultiplied)
        body.render(image)

    def prepare_list_page(self) -> None:
        """Build, out of sight, the page for several selected events, listing the first two, and paint
        it once, as `prepare_event_page` does for one event: the first rubber band finds the page and
        its modules ready. Nothing shown changes; a page kept already is left."""
        if self._list_page is not None or len(self._session.index) < 2:
            return
        import numpy

        from azkz_desktop.ui.date_words import span_words
        from azkz_desktop.ui.listed_events_page import ListedEventsPage

        page = self._list_page = ListedEventsPage()
        index, first = self._session.index, numpy.arange(2)
        # Each date from its row's own values: a list of events' dates read together would read the
        # whole arrays of days of an index made from stored arrays (some 100 MB at ten million events).
        dates = [span_words(index.date_span(int(row))) for row in first]
        rows = list(zip(index.ids_of(first), dates, index.titles_of(first), strict=True))
        page.fill(self.tr("%n events selected", "", 2), rows, None, self._session.make_current)
        page.setParent(self)  # as a kept page: out of sight, not in the pane's content
        page.hide()
        page.resize(self.maximumViewportSize().width(), self.maximumViewportSize().height())
        image = QImage(page.size(), QImage.Format.Format_ARGB32_Premultiplied)
        page.render(image)

    def show_trade_point(self, point: TradePoint) -> None:
        """A trade figure's source: what it says and where it comes from, the value as the source gives it."""
        from azkz_desktop.ui.source_box import source_frame  # with the trade chart's words, when first shown
        from azkz_desktop.ui.trade.bases import basis, measure_names

        when = (
            str(point.year)
            if not point.is_partial
            else self.tr("{year} ({period}: half a year)").format(year=point.year, period=point.period)
        )
        names = measure_names()
        figures = [
            self.tr("{measure}: ${value} million").format(measure=names[key], value=format_musd(value))
            for key, value in (
                ("turnover_musd", point.turnover_musd),
                ("exports_musd", point.exports_musd),
                ("imports_musd", point.imports_musd),
            )
            if value is not None
        ]
        if point.growth_pct is not None:
            figures.append(self.tr("Growth of turnover: {rate}%").format(rate=f"{point.growth_pct:+g}"))
        widgets: list[QWidget] = [
            caption_label(self.tr("Trade figure")),
            plain_label(when, bold=True, scale=1.25),
            plain_label("\n".join(figures)),
            plain_label(self.tr("Basis: {name}").format(name=basis(point.basis).name)),
        ]
        if point.statistics:
            widgets.append(plain_label(self.tr("Given by: {who}").format(who=point.statistics)))
        if point.year_note:
            widgets.append(plain_label(self.tr("Year: {note}").format(note=point.year_note), italic=True))
        widgets.append(plain_label(self.tr("Source"), bold=True))
        source = point.as_source()
        opener = self._open if point.quote is not None and point.document_id else None
        widgets.append(source_frame(source, opener, self._report))
        self._replace(widgets)

    def show_list(
        self, rows: Sequence[tuple[str, str, str]], on_click: Callable[[str], None], total: int | None = None
    ) -> None:
        """Several events: (id, date, title) lines, each making its event the current one. The list's
        page is kept and filled again (unless the keyboard focus is in it)."""
        total = len(rows) if total is None else total
        heading = self.tr("%n events selected", "", total)
        more = None
        if total > min(len(rows), MAX_LISTED):
            more = self.tr("… and %1 more").replace("%1", str(total - min(len(rows), MAX_LISTED)))
        from azkz_desktop.ui.listed_events_page import ListedEventsPage  # a launch shows no list of events

        page = self._list_page
        if page is None or page.holds_focus():
            if page is not None and page is not self.widget():
                page.deleteLater()
            page = ListedEventsPage()
            self._list_page = page
        page.fill(heading, rows[:MAX_LISTED], more, on_click)
        if page is not self.widget():
            self._show_body(page)
        else:
            self.verticalScrollBar().setValue(0)
