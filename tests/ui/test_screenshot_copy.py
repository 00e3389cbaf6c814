"""--screenshot takes the window as its first paint left it, instead of painting it a second time.

On the offscreen platform the screen is the window's backing store; the copy must hold exactly what
painting the window again would give, and a copy that does not fit the window (another scale, nothing
painted yet) must give way to painting it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QApplication

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.ui.launch import painted_window, save_screenshot
from azkz_desktop.ui.main_window import MainWindow


def shown(qtbot, database: RelationsDatabase, size: tuple[int, int]) -> MainWindow:
    """A window shown and painted once, as `_save_screenshot` leaves it before taking the picture."""
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    return window


def test_the_copy_is_the_painted_window_and_paints_nothing_again(
    qtbot, database: RelationsDatabase, monkeypatch
) -> None:
    window = shown(qtbot, database, (900, 600))
    expected = window.grab().toImage()
    calls: list[str] = []
    monkeypatch.setattr(window, "grab", lambda: calls.append("grab") or QPixmap())
    copied = painted_window(window)
    assert calls == []  # taken from the screen, not painted again
    assert (copied.width(), copied.height()) == (900, 600)
    assert copied.toImage() == expected


def test_a_restored_selection_and_search_are_in_the_copy(qtbot, database: RelationsDatabase) -> None:
    event_id = "trade-growth-40-percent-2023"
    QSettings().setValue("filter/text", "trade")
    QSettings().setValue("selection/ids", [event_id])
    QSettings().setValue("selection/current", event_id)
    window = shown(qtbot, database, (1200, 800))
    assert window.session.current == event_id
    assert painted_window(window).toImage() == window.grab().toImage()


def test_a_copy_that_does_not_fit_the_window_gives_way_to_painting_it(
    qtbot, database: RelationsDatabase, monkeypatch
) -> None:
    window = shown(qtbot, database, (900, 600))
    monkeypatch.setattr(window, "devicePixelRatio", lambda: 2.0)  # the screen's pixels are not the window's
    painted = QPixmap(1800, 1200)
    monkeypatch.setattr(window, "grab", lambda: painted)
    assert painted_window(window) is painted


def test_a_window_never_shown_is_painted(qtbot, database: RelationsDatabase) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(640, 480)
    picture = painted_window(window)
    assert (picture.width(), picture.height()) == (640, 480)
    assert not picture.isNull()


def test_the_saved_png_holds_the_painted_pixels_compressed(
    qtbot, database: RelationsDatabase, tmp_path: Path
) -> None:
    window = shown(qtbot, database, (900, 600))
    expected = painted_window(window).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    path = tmp_path / "window.png"
    assert save_screenshot(QApplication.instance(), window, path, (900, 600)) == 0
    reader = QImageReader(str(path))
    assert bytes(reader.format().data()) == b"png"
    saved = reader.read()
    assert not saved.isNull(), reader.errorString()
    assert saved.convertToFormat(QImage.Format.Format_ARGB32) == expected  # lossless at any level
    assert path.stat().st_size < 900 * 600 * 3 // 4  # compressed, not stored (level 0 would be ~1.6 MB)
