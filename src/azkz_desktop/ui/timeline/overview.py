"""The overview strip: the whole period as a density band, with the visible window as a draggable frame."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.session import Session, TimeScale
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.timeline.geometry import GUTTER_WIDTH, RIGHT_MARGIN, WHEEL_ZOOM_PER_NOTCH
from azkz_desktop.ui.timeline.painting import Palette, blend
from azkz_desktop.ui.timeline.tooltip import plain_tooltip

STRIP_HEIGHT = 40


class OverviewStrip(QWidget):
    """Shows where events are across the full range; drag the frame or click to move the timeline."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.index = session.index
        self._histogram: np.ndarray | None = None
        self._drag_offset: float | None = None
        self.setObjectName("overview")
        self.setFixedHeight(STRIP_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            plain_tooltip(self.tr("The whole period: drag the frame, or click to move the timeline there"))
        )
        bind(session.window_changed, self, self._window_changed)
        bind(session.lanes_changed, self, self._forget_histogram)
        bind(session.mask_changed, self, self._forget_histogram)

    def track(self) -> QRectF:
        """The strip's drawing area, aligned with the timeline's plot above it."""
        width = max(self.width() - GUTTER_WIDTH - RIGHT_MARGIN, 10.0)
        return QRectF(GUTTER_WIDTH, 4, width, self.height() - 8)

    def scale(self) -> TimeScale:
        """The whole period, with a little room at both ends, across the track."""
        track = self.track()
        return TimeScale.fitting(self.session.padded_full_range, track.width(), track.left())

    def x_of(self, day: float) -> float:
        return self.scale().x_of(day)

    def day_at(self, x: float) -> float:
        return self.scale().day_at(x)

    def window_rect(self) -> QRectF:
        track = self.track()
        window = self.session.window
        left, right = self.x_of(window.start), self.x_of(window.end)
        left = min(max(left, track.left()), track.right())
        right = min(max(right, left + 3), track.right())
        return QRectF(left, track.top(), max(right - left, 3), track.height())

    def histogram(self) -> np.ndarray:
        """Events per pixel column over the full range, in the visible lanes: computed once per size."""
        if self._histogram is None:
            track = self.track()
            columns = max(int(track.width()), 1)
            full = self.session.padded_full_range
            edges = np.linspace(full.start, full.end, columns + 1)
            counts = np.zeros(columns, dtype=np.int64)
            mask = self.session.shown_mask
            for name in self.session.visible_lanes:
                lane = self.index.lanes.get(name)
                if lane is None:
                    continue
                starts = lane.starts if mask is None else lane.starts[mask[lane.rows]]
                counts += np.diff(np.searchsorted(starts, edges))
            self._histogram = counts
        return self._histogram

    def _window_changed(self, _window: DaySpan) -> None:
        self.update()

    def _forget_histogram(self, *_: object) -> None:
        self._histogram = None
        self.update()

    @guarded()
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._histogram = None
        super().resizeEvent(event)

    @guarded()
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colors = Palette.from_qt(self.palette())
        painter.fillRect(self.rect(), colors.alternate)
        track = self.track()
        frame = self.window_rect()
        highlight = QColor(colors.highlight)
        painter.fillRect(frame, blend(highlight, colors.alternate, 60))
        counts = self.histogram()
        if counts.any():
            heights = np.log1p(counts) / np.log1p(counts.max()) * (track.height() - 2)
            painter.setPen(QPen(blend(colors.text, colors.alternate, 120), 1))
            columns = np.flatnonzero(counts)
            bottom = track.bottom()
            points: list[QPointF] = []
            for column, height in zip(columns.tolist(), heights[columns].tolist(), strict=True):
                x = track.left() + column + 0.5
                points += [QPointF(x, bottom), QPointF(x, bottom - max(height, 2.0))]
            painter.drawLines(points)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(highlight, 1.5))
        painter.drawRoundedRect(frame.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
        painter.end()

    @guarded()
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        x = event.position().x()
        frame = self.window_rect()
        if not frame.left() <= x <= frame.right():
            self.center_on(self.day_at(x))
        self._drag_offset = self.day_at(x) - self.session.window.start

    @guarded()
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is None:
            return
        length = self.session.window.length
        new_start = self.day_at(event.position().x()) - self._drag_offset
        self.session.set_window(DaySpan(new_start, new_start + length))

    @guarded()
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None

    def center_on(self, day: float) -> None:
        self.session.center_on(day)

    @guarded()
    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = WHEEL_ZOOM_PER_NOTCH ** (event.angleDelta().y() / 120)
        self.session.zoom_around(self.session.window.center, factor)
        event.accept()
