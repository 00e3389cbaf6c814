"""Entry point of the frozen app (PyInstaller): the same command as `azkz-desktop` from a wheel."""

from __future__ import annotations

import sys

from azkz_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
