"""The report as a QTextDocument: every piece of data goes in through `insertText`, as plain text.

Nothing from the database is ever parsed as HTML or Markdown, so markup in a title prints as the
characters it is. The cover stands on its own page; the timeline image follows the cover's text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from azkz_desktop.data.citations import CitationRecord
from azkz_desktop.data.models import Event, Source
from azkz_desktop.ui.date_words import span_words
from azkz_desktop.ui.plural import counted
from azkz_desktop.ui.report.content import ReportContent, date_words

# DejaVu and Noto cover Azerbaijani, Kazakh Cyrillic and German letters; Qt embeds what it uses.
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial Unicode MS", "Arial"]
TIMELINE_IMAGE = "azkz://timeline.png"


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def report_font(points: float = 10.0) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    # No ligatures: text copied or extracted from the PDF must read "office", not "o\ufb03ce".
    for feature in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


class _Writer:
    """A cursor with the few styles the report uses."""

    def __init__(self, document: QTextDocument, unit: float) -> None:
        self.cursor = QTextCursor(document)
        self.unit = unit  # device pixels per point
        self._first = True

    def paragraph(
        self,
        text: str,
        *,
        size: float = 10.0,
        bold: bool = False,
        italic: bool = False,
        indent: int = 0,
        space_before: float = 0.0,
        page_break: bool = False,
    ) -> None:
        block = QTextBlockFormat()
        block.setIndent(indent)
        block.setTopMargin(space_before * self.unit)
        block.setBottomMargin(2.0 * self.unit)
        if page_break:
            block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        characters = QTextCharFormat()
        characters.setFont(report_font(size))
        characters.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        characters.setFontItalic(italic)
        if self._first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(characters)
            self._first = False
        else:
            self.cursor.insertBlock(block, characters)
        self.cursor.insertText(text, characters)  # plain text: never interpreted as markup

    def image(self, width: float) -> None:
        self.cursor.insertBlock(QTextBlockFormat())
        image = QTextImageFormat()
        image.setName(TIMELINE_IMAGE)
        image.setWidth(width)
        self.cursor.insertImage(image)


def build_document(
    content: ReportContent, timeline: QImage | None, text_width: float, unit: float = 1.0
) -> QTextDocument:
    """The whole report for pages `text_width` device pixels wide, `unit` pixels to the point."""
    document = QTextDocument()
    document.setDefaultFont(report_font())
    document.setDocumentMargin(0)
    document.setIndentWidth(14.0 * unit)
    writer = _Writer(document, unit)
    _cover(writer, content, timeline, text_width, document)
    for number, event in enumerate(content.events):
        _event(writer, content, event, first=number == 0)
    _source_list(writer, content)
    return document


def _cover(
    writer: _Writer, content: ReportContent, timeline: QImage | None, width: float, document: QTextDocument
) -> None:
    writer.paragraph(content.title, size=20.0, bold=True)
    writer.paragraph(
        QCoreApplication.translate("Report", "Period: %1").replace("%1", content.period),
        size=12.0,
        space_before=12.0,
    )
    filters = content.filters or QCoreApplication.translate("Report", "all events")
    writer.paragraph(QCoreApplication.translate("Report", "Selection: %1").replace("%1", filters), size=12.0)
    counts = counted().events(len(content.events)) + ", " + counted().sources(len(content.sources))
    writer.paragraph(counts, size=12.0)
    if timeline is not None and not timeline.isNull():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(TIMELINE_IMAGE), timeline)
        writer.image(width)
    writer.paragraph(content.credit, size=8.0, italic=True, space_before=12.0)
    writer.paragraph(content.licence, size=8.0, italic=True)


def _event(writer: _Writer, content: ReportContent, event: Event, first: bool) -> None:
    writer.paragraph(
        span_words(event.span), size=9.0, bold=True, space_before=0 if first else 14.0, page_break=first
    )
    writer.paragraph(event.title, size=13.0, bold=True)
    category = content.categories.get(event.category, event.category)
    writer.paragraph(
        QCoreApplication.translate("Report", "Category: %1").replace("%1", category), size=9.0, italic=True
    )
    if event.people:
        writer.paragraph(
            QCoreApplication.translate("Report", "People: %1").replace("%1", "; ".join(event.people)),
            size=9.0,
            italic=True,
        )
    writer.paragraph(event.summary, space_before=4.0)
    if event.date_note:
        writer.paragraph(
            QCoreApplication.translate("Report", "Date: %1").replace("%1", event.date_note),
            size=9.0,
            italic=True,
        )
    if event.note:
        writer.paragraph(QCoreApplication.translate("Report", "Note: %1").replace("%1", event.note), size=9.0)
    user_note = content.user_note(event.id)
    if user_note:
        writer.paragraph(
            QCoreApplication.translate("Report", "Your note: %1").replace("%1", user_note),
            size=9.0,
            bold=True,
        )
    for source in event.sources:
        _source(writer, content, source)


def _position(content: ReportContent, source: Source) -> str:
    record = next((r for r in content.sources if r.id == source.document_id), None)
    if record is not None:
        for passage in record.passages:
            if passage.char_start == source.char_start and passage.char_end == source.char_end:
                return passage.describe()
    return QCoreApplication.translate("Report", "position not verified")


def _source(writer: _Writer, content: ReportContent, source: Source) -> None:
    number = content.source_number(source.document_id)
    if source.quote:
        writer.paragraph(f"“{source.quote}”", italic=True, indent=1, space_before=4.0)
        where = f"[{number}] {source.document_title} — {source.outlet}, {_position(content, source)}"
        writer.paragraph(where, size=9.0, indent=1)
    else:
        line = f"[{number}] {source.outlet}: “{source.document_title}”, {date_words(source.published)}"
        writer.paragraph(line, size=9.0, indent=1, space_before=4.0)
        if source.url:
            writer.paragraph(printable_address(source.url), size=9.0, indent=1)
    if source.note:
        writer.paragraph(source.note, size=9.0, indent=1)


def source_line(record: CitationRecord) -> str:
    parts = [record.outlet, f"“{record.title}”", date_words(record.published)]
    if record.url:
        parts.append(printable_address(record.url))
    if record.kind == "full":
        parts.append(QCoreApplication.translate("Report", "bundled in azkz-desktop"))
    return ". ".join(part for part in parts if part) + "."


def _source_list(writer: _Writer, content: ReportContent) -> None:
    writer.paragraph(QCoreApplication.translate("Report", "Sources"), size=14.0, bold=True, page_break=True)
    for number, record in enumerate(content.sources, start=1):
        writer.paragraph(f"[{number}] {source_line(record)}", size=9.0, space_before=3.0)


def printable_address(url: str) -> str:
    """The address in ASCII (percent-encoded): the same address, and it reads the same on paper in any
    script, where right-to-left letters in a path would be reordered by the text layout."""
    return QUrl(url).toString(QUrl.ComponentFormattingOption.FullyEncoded) if not url.isascii() else url
