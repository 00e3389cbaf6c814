"""One source in the detail pane (and a reference in the reader): what it is, what it says, where it is,
with buttons to open, copy the address or copy a citation. All database text is plain text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from azkz_desktop.data.citation import citation, has_headline, readable_address, source_name
from azkz_desktop.data.models import Source
from azkz_desktop.ui.flow_layout import FlowLayout
from azkz_desktop.ui.language_names import language_name
from azkz_desktop.ui.plain_text import caption_label, plain_label, plain_tooltip

QUOTE_MARKS = "\"'“”„«»‘’\u201a\u2039\u203a"  # the last three: low-9 and single guillemets


def tr(text: str) -> str:
    return QCoreApplication.translate("SourceBox", text)


def is_web_address(url: str) -> bool:
    """Only http and https addresses are ever opened: a database may hold anything in `url`."""
    parsed = QUrl(url)
    return parsed.isValid() and parsed.scheme() in ("http", "https") and bool(parsed.host())


def open_web_address(url: str) -> bool:
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


def address_buttons(
    title: str, outlet: str, published: str, url: str, report: Callable[[str], None]
) -> QWidget:
    """Copy Address, Copy Citation and Open Address in Browser for one source, wrapping onto further
    rows when their labels (long in some languages) do not fit the pane's width side by side."""
    box = QWidget()
    box.setObjectName("addressButtons")
    buttons = FlowLayout(box, spacing=6, row_spacing=4, margins=(0, 0, 0, 0))
    if is_web_address(url):
        copy_address = QPushButton(QCoreApplication.translate("SourceBox", "Copy Address"))
        copy_address.setToolTip(plain_tooltip(url))
        copy_address.setAccessibleDescription(url)
        copy_address.clicked.connect(
            lambda: copy_text(url, report, QCoreApplication.translate("SourceBox", "address"))
        )
        buttons.addWidget(copy_address)
    copy_citation = QPushButton(QCoreApplication.translate("SourceBox", "Copy Citation"))
    reference = citation(title, outlet, published, url if is_web_address(url) else "")
    copy_citation.setToolTip(plain_tooltip(reference))
    copy_citation.setAccessibleDescription(reference)  # which source, for a listener tabbing through
    copy_citation.clicked.connect(
        lambda: copy_text(reference, report, QCoreApplication.translate("SourceBox", "citation"))
    )
    buttons.addWidget(copy_citation)
    if is_web_address(url):
        browser = QPushButton(QCoreApplication.translate("SourceBox", "Open Address in Browser"))
        browser.setToolTip(QCoreApplication.translate("SourceBox", "Needs a network connection"))
        browser.clicked.connect(lambda: open_or_say(url, report))
        buttons.addWidget(browser)
    return box


def source_frame(
    source: Source, open_document: Callable[[Source], None] | None, report: Callable[[str], None]
) -> QFrame:
    """The box for one source; `open_document` (when given) backs an "Open in Document" button."""
    frame = QFrame()
    frame.setObjectName("source")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.addWidget(
        caption_label(
            QCoreApplication.translate("SourceBox", "Public report")
            if source.kind == "reference"
            else QCoreApplication.translate("SourceBox", "Bundled document")
        )
    )
    name = plain_label(
        source_name(source.document_title, source.outlet, source.published),
        bold=has_headline(source.document_title),
    )
    name.setObjectName("sourceName")
    layout.addWidget(name)
    layout.addWidget(plain_label(source_heading(source)))
    if source.quote:
        layout.addWidget(plain_label(quoted(source.quote), italic=True))
        if not source.in_place:
            warning = plain_label(
                QCoreApplication.translate(
                    "SourceBox", "⚠ This quote is not in its document at the place recorded."
                ),
                bold=True,
            )
            warning.setObjectName("quoteWarning")
            layout.addWidget(warning)
        elif open_document is not None and source.char_start is not None and source.char_end is not None:
            reader = QPushButton(QCoreApplication.translate("SourceBox", "Open in Document"))
            reader.setToolTip(
                QCoreApplication.translate(
                    "SourceBox", "Show the whole document with this passage highlighted"
                )
            )
            reader.clicked.connect(lambda _=False, s=source: open_document(s))
            layout.addWidget(reader, 0, Qt.AlignmentFlag.AlignLeft)
    if source.note:
        layout.addWidget(plain_label(source.note))
    if is_web_address(source.url):
        address = plain_label(readable_address(source.url))
        address.setToolTip(plain_tooltip(source.url))
        address.setObjectName("sourceAddress")
        layout.addWidget(address)
    layout.addWidget(
        address_buttons(source.document_title, source.outlet, source.published, source.url, report)
    )
    return frame
