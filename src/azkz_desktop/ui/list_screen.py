"""Paints the event list's screen in one call when every cell on it is a plain one, and its grid always.

QTableView paints cell by cell: for each it asks the model for an index (two calls into Python, for the
row and the column count), then calls the delegate in Python with a new option, painter and index
wrapper, some 70,000 instructions a cell before any text is drawn; and it draws the grid's lines with a
pen, which at a screen of the list costs as much as a fifth of the whole paint. Here, when every cell of
the area to paint is one the list's delegate draws from its kept layouts (`ListCellDelegate.plain_cell`),
the area is drawn from Python in one go: in QTableView's order, at its places and over its backgrounds
(Qt 6.11's `QTableView::paintEvent`, left to right, no spans, no hidden or moved rows). While a search
marks its words in the titles, the title column is drawn the same way by the marking delegate, from its
kept marks (`HighlightDelegate.draw_cell`). Anything else (an area of several rectangles, the focused
current cell, a cell Qt's delegate must draw, right to left) goes to QTableView, cell by cell as before.

A whole screen drawn this way is told apart by everything it draws from (`Screen.whole_paint`: every
cell's text and icon, which are selected, the rows' and columns' places, the colours, palette, font and
search words, the pixel ratio); the second time one is asked for (a toggle or a word taken back), or
at once when the list has not scrolled since its last whole paint (`ScreenPaint.place`), it is drawn
into a pixmap and copied from then on (ui/kept_pixmaps.py).

The grid is this module's in both cases: Qt's own is switched off by giving it no pen (the cells keep
their places, a pixel short of the next for the line), and the lines are filled as one-pixel rectangles
where QTableView draws them, in the colour the Fusion style gives a table's grid (every theme is Fusion,
see theme.py): the window's colour, 120% darker. Rectangles are filled with eraseRect (the painter's
background brush): asking PySide for fillRect sets up QGradient for its overloads, some 1.5 ms that a
launch leaves for later (see timeline/painting.fill_rect).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, cast

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent

if TYPE_CHECKING:
    from azkz_desktop.ui.event_list import EventListView
    from azkz_desktop.ui.list_cell_delegate import ListCellDelegate


class Area(NamedTuple):
    """A rectangle to paint as QTableView bounds it, with the visual rows and columns it crosses."""

    dirty: QRect
    top: int
    bottom: int
    left: int
    right: int


def grid_colour(view: EventListView) -> QColor:
    """The colour of a table's grid in the Fusion style, from the view's palette as it is now."""
    return view.palette().window().color().darker(120)


def area_of(view: EventListView, rect: QRect) -> Area | None:
    """`rect` as QTableView paints it: cut at the last row's and column's ends (its grid lines included),
    with the first and last visual row and column it crosses; None when it crosses no cell."""
    rows, columns = view.verticalHeader(), view.horizontalHeader()
    if not rows.count() or not columns.count():
        return None
    dirty = QRect(rect)
    dirty.setBottom(min(dirty.bottom(), rows.length() - rows.offset() - 1))
    dirty.setRight(min(dirty.right(), columns.length() - columns.offset() - 1))
    if not dirty.isValid():
        return None
    left = columns.visualIndexAt(dirty.left())
    right = columns.visualIndexAt(dirty.right())
    left = 0 if left == -1 else left
    right = columns.count() - 1 if right == -1 else right
    bottom = rows.visualIndexAt(dirty.bottom())
    bottom = rows.count() - 1 if bottom == -1 else bottom
    top = rows.visualIndexAt(dirty.top())
    if top == -1 or top > bottom:
        return None
    return Area(dirty, top, bottom, left, right)


def paint_grid(view: EventListView, painter: QPainter, area: Area) -> None:
    """The grid's lines across `area`, where QTableView draws them: under each row and at each column's
    right end, over the whole height of the area."""
    if not view.showGrid():
        return
    colour = grid_colour(view)
    dirty = area.dirty
    left, top, width, height = dirty.left(), dirty.top(), dirty.width(), dirty.height()
    rows, columns = view.verticalHeader(), view.horizontalHeader()
    background = painter.background()
    painter.setBackground(colour)  # eraseRect fills with it (not fillRect: see the module's docstring)
    for visual in range(area.top, area.bottom + 1):
        row = rows.logicalIndex(visual)
        if not rows.isSectionHidden(row):
            y = view.rowViewportPosition(row) + view.rowHeight(row) - 1
            painter.eraseRect(QRect(left, y, width, 1))
    for visual in range(area.left, area.right + 1):
        column = columns.logicalIndex(visual)
        if not columns.isSectionHidden(column):
            x = view.columnViewportPosition(column) + view.columnWidth(column) - 1
            painter.eraseRect(QRect(x, top, 1, height))
    painter.setBackground(background)


def paint_grid_over(view: EventListView, event: QPaintEvent) -> None:
    """The grid's lines over what QTableView has just painted for `event` (its own lines are off)."""
    painter = QPainter(view.viewport())
    try:
        for rect in cast(Iterable[QRect], event.region()):  # iterable, though the stubs omit it
            area = area_of(view, rect)
            if area is not None:
                paint_grid(view, painter, area)
    finally:
        painter.end()


