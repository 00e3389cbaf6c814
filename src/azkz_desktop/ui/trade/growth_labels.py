"""Growth rates a source reports, as labels at their year beside the figure of the same basis.

A label is placed in pixels, each time the view changes, at the first spot around its figure that covers
no data point, no stretch of line and no other label; a rate without a figure of its basis that year sits
just above the time axis at its year. Never over data, as long as there is room anywhere near.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.trade import texts
from azkz_desktop.ui.trade.bases import basis
from azkz_desktop.ui.trade.series import GrowthMark

if TYPE_CHECKING:
    from azkz_desktop.ui.trade.chart import TradeChart

GAP = 7.0  # pixels between a label and its figure's centre, beyond the symbol
POINT_RADIUS = 7.0  # half a symbol, with its hover size, in pixels
Z_LABELS = 30


class GrowthLabels:
    """The growth labels of one chart, placed again whenever its view changes."""

    def __init__(self, chart: TradeChart, marks: list[GrowthMark], colors: dict[str, QColor]) -> None:
        self.chart = chart
        self.marks = marks
        self.items: list[pg.TextItem] = []
        self.leaders: list[pg.PlotDataItem] = []  # a thin line to the figure when the label stands off
        for mark in marks:
            color = QColor(basis(mark.basis).color)
            item = pg.TextItem(
                texts.growth_label(mark),
                color=colors["text"],
                anchor=(0, 0),
                border=pg.mkPen(color, width=1),
                fill=pg.mkBrush(colors["base"]),
            )
            item.setToolTip(plain_tooltip(texts.growth_tip(mark)))
            item.setZValue(Z_LABELS)
            item.mark = mark
            chart.plot.getPlotItem().addItem(item, ignoreBounds=True)
            self.items.append(item)
            leader = pg.PlotDataItem([], [], pen=pg.mkPen(color, width=1))
            leader.setZValue(Z_LABELS - 1)
            chart.plot.getPlotItem().addItem(leader, ignoreBounds=True)
            self.leaders.append(leader)

    def obstacles(self) -> list[QPointF]:
        """Scene positions of every visible data point and of samples along every drawn line."""
        view = self.chart.plot.getPlotItem().getViewBox()
        found: list[QPointF] = []
        for series in self.chart.series:
            scene = [view.mapViewToScene(QPointF(p.x, p.value)) for p in series.all_points()]
            found.extend(scene)
            if len(series.line) > 1:
                line = [view.mapViewToScene(QPointF(p.x, p.value)) for p in series.line]
                for index in range(len(line) - 1):
                    if series.line[index + 1].source.year != series.line[index].source.year + 1:
                        continue  # a gap: no line is drawn there
                    a, b = line[index], line[index + 1]
                    steps = max(2, int(max(abs(b.x() - a.x()), abs(b.y() - a.y())) / 3))
                    found.extend(a + (b - a) * (i / steps) for i in range(steps + 1))
        return found

    def place(self, hidden: bool = False) -> None:
        view = self.chart.plot.getPlotItem().getViewBox()
        area = view.sceneBoundingRect()
        points = self.obstacles()
        taken: list[QRectF] = []
        for item, leader in zip(self.items, self.leaders, strict=True):
            mark: GrowthMark = item.mark
            leader.setData([], [])
            anchor_y = mark.value if mark.value is not None else view.viewRange()[1][0]
            anchor = view.mapViewToScene(QPointF(mark.x, anchor_y))
            visible = not hidden and area.left() <= anchor.x() <= area.right()
            item.setVisible(visible)
            if not visible:
                continue
            size = item.textItem.boundingRect().size()
            best = self._best_spot(
                anchor, size.width(), size.height(), mark.value is None, points, taken, area
            )
            taken.append(best)
            item.setPos(view.mapSceneToView(best.topLeft()))
            if mark.value is not None:
                near = QPointF(
                    min(max(anchor.x(), best.left()), best.right()),
                    min(max(anchor.y(), best.top()), best.bottom()),
                )
                if (near - anchor).manhattanLength() > 3 * GAP:
                    ends = [view.mapSceneToView(anchor), view.mapSceneToView(near)]
                    leader.setData([e.x() for e in ends], [e.y() for e in ends])

    def _best_spot(
        self,
        anchor: QPointF,
        w: float,
        h: float,
        on_axis: bool,
        points: list[QPointF],
        taken: list[QRectF],
        area: QRectF,
    ) -> QRectF:
        """The nearest spot around `anchor` that covers nothing; failing that, the one covering least."""
        if on_axis:
            bottom = area.bottom() - 4
            spots = [
                QRectF(anchor.x() - w / 2 + dx, bottom - h - dy, w, h)
                for dy in (0, h + 4, 2 * h + 8)
                for dx in (0, GAP + w / 2, -GAP - w / 2, 2 * w, -2 * w)
            ]
        else:
            x, y = anchor.x(), anchor.y()
            spots = []
            for distance in (GAP, GAP + 10, GAP + 22, GAP + 36, GAP + 54, GAP + 76):
                spots += [
                    QRectF(x + distance, y + distance - h / 2, w, h),
                    QRectF(x + distance, y - distance - h / 2, w, h),
                    QRectF(x - distance - w, y + distance - h / 2, w, h),
                    QRectF(x - distance - w, y - distance - h / 2, w, h),
                    QRectF(x - w / 2, y + distance + 2, w, h),
                    QRectF(x - w / 2, y - distance - 2 - h, w, h),
                    QRectF(x + distance, y - h / 2, w, h),
                    QRectF(x - distance - w, y - h / 2, w, h),
                ]
        return min(enumerate(spots), key=lambda pair: (self._cost(pair[1], points, taken, area), pair[0]))[1]

    @staticmethod
    def _cost(rect: QRectF, points: list[QPointF], taken: list[QRectF], area: QRectF) -> int:
        grown = rect.adjusted(-POINT_RADIUS, -POINT_RADIUS, POINT_RADIUS, POINT_RADIUS)
        cost = 10 * sum(1 for p in points if grown.contains(p))
        cost += 50 * sum(1 for other in taken if other.intersects(rect.adjusted(-2, -2, 2, 2)))
        if not area.contains(rect):
            cost += 100
        return cost
