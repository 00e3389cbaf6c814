"""The About box: what the data is, where it comes from, and under which licences it may be used."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from azkz_desktop import app_version
from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.models import DatabaseSummary, Document
from azkz_desktop.data.paths import bundled_licences_path
from azkz_desktop.ui import languages
from azkz_desktop.ui.date_words import date_words
from azkz_desktop.ui.language_names import language_name
from azkz_desktop.ui.plural import counted


def period_label(summary: DatabaseSummary) -> str:
    """ "1936 to 21 October 2025": each end at the precision its event has, in words."""
    ends = []
    for recorded, day in ((summary.first_date, summary.first_day), (summary.last_date, summary.last_day)):
        try:
            ends.append(date_words(PartialDate.parse(recorded)))
        except ValueError:
            ends.append(day)
    return QCoreApplication.translate("About", "%1 to %2").replace("%1", ends[0]).replace("%2", ends[1])


def language_note() -> str:
    """What the language choice covers: the app's words, not the data's texts (and where Qt has none)."""
    translate = QCoreApplication.translate
    note = translate(
        "About",
        "Event titles, summaries and quoted sources are in English or in their documents' languages; "
        "the app's own words follow View → Language.",
    )
    if languages.current_language() in languages.WITHOUT_QT_CATALOGUE:
        note += " " + translate(
            "About", "Qt has no Azerbaijani catalogue: its standard dialog buttons stay in English."
        )
    return note


def about_text(summary: DatabaseSummary, documents: Sequence[Document]) -> str:
    """Plain text naming every document behind the data, with the counts and the build date."""
    translate = QCoreApplication.translate
    counts = (
        counted().events_from(summary.event_count).replace("%1", period_label(summary))
        + ", "
        + counted().source_citations(summary.source_count)
        + ", "
        + counted().trade_figures(summary.trade_count)
        + "."
    )
    lines = [
        f"azkz-desktop {app_version()}",
        translate(
            "About", "The history of Azerbaijan–Kazakhstan relations, offline. Every event cites its source."
        ),
        language_note(),
        "",
        translate("About", "Database: %1").replace("%1", str(summary.path)),
        translate("About", "Built: %1 (schema version %2)")
        .replace("%1", summary.built or translate("About", "unknown"))
        .replace("%2", str(summary.schema_version)),
        counts,
        "",
        translate("About", "Bundled documents:"),
    ]
    for document in documents:
        if document.is_reference:
            continue
        lines.append(
            f"• {document.title} — {document.outlet}, {document.published}"
            f" ({language_name(document.language)})"
        )
    references = [document for document in documents if document.is_reference]
    if references:
        lines += [
            "",
            counted().cited_reports(len(references)),
        ]
    return "\n".join(lines)


def licences_text(path: Path | None = None) -> str:
    """The licences and attribution of the code, the database and each bundled document."""
    path = path or bundled_licences_path()
    try:
        return unwrap(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return (
            QCoreApplication.translate(
                "About", "The licence file %1 cannot be read (%2). The code is MIT; the data is CC BY-SA 4.0."
            )
            .replace("%1", str(path))
            .replace("%2", str(error))
        )


def unwrap(markdown: str) -> str:
    """Join the hard-wrapped lines of each paragraph and list item, so the view wraps them to its width."""
    lines: list[str] = []
    for line in markdown.splitlines():
        continues = (
            lines
            and lines[-1].strip()
            and line.strip()
            and not lines[-1].startswith("#")
            and not line.lstrip().startswith(("#", "- ", "|"))
            and not line[:1].isdigit()
        )
        if continues:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


class AboutDialog(QDialog):
    """About text and the licences in one scrollable, plain-text view (never rich text)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About azkz-desktop"))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setObjectName("aboutText")
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)
