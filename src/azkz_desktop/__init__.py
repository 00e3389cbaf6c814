"""azkz-desktop: the history of Azerbaijan–Kazakhstan relations, offline, every fact traced to a source."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("azkz-desktop")
except PackageNotFoundError:  # a frozen app or a bare checkout
    __version__ = "0.1.0"

APP_NAME = "azkz-desktop"
