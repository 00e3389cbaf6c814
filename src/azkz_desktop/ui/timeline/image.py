"""The timeline as a picture to keep or publish: a title and the period shown above, a legend of the
lanes and the data's credit below, and between them the timeline drawn by `render.draw_timeline`, laid
out anew at the picture's width (never by a second widget).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from azkz_desktop.data.dates import DateSpan, PartialDate
from azkz_desktop.ui.date_words import span_words
from azkz_desktop.ui.timeline import marks, painting
from azkz_desktop.ui.timeline.render import TimelinePicture, draw_timeline

MARGIN = 16.0
SWATCH = 12.0


@dataclass(frozen=True)
class Caption:
    """The words around the timeline: title, period, lanes (label and colour), credit, and the reader's
    marks the picture shows ("star", "mine"), explained after the lanes."""

    title: str
    period: str
    legend: Sequence[tuple[str, str]]
    credit: str
    marks: Sequence[str] = ()


def marks_in(picture: TimelinePicture) -> list[str]:
    """Which of the reader's marks the picture draws: "star" (a starred event or cluster), "mine"."""
    found = []
    if any(flags.any() for flags in picture.starred or ()) or any(
        counts.any() for counts in picture.cluster_starred or ()
    ):
        found.append("star")
    if any(flags.any() for flags in picture.mine or ()):
        found.append("mine")
    return found


def mark_label(mark: str) -> str:
    if mark == "star":
        return QCoreApplication.translate("TimelineImage", "Starred by you")
    return QCoreApplication.translate("TimelineImage", "Your own event")


def period_words(start_day: float, end_day: float) -> str:
    """The window [start_day, end_day) as dates in words: "3 March 1991 – 14 October 2025"."""
    first = dt.date.fromordinal(max(int(start_day), 1))
    last = dt.date.fromordinal(max(int(end_day) - 1, first.toordinal()))
    return span_words(DateSpan(_partial(first), _partial(last) if last != first else None))


def _partial(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


@dataclass(frozen=True)
class _Fonts:
    title: QFont
    text: QFont

    @classmethod
    def of(cls, base: QFont) -> _Fonts:
        title = QFont(base)
        title.setPointSizeF(base.pointSizeF() * 1.35)
        title.setBold(True)
        return cls(title, QFont(base))


def header_height(base: QFont) -> float:
    fonts = _Fonts.of(base)
    return MARGIN + QFontMetricsF(fonts.title).height() + QFontMetricsF(fonts.text).height() + 10.0


def footer_height(base: QFont, caption: Caption, width: float) -> float:
    line = QFontMetricsF(_Fonts.of(base).text).height() + 4.0
    return 8.0 + line * (len(_legend_rows(base, caption, width)) + 1) + MARGIN


def _legend_rows(base: QFont, caption: Caption, width: float) -> list[list[tuple[str, str, float]]]:
    """The legend's entries (label, colour or mark, x) wrapped onto rows that fit `width`."""
    metrics = QFontMetricsF(_Fonts.of(base).text)
    rows: list[list[tuple[str, str, float]]] = [[]]
    x = MARGIN
    entries = [*caption.legend, *((mark_label(mark), mark) for mark in caption.marks)]
    for label, color in entries:
        needed = SWATCH + 6 + metrics.horizontalAdvance(label)
        if rows[-1] and x + needed > width - MARGIN:
            rows.append([])
            x = MARGIN
        rows[-1].append((label, color, x))
        x += needed + 18
    return rows


def draw_image(
    painter: QPainter, picture: TimelinePicture, colors: painting.Palette, caption: Caption, base: QFont
) -> None:
    """Header, timeline, legend and credit, top to bottom; `picture` is laid out at the image's width."""
    fonts = _Fonts.of(base)
    width = picture.width
    top = header_height(base)
    total = top + picture.height + footer_height(base, caption, width)
    painter.fillRect(QRectF(0, 0, width, total), colors.base)
    painter.setPen(colors.text)
    title_metrics = QFontMetricsF(fonts.title)
    painter.setFont(fonts.title)
    painter.drawText(
        QPointF(MARGIN, MARGIN + title_metrics.ascent()), _elide(caption.title, fonts.title, width)
    )
    text_metrics = QFontMetricsF(fonts.text)
    painter.setFont(fonts.text)
    painter.setPen(colors.muted)
    period_y = MARGIN + title_metrics.height() + text_metrics.ascent() + 2
    painter.drawText(QPointF(MARGIN, period_y), _elide(caption.period, fonts.text, width))
    painter.save()
    painter.translate(0, top)
    painter.setClipRect(QRectF(0, 0, width, picture.height))
    draw_timeline(painter, picture, colors)
    painter.restore()
    line = text_metrics.height() + 4.0
    y = top + picture.height + 8.0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for row in _legend_rows(base, caption, width):
        for label, color, x in row:
            swatch = QRectF(x, y + (line - SWATCH) / 2, SWATCH, SWATCH)
            if color in ("star", "mine"):
                _draw_mark(painter, color, swatch.center(), colors)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colors.lane_color(color))
                painter.drawRoundedRect(swatch, 3, 3)
            painter.setPen(colors.text)
            painter.setFont(fonts.text)
            painter.drawText(
                QPointF(x + SWATCH + 6, y + (line + text_metrics.ascent() - text_metrics.descent()) / 2),
                label,
            )
        y += line
    painter.setPen(colors.muted)
    baseline = y + (line + text_metrics.ascent() - text_metrics.descent()) / 2
    painter.drawText(QPointF(MARGIN, baseline), _elide(caption.credit, fonts.text, width))


def _draw_mark(painter: QPainter, mark: str, centre: QPointF, colors: painting.Palette) -> None:
    """A legend entry's symbol, drawn as on the timeline."""
    if mark == "star":
        painter.setPen(QPen(colors.star_edge, 1.0))
        painter.setBrush(colors.star)
        painter.drawPath(marks.star_path(np.array([centre.x()]), np.array([centre.y()])))
        return
    r = marks.MINE_MARK
    painter.setPen(QPen(colors.text, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(centre.x(), centre.y() - r),
                QPointF(centre.x() + r, centre.y()),
                QPointF(centre.x(), centre.y() + r),
                QPointF(centre.x() - r, centre.y()),
            ]
        )
    )


def _elide(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * MARGIN)
