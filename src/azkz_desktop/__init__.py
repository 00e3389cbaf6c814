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

APP_NAME = "azkz-desktop"
FALLBACK_VERSION = "0.3.0"  # a frozen app or a bare checkout, where no package metadata is installed

# The app does no linear algebra; OpenBLAS would otherwise start a thread per core when numpy loads,
# which costs a visible part of the launch on a busy machine. A value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def app_version() -> str:
    """The installed version, looked up on first use: importlib.metadata costs tens of milliseconds,
    which a launch should not pay for a string only --version, About and a PDF's metadata show."""
    found = globals().get("__version__")
    if isinstance(found, str):
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version(APP_NAME)
    except PackageNotFoundError:
        found = FALLBACK_VERSION
    globals()["__version__"] = found
    return found


def __getattr__(name: str) -> str:
    """`azkz_desktop.__version__` still works; it is looked up when first asked for."""
    if name == "__version__":
        return app_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
