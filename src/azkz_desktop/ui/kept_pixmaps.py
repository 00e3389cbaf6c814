"""The last few whole paints of a widget, kept as pixmaps: a repaint of one of them copies it.

A category toggled off and on, a search typed on and taken back, a selection cleared, a window
uncovered: a view would draw exactly what it drew before. Each view says what a whole paint draws from
(a `WholePaint`: the timeline's picture, the list's cells on screen) and where the view was (its
`place`: the timeline's window and size, the list's scroll position and columns). A paint at the place
of the one before shows the same spot with other contents, which a person often takes back: it is drawn
into a pixmap at once, and its return is a copy. A paint at a new place (a zoom or pan step, a scroll)
is drawn as before and keeps nothing but its description; the second time it is asked for, it is drawn
into a pixmap too.

A pixmap let go (the oldest of a full store) is reused for the next one of its size: fresh memory costs
a page fault every 4 KB the first time it is drawn on, some 1–2.5 ms for one of the timeline.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPixmap

KEPT_PIXMAPS = 3  # a toggle's two states and one more: 1.3 MB each at 914 by 365 pixels, 5.3 at scale 2


class WholePaint(Protocol):
    """What a whole paint of a widget draws from, and the size it covers in device-independent pixels."""

    @property
    def width(self) -> float: ...

    @property
    def height(self) -> float: ...

    @property
    def ratio(self) -> float: ...  # the device pixel ratio it is drawn at

    @property
    def place(self) -> Hashable: ...  # where the view was: equal for two paints of the same spot

    def same(self, other: object) -> bool: ...


class KeptPixmaps:
    """Whole paints seen lately, most recent last, with the pixmaps of those kept. Never more than `size`
    pixmaps are held, spares included: a pixmap is made only when no spare of its size is left, once
    the store has let go of its oldest paint."""

    def __init__(self, size: int = KEPT_PIXMAPS) -> None:
        self.size = max(size, 1)
        self._seen: list[tuple[WholePaint, QPixmap | None]] = []
        self._spares: list[QPixmap] = []  # let go by the store, for the next pixmap of their size
        self._place: Hashable | None = None  # the last whole paint's
        self._keep_all = False  # within `keeping`

    def clear(self) -> None:
        self._seen.clear()
        self._spares.clear()
        self._place = None

    def __len__(self) -> int:
        return sum(pixmap is not None for _, pixmap in self._seen)

    def held(self) -> int:
        """The pixmaps this store holds, kept or spare."""
        return len(self) + len(self._spares)

    @contextmanager
    def keeping(self) -> Iterator[None]:
        """Within it, every whole paint is drawn into a pixmap, wherever it is: what the window shows
        once it has opened, which a toggle or a search taken back returns to."""
        self._keep_all = True
        try:
            yield
        finally:
            self._keep_all = False

    def reserve(self, width: int, height: int) -> None:
        """Make spare pixmaps of `width` by `height` device pixels up to the store's size, their memory
        touched once: the first few paints kept after it (a toggle's, a search's) pay no page faults."""
        while self.held() < self.size:
            spare = QPixmap(width, height)
            spare.fill(Qt.GlobalColor.black)
            self._spares.append(spare)

    def paint(self, painter: QPainter, painted: WholePaint, draw: Callable[[QPainter], None]) -> None:
        """Draw `painted` with `painter` (over the whole widget): copied from its pixmap when it has one;
        drawn into one when it was seen before, is at the last paint's place or is within `keeping`;
        else drawn by `draw`. `draw` covers every pixel of the widget (its background
        included) when it draws into a pixmap."""
        found = next((number for number, (seen, _) in enumerate(self._seen) if seen.same(painted)), None)
        pixmap = None if found is None else self._seen.pop(found)[1]
        keep = found is not None or self._keep_all or painted.place == self._place
        self._place = painted.place
        while len(self._seen) >= self.size:  # room first: the pixmap let go may be the one drawn now
            let_go = self._seen.pop(0)[1]
            if let_go is not None:
                self._spares.append(let_go)
        if pixmap is None and keep:
            pixmap = self._drawn(painted, draw)
        self._seen.append((painted, pixmap))
        if pixmap is None:
            draw(painter)
        else:
            painter.drawPixmap(QPointF(0, 0), pixmap)

    def _drawn(self, painted: WholePaint, draw: Callable[[QPainter], None]) -> QPixmap:
        ratio = painted.ratio
        width, height = round(painted.width * ratio), round(painted.height * ratio)
        pixmap = self._spare(width, height) or QPixmap(width, height)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.black)  # opaque: the paint covers it, as it covers the widget
        painter = QPainter(pixmap)
        try:
            draw(painter)
        finally:
            painter.end()
        return pixmap

    def _spare(self, width: int, height: int) -> QPixmap | None:
        """A spare pixmap of this size, taken from the spares; those of other sizes are let go (they
        would be used again only after a resize back)."""
        self._spares = [spare for spare in self._spares if (spare.width(), spare.height()) == (width, height)]
        return self._spares.pop() if self._spares else None
