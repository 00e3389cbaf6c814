"""File → Save Report as PDF… and File → Print…: the report of the selected events, or all shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.export import ExportError
from azkz_desktop.ui.citing import chosen_events
from azkz_desktop.ui.dialogs import remembered_folder
from azkz_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:  # the report modules load on the first report, not with the window's menus
    from azkz_desktop.ui.report.content import ReportContent, UserNotes


class ReportActions(QObject):
    """The two report actions; `write_report_pdf` does the work without dialogs (for tests)."""

    def __init__(
        self, window: MainWindow, database: RelationsDatabase, user_note: UserNotes | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self.user_note = user_note  # the workspace's notes, once there is a workspace; None: no notes
        self.save_action = QAction(self.tr("Save &Report as PDF…"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.save_action.triggered.connect(self.save_pdf)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_report)

    def content(self) -> ReportContent:
        event_filter, described = chosen_events(self._window)
        from azkz_desktop.ui.report.content import gather, no_user_notes

        return gather(self._database, event_filter, described, self.user_note or no_user_notes)

    def image(self, content: ReportContent) -> QImage | None:
        from azkz_desktop.ui.report.timeline_image import timeline_image

        if not content.events:
            return None
        window = self._window
        ids = [event.id for event in content.events]
        return timeline_image(
            window.index, window.categories, ids, (content.first_day, content.end_day), content.credit
        )

    def write_report_pdf(self, path: Path) -> int:
        from azkz_desktop.ui.report.pdf import write_pdf

        content = self.content()
        pages = write_pdf(Path(path), content, self.image(content))
        message = self.tr("Saved a %1-page report to %2").replace("%1", str(pages)).replace("%2", str(path))
        self._window.statusBar().showMessage(message, 10_000)
        return pages

    def save_pdf(self) -> None:
        settings = QSettings()
        name = f"azkz-report-{dt.date.today().isoformat()}.pdf"
        from PySide6.QtWidgets import QFileDialog  # set up when a dialog first opens

        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save Report as PDF"),
            str(Path(remembered_folder(settings)) / name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        settings.setValue("export/folder", str(path.parent))
        try:
            self.write_report_pdf(path)
        except ExportError as error:
            self._fail(self.tr("Cannot save the report"), str(error))

    def print_report(self) -> None:
        """Qt's print dialog (QtPrintSupport ships with PySide6-Essentials), then the same pages."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from azkz_desktop.ui.report.paging import PaintFailed, a4_layout, paint_report

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(self.tr("Azerbaijan–Kazakhstan relations: report"))
        dialog = QPrintDialog(printer, self._window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        content = self.content()
        try:
            pages = paint_report(printer, content, self.image(content), printer.resolution())
        except PaintFailed as error:
            self._fail(self.tr("Cannot print the report"), str(error))
            return
        self._window.statusBar().showMessage(
            self.tr("Sent %1 pages to the printer").replace("%1", str(pages)), 10_000
        )

    def _fail(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
