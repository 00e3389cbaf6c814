"""The yardstick for launch times: a bare PySide6 window with one label, grabbed to a PNG.

    python benchmarks/bare_window.py OUT.png

It pays what every Qt app pays (interpreter, Qt libraries, platform plugin, fonts, one paint, PNG
encoding) and nothing of the app, so the app's launch divided by this one's says what the app adds,
whatever the speed or load of the machine.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: bare_window.py OUT.png", file=sys.stderr)
        return 2
    app = QApplication(argv[:1])
    label = QLabel("Azerbaijan–Kazakhstan relations")
    label.resize(1280, 800)
    label.show()
    app.processEvents()
    if not label.grab().save(argv[1], "PNG"):
        print(f"bare_window: cannot write {argv[1]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
