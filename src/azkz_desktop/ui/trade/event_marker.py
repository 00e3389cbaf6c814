"""The trade chart's marker of an economy event: a dotted vertical line; a click selects the event."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import Qt

from azkz_desktop.ui.guard import guarded

if TYPE_CHECKING:
    from azkz_desktop.ui.trade.chart import TradeChart

EVENT_COLOR = "#7f7f7f"
EVENT_HIT_PX = 4  # how near an event marker a click must be, in pixels
Z_EVENTS = 0  # below the goal lines, the series and the points


class EventMarker(pg.InfiniteLine):  # type: ignore[misc]  # pyqtgraph has no types: its classes are Any
    """A vertical line for an economy event; it takes a click only where no figure point is hit."""

    def __init__(self, chart: TradeChart, event_id: str, title: str, x: float) -> None:
        pen = pg.mkPen(EVENT_COLOR, width=1, style=Qt.PenStyle.DotLine)
        super().__init__(pos=x, angle=90, pen=pen, hoverPen=pg.mkPen(EVENT_COLOR, width=3))
        self.chart = chart
        self.event_id = event_id
        self.title = title
        self.setZValue(Z_EVENTS)

    @guarded()
    def mouseClickEvent(self, ev: Any) -> None:  # pyqtgraph's MouseClickEvent
        if ev.button() == Qt.MouseButton.LeftButton and self.chart.figure_at(ev.scenePos()) is None:
            ev.accept()
            self.chart.session.make_current(self.event_id)
        else:
            ev.ignore()
