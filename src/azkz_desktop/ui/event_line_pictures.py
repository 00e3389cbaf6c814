"""Paints the detail pane's listed events from a picture of each line kept, as Qt's own delegate paints it.

Qt's delegate lays a wrapped line out twice at every paint (once to place it, once to draw it: itemized,
shaped and broken into lines) after asking the model for its roles: a screen of some twenty lines took
3 to 4 ms, and a rubber band over the same events, after nothing was selected, paints them all again.
Here a line is painted once by Qt's delegate into a picture of its own, filled first with what is
beneath it in the view (the viewport's plain background), and that picture is drawn at every later
paint in the same state: the same text and colour, size, font, palette, state, direction and device
pixel ratio. A line whose background is not that plain colour (selected, alternating rows, a viewport
drawing no background or a patterned one), the current line with the focus (its focus frame's
antialiased corners are not the same shades at every height) or a fractional device pixel ratio (the
picture's place would fall between pixels) goes to Qt's delegate as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from azkz_desktop.ui.guard import guarded

KEPT_PICTURES = 128  # lines' pictures kept (some six screens of the pane); then painted anew
_SOLID = Qt.BrushStyle.SolidPattern
# Drawn in place: a selected line's background is the selection's; a focus frame's rounded corners,
# antialiased, come out a shade apart when drawn at another height.
_IN_PLACE = QStyle.StateFlag.State_Selected.value | QStyle.StateFlag.State_HasFocus.value
_PAINT_IN_PLACE = ()  # what no line's picture is kept for


class LinePictures(QStyledItemDelegate):
    """Qt's delegate, drawing each plain line from a kept picture (see the module's docstring).

    `line(number)` gives line `number`'s text and the brush of its colour, as the model answers them."""

    def __init__(self, view: QAbstractItemView, line: Callable[[int], tuple[str, QBrush]]) -> None:
        super().__init__(view)
        self._view = view
        self._line = line
        self._kept: dict[tuple[Any, ...], QPixmap] = {}
        self._shared: tuple[Any, ...] | None = None  # what this paint's lines share, read at its first
        self._painting = False  # within a paint of the view (between begin_paint and end_paint)
        self.painted_anew = 0  # lines Qt's delegate painted (into a picture or the view)

    def forget(self) -> None:
        """Paint every line anew (the style changed)."""
        self._kept.clear()

    def begin_paint(self) -> None:
        """Before a paint of the view: what its lines share is read at its first line."""
        self._painting, self._shared = True, None

    def end_paint(self) -> None:
        """After a paint of the view: a line painted otherwise reads what it shares for itself."""
        self._painting, self._shared = False, None

    @guarded()
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        state = option.state.value
        shared = self._shared
        if shared is None:
            shared = self._shared_by_lines(option)
            if self._painting:
                self._shared = shared
        if state & _IN_PLACE or shared is _PAINT_IN_PLACE:
            self.painted_anew += 1
            super().paint(painter, option, index)
            return
        text, brush = self._line(index.row())
        rect = option.rect
        key = (text, brush.color().rgba(), rect.width(), rect.height(), state, shared)
        picture = self._kept.get(key)
        if picture is None:
            if len(self._kept) >= KEPT_PICTURES:
                self._kept.clear()
            picture = self._kept[key] = self._picture(option, index, shared[-1], shared[-2])
        painter.drawPixmap(rect.topLeft(), picture)

    def _shared_by_lines(self, option: QStyleOptionViewItem) -> tuple[Any, ...]:
        """What a paint's lines share and their pictures depend on (the view sets it once a paint:
        font, palette, direction, alignment, the features but alternating rows), or _PAINT_IN_PLACE
        when the lines' background is not the viewport's plain colour or the device pixel ratio is
        fractional."""
        view, viewport = self._view, self._view.viewport()
        ratio = viewport.devicePixelRatio()
        if ratio != int(ratio) or not viewport.autoFillBackground() or view.alternatingRowColors():
            return _PAINT_IN_PLACE
        background = viewport.palette().brush(viewport.backgroundRole())
        colour = background.color()
        if background.style() != _SOLID or colour.alpha() != 255:
            return _PAINT_IN_PLACE
        return (
            option.features.value,
            option.font.key(),
            option.palette.cacheKey(),
            option.direction.value,
            option.displayAlignment.value,
            int(ratio),
            colour.rgba(),
        )

    def _picture(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        background: int,
        ratio: int,
    ) -> QPixmap:
        """The line painted by Qt's delegate at the top left of a picture of its size."""
        rect = option.rect
        picture = QPixmap(rect.width() * ratio, rect.height() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(QColor.fromRgba(background))
        moved = QStyleOptionViewItem(option)
        moved.rect = QRect(QPoint(0, 0), rect.size())
        painter = QPainter(picture)
        try:
            self.painted_anew += 1
            super().paint(painter, moved, index)
        finally:
            painter.end()
        return picture
