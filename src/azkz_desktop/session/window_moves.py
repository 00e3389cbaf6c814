"""Moving the visible window: fit, zoom around a day, pan, centre. Each is one call of `set_window`.

Mixed into Session and kept apart from it: these moves only compute a new span from the present one,
while Session.set_window keeps it within the limits and tells the views.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from azkz_desktop.data.spans import DaySpan

if TYPE_CHECKING:
    from typing import Protocol

    from azkz_desktop.session.window import WindowLimits

    class _Base(Protocol):
        """What the moves use of the Session they are mixed into (session.py imports this module)."""

        limits: WindowLimits
        _window: DaySpan

        def set_window(self, span: DaySpan) -> None: ...

else:
    _Base = object


class WindowMoves(_Base):
    """Fit all, zoom around a day, pan by days or by a share of the window, centre on a day."""

    def fit_all(self) -> None:
        self.set_window(self.limits.padded_range)

    def zoom_around(self, day: float, factor: float) -> None:
        """Zoom by `factor` (above 1 zooms in), keeping `day` where it is on screen."""
        self.set_window(self._window.zoomed_around(day, factor))

    def pan_by(self, days: float) -> None:
        self.set_window(self._window.shifted(days))

    def pan_by_fraction(self, fraction: float) -> None:
        """Pan by a fraction of the window's length (positive: later)."""
        self.pan_by(self._window.length * fraction)

    def center_on(self, day: float) -> None:
        self.set_window(DaySpan.around(day, self._window.length))