def paint_screen(view: EventListView, event: QPaintEvent) -> bool:
    """Paint the area of `event` in one go if every cell in it is plain (see the module's docstring),
    grid included; False, having painted nothing, when QTableView must paint it."""
    delegate = view.cell_delegate
    region = event.region()
    if region.rectCount() != 1 or not delegate.ready or not _plain_view(view):
        return False
    area = area_of(view, event.rect())
    if area is None:
        return False
    rows, columns = view.verticalHeader(), view.horizontalHeader()
    shown = [columns.logicalIndex(visual) for visual in range(area.left, area.right + 1)]
    shown = [column for column in shown if not columns.isSectionHidden(column)]
    places = [(column, view.columnViewportPosition(column), view.columnWidth(column) - 1) for column in shown]
    drawers = [_drawer(view, column) for column, _x, _width in places]  # a column's delegate
    cells = []
    for position in range(area.top, area.bottom + 1):
        line = []
        for (column, _x, _width), drawer in zip(places, drawers, strict=True):
            plain = drawer.plain_cell(position, column)
            if plain is None:
                return False
            line.append(plain)
        cells.append(line)
    model, selection = view.model_, view.selectionModel()
    any_selected = selection.hasSelection()
    lines = []  # each row's position, top, height, and its cells' selected flags
    for position in range(area.top, area.bottom + 1):
        chosen = (
            tuple(selection.isSelected(model.cell_index(position, column)) for column, _x, _w in places)
            if any_selected
            else None
        )
        lines.append((position, view.rowViewportPosition(position), rows.sectionSize(position) - 1, chosen))
    screen = Screen(view, area, places, drawers, cells, lines)
    painter = QPainter(view.viewport())
    try:
        kept = view.kept_screens
        if kept is not None and event.rect() == view.viewport().rect():
            kept.paint(painter, screen.whole_paint(), screen.draw_whole)
        else:
            screen.draw(painter)
    finally:
        painter.end()
    return True


