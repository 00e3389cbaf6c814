"""The zoomable timeline: lanes by category, an axis, markers, clusters and labels.

The widget owns no truth: the time window, the selection, the lanes and the shown mask live in the session.
It computes a layout when one of them (or its size) changes, caches it, and `paintEvent` only draws it;
the last few layouts are kept by mask (kept.py), so a filter or search taken back draws at once, and
the last few whole paints as pixmaps (painted.py), so drawing it again is a copy.
Its mixins turn input into session calls (input_events.py), move the window (navigation.py) and say
what is under a point (hit_testing.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QRubberBand, QSizePolicy, QWidget

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import Category
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session import Session, TimeScale
from azkz_desktop.session.shown_lanes import shown_in_lane
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.kept_pixmaps import KeptPixmaps
from azkz_desktop.ui.session_binding import bind
from azkz_desktop.ui.timeline import painting, render
from azkz_desktop.ui.timeline.axis import Tick, axis_ticks
from azkz_desktop.ui.timeline.cluster_counts import ClusterCounts
from azkz_desktop.ui.timeline.context_menu import ContextMenu
from azkz_desktop.ui.timeline.geometry import (
    AXIS_HEIGHT,
    MIN_LANE_HEIGHT,
    TOP_MARGIN,
    plot_rect,
)
from azkz_desktop.ui.timeline.hit_testing import HitTesting
from azkz_desktop.ui.timeline.input_events import InputEvents
from azkz_desktop.ui.timeline.kept import MaskKeyed
from azkz_desktop.ui.timeline.layout import LaneLayout, TimelineLayout, layout_timeline
from azkz_desktop.ui.timeline.mark_region import aligned, changed_rows, lane_of, mark_rect, row_rects
from azkz_desktop.ui.timeline.navigation import Navigation
from azkz_desktop.ui.timeline.painted import Painted
from azkz_desktop.ui.timeline.render import CurrentMark, Fonts, TimelinePicture, draw_timeline, lane_reaches

# What a lane that a partial repaint does not draw gets for its marks (the painter skips it).
_NOT_DRAWN = np.zeros(0, dtype=bool)
_NO_COUNTS = np.zeros(0, dtype=np.int64)
KEPT_LAYOUTS = 6  # a few masks (a search typed on and taken back, a toggle) at a few windows and sizes


class TimelineWidget(InputEvents, Navigation, HitTesting, ContextMenu, QWidget):
    """Draws the events of a TimelineIndex in the shared window, and turns input into state changes."""

    activated = Signal(str)  # Enter or double-click on an event: show its details

    def __init__(
        self,
        session: Session,
        categories: Sequence[Category],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.index = index = session.index
        self.categories = list(categories)
        self._categories = {category.id: category for category in categories}
        self._layout: TimelineLayout | None = None
        # the last few layouts at the widget's size, by mask, window, size and lanes (with their shapes
        # and elided labels, which the painter keeps in them), and the axis ticks of each
        self._kept_layouts: MaskKeyed[tuple[TimelineLayout, list[Tick]]] = MaskKeyed(KEPT_LAYOUTS)
        self.kept_paints = KeptPixmaps()  # the last few whole paints, copied when asked for again
        # True once the window moved since the last layout: a zoom or pan step lays out anew rather
        # than look among the kept (a notch in and one out come back to a window, and a benchmark
        # that zooms so would time the kept layout, not a zoom step's); a mask or lanes change looks
        self._window_moved = False
        self._selected_rows = np.zeros(len(index), dtype=bool)
        self._marked_rows = np.empty(0, np.int64)  # the rows `_selected_rows` marks, ascending
        self._marked_current = session.current  # the event whose ring was last asked to be drawn
        self._title_widths: dict[int, float] = {}
        self._press: QPoint | None = None
        self._press_scale: TimeScale | None = None
        self._panning = False
        self._rubber_band: QRubberBand | None = None
        self._selected_counts = ClusterCounts()  # per lane: running counts of selected and of starred
        self._starred_counts = ClusterCounts()
        self.fonts = Fonts.from_base(self.font())
        self._colors: tuple[int, painting.Palette] | None = None  # the palette's colours, by its cacheKey
        self._ticks: tuple[TimelineLayout, list[Tick]] | None = None  # the axis of the last layout drawn
        self._label_font = self.fonts.label
        self.context_actions: list[QAction] = []  # the main window adds zoom and export actions
        self.setObjectName("timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(int(TOP_MARGIN + AXIS_HEIGHT + 3 * MIN_LANE_HEIGHT))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        bind(session.window_changed, self, self._window_changed)
        bind(session.lanes_changed, self, self._invalidate)
        bind(session.filter_changed, self, self._filter_changed)
        bind(session.mask_changed, self, self._mask_changed)
        bind(session.selection_changed, self, self._selection_changed)
        bind(session.current_changed, self, self._current_changed)
        bind(session.stars_changed, self, self._stars_changed)

    # ---- geometry ------------------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        """Where lanes are drawn: right of the lane labels, above the axis."""
        return plot_rect(self.width(), self.height())

    def current_layout(self) -> TimelineLayout:
        """The cached layout for the present window, size, lanes and filter: one of the last few made,
        if one was made for them."""
        if self._layout is None:
            mask = self.session.shown_mask
            key = self._layout_key()
            kept = None if self._window_moved else self._kept_layouts.get(mask, key)
            self._window_moved = False
            if kept is not None:
                self._layout, self._ticks = kept[0], kept
            else:
                self._layout = self.layout_for(self.width(), self.height())
                self._ticks = (self._layout, axis_ticks(self._layout.scale, self._measure_axis)[1])
                self._kept_layouts.put(mask, key, self._ticks)
        return self._layout

    def _layout_key(self) -> tuple[object, ...]:
        """What a layout depends on besides the mask and the index (whose change forgets them all)."""
        return (self.session.window.as_tuple(), self.width(), self.height(), tuple(self.shown_lanes()))

    def layout_for(self, width: float, height: float) -> TimelineLayout:
        """The layout of the present window, lanes and filter in a drawing of `width` by `height`."""
        plot = plot_rect(width, height)
        lanes = self.shown_lanes()
        return layout_timeline(
            self.index,
            lanes,
            TimeScale.fitting(self.session.window, plot.width(), plot.left()),
            plot.top(),
            plot.height() / max(len(lanes), 1),
            measure=self._title_width,
            shown_mask=self.session.shown_mask,
            line_height=QFontMetricsF(self._label_font).height(),
        )

    def shown_lanes(self) -> list[str]:
        """Visible lanes whose category the filter does not leave out."""
        return self.session.shown_lanes

    def _title_width(self, title: str) -> float:
        key = hash(title)
        width = self._title_widths.get(key)
        if width is None:
            width = QFontMetricsF(self._label_font).horizontalAdvance(title) + 2
            self._title_widths[key] = width
        return width

    def scale(self) -> TimeScale:
        """Days to pixels for the present window across the plot."""
        plot = self.plot_rect()
        return TimeScale.fitting(self.session.window, plot.width(), plot.left())

    def x_of(self, day: float) -> float:
        return self.scale().x_of(day)

    def day_at(self, x: float) -> float:
        return self.scale().day_at(x)

    @property
    def shown_mask(self) -> np.ndarray | None:
        """The session's mask of shown rows (None: all)."""
        return self.session.shown_mask

    def _filter_changed(self, _filter: EventFilter) -> None:
        """A new filter: when none of the events it shows is in view, the view moves to them."""
        self._invalidate()
        mask = self.session.shown_mask
        if mask is not None and mask.any() and not self._any_shown_in_view():
            self.fit_all()

    def set_index(self, index: TimelineIndex) -> None:
        """Draw another index (own events were added or deleted); the session's mask follows it."""
        self.index = index
        self._title_widths.clear()
        self._kept_layouts.clear()
        self.kept_paints.clear()
        self._selected_rows = np.zeros(len(index), dtype=bool)
        self._marked_rows = np.empty(0, np.int64)
        self._starred_counts.clear()
        self._selection_changed()
        self._invalidate()

    def _mask_changed(self, _mask: object) -> None:
        self._selected_counts.clear()
        self._starred_counts.clear()
        self._invalidate()

    def _stars_changed(self) -> None:
        """A star was added or taken off: the marks change, the layout does not."""
        self._starred_counts.clear()
        self.update()

    def _any_shown_in_view(self) -> bool:
        start, end = self.session.window.as_tuple()
        mask = self.session.shown_mask
        for name in self.shown_lanes():
            lane = self.index.lanes.get(name)
            if lane is None:
                continue
            i0, i1 = lane.visible_slice(start, end)
            if i1 > i0 and (mask is None or shown_in_lane(lane, mask).flags[i0:i1].any()):
                return True
        return False

    def _invalidate(self, *_: object) -> None:
        self._layout = None
        self._window_moved = False
        self.update()

    def _window_changed(self, *_: object) -> None:
        self._layout = None
        self._window_moved = True
        self.update()

    def _selection_changed(self) -> None:
        self._selected_counts.clear()
        before = self._marked_rows
        after = self.session.selected_rows_in(self.index)
        if len(before) > len(self._selected_rows) // 64:  # many: clearing all is cheaper
            self._selected_rows[:] = False
        else:
            self._selected_rows[before] = False
        self._selected_rows[after] = True
        self._marked_rows = after
        changed = changed_rows(before, after)
        if changed is None or self._layout is None:  # many changed, or the layout is redone anyway
            self.update()
        else:
            self._update_rects(row_rects(self._layout, self.index, changed, self.width()))

    def _current_changed(self, *_: object) -> None:
        """The current event's ring moves: the places it leaves and reaches are repainted."""
        before, self._marked_current = self._marked_current, self.session.current
        if self._layout is None:
            self.update()
            return
        marks = (self._ring_of(event_id, self._layout) for event_id in (before, self._marked_current))
        self._update_rects([mark_rect(mark.x0, mark.x1, mark.y) for mark in marks if mark is not None])

    def _update_rects(self, rects: list[QRectF]) -> None:
        for rect in aligned(rects, self.width(), self.height()):
            self.update(rect)

    @guarded()
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    # ---- painting ------------------------------------------------------------------------------------

    @guarded()
    def paintEvent(self, event: QPaintEvent) -> None:
        """A whole repaint of what was painted whole twice before is copied (painted.py)."""
        painter = QPainter(self)
        try:
            if render.partial_area(QRectF(event.rect()), self.width(), self.height()) is not None:
                self.paint(painter, QRectF(event.rect()))
            else:
                picture, colors = self.picture(), self._palette_colors()
                seen = Painted.of(picture, colors, painter.device().devicePixelRatioF())
                self.kept_paints.paint(painter, seen, lambda p: draw_timeline(p, picture, colors))
        finally:
            painter.end()

    def _palette_colors(self) -> painting.Palette:
        palette = self.palette()
        if self._colors is None or self._colors[0] != palette.cacheKey():
            self._colors = (palette.cacheKey(), painting.Palette.from_qt(palette))
        return self._colors[1]

    def paint(self, painter: QPainter, area: QRectF | None = None) -> None:
        """Draw what the widget shows, with its focus frame and the current event's ring; given the
        `area` being repainted (Qt clips the painter to it), lanes that do not reach it are skipped."""
        area = render.partial_area(area, self.width(), self.height())
        draw_timeline(painter, self.picture(area=area), self._palette_colors(), area)

    def picture(
        self,
        width: float | None = None,
        height: float | None = None,
        *,
        on_screen: bool = True,
        area: QRectF | None = None,
    ) -> TimelinePicture:
        """What to draw for the present window at the widget's size, or laid out anew at another size.

        Off screen (`on_screen=False`, for export) there is no focus frame and no current-event ring;
        the selection marks stay. With an `area` (a partial repaint) the marks (selected, starred, own)
        are worked out only in the lanes that reach it: the painter skips the others.
        """
        if width is None or height is None:
            width, height = float(self.width()), float(self.height())
            layout = self.current_layout()
        else:
            layout = self.layout_for(width, height)
        plot = plot_rect(width, height)
        if self._ticks is None or self._ticks[0] is not layout:  # once per layout, not per paint
            self._ticks = (layout, axis_ticks(layout.scale, self._measure_axis)[1])
        ticks = self._ticks[1]
        drawn = [area is None or lane_reaches(lane, layout.line_height, area) for lane in layout.lanes]
        starred, cluster_starred = self._stars(layout, drawn)
        mine = self.index.mine
        return TimelinePicture(
            layout=layout,
            ticks=ticks,
            width=width,
            height=height,
            plot=plot,
            titles=self.index.titles,
            categories=self._categories,
            fonts=self.fonts,
            selected=[
                self._selected_rows[lane.rows] if draw else _NOT_DRAWN
                for lane, draw in zip(layout.lanes, drawn, strict=True)
            ],
            cluster_selected=[
                self._cluster_selection(lane) if draw else _NO_COUNTS
                for lane, draw in zip(layout.lanes, drawn, strict=True)
            ],
            mine=None
            if mine is None
            else [
                mine[lane.rows] if draw else _NOT_DRAWN
                for lane, draw in zip(layout.lanes, drawn, strict=True)
            ],
            starred=starred,
            cluster_starred=cluster_starred,
            current=self._current_mark(layout) if on_screen else None,
            focus_frame=on_screen and self.hasFocus(),
        )

    def _measure_axis(self, text: str) -> float:
        return self.fonts.axis_width(text)

    def _cluster_selection(self, lane: LaneLayout) -> np.ndarray:
        """How many selected (and shown) events each of the lane's clusters holds."""
        flags = self._selected_rows if self.session.selection else None
        rows = self.session.selected_rows_in(self.index) if flags is not None else None
        return self._selected_counts.counts(self.index, lane, flags, self.session.shown_mask, rows)

    def _stars(
        self, layout: TimelineLayout, drawn: list[bool]
    ) -> tuple[list[np.ndarray] | None, list[np.ndarray] | None]:
        """Per lane drawn: which single events are starred, and how many starred events each cluster
        holds (for a lane not drawn, nothing)."""
        starred = self.session.starred_mask
        if starred is None or len(starred) != len(self.index):
            return None, None
        mask = self.session.shown_mask
        lanes = list(zip(layout.lanes, drawn, strict=True))
        singles = [starred[lane.rows] if draw else _NOT_DRAWN for lane, draw in lanes]
        counts = self._starred_counts.counts
        clusters = [counts(self.index, lane, starred, mask) if draw else _NO_COUNTS for lane, draw in lanes]
        return singles, clusters

    def _current_mark(self, layout: TimelineLayout) -> CurrentMark | None:
        return self._ring_of(self.session.current, layout)

    def _ring_of(self, event_id: str, layout: TimelineLayout) -> CurrentMark | None:
        """Where the current event's ring goes when `event_id` is current (None: not drawn)."""
        row = self.index.row_of(event_id) if event_id else None
        lane = None if row is None else lane_of(layout, self.index, row)
        if row is None or lane is None:
            return None
        first, end = self.index.span_days(row)
        return CurrentMark(lane.center_y, layout.x_of(first), layout.x_of(end))

    def activate(self, event_id: str) -> None:
        """Enter or double-click: the session brings the event's details forward."""
        self.activated.emit(event_id)
        self.session.activate(event_id)
