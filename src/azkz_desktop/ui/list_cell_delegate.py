"""Paints the event list's plain cells with one kept QStaticText each, as Qt's own delegate paints them.

Qt's delegate lays every cell's text out anew at every paint (a QTextLayout, itemized, shaped and
elided) and first asks the model for seven roles: some 100 µs a cell, several milliseconds a screen.
Here a cell that shows only its text, neither current with the focus nor decorated, is drawn from the
model's kept value and a QStaticText kept per text and width: the same background, colour, elision and
place, so the same pixels. A title with the workspace's mark icon (every title, with a workspace open)
is drawn the same way, its icon painted where Qt's style places a decoration, the text after it. Every
other cell goes to Qt's delegate as before.

The cell's state (selected, the colour group) is worked out from the view once a paint, as Qt's view
works it out, not read from the option: reading `option.state` sets up QStyle's Python wrapper (some
10 ms), which a launch does not need; the text margin is asked of the style through Qt's delegate.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QStaticText, QTextLayout
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyledItemDelegate, QStyleOptionViewItem

from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.timeline.painting import fill_rect

if TYPE_CHECKING:
    from PySide6.QtGui import QBrush

KEPT_TEXTS = 8192  # laid out texts kept (a few hundred screens); then laid out again from scratch
ELIDE = Qt.TextElideMode.ElideRight
CENTRED = Qt.AlignmentFlag.AlignCenter  # where Qt's view aligns a decoration in its box
OFF = QIcon.State.Off  # an enum member read once, not at every cell

Laid = tuple[QStaticText, float]  # the text as shown (elided to fit) and its width
Box = tuple[int, int, int, int]  # a cell's left, top, width and height (QRect.getRect)


class ListCellDelegate(QStyledItemDelegate):
    """Qt's delegate, with a kept-text shortcut for plain cells (see the module's docstring).

    `cell_value(position, column)` gives a cell's text (or number) when it shows that alone, else None;
    `right_aligned` are the columns whose text Qt aligns right. In the `decorated` columns the cell's
    text may come with an icon: `cell_icon(position)` gives it (the DecorationRole's QIcon), or None.
    `prepare(view)` before each paint of the view takes its font, palette, selection, focus, locale
    and icon size; a number is drawn here only below 1000 and when the view's locale writes its digits
    as Python does."""

    def __init__(
        self,
        cell_value: Any,
        right_aligned: frozenset[int],
        parent: QObject | None = None,
        cell_icon: Any = None,
        decorated: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self._cell_value = cell_value
        self._right_aligned = right_aligned
        self._cell_icon = cell_icon
        self._decorated = decorated if cell_icon is not None else frozenset()
        self._icon_size: QSize | None = None  # the view's, while its icons are drawn here
        self._icon_modes = (QIcon.Mode.Normal, QIcon.Mode.Selected)  # not selected, selected
        self._laid: dict[tuple[str, int], Laid] = {}
        self._font_key: str | None = None
        self._margin = 0
        self._line_height = 0
        self._latin_digits = True
        self._ready = False  # prepared for the paint under way
        self._selection: Any = None
        self._focused: tuple[int, int] | None = None  # the current cell, while the view has the focus
        self._colours: tuple[Any, Any, Any] = (None, None, None)  # text, selected text, selection
        self.alternate_base: Any = None  # every other row's background brush, in the prepared paint
        self.text_option = QStyleOptionViewItem()  # the view's font and its metrics, for `draw_cell`

    def forget(self) -> None:
        """Lay every text out again (the font or the style changed)."""
        self._laid.clear()
        self._font_key = None

    def prepare(self, view: QAbstractItemView) -> None:
        """Take what the cells' states come from for this paint of `view`, as Qt's view works them
        out: disabled with the view, inactive unless its window is active and it has the focus."""
        model = view.model()
        self._ready = model is not None and model.rowCount() > 0
        if not self._ready:
            return
        font = view.font()
        if self._font_key != font.key():
            self._lay_out_for(view, model)
        self._latin_digits = view.locale().zeroDigit() == "0"
        self._selection = view.selectionModel()
        # The view or its viewport with the focus; any widget in the view is taken as such, to be safe
        # (asking for the viewport here sets up the wrappers of Qt's dialogs, which a launch leaves).
        focused = QApplication.focusWidget()
        focus = focused is not None and (focused is view or view.isAncestorOf(focused))
        current = view.currentIndex()
        self._focused = (current.row(), current.column()) if focus and current.isValid() else None
        icon_size = view.iconSize()
        # Qt's style places a decoration on the left only from left to right; other cells go to it.
        left_to_right = view.layoutDirection() == Qt.LayoutDirection.LeftToRight
        self._icon_size = icon_size if icon_size.isValid() and left_to_right else None
        if view.isEnabled():
            self._icon_modes = (QIcon.Mode.Normal, QIcon.Mode.Selected)
        else:
            self._icon_modes = (QIcon.Mode.Disabled, QIcon.Mode.Disabled)
        if not view.isEnabled():
            group = QPalette.ColorGroup.Disabled
        elif view.isActiveWindow() and view.hasFocus():
            group = QPalette.ColorGroup.Normal
        else:
            group = QPalette.ColorGroup.Inactive
        palette = view.palette()
        self._colours = (
            palette.color(group, QPalette.ColorRole.Text),
            palette.color(group, QPalette.ColorRole.HighlightedText),
            palette.brush(group, QPalette.ColorRole.Highlight),
        )
        self.alternate_base = palette.brush(group, QPalette.ColorRole.AlternateBase)

    @property
    def ready(self) -> bool:
        """Whether a paint is prepared (and the view has rows): `plain_cell` may be asked."""
        return self._ready

    def colour_keys(self) -> tuple[int, ...]:
        """The prepared paint's colours as numbers: the text's, the selected text's, the selection's and
        every other row's background (their brushes are plain colours, from the palette)."""
        text, selected_text, selection = self._colours
        keys = [text.rgba(), selected_text.rgba(), selection.color().rgba(), selection.style().value]
        if self.alternate_base is not None:
            keys += [self.alternate_base.color().rgba(), self.alternate_base.style().value]
        return (*keys, self._margin, self._line_height, int(self._latin_digits), *self._icon_mode_keys())

    def _icon_mode_keys(self) -> tuple[int, ...]:
        return tuple(mode.value for mode in self._icon_modes)

    @property
    def selection_brush(self) -> QBrush:
        """The brush of a selected cell's background in the prepared paint."""
        return cast("QBrush", self._colours[2])

    def finish(self) -> None:
        """The view's paint is over: a paint not prepared (a grab, a print) goes to Qt's delegate."""
        self._ready = False
        self._selection = None

    @guarded()
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row, column = index.row(), index.column()
        plain = self.plain_cell(row, column) if self._ready else None
        if plain is None:
            super().paint(painter, option, index)
            return
        rect = option.rect  # a copy each time it is read: read once
        selected = self._selection.isSelected(index)
        if selected:
            fill_rect(painter, rect, self._colours[2])  # not fillRect: see fill_rect
        self.draw_cell(painter, option, selected, plain, column, *cast(Box, rect.getRect()))

    def plain_cell(self, row: int, column: int) -> tuple[str, QIcon | None] | None:
        """The text (and the icon, in a decorated column) that this delegate draws for the cell at
        `row`, `column` of a prepared paint itself, or None when Qt's delegate must draw it."""
        if (row, column) == self._focused:
            return None
        text = self._cell_value(row, column)
        icon = None
        if type(text) is int:
            text = str(text) if 0 <= text < 1000 and self._latin_digits else None
        elif text is not None and column in self._decorated:
            icon = self._cell_icon(row)
            if icon is not None and self._icon_size is None:
                return None
        return None if text is None else (text, icon)

    def draw_cell(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        selected: bool,
        plain: tuple[str, QIcon | None],
        column: int,
        left: int,
        top: int,
        width: int,
        height: int,
    ) -> None:
        """Draw a cell's icon and text (`plain_cell`) over its background, in the box `left`, `top`,
        `width`, `height`; `option` gives the font and its metrics."""
        text, icon = plain
        if icon is not None:
            box = self._paint_icon(painter, icon, selected, left, top, height)
            left, width = left + box, width - box
        self._draw_text(
            painter, option, selected, text, column in self._right_aligned, left, top, width, height
        )

    def paint_plain(
        self, painter: QPainter, option: QStyleOptionViewItem, selected: bool, text: str, right: bool
    ) -> None:
        """Draw `text` as Qt's delegate draws a cell showing only that text (see the module docstring)."""
        rect = option.rect
        if selected:
            fill_rect(painter, rect, self._colours[2])  # not fillRect: see fill_rect
        self._draw_text(painter, option, selected, text, right, *cast(Box, rect.getRect()))

    def _paint_icon(
        self, painter: QPainter, icon: QIcon, selected: bool, left: int, top: int, height: int
    ) -> int:
        """Draw `icon` as Qt's style lays out a cell's decoration on the left (see `icon_place`);
        returns the decoration's width: the text takes the rest of the cell."""
        mode = self._icon_modes[selected]
        box, place = self.icon_place(icon, mode, left, top, height)
        icon.paint(painter, place, CENTRED, mode, OFF)
        return box

    def icon_place(
        self, icon: QIcon, mode: QIcon.Mode, left: int, top: int, height: int
    ) -> tuple[int, QRect]:
        """The width of a decoration's box at the cell's left and where in it the icon goes: the
        icon's size as the delegate bounds it by the view's, centred in a box as wide as it plus the
        margin on either side."""
        bound = cast(QSize, self._icon_size)
        size = icon.actualSize(bound, mode, OFF).boundedTo(bound)
        width, icon_height = size.width(), size.height()
        box = width + 2 * self._margin
        x = left + box // 2 - width // 2
        y = top + height // 2 - icon_height // 2
        return box, QRect(x, y, width, icon_height)

    def _draw_text(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        selected: bool,
        text: str,
        right: bool,
        box_left: int,
        box_top: int,
        box_width: int,
        box_height: int,
    ) -> None:
        """`text` elided into the box from `box_left` on, `box_width` wide, less the text margins."""
        width = box_width - 2 * self._margin
        laid = self._laid.get((text, width))
        if laid is None:
            laid = self._lay_out(text, width, option)
        painter.setPen(self._colours[1] if selected else self._colours[0])
        static, shown_width = laid
        left = box_left + self._margin
        x = left + width - shown_width if right else float(left)
        painter.drawStaticText(QPointF(x, box_top + (box_height - self._line_height) // 2), static)

    def _lay_out_for(self, view: QAbstractItemView, model: Any) -> None:
        """The text margin and line height Qt's style uses for the view's font (once per font): the
        margin is what the style's size of a cell adds to its text's width, on either side."""
        font = view.font()
        option = QStyleOptionViewItem()
        option.font = font
        option.fontMetrics = view.fontMetrics()
        sample = model.index(0, 0)
        hint = QStyledItemDelegate.sizeHint(self, option, sample)
        layout = QTextLayout(str(sample.data() or ""), font)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        self._margin = (hint.width() - math.ceil(line.naturalTextWidth())) // 2
        self._line_height = int(line.height())
        self._laid.clear()
        self._font_key = font.key()
        self.text_option = option

    def _lay_out(self, text: str, width: int, option: QStyleOptionViewItem) -> Laid:
        """`text` as Qt's delegate shows it in `width`: elided (QFontMetrics.elidedText) if wider.
        Most texts fit, and elidedText returns a text unchanged when its width (its glyphs' advances,
        as the laid out text measures it: a plain text here neither starts nor ends with a space) is
        at most `width`: so the text is laid out first and elided only when it is wider."""
        if len(self._laid) >= KEPT_TEXTS:
            self._laid.clear()
        static = _prepared(text, option)
        if static.size().width() > width:
            shown = option.fontMetrics.elidedText(text, ELIDE, width)
            if shown != text:
                static = _prepared(shown, option)
        laid = self._laid[(text, width)] = (static, static.size().width())
        return laid


def _prepared(text: str, option: QStyleOptionViewItem) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)  # never rich text, whatever the data holds
    static.prepare(font=option.font)
    return static
