"""Making ready, in the pause after the window first shows, what the first click on an event needs.

A launch leaves the detail pane's event page, its modules and some of PySide's Python types (which
PySide makes the first time a call needs one) to their first use, so that the window shows sooner. The
first click on an event then paid for all of them at once. A person needs far longer to reach an event
after the window appears than these steps take, so the window takes them in that pause, one step per
pass of the event loop: a click that comes sooner waits for one step at most. No step changes what the
window shows.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from azkz_desktop.session.details import date_places
from azkz_desktop.ui.timeline.cluster_counts import place_in_lanes

if TYPE_CHECKING:
    from azkz_desktop.ui.main_window import MainWindow

logger = logging.getLogger("azkz_desktop")

Step = Callable[[], object]
TABLES_UP_TO = 2_000_000  # events, up to which the selection's tables are made ready (16 MB at most)


class FirstUseWarmUp(QObject):
    """Runs its steps one per event-loop pass once started; a step that fails is logged and skipped
    (getting ready must never be what breaks the window)."""

    finished = Signal()

    def __init__(self, steps: Sequence[Step], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._next = 0
        self.started = False
        self.seconds = 0.0  # spent in the steps, for the benchmark to report

    @property
    def done(self) -> bool:
        return self.started and self._next >= len(self._steps)

    def start(self) -> None:
        if not self.started:
            self.started = True
            QTimer.singleShot(0, self, self._run_next)

    def _run_next(self) -> None:
        if self._next >= len(self._steps):
            return
        step = self._steps[self._next]
        self._next += 1
        began = time.perf_counter()
        try:
            step()
        except Exception:
            logger.exception("getting ready for the first event failed at %s", _name(step))
        self.seconds += time.perf_counter() - began
        if self._next < len(self._steps):
            QTimer.singleShot(0, self, self._run_next)
        else:
            self.finished.emit()


def _name(step: Step) -> str:
    return getattr(step, "__qualname__", repr(step))


def first_use_steps(window: MainWindow) -> list[Step]:
    """What the first click on an event, rubber band, filter or search uses for the first time: the
    event page (its modules, widgets and fonts), the page listing several events, the list's table of
    positions by row, the tables of each row's place in date order and in the lanes (a rubber band's
    hundreds of events ask for both: 4 bytes an event each, some 15 ms at a million; past
    TABLES_UP_TO events they are left to the first such selection, rather than hold 80 MB and take
    steps of a tenth to a quarter of a second each at ten million), PySide's Python classes of
    Qt's widgets, and the pixmaps of what the timeline and the list show (`keep_what_is_shown`).

    The list paints on its viewport, a widget Qt made: the first time Python asks for one, PySide works
    out its class by setting up the class of every QWidget subclass it has not made yet (a hundred,
    dialogs, spin boxes, views: some 13 ms), and asks again cost nothing. A launch leaves it, so the
    window shows sooner; then the first click or filter paid it.
    """
    model = window.event_model

    def event_page() -> None:
        if model.rowCount() > 0:
            window.details.prepare_event_page(model.event_id_at(0))

    def list_positions() -> None:
        model.positions_of_rows(np.zeros(1, dtype=np.int64))

    def date_order_places() -> None:
        date_places(window.session.index)

    def lane_places() -> None:
        place_in_lanes(window.session.index)

    def widget_classes() -> None:
        window.event_table.viewport()

    steps = [event_page, window.details.prepare_list_page, list_positions]
    if len(window.session.index) <= TABLES_UP_TO:
        steps += [date_order_places, lane_places]

    def kept_paints() -> None:
        keep_what_is_shown(window)

    return [*steps, widget_classes, kept_paints]


def keep_what_is_shown(window: MainWindow) -> None:
    """The timeline and the list paint what they show once more, into the pixmaps they keep (see
    kept_pixmaps.py), with the list's own painter from now on: the first category toggled back, search
    taken back or selection cleared returns to what the window opened with, and copies it; the spare
    pixmaps the next paints kept will be drawn into are made as well. The pixels are the same; the
    pixmaps (some 7 MB at 1280 by 800) are the ones the first few toggles would make anyway."""
    table = window.event_table
    table.paint_on_own()
    for view, kept in (
        (window.timeline, window.timeline.kept_paints),
        (table.viewport(), table.kept_screens),
    ):
        if kept is not None and view.isVisible():
            with kept.keeping():
                view.repaint()
            ratio = view.devicePixelRatioF()
            kept.reserve(round(view.width() * ratio), round(view.height() * ratio))


def start_warm_up(window: MainWindow) -> FirstUseWarmUp:
    """Start getting `window` ready for its first click (call once it is shown)."""
    warm_up = FirstUseWarmUp(first_use_steps(window), window)
    warm_up.start()
    return warm_up
