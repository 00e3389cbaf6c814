"""The zoomable timeline: lanes by category, an axis, markers, clusters and labels.

The widget owns no truth: the time window, the selection and the lanes live in the shared ViewState. It
computes a layout when one of them (or its size) changes, caches it, and `paintEvent` only draws it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QRubberBand, QSizePolicy, QToolTip, QWidget

from azkz_desktop.data.models import Category
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.ui.guard import guarded, plain_tip
from azkz_desktop.ui.state import ViewState
from azkz_desktop.ui.timeline import painting
from azkz_desktop.ui.timeline.axis import axis_ticks
from azkz_desktop.ui.timeline.layout import CARRIED, POINT_RADIUS, TimelineLayout, layout_timeline

GUTTER_WIDTH = 176.0
RIGHT_MARGIN = 12.0
TOP_MARGIN = 6.0
AXIS_HEIGHT = 28.0
MIN_LANE_HEIGHT = 34.0
WHEEL_ZOOM_PER_NOTCH = 1.25
KEY_ZOOM = 1.5
PAN_FRACTION = 0.1
DRAG_THRESHOLD = 4


class TimelineWidget(QWidget):
    """Draws the events of a TimelineIndex in the shared window, and turns input into state changes."""

    activated = Signal(str)  # Enter or double-click on an event: show its details

    def __init__(
        self,
        index: TimelineIndex,
        categories: Sequence[Category],
        state: ViewState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.index = index
        self.state = state
        self.categories = list(categories)
        self._categories = {category.id: category for category in categories}
        self._layout: TimelineLayout | None = None
        self._selected_rows = np.zeros(len(index), dtype=bool)
        self._visible_rows: np.ndarray | None = None
        self._title_widths: dict[int, float] = {}
        self._press: QPoint | None = None
        self._press_window: tuple[float, float] | None = None
        self._panning = False
        self._rubber_band: QRubberBand | None = None
        self._label_font = QFont(self.font())
        self._count_font = QFont(self.font())
        self._count_font.setPointSizeF(max(self.font().pointSizeF() * 0.8, 6.0))
        self._count_font.setBold(True)
        self._lane_font = QFont(self.font())
        self._lane_font.setBold(True)
        self.context_actions: list[QAction] = []  # the main window adds zoom and export actions
        self.setObjectName("timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(int(TOP_MARGIN + AXIS_HEIGHT + 3 * MIN_LANE_HEIGHT))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        state.window_changed.connect(self._invalidate)
        state.lanes_changed.connect(self._invalidate)
        state.filter_changed.connect(self._invalidate)
        state.selection_changed.connect(self._selection_changed)
        state.current_changed.connect(lambda _: self.update())

    # ---- geometry ------------------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        """Where lanes are drawn: right of the lane labels, above the axis."""
        width = max(self.width() - GUTTER_WIDTH - RIGHT_MARGIN, 10.0)
        height = max(self.height() - TOP_MARGIN - AXIS_HEIGHT, 10.0)
        return QRectF(GUTTER_WIDTH, TOP_MARGIN, width, height)

    def current_layout(self) -> TimelineLayout:
        """The cached layout for the present window, size, lanes and filter."""
        if self._layout is None:
            plot = self.plot_rect()
            lanes = self.shown_lanes()
            lane_height = plot.height() / max(len(lanes), 1)
            start, end = self.state.window
            self._layout = layout_timeline(
                self.index,
                lanes,
                start,
                end,
                plot.left(),
                plot.width(),
                plot.top(),
                lane_height,
                measure=self._title_width,
                visible_rows=self._visible_rows,
            )
        return self._layout

    def shown_lanes(self) -> list[str]:
        """Visible lanes whose category the filter does not leave out."""
        chosen = self.state.event_filter.categories
        return [lane for lane in self.state.visible_lanes if chosen is None or lane in chosen]

    def _title_width(self, title: str) -> float:
        key = hash(title)
        width = self._title_widths.get(key)
        if width is None:
            width = QFontMetricsF(self._label_font).horizontalAdvance(title) + 2
            self._title_widths[key] = width
        return width

    def x_of(self, day: float) -> float:
        plot = self.plot_rect()
        start, end = self.state.window
        return plot.left() + (day - start) * plot.width() / (end - start)

    def day_at(self, x: float) -> float:
        plot = self.plot_rect()
        start, end = self.state.window
        return start + (x - plot.left()) * (end - start) / plot.width()

    @property
    def visible_rows(self) -> np.ndarray | None:
        return self._visible_rows

    def set_visible_rows(self, mask: np.ndarray | None) -> None:
        """Show only the rows where `mask` is true (None shows all): the filter's hook."""
        self._visible_rows = mask
        self._invalidate()

    def _invalidate(self, *_: object) -> None:
        self._layout = None
        self.update()

    def _selection_changed(self) -> None:
        self._selected_rows[:] = False
        for event_id in self.state.selection:
            row = self.index.row_of(event_id)
            if row is not None:
                self._selected_rows[row] = True
        self.update()

    @guarded()
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    # ---- painting ------------------------------------------------------------------------------------

    @guarded()
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw everything; also used to render the timeline to an image or SVG."""
        colors = painting.Palette.from_qt(self.palette())
        layout = self.current_layout()
        plot = self.plot_rect()
        painter.fillRect(QRectF(0, 0, self.width(), self.height()), colors.base)
        painting.draw_lane_backgrounds(painter, layout.lanes, self.width(), colors)
        start, end = self.state.window
        _, ticks = axis_ticks(start, end, plot.width(), self._measure_axis)
        painting.draw_grid_and_axis(painter, ticks, plot, AXIS_HEIGHT, colors, self.font())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.save()
        painter.setClipRect(plot.adjusted(-POINT_RADIUS, 0, POINT_RADIUS, 0))
        metrics = QFontMetricsF(self._label_font)
        for lane in layout.lanes:
            color = colors.lane_color(self._categories[lane.category].color)
            selected = self._selected_rows[lane.rows] if len(lane.rows) else lane.rows.astype(bool)
            painting.draw_lane(painter, lane, color, colors, selected, self._count_font)
            painting.draw_labels(painter, lane, self.index.titles, metrics, colors, self._label_font)
        self._draw_current(painter, layout, colors)
        painter.restore()
        self._draw_lane_labels(painter, layout, colors)
        if self.hasFocus():
            painter.setPen(QPen(colors.highlight, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))

    def _measure_axis(self, text: str) -> float:
        return QFontMetricsF(self.font()).horizontalAdvance(text)

    def _draw_current(self, painter: QPainter, layout: TimelineLayout, colors: painting.Palette) -> None:
        """A dashed ring around the event that keyboard steps start from."""
        row = self.index.row_of(self.state.current) if self.state.current else None
        if row is None:
            return
        category = self.index.category_of(row)
        lane = next((lane for lane in layout.lanes if lane.category == category), None)
        if lane is None:
            return
        first, end = self.index.span_days(row)
        x0, x1 = layout.x_of(first), layout.x_of(end)
        painter.setPen(QPen(colors.text, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if x1 - x0 < 2 * POINT_RADIUS:
            radius = POINT_RADIUS + 6
            painter.drawEllipse(QPointF((x0 + x1) / 2, lane.center_y), radius, radius)
        else:
            painter.drawRect(QRectF(x0 - 4, lane.center_y - 11, x1 - x0 + 8, 22))

    def _draw_lane_labels(self, painter: QPainter, layout: TimelineLayout, colors: painting.Palette) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self._lane_font)
        metrics = QFontMetricsF(self._lane_font)
        for lane in layout.lanes:
            category = self._categories[lane.category]
            color = colors.lane_color(category.color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(10, lane.center_y - 6, 12, 12), 3, 3)
            painter.setPen(colors.text)
            text = metrics.elidedText(category.label, Qt.TextElideMode.ElideRight, int(GUTTER_WIDTH - 40))
            painter.drawText(QPointF(30, lane.center_y + (metrics.ascent() - metrics.descent()) / 2), text)
        painter.setPen(QPen(colors.grid, 1))
        painter.drawLine(QPointF(GUTTER_WIDTH - 6, 0), QPointF(GUTTER_WIDTH - 6, self.height()))

    # ---- hit testing ---------------------------------------------------------------------------------

    def lane_at(self, y: float) -> str | None:
        for lane in self.current_layout().lanes:
            if lane.top <= y < lane.top + lane.height:
                return lane.category
        return None

    def event_at(self, point: QPointF) -> str | None:
        """The event whose marker, span or label is under `point`."""
        layout = self.current_layout()
        for lane in layout.lanes:
            if not lane.top <= point.y() < lane.top + lane.height:
                continue
            x = point.x()
            for label in lane.labels:
                if label.x <= x <= label.x + label.max_width and abs(point.y() - lane.center_y) < 10:
                    return self.index.ids[label.row]
            near = (lane.x0 - POINT_RADIUS - 2 <= x) & (x <= lane.x1 + POINT_RADIUS + 2)
            hits = np.flatnonzero(near)
            if len(hits):
                # The narrowest candidate wins: a point on top of a long span.
                best = hits[np.argmin(lane.x1[hits] - lane.x0[hits])]
                return self.index.ids[int(lane.rows[best])]
        return None

    def cluster_at(self, point: QPointF) -> tuple[float, float, list[str]] | None:
        """The cluster under `point`: its time span and the ids of its events."""
        layout = self.current_layout()
        for lane in layout.lanes:
            if not lane.top <= point.y() < lane.top + lane.height:
                continue
            inside = np.flatnonzero((lane.cluster_x0 <= point.x()) & (point.x() <= lane.cluster_x1))
            if not len(inside):
                return None
            number = int(inside[-1])
            index_lane = self.index.lanes[lane.category]
            first, last = int(lane.cluster_first[number]), int(lane.cluster_last[number])
            rows = lane.carried_rows if first == CARRIED else index_lane.rows[first:last]
            if self._visible_rows is not None:
                rows = rows[self._visible_rows[rows]]
            starts = self.index.first_days[rows]
            ends = self.index.last_days[rows] + 1.0
            return float(starts.min()), float(ends.max()), [self.index.ids[int(row)] for row in rows]
        return None

    def events_between(self, start_day: float, end_day: float, lanes: Sequence[str]) -> list[str]:
        rows = self.index.rows_between(start_day, end_day, lanes)
        if self._visible_rows is not None:
            return [self.index.ids[row] for row in rows if self._visible_rows[row]]
        return [self.index.ids[row] for row in rows]

    # ---- zooming and panning -------------------------------------------------------------------------

    def zoom_at(self, x: float, factor: float) -> None:
        """Zoom by `factor` (above 1 zooms in), keeping the date under pixel `x` in place."""
        start, end = self.state.window
        anchor = self.day_at(x)
        fraction = (anchor - start) / (end - start)
        length = (end - start) / factor
        new_start = anchor - fraction * length
        self.state.set_window(new_start, new_start + length)

    def zoom_center(self, factor: float) -> None:
        plot = self.plot_rect()
        self.zoom_at(plot.center().x(), factor)

    def pan_by_fraction(self, fraction: float) -> None:
        start, end = self.state.window
        shift = (end - start) * fraction
        self.state.set_window(start + shift, end + shift)

    def zoom_to_span(self, start_day: float, end_day: float) -> None:
        """Show [start_day, end_day) with a margin on each side."""
        margin = max((end_day - start_day) * 0.15, 2.0)
        self.state.set_window(start_day - margin, end_day + margin)

    def zoom_to_selection(self) -> None:
        rows = [row for row in map(self.index.row_of, self.state.selection) if row is not None]
        if not rows:
            return
        spans = [self.index.span_days(row) for row in rows]
        self.zoom_to_span(min(span[0] for span in spans), max(span[1] for span in spans))

    def zoom_to_event(self, event_id: str) -> None:
        row = self.index.row_of(event_id)
        if row is not None:
            self.zoom_to_span(*self.index.span_days(row))

    @guarded()
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if delta.x() and abs(delta.x()) > abs(delta.y()):
            self.pan_by_fraction(-delta.x() / 120 * PAN_FRACTION)
        elif delta.y():
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.pan_by_fraction(-delta.y() / 120 * PAN_FRACTION)
            else:
                self.zoom_at(event.position().x(), WHEEL_ZOOM_PER_NOTCH ** (delta.y() / 120))
        event.accept()

    @guarded(False)
    def event(self, event: QEvent) -> bool:
        pinch = Qt.NativeGestureType.ZoomNativeGesture
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == pinch:
            self.zoom_at(event.position().x(), 1.0 + event.value())
            return True
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)  # type: ignore[arg-type]
            return True
        return super().event(event)

    def _show_tooltip(self, event: object) -> None:
        position = QPointF(event.pos())  # type: ignore[attr-defined]
        text = self.tooltip_text(position)
        if text:
            QToolTip.showText(event.globalPos(), plain_tip(text), self)  # type: ignore[attr-defined]
        else:
            QToolTip.hideText()

    def tooltip_text(self, point: QPointF) -> str:
        event_id = self.event_at(point)
        if event_id is not None:
            row = self.index.row_of(event_id)
            assert row is not None
            category = self._categories[self.index.category_of(row)].label
            return f"{self.index.titles[row]}\n{self.index.date_span(row).label()} · {category}"
        cluster = self.cluster_at(point)
        if cluster is not None:
            start, end, ids = cluster
            first = dt.date.fromordinal(int(start)).isoformat()
            last = dt.date.fromordinal(max(int(end) - 1, int(start))).isoformat()
            return f"{len(ids)} events, {first} to {last}\nClick to zoom in; Ctrl-click to select them"
        return ""

    # ---- mouse ---------------------------------------------------------------------------------------

    @guarded()
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press = event.position().toPoint()
        self._press_window = self.state.window
        self._panning = False
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._rubber_band = QRubberBand(QRubberBand.Shape.Rectangle, self)
            self._rubber_band.setGeometry(QRectF(event.position(), event.position()).toRect())
            self._rubber_band.show()
        event.accept()

    @guarded()
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        position = event.position().toPoint()
        if self._rubber_band is not None:
            self._rubber_band.setGeometry(QRectF(self._press, position).normalized().toRect())
            return
        if not self._panning and (position - self._press).manhattanLength() >= DRAG_THRESHOLD:
            self._panning = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._panning and self._press_window is not None:
            start, end = self._press_window
            days_per_px = (end - start) / self.plot_rect().width()
            shift = (self._press.x() - position.x()) * days_per_px
            self.state.set_window(start + shift, end + shift)

    @guarded()
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if self._rubber_band is not None:
            band = self._rubber_band.geometry()
            self._rubber_band.deleteLater()
            self._rubber_band = None
            self.select_band(QRectF(band), add=bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
            return
        if self._panning:
            self._panning = False
            self.unsetCursor()
            return
        self.click(QPointF(press), event.modifiers())

    def click(self, point: QPointF, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """Select what is under `point`: an event, a cluster's events, or nothing."""
        toggle = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        event_id = self.event_at(point)
        if event_id is not None:
            if toggle:
                self.state.toggle(event_id)
            else:
                self.state.select([event_id], current=event_id)
            return
        cluster = self.cluster_at(point)
        if cluster is not None:
            start, end, ids = cluster
            if toggle:
                self.state.add(ids)
            else:
                self.zoom_to_span(start, end)
            return
        if not toggle:
            self.state.clear_selection()

    def select_band(self, band: QRectF, add: bool = False) -> None:
        """Select every event in the lanes the band crosses whose span overlaps the band's time."""
        layout = self.current_layout()
        lanes = [
            lane.category
            for lane in layout.lanes
            if lane.top < band.bottom() and band.top() < lane.top + lane.height
        ]
        ids = self.events_between(self.day_at(band.left()), self.day_at(band.right()), lanes)
        if add:
            self.state.add(ids)
        else:
            self.state.select(ids)

    @guarded()
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event_id = self.event_at(event.position())
        if event_id is not None:
            self.state.select([event_id], current=event_id)
            self.activated.emit(event_id)

    # ---- keyboard ------------------------------------------------------------------------------------

    @guarded()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_center(KEY_ZOOM)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_center(1 / KEY_ZOOM)
        elif key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.state.fit_all()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self.pan_by_fraction(PAN_FRACTION if key == Qt.Key.Key_Right else -PAN_FRACTION)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state.current:
            self.activated.emit(self.state.current)
        elif key == Qt.Key.Key_Escape:
            self.state.clear_selection()
        else:
            return super().keyPressEvent(event)
        event.accept()

    def ordered_visible_ids(self) -> list[str]:
        """Events in the visible lanes, in date order: the sequence Left and Right step through."""
        start, end = self.state.padded_full_range()
        rows = list(self.index.rows_between(start - 1e6, end + 1e6, self.shown_lanes()))
        if self._visible_rows is not None:
            rows = [row for row in rows if self._visible_rows[row]]
        rows.sort(key=lambda row: (self.index.span_days(row), row))
        return [self.index.ids[row] for row in rows]

    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) event in time, and bring it into view."""
        current = self.state.current
        start, end = self.state.window
        visible = self._step_candidates(current, direction, (start + end) / 2)
        if visible is None:
            return
        self.state.select([visible], current=visible)
        first, last = self.index.span_days(self.index.row_of(visible) or 0)
        if last < start or first > end:
            length = end - start
            self.state.set_window(first - length / 2, first + length / 2)

    def _step_candidates(self, current: str, direction: int, center: float) -> str | None:
        ids = self.ordered_visible_ids()
        if not ids:
            return None
        if current in ids:
            position = ids.index(current) + direction
            return ids[position] if 0 <= position < len(ids) else None
        # Nothing current: start from the middle of the window.
        firsts = [self.index.span_days(self.index.row_of(i) or 0)[0] for i in ids]
        position = int(np.searchsorted(np.asarray(firsts), center))
        position = min(max(position if direction > 0 else position - 1, 0), len(ids) - 1)
        return ids[position]

    # ---- context menu --------------------------------------------------------------------------------

    @guarded()
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        lane = self.lane_at(event.pos().y())
        if lane is not None and event.pos().x() < GUTTER_WIDTH:
            label = self._categories[lane].label
            menu.addAction(f"Move “{label}” Up", lambda: self.state.move_lane(lane, -1))
            menu.addAction(f"Move “{label}” Down", lambda: self.state.move_lane(lane, 1))
            menu.addAction(f"Hide “{label}”", lambda: self.state.set_lane_visible(lane, False))
            menu.addSeparator()
        for action in self.context_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())
