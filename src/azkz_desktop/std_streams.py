"""Standard output that fails loudly and cleanly: closed (`>&-`), full (`>/dev/full`) or a broken pipe.

Python reports a failed write to standard output only at exit, as "Exception ignored" and status 120, or
not at all when the stream was closed before it started. The command line wraps standard output so that
every failure surfaces as one `OutputError`, which it turns into one line and a documented exit code.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import sys
from typing import Any


class OutputError(Exception):
    """Standard output could not be written; the message says why."""

    def __init__(self, error: OSError) -> None:
        super().__init__(f"cannot write to standard output ({error.strerror or error})")


class _GuardedStream:
    """A text stream whose write and flush raise OutputError instead of OSError."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            written: int = self._stream.write(text)  # the wrapped stream is untyped
            return written
        except OSError as error:
            raise OutputError(error) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise OutputError(error) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _ClosedStream:
    """Standard output closed before the process started: every write fails with EBADF."""

    closed = False

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        """Nothing buffered, nothing to fail."""

    def isatty(self) -> bool:
        return False


_stdout_closed = False
ERRORS = "azkz-escape"


def _escape(error: UnicodeError) -> tuple[str | bytes, int]:
    """surrogateescape where it applies (a name's original bytes), else backslashreplace."""
    try:
        return codecs.lookup_error("surrogateescape")(error)
    except UnicodeError:
        return codecs.lookup_error("backslashreplace")(error)


codecs.register_error(ERRORS, _escape)


def guard_standard_streams() -> None:
    """Fill closed descriptors 0-2 with /dev/null (so no file opened later lands on them), wrap stdout.

    A file name with bytes that are not UTF-8 is printed as those very bytes (surrogateescape); any other
    text that cannot be encoded is written with backslash escapes rather than raising.
    """
    global _stdout_closed
    if sys.stdout is None:  # closed when Python started (the package put /dev/null on its descriptor)
        _stdout_closed = True
    if sys.stderr is None:
        sys.stderr = open(2, "w", encoding="utf-8", errors=ERRORS, closefd=False)  # noqa: SIM115
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            opened = os.open(os.devnull, os.O_RDWR)
            if opened != fd:  # a lower descriptor was free too: it is filled on its own turn
                os.dup2(opened, fd)
                os.close(opened)
            if fd == 1:
                _stdout_closed = True
            if fd == 2:
                sys.stderr = open(fd, "w", encoding="utf-8", errors=ERRORS, closefd=False)  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=ERRORS)
    if isinstance(sys.stdout, _GuardedStream):
        return
    sys.stdout = _GuardedStream(_ClosedStream() if _stdout_closed else sys.stdout)


def stdout_closed() -> bool:
    """Whether standard output was closed when the process started."""
    return _stdout_closed


def flush_stdout() -> None:
    """Flush standard output now, so that a failure is reported while the process can still say so."""
    sys.stdout.flush()


def discard_stdout() -> None:
    """After a failure: send what is still buffered to /dev/null, so the exit adds no second message."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
    finally:
        os.close(null)
    with contextlib.suppress(OSError, OutputError, ValueError):
        sys.stdout.flush()
