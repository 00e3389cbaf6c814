"""Which parts of the session's state one command changed, so its events go out once, in one order, after
the whole change (no view sees half of it)."""

from __future__ import annotations


class Changes:
    """Flags set while a Session method changes the state; Session._emit sends the events they name."""

    def __init__(self) -> None:
        self.lanes = self.window = self.filter = self.mask = self.stars = False
        self.selection = self.current = self.details = False
