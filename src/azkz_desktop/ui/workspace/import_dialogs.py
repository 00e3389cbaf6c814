"""Previews before anything is imported: a CSV's accepted and rejected rows, a workspace file's merge;
and the notes on events no longer in the data. Every text shown comes from files and stays plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.data.workspace import Note
from azkz_desktop.data.workspace.csv_import import CsvPreview
from azkz_desktop.data.workspace.transfer import MergeReport

MAX_PREVIEW_ROWS = 2000  # rows listed in the preview; all of them are imported


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    return table


def merge_lines(report: MergeReport) -> list[str]:
    """What a merge did (or would do), in the window's language."""

    def line(text: str, *counts: int) -> str:
        for number, count in enumerate(counts, start=1):
            text = text.replace(f"%{number}", QLocale().toString(count))
        return text

    return [
        line(
            QCoreApplication.translate(
                "MergeDialog", "Stars added: %1; taken off because they were unstarred there later: %2"
            ),
            report.stars_added,
            report.stars_removed,
        ),
        line(
            QCoreApplication.translate(
                "MergeDialog",
                "Notes added: %1; replaced by newer ones: %2; cleared because they were cleared there"
                " later: %3; kept because yours are newer: %4",
            ),
            report.notes_added,
            report.notes_replaced,
            report.notes_cleared,
            report.notes_kept,
        ),
        line(
            QCoreApplication.translate("MergeDialog", "Versions added to the note history: %1"),
            report.history_added,
        ),
        line(
            QCoreApplication.translate("MergeDialog", "Own events added: %1; updated: %2; unchanged: %3"),
            report.events_added,
            report.events_updated,
            report.events_kept,
        ),
    ]


def _plain(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class CsvImportDialog(QDialog):
    """What a CSV would add: accepted rows and rejected rows with their row number and reason."""

    def __init__(self, preview: CsvPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(self.tr("Import CSV"))
        accepted, rejected = preview.accepted, preview.rejected
        summary = (
            self.tr("%1: %2 rows can be imported as your own events, %3 rows are rejected.")
            .replace("%1", preview.path.name)
            .replace("%2", f"{len(accepted):,}")
            .replace("%3", f"{len(rejected):,}")
        )
        if rejected and accepted:
            summary += " " + self.tr("Importing adds the accepted rows only, all at once.")
        if preview.ignored_columns:
            summary += " " + self.tr("Columns not used: %1.").replace(
                "%1", ", ".join(preview.ignored_columns)
            )
        tabs = QTabWidget()
        tabs.addTab(
            _table(
                [self.tr("Row"), self.tr("Date"), self.tr("Title"), self.tr("Category")],
                [
                    (str(item.row), item.event.span.label(), item.event.title, item.event.category)
                    for item in accepted[:MAX_PREVIEW_ROWS]
                ],
                "acceptedRows",
            ),
            self.tr("Accepted (%1)").replace("%1", f"{len(accepted):,}"),
        )
        tabs.addTab(
            _table(
                [self.tr("Row"), self.tr("Why it is rejected")],
                [(str(item.row), item.reason) for item in rejected[:MAX_PREVIEW_ROWS]],
                "rejectedRows",
            ),
            self.tr("Rejected (%1)").replace("%1", f"{len(rejected):,}"),
        )
        if rejected and not accepted:
            tabs.setCurrentIndex(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import %1 Events").replace("%1", f"{len(accepted):,}"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(bool(accepted))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain(summary, "csvSummary"))
        layout.addWidget(tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 480)


class MergeDialog(QDialog):
    """What merging a workspace file would change, before it does."""

    def __init__(self, file_name: str, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Import Workspace"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(
                self.tr("Merging %1 into your workspace, by event id, would give:").replace("%1", file_name)
            )
        )
        layout.addWidget(_plain("\n".join(lines), "mergeLines"))
        layout.addWidget(
            _plain(
                self.tr(
                    "Where both have a note or event, the newer one wins; the other is kept in the history."
                )
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class OrphanNotesDialog(QDialog):
    """Notes on events no longer in the data: kept, listed, never dropped."""

    def __init__(self, notes: Sequence[Note], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orphanNotesDialog")
        self.setWindowTitle(self.tr("Notes on Events No Longer in the Data"))
        layout = QVBoxLayout(self)
        if notes:
            intro = self.tr(
                "These notes are on events this database no longer has. They are kept in your workspace"
                " and come back if the event does."
            )
        else:
            intro = self.tr("Every note is on an event of this database.")
        layout.addWidget(_plain(intro))
        text = QPlainTextEdit()
        text.setObjectName("orphanNotes")
        text.setReadOnly(True)
        text.setPlainText("\n\n".join(f"{note.event_id} ({note.updated}):\n{note.text}" for note in notes))
        text.setVisible(bool(notes))
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 400)
