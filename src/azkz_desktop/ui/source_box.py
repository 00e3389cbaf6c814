"""One source in the detail pane (and a reference in the reader): what it is, what it says, where it is,
with buttons to open, copy the address or copy a citation. All database text is plain text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from azkz_desktop.data.citation import citation, has_headline, readable_address, source_name
from azkz_desktop.data.models import Source
from azkz_desktop.ui.flow_layout import FlowLayout
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.language_names import language_name
from azkz_desktop.ui.page_label import PageLabel, page_size_hint
from azkz_desktop.ui.plain_text import caption_label, plain_label, plain_tooltip, set_bold, set_plain

QUOTE_MARKS = "\"'“”„«»‘’\u201a\u2039\u203a"  # the last three: low-9 and single guillemets


def tr(text: str) -> str:
    return QCoreApplication.translate("SourceBox", text)


def is_web_address(url: str) -> bool:
    """Only http and https addresses are ever opened: a database may hold anything in `url`."""
    from PySide6.QtCore import QUrl  # set up with the first source shown, not at start-up

    parsed = QUrl(url)
    return parsed.isValid() and parsed.scheme() in ("http", "https") and bool(parsed.host())


def open_web_address(url: str) -> bool:
    from PySide6.QtCore import QUrl

    return is_web_address(url) and QDesktopServices.openUrl(QUrl(url))


def quoted(text: str) -> str:
    """The passage in quotation marks, unless it already starts with one (no doubled marks)."""
    return text if text[:1] in QUOTE_MARKS else f"“{text}”"


def source_heading(source: Source) -> str:
    """Outlet · date · language; a report named by its outlet and date already shows the first two."""
    parts = [source.outlet, source.published] if has_headline(source.document_title) else []
    if source.language:
        language = language_name(source.language)
        parts.append(QCoreApplication.translate("SourceBox", "language: %1").replace("%1", language))
    return " · ".join(part for part in parts if part)


def copy_text(text: str, report: Callable[[str], None], what: str) -> None:
    QGuiApplication.clipboard().setText(text)
    report(
        QCoreApplication.translate("SourceBox", "Copied the %1: %2").replace("%1", what).replace("%2", text)
    )


def open_or_say(url: str, report: Callable[[str], None]) -> bool:
    """Open the address in the browser; when none opens, say so (Qt itself says nothing)."""
    if open_web_address(url):
        report(QCoreApplication.translate("SourceBox", "Opening %1 in the web browser").replace("%1", url))
        return True
    report(
        QCoreApplication.translate(
            "SourceBox", "No web browser could be opened for %1; use Copy Address instead."
        ).replace("%1", url)
    )
    return False


class AddressButtons(QWidget):
    """Copy Address, Copy Citation and Open Address in Browser for one source, wrapping onto further
    rows when their labels (long in some languages) do not fit the pane's width side by side.

    Built for a source with or without a web address (`web`), then filled with any source of that kind
    again and again: the detail pane keeps its widgets from one event to the next."""

    def __init__(self, web: bool, report: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("addressButtons")
        self.web = web
        self._report = report
        self._url = self._reference = ""
        buttons = FlowLayout(self, spacing=6, row_spacing=4, margins=(0, 0, 0, 0))
        self._copy_address = self._browser = None
        if web:
            self._copy_address = QPushButton()
            self._copy_address.clicked.connect(
                lambda: copy_text(self._url, self._report, QCoreApplication.translate("SourceBox", "address"))
            )
            buttons.addWidget(self._copy_address)
        self._copy_citation = QPushButton()
        self._copy_citation.clicked.connect(
            lambda: copy_text(
                self._reference, self._report, QCoreApplication.translate("SourceBox", "citation")
            )
        )
        buttons.addWidget(self._copy_citation)
        if web:
            self._browser = QPushButton()
            self._browser.clicked.connect(lambda: open_or_say(self._url, self._report))
            buttons.addWidget(self._browser)

    def fill(self, title: str, outlet: str, published: str, url: str) -> None:
        """Show the buttons of this source (one whose address is a web address exactly when `web`)."""
        self._url = url
        self._reference = citation(title, outlet, published, url if self.web else "")
        if self._copy_address is not None:
            self._copy_address.setText(QCoreApplication.translate("SourceBox", "Copy Address"))
            self._copy_address.setToolTip(plain_tooltip(url))
            self._copy_address.setAccessibleDescription(url)
        self._copy_citation.setText(QCoreApplication.translate("SourceBox", "Copy Citation"))
        self._copy_citation.setToolTip(plain_tooltip(self._reference))
        self._copy_citation.setAccessibleDescription(self._reference)  # which source, for a listener
        if self._browser is not None:
            self._browser.setText(QCoreApplication.translate("SourceBox", "Open Address in Browser"))
            self._browser.setToolTip(QCoreApplication.translate("SourceBox", "Needs a network connection"))


def address_buttons(
    title: str, outlet: str, published: str, url: str, report: Callable[[str], None]
) -> QWidget:
    """The address buttons of one source (the reader's reference)."""
    box = AddressButtons(is_web_address(url), report)
    box.fill(title, outlet, published, url)
    return box


SourceShape = tuple[bool, bool, bool, bool, bool]


def source_shape(source: Source, can_open: bool) -> SourceShape:
    """Which parts the box of `source` has: a quote, its warning or its Open in Document button, a note,
    a web address. Boxes of one shape differ only in their texts."""
    quote = bool(source.quote)
    opens = can_open and source.char_start is not None and source.char_end is not None
    return (
        quote,
        quote and not source.in_place,
        quote and source.in_place and opens,
        bool(source.note),
        is_web_address(source.url),
    )


class SourceBox(QFrame):
    """The box for one source; built for one shape (`source_shape`) and filled with any source of it."""

    def __init__(
        self,
        shape: SourceShape,
        open_document: Callable[[Source], None] | None,
        report: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.shape = shape
        self.source: Source | None = None
        has_quote, warns, opens, has_note, web = shape
        self.setObjectName("source")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self._caption = caption_label("", PageLabel)
        layout.addWidget(self._caption)
        self._name = plain_label("", kind=PageLabel)
        self._name.setObjectName("sourceName")
        layout.addWidget(self._name)
        self._heading = plain_label("", kind=PageLabel)
        layout.addWidget(self._heading)
        self._quote = self._warning = self._reader = self._note = self._address = None
        if has_quote:
            self._quote = plain_label("", italic=True, kind=PageLabel)
            layout.addWidget(self._quote)
        if warns:
            self._warning = plain_label("", bold=True, kind=PageLabel)
            self._warning.setObjectName("quoteWarning")
            layout.addWidget(self._warning)
        if opens and open_document is not None:
            self._reader = QPushButton()
            self._reader.clicked.connect(lambda _=False: self.source and open_document(self.source))
            layout.addWidget(self._reader, 0, Qt.AlignmentFlag.AlignLeft)
        if has_note:
            self._note = plain_label("", kind=PageLabel)
            layout.addWidget(self._note)
        if web:
            self._address = plain_label("", kind=PageLabel)
            self._address.setObjectName("sourceAddress")
            layout.addWidget(self._address)
        self._buttons = AddressButtons(web, report)
        layout.addWidget(self._buttons)

    @guarded(QSize)
    def sizeHint(self) -> QSize:
        return page_size_hint(self)

    def fill(self, source: Source) -> None:
        """Show `source` (one of this box's shape)."""
        self.source = source
        set_plain(
            self._caption,
            QCoreApplication.translate("SourceBox", "Public report")
            if source.kind == "reference"
            else QCoreApplication.translate("SourceBox", "Bundled document"),
        )
        set_plain(self._name, source_name(source.document_title, source.outlet, source.published))
        set_bold(self._name, has_headline(source.document_title))
        set_plain(self._heading, source_heading(source))
        if self._quote is not None and source.quote:
            set_plain(self._quote, quoted(source.quote))
        if self._warning is not None:
            set_plain(
                self._warning,
                QCoreApplication.translate(
                    "SourceBox", "⚠ This quote is not in its document at the place recorded."
                ),
            )
        if self._reader is not None:
            self._reader.setText(QCoreApplication.translate("SourceBox", "Open in Document"))
            self._reader.setToolTip(
                QCoreApplication.translate(
                    "SourceBox", "Show the whole document with this passage highlighted"
                )
            )
        if self._note is not None and source.note:
            set_plain(self._note, source.note)
        if self._address is not None:
            set_plain(self._address, readable_address(source.url))
            self._address.setToolTip(plain_tooltip(source.url))
        self._buttons.fill(source.document_title, source.outlet, source.published, source.url)


def source_frame(
    source: Source, open_document: Callable[[Source], None] | None, report: Callable[[str], None]
) -> SourceBox:
    """The box for one source; `open_document` (when given) backs an "Open in Document" button."""
    box = SourceBox(source_shape(source, open_document is not None), open_document, report)
    box.fill(source)
    return box
