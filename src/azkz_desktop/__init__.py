"""azkz-desktop: the history of Azerbaijan–Kazakhstan relations, offline, every fact traced to a source."""

from __future__ import annotations

import os


def _fill_closed_descriptors() -> None:
    """Put /dev/null on a closed descriptor 0-2 before anything opens a file, so no file lands there.

    Python has already set sys.stdout (or stdin, stderr) to None for a closed one, which is how the
    command line later knows that standard output was closed (see std_streams).
    """
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:
                os.dup2(opened, fd)
                os.close(opened)


_fill_closed_descriptors()

from importlib.metadata import PackageNotFoundError, version  # noqa: E402 (after the descriptors)

try:
    __version__ = version("azkz-desktop")
except PackageNotFoundError:  # a frozen app or a bare checkout
    __version__ = "0.1.0"

APP_NAME = "azkz-desktop"
