"""The About box: what the data is, where it comes from, and under which licences it may be used."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from azkz_desktop import app_version
from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.models import DatabaseSummary, Document
from azkz_desktop.data.paths import bundled_licences_path


def period_label(summary: DatabaseSummary) -> str:
    """ "1936 to 21 October 2025": each end at the precision its event has, in words."""
    ends = []
    for recorded, day in ((summary.first_date, summary.first_day), (summary.last_date, summary.last_day)):
        try:
            ends.append(PartialDate.parse(recorded).label())
        except ValueError:
            ends.append(day)
    return " to ".join(ends)


def about_text(summary: DatabaseSummary, documents: Sequence[Document]) -> str:
    """Plain text naming every document behind the data, with the counts and the build date."""
    lines = [
        f"azkz-desktop {app_version()}",
        "The history of Azerbaijan–Kazakhstan relations, offline. Every event cites its source.",
        "",
        f"Database: {summary.path}",
        f"Built: {summary.built or 'unknown'} (schema version {summary.schema_version})",
        f"{summary.event_count} events from {period_label(summary)}, "
        f"{summary.source_count} source citations, {summary.trade_count} trade figures.",
        "",
        "Bundled documents:",
    ]
    for document in documents:
        if document.is_reference:
            continue
        lines.append(
            f"• {document.title} — {document.outlet}, {document.published}"
            f" ({document.language or 'language unknown'})"
        )
    references = [document for document in documents if document.is_reference]
    if references:
        lines += ["", f"Plus {len(references)} cited public reports (see each event's sources)."]
    return "\n".join(lines)


def licences_text(path: Path | None = None) -> str:
    """The licences and attribution of the code, the database and each bundled document."""
    path = path or bundled_licences_path()
    try:
        return unwrap(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return f"The licence file {path} cannot be read ({error}). The code is MIT; the data is CC BY-SA 4.0."


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
