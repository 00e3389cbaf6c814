"""The yardstick for launch times: a bare PySide6 window with one label, grabbed to a PNG.

    python benchmarks/bare_window.py OUT.png
    python benchmarks/bare_window.py --import numpy [--import MODULE ...] --screenshot OUT.png

It pays what every Qt app pays (interpreter, Qt libraries, platform plugin, fonts, one paint, PNG
encoding) and nothing of the app, so the app's launch divided by this one's says what the app adds,
whatever the speed or load of the machine. With `--import`, it first imports those modules, which
measures what they alone add to a bare window: `benchmarks/startup.py --app "python
benchmarks/bare_window.py --import numpy"` gives the part of the launch no change to the app can remove
while the timeline's arrays need numpy. (`--screenshot` is accepted so that startup.py can run it as
it runs the app; without `--import` the yardstick does exactly what it did before that option.)
"""

from __future__ import annotations

import sys

USAGE = "usage: bare_window.py [--import MODULE ...] [--screenshot] OUT.png"


def parse(argv: list[str]) -> tuple[list[str], str] | None:
    """The modules to import first and the PNG's path, or None when the arguments are not understood."""
    modules: list[str] = []
    rest = argv[1:]
    while rest and rest[0] == "--import" and len(rest) > 1:
        modules.append(rest[1])
        rest = rest[2:]
    if rest and rest[0] == "--screenshot":
        rest = rest[1:]
    return (modules, rest[0]) if len(rest) == 1 and not rest[0].startswith("--") else None


def main(argv: list[str]) -> int:
    parsed = parse(argv)
    if parsed is None:
        print(USAGE, file=sys.stderr)
        return 2
    modules, png = parsed
    if modules:  # as the app does before numpy loads (azkz_desktop/__init__.py): no thread per core
        import os

        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    for name in modules:
        __import__(name)  # the builtin: loading importlib would add to the yardstick
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(argv[:1])
    label = QLabel("Azerbaijan–Kazakhstan relations")
    label.resize(1280, 800)
    label.show()
    app.processEvents()
    if not label.grab().save(png, "PNG"):
        print(f"bare_window: cannot write {png}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
