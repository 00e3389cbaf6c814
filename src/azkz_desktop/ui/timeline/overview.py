"""The overview strip: the whole period as a density band, with the visible window as a draggable frame.

It takes keyboard focus (Tab reaches it after the timeline) and moves the window without a mouse: the
arrows pan by a step, Page Up and Page Down by a whole window, + and - zoom, Home and End go to the ends.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session import Session, TimeScale
from azkz_desktop.session.shown_lanes import shown_in_lane
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.timeline.geometry import (
    GUTTER_WIDTH,
    KEY_ZOOM,
    PAN_FRACTION,
    RIGHT_MARGIN,
    WHEEL_ZOOM_PER_NOTCH,
)
from azkz_desktop.ui.timeline.kept import MaskKeyed
from azkz_desktop.ui.timeline.painting import Palette, blend, fill_rect
from azkz_desktop.ui.timeline.tooltip import plain_tooltip

STRIP_HEIGHT = 40
FOCUS_FRAME = 2.0  # the highlight round the strip while it has keyboard focus
KEPT_HISTOGRAMS = 4  # a few masks' histograms and bars: a search typed on and taken back, a toggle


class OverviewStrip(QWidget):
    """Shows where events are across the full range; drag the frame or click to move the timeline."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.index = session.index
        self._histogram: np.ndarray | None = None
        # Each lane's events before each column's edge and per column, for _lane_columns_key's size
        # and range: a filter's histogram adds those of the lanes it shows wholly.
        self._lane_columns: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._lane_columns_key: tuple[int, float, float] | None = None
        self._bars: QImage | None = None  # the histogram drawn, for _bars_key
        self._bars_key: tuple[int, int, float, int] | None = None
        # the last few masks' histograms (by the lanes, columns and range), and their bars (by the
        # histogram, read-only and kept by identity as a mask is, and by _bars_key)
        self._kept_histograms: MaskKeyed[np.ndarray] = MaskKeyed(KEPT_HISTOGRAMS)
        self._kept_bars: MaskKeyed[QImage] = MaskKeyed(KEPT_HISTOGRAMS)
        self._palette: Palette | None = None
        self._palette_key = -1
        self._drag_offset: float | None = None
        self.setObjectName("overview")
        self.setFixedHeight(STRIP_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            plain_tooltip(
                self.tr(
                    "The whole period: drag the frame, or click to move the timeline there. With the "
                    "keyboard: arrows and Page Up/Down move, + and - zoom, Home and End go to the ends"
                )
            )
        )
        bind(session.window_changed, self, self._window_changed)
        bind(session.lanes_changed, self, self._forget_histogram)
        bind(session.mask_changed, self, self._forget_histogram)

    def track(self) -> QRectF:
        """The strip's drawing area, aligned with the timeline's plot above it."""
        width = max(self.width() - GUTTER_WIDTH - RIGHT_MARGIN, 10.0)
        return QRectF(GUTTER_WIDTH, 4, width, self.height() - 8)

    def scale(self, track: QRectF | None = None) -> TimeScale:
        """The whole period, with a little room at both ends, across the track."""
        track = self.track() if track is None else track
        return TimeScale.fitting(self.session.padded_full_range, track.width(), track.left())

    def x_of(self, day: float) -> float:
        return self.scale().x_of(day)

    def day_at(self, x: float) -> float:
        return self.scale().day_at(x)

    def window_rect(self) -> QRectF:
        track = self.track()
        window, scale = self.session.window, self.scale(track)
        left, right = scale.x_of(window.start), scale.x_of(window.end)
        left = min(max(left, track.left()), track.right())
        right = min(max(right, left + 3), track.right())
        return QRectF(left, track.top(), max(right - left, 3), track.height())

    def histogram(self) -> np.ndarray:
        """Events per pixel column over the full range, in the visible lanes: computed once per size
        and mask, from each lane's events per column, counted once per size (a category filter adds
        those of the lanes it shows; another mask counts its shown events from each lane's)."""
        if self._histogram is None:
            track = self.track()
            columns = max(int(track.width()), 1)
            full = self.session.padded_full_range
            key = (columns, full.start, full.end)
            if self._lane_columns_key != key:
                self._lane_columns.clear()
                self._lane_columns_key = key
            mask = self.session.shown_mask
            histogram_key = (key, frozenset(self.session.visible_lanes))
            kept = self._kept_histograms.get(mask, histogram_key)
            if kept is not None:
                self._histogram = kept
                return kept
            edges: np.ndarray | None = None
            counts = np.zeros(columns, dtype=np.int64)
            for name in self.session.visible_lanes:
                lane = self.index.lanes.get(name)
                if lane is None:
                    continue
                shown = None if mask is None else shown_in_lane(lane, mask)
                if shown is not None and shown.none:
                    continue
                known = self._lane_columns.get(name)
                if known is None:
                    if edges is None:
                        edges = np.linspace(full.start, full.end, columns + 1)
                    before = lane.count_before(edges)
                    known = self._lane_columns[name] = (before, np.diff(before))
                if shown is None or shown.every:
                    counts += known[1]
                else:  # the shown events before each edge, counted once per mask
                    counts += shown.shown_between(known[0])
            counts.setflags(write=False)  # kept, and shared with the bars made from it
            self._histogram = counts
            self._kept_histograms.put(mask, histogram_key, counts)
        return self._histogram

    def _window_changed(self, _window: DaySpan) -> None:
        # The whole strip, though only the columns the frame's edges swept change: painting those
        # alone measured no faster, a widget's paint costing about the same whatever its region.
        self.update()

    def set_index(self, index: TimelineIndex) -> None:
        """Count another index's events (own events were added or deleted)."""
        self.index = index
        self._lane_columns.clear()
        self._kept_histograms.clear()
        self._kept_bars.clear()
        self._forget_histogram()

    def _forget_histogram(self, *_: object) -> None:
        self._histogram = None
        self._bars = None
        self.update()

    @guarded()
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._histogram = None
        self._bars = None
        super().resizeEvent(event)

    @guarded()
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colors = self._colors()
        fill_rect(painter, QRectF(self.rect()), colors.alternate)
        frame = self.window_rect()
        highlight = QColor(colors.highlight)
        fill_rect(painter, frame, blend(highlight, colors.alternate, 60))
        painter.drawImage(0, 0, self._bars_pixmap(colors))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        focused = self.hasFocus()
        width = 2.5 if focused else 1.5  # a bolder frame, and a ring round the strip, show the focus
        painter.setPen(QPen(highlight, width))
        inset = width / 2
        painter.drawRoundedRect(frame.adjusted(inset, inset, -inset, -inset), 3, 3)
        if focused:
            painter.setPen(QPen(highlight, FOCUS_FRAME))
            half = FOCUS_FRAME / 2
            painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()

    def _colors(self) -> Palette:
        """The palette's colours, worked out again only when the palette changes."""
        palette = self.palette()
        if self._palette_key != palette.cacheKey():
            self._palette_key, self._palette = palette.cacheKey(), Palette.from_qt(palette)
        assert self._palette is not None
        return self._palette

    def _bars_pixmap(self, colors: Palette) -> QImage:
        """The histogram's bars on a transparent image: made once per histogram, size and palette, so a
        paint (every zoom and pan step moves the frame) copies it. The bars are set in a numpy array,
        a pixel column per event column, not drawn line by line."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self._palette_key)
        if self._bars is not None and self._bars_key == key:
            return self._bars
        counts = self.histogram()
        kept = self._kept_bars.get(counts, key)
        if kept is not None:
            self._bars, self._bars_key = kept, key
            return kept
        width, height = max(round(self.width() * ratio), 1), max(round(self.height() * ratio), 1)
        pixels = np.zeros((height, width), dtype=np.uint32)  # transparent
        if counts.any():
            track = self.track()
            tops = np.log1p(counts) / np.log1p(counts.max()) * (track.height() - 2)
            tops = track.bottom() - np.maximum(tops, 2.0)
            columns = np.arange(len(counts))[counts > 0]
            x = np.floor((track.left() + columns + 0.5) * ratio).astype(np.int64)
            inside = (x >= 0) & (x < width)
            x, top = x[inside], tops[columns][inside] * ratio
            rows = np.arange(height)[:, None]
            bar = (rows >= np.floor(top)[None, :]) & (rows <= track.bottom() * ratio)
            pixels[:, x] = np.where(bar, np.uint32(blend(colors.text, colors.alternate, 120).rgba()), 0)
        image = QImage(pixels.data, width, height, width * 4, QImage.Format.Format_ARGB32).copy()
        image.setDevicePixelRatio(ratio)
        self._bars, self._bars_key = image, key
        self._kept_bars.put(counts, key, image)
        return image

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

    # ---- keyboard ------------------------------------------------------------------------------------

    @guarded()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        session = self.session
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            session.pan_by_fraction(PAN_FRACTION if key == Qt.Key.Key_Right else -PAN_FRACTION)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            session.pan_by_fraction(1.0 if key == Qt.Key.Key_PageDown else -1.0)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            session.zoom_around(session.window.center, KEY_ZOOM)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            session.zoom_around(session.window.center, 1 / KEY_ZOOM)
        elif key == Qt.Key.Key_Home:
            self.move_start_to(session.padded_full_range.start)
        elif key == Qt.Key.Key_End:
            self.move_start_to(session.padded_full_range.end - session.window.length)
        else:
            return super().keyPressEvent(event)
        event.accept()

    def move_start_to(self, day: float) -> None:
        """Put the window's start at `day`, keeping its length (Home, End, a screen reader's value)."""
        self.session.set_window(DaySpan(day, day + self.session.window.length))

    @guarded()
    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    @guarded()
    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
