"""Paint a report document onto pages (a PDF writer or a printer), with a footer on every page:
the page number, the data's licence and its credit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter

from azkz_desktop.ui.report.builder import build_document, report_font
from azkz_desktop.ui.report.content import ReportContent

MARGIN_MM = 18.0
FOOTER_GAP_PT = 8.0


class PaintFailed(Exception):
    """The page device could not be painted on (an unwritable file, a printer that went away)."""


def a4_layout() -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def paint_report(device: QPagedPaintDevice, content: ReportContent, timeline: QImage | None, dpi: int) -> int:
    """Lay the report out for `device`'s pages (at `dpi`) and paint it; return how many pages it has."""
    page = QRectF(device.pageLayout().paintRectPixels(dpi))
    unit = dpi / 72.0
    document = build_document(content, timeline, page.width(), unit)
    document.documentLayout().setPaintDevice(device)
    footer_font = report_font(7.5)
    line = QFontMetricsF(footer_font, device).height()
    body_height = page.height() - 2 * line - FOOTER_GAP_PT * unit
    document.setPageSize(QSizeF(page.width(), body_height))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise PaintFailed(QCoreApplication.translate("Report", "the pages could not be opened for drawing"))
    try:
        for number in range(pages):
            if number and not device.newPage():
                raise PaintFailed(QCoreApplication.translate("Report", "a new page could not be started"))
            painter.save()
            painter.translate(0, -number * body_height)
            document.drawContents(painter, QRectF(0, number * body_height, page.width(), body_height))
            painter.restore()
            top = body_height + FOOTER_GAP_PT * unit
            _footer(
                painter, content, (number + 1, pages), QRectF(0, top, page.width(), 2 * line), footer_font
            )
    finally:
        painter.end()
    return pages


def _footer(
    painter: QPainter, content: ReportContent, page: tuple[int, int], area: QRectF, font: QFont
) -> None:
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    label = QCoreApplication.translate("Report", "Page %1 of %2")
    label = label.replace("%1", str(page[0])).replace("%2", str(page[1]))
    line = metrics.height()
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawLine(
        QPointF(area.left(), area.top() - line / 3), QPointF(area.right(), area.top() - line / 3)
    )
    first = QRectF(area.left(), area.top(), area.width(), line)
    painter.drawText(first, Qt.AlignmentFlag.AlignRight, label)
    room = area.width() - metrics.horizontalAdvance(label) - line
    painter.drawText(
        first,
        Qt.AlignmentFlag.AlignLeft,
        metrics.elidedText(content.licence, Qt.TextElideMode.ElideRight, room),
    )
    credit = metrics.elidedText(content.credit, Qt.TextElideMode.ElideRight, area.width())
    painter.drawText(first.translated(0, line), Qt.AlignmentFlag.AlignLeft, credit)
    painter.restore()
