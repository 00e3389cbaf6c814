"""The detail pane: the current event, its date in words and every source quoted word for word.

All text from the database is set as plain text: a database opened with --db can come from anyone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from azkz_desktop.data.models import Event, Source, TradePoint

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


def people_lines(event: Event) -> list[str]:
    """One labelled line per kind of name: "People: …", "Organisations: …", "Countries: …"."""
    translate = QCoreApplication.translate
    labels = (
        ("person", translate("DetailPane", "People: {0}")),
        ("organisation", translate("DetailPane", "Organisations: {0}")),
        ("country", translate("DetailPane", "Countries: {0}")),
        ("other", translate("DetailPane", "Also named: {0}")),
    )
    known = {kind for kind, _ in labels}
    lines = []
    for kind, label in labels:
        names = [
            e.name for e in event.entities if e.kind == kind or (kind == "other" and e.kind not in known)
        ]
        if names:
            lines.append(label.format(", ".join(names)))
    if not event.entities and event.people:  # an event built without kinds
        lines.append(translate("DetailPane", "People: {0}").format(", ".join(event.people)))
    return lines


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
        if event.multilateral:
            category += " · " + self.tr("held within: {0}").format(event.multilateral)
        widgets.append(plain_label(category))
        for line in people_lines(event):
            widgets.append(plain_label(line))
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
        """A trade figure's source: what it says and where it comes from."""
        when = str(point.year) if not point.is_partial else f"{point.year} ({point.period}: half a year)"
        figures = [
            f"{label}: ${value:,.1f} million"
            for label, value in (
                ("Turnover", point.turnover_musd),
                ("Kazakh exports to Azerbaijan", point.exports_musd),
                ("Kazakh imports from Azerbaijan", point.imports_musd),
            )
            if value is not None
        ]
        if point.growth_pct is not None:
            figures.append(f"Growth of turnover: {point.growth_pct:g}%")
        widgets: list[QWidget] = [
            plain_label("Trade figure", bold=True),
            plain_label(when, bold=True, scale=1.25),
            plain_label("\n".join(figures)),
        ]
        if point.statistics:
            widgets.append(plain_label(f"Statistics: {point.statistics}"))
        if point.year_note:
            widgets.append(plain_label(f"Year: {point.year_note}", italic=True))
        widgets.append(plain_label("Source", bold=True))
        source = Source(
            document_id=point.document_id,
            document_title=point.document_title,
            outlet=point.outlet,
            published=point.published,
            language="",
            url=point.url,
            kind=point.kind,
            quote=point.quote,
            char_start=None,
            char_end=None,
            note=point.note,
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
