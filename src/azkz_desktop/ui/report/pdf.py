"""Write a report to a PDF file atomically: a temporary file beside it, renamed when complete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPdfWriter

from azkz_desktop import app_version
from azkz_desktop.data.export import ExportError, replace_atomically
from azkz_desktop.ui.report.content import ReportContent
from azkz_desktop.ui.report.paging import PaintFailed, a4_layout, paint_report

PDF_DPI = 300


def write_pdf(path: Path, content: ReportContent, timeline: QImage | None) -> int:
    """The report as a PDF at `path` (fonts embedded, as Qt always does); return its page count."""
    path = Path(path)
    pages: list[int] = []

    def write(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(a4_layout())
        writer.setTitle(content.title)
        writer.setCreator(f"azkz-desktop {app_version()}")
        try:
            pages.append(paint_report(writer, content, timeline, PDF_DPI))
        except PaintFailed as error:
            raise OSError(str(error)) from None
        finally:
            del writer  # closes the file
        if temporary.stat().st_size == 0:
            raise OSError(QCoreApplication.translate("Export", "the PDF could not be written"))

    if path.suffix.lower() != ".pdf":
        raise ExportError(f"{path}: " + QCoreApplication.translate("Export", "choose a name ending in .pdf"))
    replace_atomically(path, write)
    return pages[0]
