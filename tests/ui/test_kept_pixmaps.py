"""The store of a view's last whole paints: what it keeps and when, that a copy has the pixels drawn, and
that it reuses the pixmaps it lets go without ever holding more than its size."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from azkz_desktop.ui import kept_pixmaps
from azkz_desktop.ui.kept_pixmaps import KeptPixmaps

WIDTH, HEIGHT = 24, 12


@dataclass(frozen=True)
class Paint:
    """A whole paint in one colour, at a place."""

    colour: str
    place: str = "here"
    width: float = WIDTH
    height: float = HEIGHT
    ratio: float = 1.0

    def same(self, other: object) -> bool:
        return self == other


class Screen:
    """What the store paints on, and how often the paints were drawn, on it or into a pixmap."""

    def __init__(self) -> None:
        self.image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
        self.on_screen = 0
        self.into_pixmaps = 0

    def show(self, kept: KeptPixmaps, paint: Paint) -> None:
        self.image.fill(Qt.GlobalColor.white)
        painter = QPainter(self.image)
        try:
            kept.paint(painter, paint, self._drawer(painter, paint))
        finally:
            painter.end()

    def _drawer(self, on: QPainter, paint: Paint) -> Callable[[QPainter], None]:
        def draw(painter: QPainter) -> None:
            if painter is on:
                self.on_screen += 1
            else:
                self.into_pixmaps += 1
            painter.fillRect(0, 0, int(paint.width), int(paint.height), QColor(paint.colour))

        return draw

    def colour(self) -> str:
        return self.image.pixelColor(WIDTH // 2, HEIGHT // 2).name()


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch, qapp) -> list[QPixmap]:
    """Every pixmap the store makes (spares included), in order."""
    pixmaps: list[QPixmap] = []

    class Counted(QPixmap):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            pixmaps.append(self)

    monkeypatch.setattr(kept_pixmaps, "QPixmap", Counted)
    return pixmaps


def test_a_paint_at_a_new_place_is_drawn_and_kept_the_second_time(made: list[QPixmap]) -> None:
    kept, screen = KeptPixmaps(), Screen()
    screen.show(kept, Paint("#ff0000", place="first"))
    screen.show(kept, Paint("#00ff00", place="second"))
    assert (screen.on_screen, screen.into_pixmaps, len(kept)) == (2, 0, 0)  # nothing kept
    screen.show(kept, Paint("#ff0000", place="first"))  # seen before: drawn into a pixmap
    assert (screen.on_screen, screen.into_pixmaps, len(kept)) == (2, 1, 1)
    screen.show(kept, Paint("#ff0000", place="first"))
    assert (screen.on_screen, screen.into_pixmaps) == (2, 1) and screen.colour() == "#ff0000"  # copied


def test_a_new_paint_at_the_last_place_is_kept_at_once_and_its_return_copied(made: list[QPixmap]) -> None:
    kept, screen = KeptPixmaps(), Screen()
    screen.show(kept, Paint("#ff0000"))
    screen.show(kept, Paint("#0000ff"))  # the same spot, other contents: a filter, a search
    assert (screen.on_screen, screen.into_pixmaps, len(kept)) == (1, 1, 1)
    assert screen.colour() == "#0000ff"  # the copy shows what was drawn into the pixmap
    screen.show(kept, Paint("#ff0000"))  # taken back: seen once, drawn into a pixmap now
    screen.show(kept, Paint("#0000ff"))  # and again: copied
    screen.show(kept, Paint("#ff0000"))
    assert (screen.on_screen, screen.into_pixmaps, len(kept)) == (1, 2, 2)
    assert screen.colour() == "#ff0000"


def test_paints_within_keeping_are_kept_wherever_they_are(made: list[QPixmap]) -> None:
    kept, screen = KeptPixmaps(), Screen()
    with kept.keeping():
        screen.show(kept, Paint("#ff0000", place="first"))
    screen.show(kept, Paint("#00ff00", place="second"))  # after it, a new place is drawn on screen
    assert (screen.on_screen, screen.into_pixmaps, len(kept)) == (1, 1, 1)
    screen.show(kept, Paint("#ff0000", place="first"))
    assert (screen.on_screen, screen.into_pixmaps) == (1, 1) and screen.colour() == "#ff0000"


def test_pixmaps_let_go_are_reused_and_never_more_than_its_size_are_held(made: list[QPixmap]) -> None:
    kept, screen = KeptPixmaps(size=3), Screen()
    colours = [f"#{shade:02x}0000" for shade in range(10, 250, 20)]
    for number, colour in enumerate(colours):  # each new, at the same place: kept, the oldest let go
        screen.show(kept, Paint(colour))
        assert kept.held() <= 3 and len(kept) <= 3
        assert screen.colour() == colour  # a reused pixmap shows the new paint, not the old one
        if number % 4 == 3:  # a scroll: drawn on screen, letting go of a kept one, then back again
            screen.show(kept, Paint("#ffffff", place=f"scrolled {number}"))
            screen.show(kept, Paint(colour))
            assert kept.held() <= 3 and len(kept) <= 2
    assert len(made) == 3  # three made; every later one drawn into a pixmap let go


def test_reserve_makes_the_spares_the_first_kept_paints_are_drawn_into(made: list[QPixmap]) -> None:
    kept, screen = KeptPixmaps(size=3), Screen()
    kept.reserve(WIDTH, HEIGHT)
    assert (kept.held(), len(kept), len(made)) == (3, 0, 3)
    for colour in ("#ff0000", "#00ff00", "#0000ff", "#ffff00"):
        screen.show(kept, Paint(colour))
    assert len(made) == 3 and kept.held() == 3 and screen.colour() == "#ffff00"
    kept.reserve(WIDTH, HEIGHT)  # full already
    assert len(made) == 3


def test_spares_of_another_size_are_let_go_and_clear_lets_go_of_all(made: list[QPixmap]) -> None:
    kept, screen = KeptPixmaps(size=3), Screen()
    kept.reserve(WIDTH // 2, HEIGHT)  # the view was narrower then
    screen.show(kept, Paint("#ff0000"))
    with kept.keeping():
        screen.show(kept, Paint("#00ff00"))
    assert len(made) == 4 and made[-1].width() == WIDTH  # one made at the new size
    assert kept.held() == 1 and screen.colour() == "#00ff00"
    kept.clear()
    assert kept.held() == 0 and len(kept) == 0
