"""The trade chart's legend: a panel of its own above the plot, opaque, wrapping to the width it gets.

Outside the plot it can never cover data, at any window size; it also names the goal line, so no label
sits inside the plot area.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from azkz_desktop.ui.flow_layout import FlowLayout
from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.trade import texts
from azkz_desktop.ui.trade.bases import MEASURE_LINES, MEASURE_SYMBOLS, bases, basis, measure_names

if TYPE_CHECKING:
    from azkz_desktop.ui.trade.chart import TradeChart

PEN_STYLES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}


def swatch(
    color: QColor,
    *,
    line: str | None = "solid",
    symbol: str | None = "o",
    hollow: bool = False,
    background: QColor | None = None,
) -> QPixmap:
    """A small picture of how the chart draws something: a stroke of its line and its symbol."""
    pixmap = QPixmap(30, 14)
    pixmap.fill(background or QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if line:
        painter.setPen(QPen(color, 2, PEN_STYLES[line]))
        painter.drawLine(1, 7, 29, 7)
    if symbol:
        painter.setPen(QPen(color, 1.6))
        painter.setBrush(QBrush(background or QColor("white")) if hollow else QBrush(color))
        painter.drawPath(symbol_path(symbol, QPointF(15, 7), 4.5))
    painter.end()
    return pixmap


def symbol_path(symbol: str, centre: QPointF, radius: float) -> QPainterPath:
    """The outline of a pyqtgraph symbol ("o", "d", "t1", "s"), drawn the same in the legend."""
    path = QPainterPath()
    x, y, r = centre.x(), centre.y(), radius
    if symbol == "o":
        path.addEllipse(centre, r, r)
    elif symbol == "s":
        path.addRect(x - r, y - r, 2 * r, 2 * r)
    else:
        corners = {
            "d": [(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
            "t1": [(x, y - r), (x + r, y + r), (x - r, y + r)],
        }.get(symbol, [(x, y - r), (x + r, y + r), (x - r, y + r)])
        path.addPolygon(QPolygonF([QPointF(a, b) for a, b in corners]))
        path.closeSubpath()
    return path


class TradeLegend(QWidget):
    """The legend panel; entries are (picture, words) pairs, words always plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tradeLegend")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._flow = FlowLayout(self)
        self.entries: list[tuple[QLabel, QLabel]] = []

    def set_entries(self, entries: Sequence[tuple[QPixmap, str, str]]) -> None:
        """(picture, words, tooltip) for each entry, replacing what was there."""
        while (item := self._flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.entries = []
        for picture, words, tip in entries:
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            icon = QLabel(entry)
            icon.setPixmap(picture)
            text = QLabel(words, entry)
            text.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(icon)
            row.addWidget(text)
            entry.setToolTip(plain_tooltip(tip))
            self._flow.addWidget(entry)
            self.entries.append((icon, text))
        self.updateGeometry()


def legend_entries(chart: TradeChart, colors: dict[str, QColor]) -> list[tuple[QPixmap, str, str]]:
    """(picture, words, tooltip) for every basis, measure and mark the chart draws."""
    entries: list[tuple[QPixmap, str, str]] = []
    present = [code for code in bases() if any(p.basis == code for p in chart.points)]
    present += sorted({p.basis for p in chart.points} - set(present))
    for code in present:
        one = basis(code)
        line = "solid" if one.joined else None
        picture = swatch(QColor(one.color), line=line, background=colors["base"])
        entries.append((picture, one.name, texts.wrapped([one.name, one.description or one.code])))
    names = measure_names()
    for measure in ("turnover_musd", "exports_musd", "imports_musd"):
        if any(s.measure == measure for s in chart.series):
            picture = swatch(
                colors["text"],
                line=MEASURE_LINES[measure],
                symbol=MEASURE_SYMBOLS[measure],
                background=colors["base"],
            )
            entries.append((picture, names[measure], names[measure]))
    if any(s.partial for s in chart.series):
        half = QCoreApplication.translate("TradeChart", "Hollow: half a year")
        entries.append(
            (swatch(colors["text"], line=None, hollow=True, background=colors["base"]), half, half)
        )
    for line in chart.goal_lines:
        picture = swatch(colors["text"], line="dash", symbol=None, background=colors["base"])
        entries.append((picture, line.goal_words, line.goal_words))
    return entries
