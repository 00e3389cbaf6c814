"""Check that a PNG is a real, painted screenshot of the main window (not blank, not tiny).

    python packaging/check_png.py FILE LABEL

Exits 1 with a one-line reason otherwise. Used by the installer tests, on the build machine's Python.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QImage


def main(argv: list[str]) -> int:
    path, label = argv[1], argv[2]
    app = QGuiApplication(["check_png"])
    image = QImage(path)
    if image.isNull():
        print(f"{label}: {path} is not a readable PNG", file=sys.stderr)
        return 1
    if image.width() < 640 or image.height() < 400:
        print(f"{label}: {path} is only {image.width()}x{image.height()}", file=sys.stderr)
        return 1
    step = max(1, min(image.width(), image.height()) // 64)
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)
    }
    if len(colours) < 8:
        print(f"{label}: {path} looks blank ({len(colours)} colours)", file=sys.stderr)
        return 1
    print(f"{label}: {image.width()}x{image.height()} PNG, {len(colours)} sampled colours")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