class Screen:
    """A screen of the list's cells, worked out (texts, places, selection) and ready to draw."""

    def __init__(
        self,
        view: EventListView,
        area: Area,
        places: list[tuple[int, int, int]],
        drawers: list[ListCellDelegate],
        cells: list[list[tuple[str, QIcon | None]]],
        lines: list[tuple[int, int, int, tuple[bool, ...] | None]],
    ) -> None:
        self.view, self.area, self.places, self.drawers = view, area, places, drawers
        self.cells, self.lines = cells, lines

    def draw(self, painter: QPainter) -> None:
        """The cells over their backgrounds, then the grid (Qt has filled the viewport's background)."""
        view, delegate = self.view, self.view.cell_delegate
        option = delegate.text_option  # the view's font, as prepared
        alternate = view.alternatingRowColors()
        alternate_base, selection_brush = delegate.alternate_base, delegate.selection_brush
        for (position, top, height, chosen), line in zip(self.lines, self.cells, strict=True):
            odd = alternate and position & 1
            for number, ((column, left, width), drawer, plain) in enumerate(
                zip(self.places, self.drawers, line, strict=True)
            ):
                selected = chosen is not None and chosen[number]
                if selected or odd:
                    painter.setBackground(selection_brush if selected else alternate_base)
                    painter.eraseRect(QRect(left, top, width, height))
                drawer.draw_cell(painter, option, selected, plain, column, left, top, width, height)
        paint_grid(view, painter, self.area)

    def draw_whole(self, painter: QPainter) -> None:
        """The whole viewport, its background first (as Qt fills it before a paint): into a pixmap."""
        viewport = self.view.viewport()
        painter.setBackground(viewport.palette().brush(viewport.backgroundRole()))
        painter.eraseRect(viewport.rect())
        self.draw(painter)

    def whole_paint(self) -> ScreenPaint:
        """Everything the viewport's whole paint draws from (see ScreenPaint)."""
        view = self.view
        viewport = view.viewport()
        delegate, marking = view.cell_delegate, view.title_delegate
        # One flat tuple of the cells as they are (an icon by its key): few new objects for the
        # collector to visit at every paint.
        texts = tuple(
            cell if cell[1] is None else (cell[0], cell[1].cacheKey()) for line in self.cells for cell in line
        )
        area = self.area
        colours = (*delegate.colour_keys(), *marking.colour_keys())
        look = (
            viewport.palette().cacheKey(),
            view.font().key(),
            view.isEnabled(),
            view.alternatingRowColors(),
            view.iconSize().width(),
            view.iconSize().height(),
            tuple(marking.terms) if any(drawer is marking for drawer in self.drawers) else (),
            grid_colour(view).rgba(),
        )
        key = (
            area.dirty.getRect(),
            (area.top, area.bottom, area.left, area.right),
            tuple(self.places),
            tuple(self.lines),
            texts,
            colours,
            look,
        )
        top = self.lines[0][1] if self.lines else 0  # the first row's place: a scroll moves it
        place = (area.dirty.getRect(), area.top, top, tuple(self.places))
        return ScreenPaint(key, viewport.width(), viewport.height(), viewport.devicePixelRatioF(), place)


@dataclass(frozen=True)
class ScreenPaint:
    """What a whole paint of the list's viewport draws from: the area and each row's and column's place,
    every cell's text and icon, which are selected, the colours of the prepared paint (the palette's
    group follows the focus), the palette, font, icon size, the search's words, the pixel ratio. The
    same key draws the same pixels; a kept pixmap is copied for it (ui/kept_pixmaps.py)."""

    key: tuple[object, ...]
    width: float
    height: float
    ratio: float
    place: tuple[object, ...]  # the area, first row and columns: the same until a scroll or a resize

    def same(self, other: object) -> bool:
        return isinstance(other, ScreenPaint) and self == other


def _plain_view(view: EventListView) -> bool:
    """Whether the view is as this module paints it: left to right, every column drawn by the list's
    delegate, rows neither hidden nor moved, the selection's colour opaque (a selected cell's background
    is filled twice by Qt, which only an opaque colour makes the same as once)."""
    rows = view.verticalHeader()
    if view.layoutDirection() != Qt.LayoutDirection.LeftToRight or rows.sectionsHidden():
        return False
    if rows.sectionsMoved() or not view.showGrid() or view.itemDelegate() is not view.cell_delegate:
        return False
    marking = view.title_delegate
    for column in range(view.horizontalHeader().count()):
        own = view.itemDelegateForColumn(column)
        if own is not None and (own is not marking or not marking.ready):
            return False
    return view.cell_delegate.selection_brush.isOpaque()


def _drawer(view: EventListView, column: int) -> ListCellDelegate:
    """The delegate that draws the column's cells: the list's, or the search's marking one (titles)."""
    own = view.itemDelegateForColumn(column)
    return view.cell_delegate if own is None else cast("ListCellDelegate", own)
