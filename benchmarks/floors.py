"""The floors every figure is divided by: what a bare PySide6 program costs on this machine, in this run.

- The launch floor: `python benchmarks/floors.py --window PNG` starts an interpreter, opens a bare window
  of the app's size showing one label, grabs it and writes the PNG, as `azkz-desktop --screenshot` does.
- The paint floor: the timeline's own paint for a span is recorded once into a QPicture (the same
  rectangles, polylines and texts, the same bulk QPainter calls, pens and fonts), and a bare QWidget of the
  timeline's size replays it on every repaint: Qt's drawing alone, without layout or Python per frame.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

WINDOW_SIZE = (1280, 800)  # MainWindow's default size


def bare_window_screenshot(path: Path) -> None:
    """The launch floor's program: one label in a window of the app's size, grabbed to PNG."""
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    app = QApplication([sys.argv[0]])
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Azerbaijan–Kazakhstan relations"))
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    if not window.grab().save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")


def benchmark_application() -> tuple[Any, Any]:
    """The QApplication a benchmark's window runs in, with settings in a folder of their own (not the
    user's), and that folder, which lives as long as the caller keeps it."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setApplicationName("azkz-desktop-bench")
    app.setOrganizationName("azkz-desktop-bench")
    settings_folder = tempfile.TemporaryDirectory(prefix="azkz-bench-settings-")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, settings_folder.name)
    return app, settings_folder


def shown_window(database: Path) -> tuple[Any, Any, Any]:
    """The app's main window on `database`, at its default size, shown and fitted to the full range, in
    a benchmark's QApplication: the application, its settings folder (keep it while the window lives)
    and the window."""
    from azkz_desktop.data.database import open_database
    from azkz_desktop.ui.main_window import MainWindow

    app, settings_folder = benchmark_application()
    window = MainWindow(open_database(database))
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()
    window.session.fit_all()
    app.processEvents()
    return app, settings_folder, window


def wheel_notch(timeline: Any, step: int) -> Any:
    """The wheel event of zoom step `step` at the plot's centre: in on even steps, out on odd ones."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    centre = timeline.plot_rect().center()
    return QWheelEvent(
        centre,
        QPointF(timeline.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 if step % 2 == 0 else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def replay_widget(app: Any, picture: Any, size: Any, like: Any = None) -> Any:
    """A bare widget of `size`, shown, that replays `picture` at every paint and counts its paints
    (`painted`); given `like`, a widget whose background (auto-fill and palette) it takes."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QWidget

    class Replay(QWidget):
        painted = 0

        def paintEvent(self, event: object) -> None:
            painter = QPainter(self)
            painter.drawPicture(0, 0, picture)
            painter.end()
            self.painted += 1

    widget = Replay()
    if like is not None:
        widget.setAutoFillBackground(like.autoFillBackground())
        widget.setPalette(like.palette())
    widget.resize(size)
    widget.show()
    app.processEvents()
    return widget


def repaint_seconds(app: Any, widget: Any, repaints: int, warm_ups: int) -> list[float]:
    """Seconds of each of `repaints` repaint() calls of a replay widget after `warm_ups` untimed; an
    error if one did not paint. The widget is closed after."""
    for _ in range(warm_ups):
        widget.repaint()
    samples = []
    before = widget.painted
    for _ in range(repaints):
        start = time.perf_counter()
        widget.repaint()
        samples.append(time.perf_counter() - start)
    if widget.painted - before != repaints:
        raise RuntimeError("a replay's repaint() calls did not all paint")
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return samples


def floor_widget(app: Any, timeline: Any) -> Any:
    """A bare widget of the timeline's size, shown, that replays the timeline's recorded paint of its
    window at every repaint and counts its paints (`painted`)."""
    from PySide6.QtGui import QPainter, QPicture

    picture = QPicture()
    recorder = QPainter(picture)
    timeline.paint(recorder)
    recorder.end()
    return replay_widget(app, picture, timeline.size(), like=timeline)


def paint_floor(app: Any, timeline: Any, paints: int, warm_ups: int, summarise: Callable[..., Any]) -> Any:
    """p50/p95 of repainting a bare widget that replays the timeline's recorded paint of its window."""
    return summarise(repaint_seconds(app, floor_widget(app, timeline), paints, warm_ups))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--window", type=Path, required=True, metavar="PNG", help="the launch floor's program"
    )
    bare_window_screenshot(parser.parse_args(argv).window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
