"""SIGINT, SIGTERM and SIGHUP as an exception, so that cleanups run and the exit code says which.

The default actions kill the process on the spot (SIGTERM, SIGHUP) or raise KeyboardInterrupt with a
traceback (SIGINT); either can leave a temporary file behind. Raised as `Interrupted`, the signal unwinds
through every `finally` and `except BaseException` (the atomic writer removes its temporary file there)
and the command line exits with 128 + the signal number, as a shell reports a killed command.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Interrupted(BaseException):  # like KeyboardInterrupt: not an error of the program
    """A signal asked the process to stop."""

    def __init__(self, number: int) -> None:
        self.number = number
        super().__init__(f"interrupted by {signal.Signals(number).name}")

    @property
    def exit_code(self) -> int:
        return 128 + self.number


def _raise(number: int, frame: FrameType | None) -> None:
    raise Interrupted(number)


@contextlib.contextmanager
def raising_on_signals() -> Iterator[None]:
    """Within the block, SIGINT, SIGTERM and SIGHUP raise Interrupted; the old handlers come back after.

    A signal the parent set to be ignored (`nohup` ignores SIGHUP) stays ignored.
    """
    previous = {number: signal.getsignal(number) for number in SIGNALS}
    try:
        for number, handler in previous.items():
            if handler is not signal.SIG_IGN:
                signal.signal(number, _raise)
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
