"""azkz-desktop: the history of Azerbaijan–Kazakhstan relations, offline, every fact traced to a source."""

from __future__ import annotations

import os

APP_NAME = "azkz-desktop"
FALLBACK_VERSION = "0.1.0"  # a frozen app or a bare checkout, where no package metadata is installed

# The app does no linear algebra; OpenBLAS would otherwise start a thread per core when numpy loads,
# which costs a visible part of the launch on a busy machine. A value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def __getattr__(name: str) -> str:
    """`__version__` is looked up on first use: importlib.metadata costs tens of milliseconds at launch."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version(APP_NAME)
        except PackageNotFoundError:
            found = FALLBACK_VERSION
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
