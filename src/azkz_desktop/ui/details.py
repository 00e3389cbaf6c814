"""The detail pane: the current event, its date in words and every source quoted word for word.

All text from the database is set as plain text: a database opened with --db can come from anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from azkz_desktop.data.models import Event, Source, TradePoint, format_musd
from azkz_desktop.session import (
    DetailsTarget,
    EventDetails,
    EventListDetails,
    NoDetails,
    Session,
    TradeFigureDetails,
)
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.trade.bases import basis, measure_names

SHOWN_TEXT = 20_000  # characters; a database from elsewhere may hold far longer strings


def shown(text: str) -> str:
    """Text cut to a length a label can lay out quickly, saying how much was left out."""
    if len(text) <= SHOWN_TEXT:
        return text
    return f"{text[:SHOWN_TEXT]}… [{len(text) - SHOWN_TEXT:,} more characters not shown]"


def plain_label(text: str, *, bold: bool = False, italic: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(shown(str(text)))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont(label.font())
    font.setBold(bold)
    font.setItalic(italic)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


BUTTON_TEXT = 48  # characters: a button does not wrap, so a longer text would widen the pane


def short(text: str, limit: int = BUTTON_TEXT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def short_address(url: str, limit: int = 44) -> str:
    """An address cut in the middle to fit the pane; the full one is in the tooltip and opens on click."""
    bare = url.split("://", 1)[-1]
    if len(bare) <= limit:
        return bare
    half = (limit - 1) // 2
    return bare[:half] + "…" + bare[-half:]


def is_web_address(url: str) -> bool:
    """Only http and https addresses are ever opened: a database may hold anything in `url`."""
    parsed = QUrl(url)
    return parsed.isValid() and parsed.scheme() in ("http", "https") and bool(parsed.host())


def open_web_address(url: str) -> bool:
    return is_web_address(url) and QDesktopServices.openUrl(QUrl(url))


def source_heading(source: Source) -> str:
    parts = [source.outlet, source.published]
    if source.language:
        parts.append(f"language: {source.language}")
    return " · ".join(part for part in parts if part)


class EventSource(Protocol):
    """Where the pane reads a whole event (the database)."""

    def event(self, event_id: str) -> Event | None: ...


class DetailPane(QScrollArea):
    """Shows one event in full, or a clickable list when several are selected."""

    open_document = Signal(str, int, int)  # document id and the quoted passage's [start, end)
    related_requested = Signal(str)  # an event linked to the one shown

    def __init__(self, category_labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._category_labels = category_labels
        self.setObjectName("details")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(280)
        self.show_nothing()

    def _replace(self, widgets: list[QWidget]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
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
                index = self._session.index
                rows = [row for row in map(index.row_of, event_ids) if row is not None]
                listed = [(index.ids[row], index.date_span(row).label(), index.titles[row]) for row in rows]
                self.show_list(listed, self._session.make_current, total=total)
            case TradeFigureDetails(point):
                self.show_trade_point(point)
            case NoDetails():
                self.show_nothing()

    def show_nothing(self) -> None:
        hint = plain_label("Select an event on the timeline or in the list to read it and its sources.")
        hint.setEnabled(False)
        self._replace([hint])

    def show_event(self, event: Event) -> None:
        widgets: list[QWidget] = [
            plain_label(event.span.label(), bold=True),
            plain_label(event.title, bold=True, scale=1.25),
        ]
        category = self._category_labels.get(event.category, event.category)
        meta = category + (f" · {', '.join(event.people)}" if event.people else "")
        widgets.append(plain_label(meta))
        widgets.append(plain_label(event.summary))
        if event.date_note:
            widgets.append(plain_label(f"Date: {event.date_note}", italic=True))
        if event.note:
            widgets.append(plain_label(f"Note: {event.note}", italic=True))
        for related_id, related_title in event.related:
            button = QPushButton(short(f"Related: {related_title}").replace("&", "&&"))
            button.setToolTip(related_title)
            button.setFlat(True)
            button.setStyleSheet("text-align: left")
            button.clicked.connect(lambda _=False, chosen=related_id: self.related_requested.emit(chosen))
            widgets.append(button)
        heading = plain_label(f"Sources ({len(event.sources)})", bold=True)
        heading.setObjectName("sourcesHeading")
        widgets.append(heading)
        for source in event.sources:
            widgets.append(self._source_widget(source))
        self._replace(widgets)

    def _source_widget(self, source: Source) -> QWidget:
        frame = QFrame()
        frame.setObjectName("source")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(8, 6, 8, 6)
        kind = "Public report" if source.kind == "reference" else "Bundled document"
        kind_label = plain_label(kind)
        kind_label.setEnabled(False)
        layout.addWidget(kind_label)
        layout.addWidget(plain_label(source.document_title, bold=True))
        layout.addWidget(plain_label(source_heading(source)))
        if source.quote:
            layout.addWidget(plain_label(f"“{source.quote}”", italic=True))
            if not source.in_place:
                warning = plain_label("⚠ This quote is not in its document at the place recorded.", bold=True)
                warning.setObjectName("quoteWarning")
                layout.addWidget(warning)
            elif source.char_start is not None and source.char_end is not None:
                reader = QPushButton("Open in Document")
                reader.setToolTip("Show the whole document with this passage highlighted")
                reader.clicked.connect(
                    lambda _=False, s=source: self.open_document.emit(s.document_id, s.char_start, s.char_end)
                )
                layout.addWidget(reader, 0, Qt.AlignmentFlag.AlignLeft)
        if source.note:
            layout.addWidget(plain_label(source.note))
        if is_web_address(source.url):
            address = plain_label(short_address(source.url))
            address.setToolTip(source.url)
            address.setObjectName("sourceAddress")
            layout.addWidget(address)
            button = QPushButton("Open Address in Browser")
            button.setToolTip("Needs a network connection")
            button.clicked.connect(lambda _=False, url=source.url: open_web_address(url))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def show_trade_point(self, point: TradePoint) -> None:
        """A trade figure's source: what it says and where it comes from, the value as the source gives it."""
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
            plain_label(self.tr("Trade figure"), bold=True),
            plain_label(when, bold=True, scale=1.25),
            plain_label("\n".join(figures)),
            plain_label(self.tr("Basis: {name}").format(name=basis(point.basis).name)),
        ]
        if point.statistics:
            widgets.append(plain_label(self.tr("Given by: {who}").format(who=point.statistics)))
        if point.year_note:
            widgets.append(plain_label(self.tr("Year: {note}").format(note=point.year_note), italic=True))
        widgets.append(plain_label(self.tr("Source"), bold=True))
        source = Source(
            document_id=point.document_id,
            document_title=point.document_title,
            outlet=point.outlet,
            published=point.published,
            language="",
            url=point.url,
            kind=point.kind,
            quote=point.quote,
            char_start=point.char_start,
            char_end=point.char_end,
            note=point.note,
            in_place=point.in_place or point.quote is None,
        )
        widgets.append(self._source_widget(source))
        self._replace(widgets)

    def show_list(
        self, rows: list[tuple[str, str, str]], on_click: Callable[[str], None], total: int | None = None
    ) -> None:
        """Several events: (id, date, title) rows, each a button that makes it the current event."""
        total = len(rows) if total is None else total
        widgets: list[QWidget] = [plain_label(f"{total} events selected", bold=True)]
        for event_id, date, title in rows[:200]:
            button = QPushButton(short(f"{date} — {title}").replace("&", "&&"))  # no mnemonics
            button.setToolTip(title)
            button.setFlat(True)
            button.setStyleSheet("text-align: left")
            button.clicked.connect(lambda _=False, chosen=event_id: on_click(chosen))
            widgets.append(button)
        if total > min(len(rows), 200):
            widgets.append(plain_label(f"… and {total - min(len(rows), 200)} more"))
        self._replace(widgets)
