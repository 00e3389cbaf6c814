"""Export from the window: events to CSV and the timeline to PNG or SVG, each written atomically.

The CSV comes from the same data-layer writer as `azkz-desktop export`, so both give the same rows for
the same filter. Every failure is shown in a dialog; no partial file is ever left.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QSize
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import QWidget

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.export import COLUMNS, ExportError, export_csv
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.session import Session
from azkz_desktop.ui.category_names import category_label
from azkz_desktop.ui.dialogs import ask_save_path, show_message
from azkz_desktop.ui.timeline.geometry import AXIS_HEIGHT, TOP_MARGIN
from azkz_desktop.ui.timeline.painting import Palette
from azkz_desktop.ui.timeline.widget import TimelineWidget

if TYPE_CHECKING:  # the image modules (and QtSvg) load on the first image export, not at start-up
    from azkz_desktop.ui.timeline import image

IMAGE_LANE_HEIGHT = 56.0  # at least: room for a line of labels above and below each lane's markers


def render_timeline(timeline: TimelineWidget, path: Path, width: int, caption: image.Caption) -> None:
    """Draw what the timeline shows at `width` pixels, with title, period, legend and credit, as PNG or
    SVG: laid out anew at that width from the same window, lanes, filter and selection, and drawn by
    the painter the screen uses, stars and "mine" marks included (and then in the legend). No
    current-event ring, no focus frame."""
    from azkz_desktop.ui.picture_files import save_picture
    from azkz_desktop.ui.timeline import image

    lanes = len(timeline.shown_lanes())
    height = max(float(timeline.height()), TOP_MARGIN + AXIS_HEIGHT + lanes * IMAGE_LANE_HEIGHT)
    picture = timeline.picture(float(width), height, on_screen=False)
    caption = dataclasses.replace(caption, marks=image.marks_in(picture))  # the stars drawn are explained
    colors = Palette.from_qt(timeline.palette())
    font = timeline.font()
    total = image.header_height(font) + height + image.footer_height(font, caption, float(width))

    def draw(painter: QPainter) -> None:
        image.draw_image(painter, picture, colors, caption, font)

    save_picture(Path(path), QSize(width, round(total)), caption.title, colors.base, draw)


class Exporter(QObject):
    """The window's export actions; `write_events` and `write_image` do the work without dialogs."""

    def __init__(
        self,
        database: RelationsDatabase,
        session: Session,
        timeline: TimelineWidget,
        parent: QWidget,
        report: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._session = session
        self._timeline = timeline
        self._parent = parent
        self._report = report
        self.bom_action = QAction(self.tr("Add Byte-Order Mark to CSV (for Excel)"), self, checkable=True)
        self.bom_action.setChecked(QSettings().value("export/bom", False) in (True, "true"))
        self.bom_action.toggled.connect(lambda on: QSettings().setValue("export/bom", on))

    # ---- the work ------------------------------------------------------------------------------------

    def write_events(self, path: Path, event_filter: EventFilter) -> int:
        rows = self._database.export_rows(event_filter)
        columns = getattr(self._database, "export_columns", COLUMNS)  # with a workspace: origin, my_note
        count = export_csv(rows, Path(path), bom=self.bom_action.isChecked(), columns=columns)
        self._report(self.tr("Exported %n events to %1", "", count).replace("%1", str(path)))
        return count

    def write_image(self, path: Path, width: int) -> None:
        render_timeline(self._timeline, Path(path), width, self.image_caption())
        self._report(
            self.tr("Saved the timeline (%1 px wide) to %2")
            .replace("%1", str(width))
            .replace("%2", str(path))
        )

    def image_caption(self) -> image.Caption:
        """Title, the period shown, the lanes shown and where the data comes from."""
        from azkz_desktop.ui.timeline import image

        timeline = self._timeline
        categories = {category.id: category for category in timeline.categories}
        legend = [
            (category_label(categories[lane]), categories[lane].color) for lane in timeline.shown_lanes()
        ]
        summary = self._database.summary()
        outlets = "; ".join(document.outlet for document in self._database.documents("full"))
        credit = self.tr("Sources: %1; and %2 cited public reports. Data built %3 (azkz-desktop).")
        credit = credit.replace("%1", outlets).replace("%2", str(summary.reference_count))
        credit = credit.replace("%3", summary.built or self.tr("on an unknown date"))
        return image.Caption(
            self.tr("Azerbaijan–Kazakhstan relations: timeline"),
            image.period_words(*self._session.window.as_tuple()),
            legend,
            credit,
        )

    # ---- with dialogs --------------------------------------------------------------------------------

    def export_selected(self) -> None:
        if not self._session.selection:
            from PySide6.QtWidgets import QMessageBox  # set up when a dialog first opens

            show_message(
                self._parent,
                self.tr("Export"),
                self.tr("Select events first (click, Ctrl+click or Shift+drag)."),
                QMessageBox.Icon.Information,
            )
            return
        self._export_csv(self.tr("Export Selected Events"), self._session.selection_filter())

    def export_shown(self) -> None:
        self._export_csv(self.tr("Export All Shown Events"), self._session.shown_filter)

    def _export_csv(self, title: str, event_filter: EventFilter) -> None:
        name = f"azkz-events-{dt.date.today().isoformat()}.csv"
        path = self._ask_path(title, name, self.tr("CSV files (*.csv)"))
        if path is not None:
            self._run(lambda: self.write_events(path, event_filter))

    def export_image(self) -> None:
        """Ask the width and format (remembered), then where to save."""
        from azkz_desktop.ui.image_options import ImageOptionsDialog

        options = ImageOptionsDialog(self._parent, self._timeline.width())
        if not options.exec():
            return
        width, suffix = options.width(), options.suffix()
        name = f"azkz-timeline-{dt.date.today().isoformat()}{suffix}"
        filters = self.tr("PNG image (*.png)") if suffix == ".png" else self.tr("SVG drawing (*.svg)")
        path = self._ask_path(self.tr("Export Timeline Image"), name, filters)
        if path is not None:
            self._run(lambda: self.write_image(path, width))

    def _ask_path(self, title: str, name: str, filters: str) -> Path | None:
        return ask_save_path(self._parent, title, name, filters)

    def _run(self, work: Callable[[], object]) -> None:
        try:
            work()
        except ExportError as error:
            show_message(self._parent, self.tr("Export failed"), str(error))
