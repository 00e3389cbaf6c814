"""The timeline of a report's period, drawn by the timeline's own painter into an image.

A private, never-shown TimelineWidget lays the events out (only the report's events, only the lanes they
use) so the picture is exactly what the window would draw for that period, in the light print palette.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import Category
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session import Session
from azkz_desktop.session.mask import mask_of_rows
from azkz_desktop.ui.category_names import category_label
from azkz_desktop.ui.timeline import image
from azkz_desktop.ui.timeline.geometry import AXIS_HEIGHT, TOP_MARGIN
from azkz_desktop.ui.timeline.painting import Palette
from azkz_desktop.ui.timeline.widget import TimelineWidget

IMAGE_WIDTH = 1000
LANE_HEIGHT = 56.0
PADDING = 0.04  # of the period, on each side


def timeline_image(
    index: TimelineIndex,
    categories: Sequence[Category],
    event_ids: Iterable[str],
    period: tuple[float, float],
    credit: str,
    width: int = IMAGE_WIDTH,
) -> QImage:
    """The events `event_ids` on the timeline of `period` (day ordinals, end exclusive)."""
    rows = np.asarray([row for row in map(index.row_of, event_ids) if row is not None], dtype=np.int64)
    used = {index.category_of(int(row)) for row in rows}
    lanes = [category.id for category in categories]
    session = Session(index, _ChosenRows(len(index), rows), lanes)
    session.set_filter(EventFilter(ids=frozenset(index.ids[int(row)] for row in rows)))
    for lane in lanes:
        if lane not in used:
            session.set_lane_visible(lane, False)
    timeline = TimelineWidget(session, categories)
    start, end = period
    pad = max((end - start) * PADDING, 15.0)
    session.set_window(DaySpan(start - pad, end + pad))
    shown = timeline.shown_lanes()
    height = TOP_MARGIN + AXIS_HEIGHT + max(len(shown), 1) * LANE_HEIGHT
    picture = timeline.picture(float(width), height, on_screen=False)
    style = QApplication.style()
    colors = (
        Palette.from_qt(style.standardPalette()) if style is not None else Palette.from_qt(timeline.palette())
    )
    by_id = {category.id: category for category in categories}
    caption = image.Caption(
        QCoreApplication.translate("Report", "Timeline of the events in this report"),
        image.period_words(start, end),
        [(category_label(by_id[lane]), by_id[lane].color) for lane in shown],
        credit,
    )
    font = timeline.font()
    total = image.header_height(font) + height + image.footer_height(font, caption, float(width))
    picture_image = QImage(width, round(total), QImage.Format.Format_ARGB32_Premultiplied)
    picture_image.fill(colors.base)
    painter = QPainter(picture_image)
    image.draw_image(painter, picture, colors, caption, font)
    painter.end()
    timeline.deleteLater()
    return picture_image


class _ChosenRows:
    """The session's one question answered without a database: the report's own events."""

    def __init__(self, length: int, rows: npt.NDArray[np.int64]) -> None:
        self._mask = mask_of_rows(length, rows)

    def mask_matching(self, event_filter: EventFilter) -> npt.NDArray[np.bool_]:
        return self._mask.copy()
