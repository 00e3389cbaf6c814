"""The views (PySide6). Loading this package loads shiboken6 and makes its import hook cheap first."""

import shiboken6  # noqa: F401  (installs PySide's import hook, which pyside_hook then speeds up)

from azkz_desktop.ui import pyside_hook

pyside_hook.install()
