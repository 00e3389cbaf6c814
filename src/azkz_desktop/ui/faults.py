"""What happens when something goes wrong in the window: log it, tell the person, keep running.

Uncaught exceptions are written with their traceback to a log file in the user's own data folder and
shown in a dialog that names the log. faulthandler writes there too, so even a hard crash leaves a trace.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import os
import stat
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication

from azkz_desktop.ui.dialogs import show_message

LOG_NAME = "azkz-desktop.log"
logger = logging.getLogger("azkz_desktop")
_fault_file: IO[str] | None = None


def log_folder() -> Path:
    """The user's own folder for the app's logs (never the install folder)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".azkz-desktop") / "logs"


def log_path() -> Path:
    return log_folder() / LOG_NAME


class _LogHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Like a FileHandler, closes its stream when closed (unless faulthandler writes there too)."""

    def close(self) -> None:
        super().close()
        if self.stream is not _fault_file:
            self.stream.close()


def open_log(path: Path) -> IO[str] | None:
    """The log opened for appending, or None when it cannot be a log: the app then runs without one.

    Opened without blocking (a FIFO in its place would otherwise hang every launch until some process
    read it) and used only if it is a regular file, never a FIFO, device or socket.
    """
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, flags, 0o644)
    except OSError:
        return None  # no writable log folder, or a FIFO nobody reads (ENXIO)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
        os.set_blocking(fd, True)
        return open(fd, "a", encoding="utf-8", errors="backslashreplace")
    except OSError:
        os.close(fd)
        return None


def install_fault_handling(show_dialogs: bool = True) -> Path | None:
    """Log to the user's log folder, route uncaught exceptions to it, and enable faulthandler there.

    Returns the log's path, or None when no log can be kept (the app then runs without one).
    """
    global _fault_file
    path = log_path()
    stream = open_log(path)
    if stream is None:
        return None
    handler = _LogHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    if _fault_file is None:
        _fault_file = stream
        faulthandler.enable(file=_fault_file)
    sys.excepthook = lambda kind, error, trace: report_exception(kind, error, trace, show_dialogs)
    return path


def report_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None, show_dialog: bool = True
) -> None:
    """Log an uncaught exception with its traceback and, in the window, say so in a dialog."""
    text = "".join(traceback.format_exception(kind, error, trace))
    logger.error("Uncaught exception\n%s", text)
    print(f"azkz-desktop: unexpected error: {error} (details in {log_path()})", file=sys.stderr)
    if show_dialog and QApplication.instance() is not None:
        show_message(
            None,
            QCoreApplication.translate("Faults", "Something went wrong"),
            QCoreApplication.translate(
                "Faults",
                "An unexpected error occurred: %1\n\n"
                "The app keeps running. The details were written to\n%2\n(%3).",
            )
            .replace("%1", str(error))
            .replace("%2", str(log_path()))
            .replace("%3", f"{dt.datetime.now():%Y-%m-%d %H:%M:%S}"),
        )
