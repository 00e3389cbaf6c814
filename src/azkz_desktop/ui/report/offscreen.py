"""`azkz-desktop report`: the same report as the window's, built without a window (Qt offscreen)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from azkz_desktop import APP_NAME
from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.report.content import gather
from azkz_desktop.ui.report.pdf import write_pdf
from azkz_desktop.ui.report.timeline_image import timeline_image


def write_report(database: RelationsDatabase, event_filter: EventFilter, path: Path) -> int:
    """Gather, draw the timeline and write the PDF; return the page count (an application must exist)."""
    content = gather(database, event_filter)
    image = None
    if content.events:
        image = timeline_image(
            database.timeline_index(),
            database.categories(),
            [event.id for event in content.events],
            (content.first_day, content.end_day),
            content.credit,
        )
    return write_pdf(path, content, image)


def write_report_offscreen(database: RelationsDatabase, event_filter: EventFilter, path: Path) -> int:
    if QApplication.instance() is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_NAME)
    return write_report(database, event_filter, path)
