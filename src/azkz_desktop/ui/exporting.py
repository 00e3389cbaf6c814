"""Export from the window: events to CSV and the timeline to PNG or SVG, each written atomically.

The CSV comes from the same data-layer writer as `azkz-desktop export`, so both give the same rows for
the same filter. Every failure is shown in a dialog; no partial file is ever left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.export import ExportError, export_csv
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.picture_files import save_picture
from azkz_desktop.ui.plural import counted
from azkz_desktop.ui.state import ViewState
from azkz_desktop.ui.timeline.widget import TimelineWidget

MIN_IMAGE_WIDTH, MAX_IMAGE_WIDTH = 400, 8000


def documents_folder() -> str:
    """The user's documents folder when it exists, else the home folder (a dialog given a missing
    folder would open in the working directory instead)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def export_folder(settings: QSettings, key: str = "export/folder") -> str:
    """Where a file dialog starts: the folder remembered under `key`, else the documents folder."""
    folder = settings.value(key, "")
    if isinstance(folder, str) and folder and Path(folder).is_dir():
        return folder
    return documents_folder()


def render_timeline(timeline: TimelineWidget, path: Path, width: int) -> None:
    """Draw what the timeline shows (window, lanes, labels, axis) at `width` pixels into PNG or SVG."""
    height = timeline.height()
    copy = TimelineWidget(timeline.index, list(timeline.categories), timeline.state)
    copy.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    copy.set_visible_rows(timeline.visible_rows)
    copy.resize(width, height)
    try:
        title = "Azerbaijan–Kazakhstan relations: timeline"
        save_picture(Path(path), QSize(width, height), title, copy.palette().base().color(), copy.paint)
    finally:
        copy.deleteLater()


class Exporter(QObject):
    """The window's export actions; `write_events` and `write_image` do the work without dialogs."""

    def __init__(
        self,
        database: RelationsDatabase,
        state: ViewState,
        timeline: TimelineWidget,
        parent: QWidget,
        report: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._state = state
        self._timeline = timeline
        self._parent = parent
        self._report = report
        self.bom_action = QAction("Add Byte-Order Mark to CSV (for Excel)", self, checkable=True)
        self.bom_action.setChecked(QSettings().value("export/bom", False) in (True, "true"))
        self.bom_action.toggled.connect(lambda on: QSettings().setValue("export/bom", on))

    # ---- the work ------------------------------------------------------------------------------------

    def write_events(self, path: Path, event_filter: EventFilter) -> int:
        count = export_csv(
            self._database.export_rows(event_filter), Path(path), bom=self.bom_action.isChecked()
        )
        self._report(
            counted(count, "Exported %n event to %1", "Exported %n events to %1").replace("%1", str(path))
        )
        return count

    def write_image(self, path: Path, width: int) -> None:
        render_timeline(self._timeline, Path(path), width)
        self._report(f"Saved the timeline ({width} px wide) to {path}")

    # ---- with dialogs --------------------------------------------------------------------------------

    def export_selected(self) -> None:
        if not self._state.selection:
            QMessageBox.information(
                self._parent, "Export", "Select events first (click, Ctrl+click or Shift+drag)."
            )
            return
        self._export_csv("Export Selected Events", EventFilter(ids=self._state.selection))

    def export_shown(self) -> None:
        self._export_csv("Export All Shown Events", self._state.shown_filter())

    def _export_csv(self, title: str, event_filter: EventFilter) -> None:
        name = f"azkz-events-{dt.date.today().isoformat()}.csv"
        path = self._ask_path(title, name, "CSV files (*.csv)")
        if path is not None:
            self._run(lambda: self.write_events(path, event_filter))

    def export_image(self) -> None:
        width, accepted = QInputDialog.getInt(
            self._parent,
            "Export Timeline Image",
            "Width in pixels:",
            max(self._timeline.width(), 1600),
            MIN_IMAGE_WIDTH,
            MAX_IMAGE_WIDTH,
            100,
        )
        if not accepted:
            return
        name = f"azkz-timeline-{dt.date.today().isoformat()}.png"
        path = self._ask_path("Export Timeline Image", name, "PNG image (*.png);;SVG drawing (*.svg)")
        if path is not None:
            self._run(lambda: self.write_image(path, width))

    def _ask_path(self, title: str, name: str, filters: str) -> Path | None:
        settings = QSettings()
        # The dialog asks before overwriting an existing file.
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(Path(export_folder(settings)) / name), filters
        )
        if not chosen:
            return None
        settings.setValue("export/folder", str(Path(chosen).parent))
        return Path(chosen)

    def _run(self, work: Callable[[], object]) -> None:
        try:
            work()
        except ExportError as error:
            box = QMessageBox(QMessageBox.Icon.Critical, "Export failed", str(error), parent=self._parent)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
