"""The window's citation actions: Export Citations…, Copy Citation (in a remembered style), Copy Link.

They act on the selected events, or on all events shown when none is selected. The CSL processor loads
on the first Copy Citation, never at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFrame, QMenu

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.export import ExportError, write_atomically
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.links import event_link
from azkz_desktop.ui.dialogs import remembered_folder
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.plural import counted
from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from azkz_desktop.ui.source_box import SourceBox

STYLE_KEY = "citations/style"
FORMAT_KEY = "citations/format"
STYLE_NAMES = {
    "chicago-author-date": QT_TRANSLATE_NOOP("CitingActions", "Chicago (Author-Date)"),
    "apa": QT_TRANSLATE_NOOP("CitingActions", "APA"),
}
DEFAULT_STYLE = "chicago-author-date"
# azkz_desktop.data.citations loads on the first citation asked for, not with the window's menus.


def chosen_events(window: MainWindow) -> tuple[EventFilter, str]:
    """The selected events, or all shown ones; with the choice in words for a report's cover."""
    state = window.session
    if state.selection:
        count = len(state.selection)
        return state.selection_filter(), counted().selected_events(count)
    return state.event_filter, state.event_filter.describe() or QCoreApplication.translate(
        "CitingActions", "all events"
    )


class CitingActions(QObject):
    """Creates the actions and hooks them into the window's menus and context menus."""

    def __init__(self, window: MainWindow, database: RelationsDatabase) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self.export_action = self._action(self.tr("Export Citatio&ns…"), self.export_citations, "Ctrl+Alt+E")
        self.copy_citation_action = self._action(
            self.tr("Copy &Citation"), self.copy_citation, "Ctrl+Shift+C"
        )
        self.copy_citation_action.setToolTip(
            self.tr("The sources of the current event, in the citation style")
        )
        self.copy_link_action = self._action(self.tr("Copy &Link to Event"), self.copy_link, "Ctrl+Shift+K")
        self.style_menu = QMenu(self.tr("Citation St&yle"), window)
        self._styles = QActionGroup(self)
        chosen = self.style()
        for name, label in STYLE_NAMES.items():
            action = QAction(self.tr(label), self, checkable=True, checked=name == chosen)
            action.setData(name)
            action.toggled.connect(lambda on, n=name: self._remember_style(n) if on else None)
            self._styles.addAction(action)
            self.style_menu.addAction(action)

    def _action(self, text: str, slot: Callable[[], None], shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @staticmethod
    def _remember_style(name: str) -> None:
        QSettings().setValue(STYLE_KEY, name)

    @staticmethod
    def style() -> str:
        value = QSettings().value(STYLE_KEY, DEFAULT_STYLE)
        return value if isinstance(value, str) and value in STYLE_NAMES else DEFAULT_STYLE

    # ---- the work ------------------------------------------------------------------------------------

    def citations_text(self, event_filter: EventFilter, format_name: str) -> tuple[str, int]:
        from azkz_desktop.data.citations import citation_records, write_citations

        records = citation_records(self._database, self._database.filtered_event_ids(event_filter))
        return write_citations(records, format_name), len(records)

    def write_citations_file(self, path: Path, event_filter: EventFilter, format_name: str) -> int:
        text, count = self.citations_text(event_filter, format_name)
        write_atomically(Path(path), lambda out: out.write(text))
        self._window.statusBar().showMessage(
            self.tr("Wrote %1 citations to %2").replace("%1", str(count)).replace("%2", str(path)), 10_000
        )
        return count

    def formatted(self, event_id: str, document_id: str | None = None) -> str:
        """The sources of an event (or the one `document_id`) in the chosen style, one per line."""
        from azkz_desktop.data.citations import citation_records
        from azkz_desktop.data.citations.styled import format_citation

        records = citation_records(self._database, [event_id])
        if document_id is not None:
            records = [record for record in records if record.id == document_id]
        return "\n".join(format_citation(record, self.style()) for record in records)

    # ---- with dialogs and the clipboard --------------------------------------------------------------

    def export_citations(self) -> None:
        from azkz_desktop.data.citations import SUFFIXES

        event_filter, _ = chosen_events(self._window)
        filters = {
            "csl-json": self.tr("CSL-JSON (*.json)"),
            "bibtex": self.tr("BibTeX / biblatex (*.bib)"),
            "ris": self.tr("RIS (*.ris)"),
        }
        settings = QSettings()
        last = settings.value(FORMAT_KEY, "csl-json")
        last = last if last in filters else "csl-json"
        name = f"azkz-sources-{dt.date.today().isoformat()}{SUFFIXES[last]}"
        from PySide6.QtWidgets import QFileDialog  # set up when a dialog first opens

        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export Citations"),
            str(Path(remembered_folder(settings)) / name),
            ";;".join(filters.values()),
            filters[last],
        )
        if not chosen:
            return
        format_name = next((key for key, text in filters.items() if text == chosen_filter), last)
        by_suffix = {suffix: key for key, suffix in SUFFIXES.items()}
        path = Path(chosen)
        if path.suffix.lower() in by_suffix:
            format_name = by_suffix[path.suffix.lower()]
        else:
            path = path.with_name(path.name + SUFFIXES[format_name])
        settings.setValue(FORMAT_KEY, format_name)
        settings.setValue("export/folder", str(path.parent))
        try:
            self.write_citations_file(path, event_filter, format_name)
        except ExportError as error:
            self._fail(self.tr("Export failed"), str(error))

    def copy_citation(self, document_id: str | None = None) -> None:
        event_id = self._window.session.current
        if not event_id:
            self._window.statusBar().showMessage(self.tr("Select an event to copy its citation"), 10_000)
            return
        from azkz_desktop.data.citations.styled import CitationStyleError

        try:
            text = self.formatted(event_id, document_id if isinstance(document_id, str) else None)
        except CitationStyleError as error:
            self._fail(self.tr("Cannot format the citation"), str(error))
            return
        QGuiApplication.clipboard().setText(text)
        self._window.statusBar().showMessage(self.tr("Copied the citation"), 10_000)

    def copy_link(self) -> None:
        event_id = self._window.session.current
        if not event_id:
            self._window.statusBar().showMessage(self.tr("Select an event to copy a link to it"), 10_000)
            return
        link = event_link(event_id)
        QGuiApplication.clipboard().setText(link)
        self._window.statusBar().showMessage(self.tr("Copied %1").replace("%1", link), 10_000)

    def _fail(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # ---- per-source menu in the detail pane ----------------------------------------------------------

    def decorate_sources(self) -> None:
        """Give each source of a bundled event shown in the detail pane a context menu that copies its
        citation (an own event's source, which names no bundled document, keeps the pane's menu). The
        pane fills the same boxes with the next event's sources, so a box is connected once and its menu
        cites the source it shows."""
        content = self._window.details.widget()
        if not self._window.session.current or content is None:
            return
        from azkz_desktop.ui.source_box import SourceBox  # loaded with the first event shown

        for frame in content.findChildren(SourceBox, "source"):
            if frame.source is None or not frame.source.document_id:
                frame.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
                continue
            if not frame.property("citingMenu"):
                frame.setProperty("citingMenu", True)
                frame.customContextMenuRequested.connect(lambda point, f=frame: self._box_menu(f, point))
            frame.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _box_menu(self, frame: SourceBox, point: QPoint) -> None:
        if frame.source is not None:
            self._source_menu(frame, frame.source.document_id, point)

    def _source_menu(self, frame: QFrame, document_id: str, point: QPoint) -> None:
        menu = QMenu(frame)
        menu.addAction(
            self.tr("Copy Citation (%1)").replace("%1", self.tr(STYLE_NAMES[self.style()]))
        ).triggered.connect(lambda: self.copy_citation(document_id))
        menu.addMenu(self.style_menu)
        menu.popup(frame.mapToGlobal(point))
