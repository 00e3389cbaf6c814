"""The zoomable timeline: lanes by category, an axis, markers, clusters and labels.

The widget owns no truth: the time window, the selection and the lanes live in the shared ViewState. It
computes a layout when one of them (or its size) changes, caches it, and `paintEvent` only draws it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QRubberBand, QSizePolicy, QToolTip, QWidget

from azkz_desktop.data.models import Category
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.ui.menu_text import menu_text
from azkz_desktop.ui.state import ViewState
from azkz_desktop.ui.timeline import painting
from azkz_desktop.ui.timeline.axis import axis_ticks
from azkz_desktop.ui.timeline.geometry import (
    AXIS_HEIGHT,
    GUTTER_WIDTH,
    MIN_LANE_HEIGHT,
    RIGHT_MARGIN,
    TOP_MARGIN,
    plot_rect,
)
from azkz_desktop.ui.timeline.hit_testing import HitTesting
from azkz_desktop.ui.timeline.layout import CARRIED, LaneLayout, TimelineLayout, layout_timeline
from azkz_desktop.ui.timeline.navigation import Navigation
from azkz_desktop.ui.timeline.render import CurrentMark, Fonts, TimelinePicture, draw_timeline
from azkz_desktop.ui.timeline.tooltip import plain_tooltip

__all__ = ["GUTTER_WIDTH", "RIGHT_MARGIN", "TimelineWidget"]

WHEEL_ZOOM_PER_NOTCH = 1.25
KEY_ZOOM = 1.5
PAN_FRACTION = 0.1
DRAG_THRESHOLD = 4


class TimelineWidget(Navigation, HitTesting, QWidget):
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
        self._selected_prefix: dict[str, np.ndarray] = {}  # per lane: running count of selected events
        self.fonts = Fonts.from_base(self.font())
        self._label_font = self.fonts.label
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
        return plot_rect(self.width(), self.height())

    def current_layout(self) -> TimelineLayout:
        """The cached layout for the present window, size, lanes and filter."""
        if self._layout is None:
            self._layout = self.layout_for(self.width(), self.height())
        return self._layout

    def layout_for(self, width: float, height: float) -> TimelineLayout:
        """The layout of the present window, lanes and filter in a drawing of `width` by `height`."""
        plot = plot_rect(width, height)
        lanes = self.shown_lanes()
        start, end = self.state.window
        return layout_timeline(
            self.index,
            lanes,
            start,
            end,
            plot.left(),
            plot.width(),
            plot.top(),
            plot.height() / max(len(lanes), 1),
            measure=self._title_width,
            visible_rows=self._visible_rows,
            line_height=QFontMetricsF(self._label_font).height(),
        )

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
        """Show only the rows where `mask` is true (None shows all): the filter's hook.

        When none of the events the filter shows is in view, the view moves to them.
        """
        self._visible_rows = mask
        self._selected_prefix.clear()
        self._invalidate()
        if mask is not None and mask.any() and not self._any_shown_in_view():
            self.fit_all()

    def _any_shown_in_view(self) -> bool:
        start, end = self.state.window
        for name in self.shown_lanes():
            lane = self.index.lanes.get(name)
            if lane is None:
                continue
            i0, i1 = lane.visible_slice(start, end)
            rows = lane.rows[i0:i1]
            if len(rows) and (self._visible_rows is None or self._visible_rows[rows].any()):
                return True
        return False

    def _invalidate(self, *_: object) -> None:
        self._layout = None
        self.update()

    def _selection_changed(self) -> None:
        self._selected_prefix.clear()
        self._selected_rows[:] = False
        self._selected_rows[self.index.rows_of(self.state.selection)] = True
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    # ---- painting ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw what the widget shows, with its focus frame and the current event's ring."""
        draw_timeline(painter, self.picture(), painting.Palette.from_qt(self.palette()))

    def picture(
        self, width: float | None = None, height: float | None = None, *, on_screen: bool = True
    ) -> TimelinePicture:
        """What to draw for the present window at the widget's size, or laid out anew at another size.

        Off screen (`on_screen=False`, for export) there is no focus frame and no current-event ring;
        the selection marks stay.
        """
        if width is None or height is None:
            width, height = float(self.width()), float(self.height())
            layout = self.current_layout()
        else:
            layout = self.layout_for(width, height)
        plot = plot_rect(width, height)
        start, end = self.state.window
        _, ticks = axis_ticks(start, end, plot.width(), self._measure_axis)
        return TimelinePicture(
            layout=layout,
            ticks=ticks,
            width=width,
            height=height,
            plot=plot,
            titles=self.index.titles,
            categories=self._categories,
            fonts=self.fonts,
            selected=[self._selected_rows[lane.rows] for lane in layout.lanes],
            cluster_selected=[self._cluster_selection(lane) for lane in layout.lanes],
            current=self._current_mark(layout) if on_screen else None,
            focus_frame=on_screen and self.hasFocus(),
        )

    def _measure_axis(self, text: str) -> float:
        return QFontMetricsF(self.fonts.axis).horizontalAdvance(text)

    def _cluster_selection(self, lane: LaneLayout) -> np.ndarray:
        """How many selected (and shown) events each of the lane's clusters holds."""
        counts = np.zeros(len(lane.cluster_count), dtype=np.int64)
        if not len(counts) or not self.state.selection:
            return counts
        chosen = (
            self._selected_rows if self._visible_rows is None else self._selected_rows & self._visible_rows
        )
        prefix = self._selected_prefix.get(lane.category)
        if prefix is None:
            # Once per selection or filter change, not per paint: O(events in the lane).
            rows = self.index.lanes[lane.category].rows
            prefix = np.concatenate(([0], np.cumsum(chosen[rows])))
            self._selected_prefix[lane.category] = prefix
        carried = lane.cluster_first == CARRIED
        first, last = np.maximum(lane.cluster_first, 0), np.maximum(lane.cluster_last, 0)
        counts[:] = prefix[last] - prefix[first]
        if carried.any():
            counts[carried] = int(chosen[lane.carried_rows].sum())
        return counts

    def _current_mark(self, layout: TimelineLayout) -> CurrentMark | None:
        row = self.index.row_of(self.state.current) if self.state.current else None
        if row is None:
            return None
        category = self.index.category_of(row)
        lane = next((lane for lane in layout.lanes if lane.category == category), None)
        if lane is None:
            return None
        first, end = self.index.span_days(row)
        return CurrentMark(lane.center_y, layout.x_of(first), layout.x_of(end))

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
            # Plain text from the database, never markup; as paragraphs, so long titles wrap.
            QToolTip.showText(event.globalPos(), plain_tooltip(text), self)  # type: ignore[attr-defined]
        else:
            QToolTip.hideText()

    # ---- mouse ---------------------------------------------------------------------------------------

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

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event_id = self.event_at(event.position())
        if event_id is not None:
            self.state.select([event_id], current=event_id)
            self.activated.emit(event_id)

    # ---- keyboard ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_center(KEY_ZOOM)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_center(1 / KEY_ZOOM)
        elif key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.fit_all()
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

    # ---- context menu --------------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        lane = self.lane_at(event.pos().y())
        if lane is not None and event.pos().x() < GUTTER_WIDTH:
            label = menu_text(self._categories[lane].label)
            menu.addAction(f"Move “{label}” Up", lambda: self.state.move_lane(lane, -1))
            menu.addAction(f"Move “{label}” Down", lambda: self.state.move_lane(lane, 1))
            menu.addAction(f"Hide “{label}”", lambda: self.state.set_lane_visible(lane, False))
            menu.addSeparator()
        for action in self.context_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())
