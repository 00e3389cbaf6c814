"""Every interaction other than zoom and pan, timed from the user's action to the painted window.

Imported by the timeline benchmark's child process (Qt already running). Each interaction is done the way
the window does it and followed by `processEvents()`, in which the offscreen platform paints what the
action invalidated; a paint counter on the timeline and the list proves that something was painted. A
click is timed until the timeline, the list, the detail pane's page and the status bar have each painted.
The search field's pause before searching (a QTimer, by design) is left out: the timing starts where the
timer would fire.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

REPEATS = 30
EXPORT_REPEATS = 5  # an export of a million rows takes seconds; five still give a fair median
COMMON_WORD = "meeting"  # one activity in eight: an eighth of the synthetic events
# The eight activities (an eighth of the events each) and their prefixes down to four letters: searches
# that nothing before asked, so no answer kept from an earlier search can serve them (round-robin).
ACTIVITIES = ("meeting", "talks", "agreement", "visit", "forum", "statement", "conference", "memorandum")
NEW_COMMON_WORDS = [
    word[:length] for step in range(7) for word in ACTIVITIES if (length := len(word) - step) >= 4
]
CENTER_YEAR = 2010
# Years for bands not drawn before: the synthetic databases' 1990-2025 without CENTER_YEAR's band.
NEW_BAND_YEARS = [year for year in range(1995, 2026) if year != CENTER_YEAR][:REPEATS]
MAX_PASSES = 20  # event-loop passes an interaction may take to paint every view it changes
SELECT_ALL_LIMIT = 1_000_000  # above this, ids of every event are gigabytes: not measured


def summary(samples: list[float]) -> dict[str, float]:
    """Median and nearest-rank p95 in milliseconds (samples in seconds), with the count."""
    ordered = sorted(samples)
    rank = max(round(0.95 * len(ordered)) - 1, 0)
    return {"p50": statistics.median(ordered) * 1000, "p95": ordered[rank] * 1000, "n": len(ordered)}


def measure_interactions(app: Any, window: Any, counter: Any, bulk: bool = True) -> dict[str, Any]:
    """Time each interaction REPEATS times (exports EXPORT_REPEATS) on a shown MainWindow; `bulk` False
    leaves out Select All and the export of the selection (minutes each on an older version)."""
    session = window.session

    def timed(action: Callable[[], object]) -> float:
        before = counter.count
        start = time.perf_counter()
        action()
        app.processEvents()
        elapsed = time.perf_counter() - start
        if counter.count == before:
            raise RuntimeError("an interaction painted nothing")
        return elapsed

    results: dict[str, Any] = {}
    session.fit_all()
    app.processEvents()

    # First click on an event, then further clicks on others: at a window narrow enough for single
    # events to be drawn (at the full range they are clusters); the points are found before timing.
    points, days = click_points(app, window)
    if points:
        results["click_window_days"] = days
        _clicks(app, window, points, results)
    else:  # so dense (ten million events) that even a day shows clusters: clicks are not measured
        results["click_window_days"] = None
    rest = _rest(app, window, timed, bulk)
    peaks = {**results.get("peak_mb_after", {}), **rest.pop("peak_mb_after")}
    results.update(rest)
    results["peak_mb_after"] = peaks
    return results


def _clicks(app: Any, window: Any, points: list[Any], results: dict) -> None:
    """A click, timed until each view it changes has painted: the timeline, the list, the detail pane's
    page (whichever widget shows the event once the click is handled) and the status bar."""
    session, timeline = window.session, window.timeline
    spread = points[:: max(1, len(points) // (REPEATS + 1))]
    clicks = []
    for number in range(REPEATS + 1):
        point = spread[number % len(spread)]
        clicks.append(_timed_until_painted(app, window, lambda p=point: timeline.click(p)))
        session.clear_selection()
        app.processEvents()
    results["first_click_ms"] = clicks[0] * 1000
    results["click_ms"] = summary(clicks[1:])
    results.setdefault("peak_mb_after", {})["click_ms"] = peak_mb()


def _timed_until_painted(app: Any, window: Any, action: Callable[[], object]) -> float:
    """Seconds from `action` until the timeline, the list, the detail pane's page and the status bar have
    each painted since (event-loop passes until they all have; an error if they never do)."""
    return _until_views_painted(app, clicked_views(window), action, "a click")


def clicked_views(window: Any) -> Callable[[], list[Any]]:
    """What a click changes, asked after it (the pane may show its event in another widget now)."""
    return lambda: [
        window.timeline,
        window.event_table.viewport(),
        window.details.widget(),
        window.statusBar(),
    ]


def filtered_views(window: Any) -> Callable[[], list[Any]]:
    """What a filter or a search changes: the timeline, the list, the overview's histogram, the counts."""
    return lambda: [window.timeline, window.event_table.viewport(), window.overview, window.status_label]


def selected_views(window: Any) -> Callable[[], list[Any]]:
    """What a rubber band changes: the timeline, the list, the detail pane and the counts."""
    return lambda: [
        window.timeline,
        window.event_table.viewport(),
        window.details.widget(),
        window.status_label,
    ]


def click_points(app: Any, window: Any) -> tuple[list[Any], float | None]:
    """Points on single events around the middle year, at the widest window (a year, a month, a week,
    a day) that shows ten or more, and that window's days; none (and None) if even a day shows clusters."""
    from PySide6.QtCore import QPointF

    from azkz_desktop.data.spans import DaySpan

    timeline, session = window.timeline, window.session
    plot = timeline.plot_rect()
    for days in (365.0, 30.0, 7.0, 1.0):
        session.set_window(DaySpan.around(float(_ordinal(CENTER_YEAR) + 150), days))
        app.processEvents()
        points = []
        for y in np.linspace(plot.top() + 4, plot.bottom() - 4, 80):
            for x in np.linspace(plot.left() + 4, plot.right() - 4, 60):
                point = QPointF(float(x), float(y))
                if timeline.event_at(point) is not None:
                    points.append(point)
        if len(points) >= 10:
            return points, days
    return [], None


def _until_views_painted(
    app: Any,
    views: Callable[[], list[Any]],
    action: Callable[[], object],
    what: str = "an interaction",
    regions: dict[int, Any] | None = None,
) -> float:
    """Seconds from `action` until each of `views()` (asked after the action: the detail pane may show
    its page in a new widget) has painted since; event-loop passes until they all have, an error if
    they never do. Given `regions`, each view's painted region goes into it, by the view's id()."""
    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: set[int] = set()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen.add(id(watched))
                if regions is not None:
                    known = regions.get(id(watched))
                    regions[id(watched)] = event.region() if known is None else known.united(event.region())
            return False

    painted = Painted()
    start = time.perf_counter()
    action()
    shown = views()
    for view in shown:
        view.installEventFilter(painted)
    for _ in range(MAX_PASSES):
        app.processEvents()
        if len(painted.seen) == len(shown):
            break
    elapsed = time.perf_counter() - start
    for view in shown:
        view.removeEventFilter(painted)
    if len(painted.seen) != len(shown):
        unpainted = [type(view).__name__ for view in shown if id(view) not in painted.seen]
        raise RuntimeError(f"{what} left unpainted: {', '.join(unpainted)}")
    return elapsed


def _rest(app: Any, window: Any, timed: Any, bulk: bool) -> dict[str, Any]:
    """Filter, search, sort, rubber band, Select All and export."""
    from PySide6.QtCore import Qt

    from azkz_desktop.data.filters import EventFilter
    from azkz_desktop.ui.event_table import DATE, TITLE

    timeline, session, index = window.timeline, window.session, window.index
    results: dict[str, Any] = {}
    # What a filter or a search changes: the timeline, the list, the overview's histogram and the
    # status bar's counts; a rubber band: the timeline, the list, the detail pane and the counts.
    filtered, selected = filtered_views(window), selected_views(window)

    def timed_filter(action: Callable[[], object]) -> float:
        return _until_views_painted(app, filtered, action)

    peaks: dict[str, float] = {}  # the process's peak memory once each interaction was measured
    results["peak_mb_after"] = peaks

    # A category filter toggled: one lane's events leave, then come back.
    lanes = frozenset(category.id for category in window.categories)
    fewer = EventFilter(categories=lanes - {window.categories[0].id})
    filters = [fewer, EventFilter()] * (REPEATS // 2)
    results["filter_ms"] = summary([timed_filter(lambda f=f: session.set_filter(f)) for f in filters])
    peaks["filter_ms"] = peak_mb()
    session.set_filter(EventFilter())

    # A search keystroke, as the search field's timer applies it.
    bar = window.filter_bar
    rare_word = f"{len(index) // 2:06d}"  # the number in one title

    def search(text: str) -> None:
        bar.search.setText(text)
        bar.apply()

    # Words searched for the first time (each sample a search not asked before in this process).
    middle = len(index) // 2
    new_rare = [f"{(middle + 1 + number) % len(index):06d}" for number in range(REPEATS)]
    for name, words in (
        ("search_common_new_ms", NEW_COMMON_WORDS[:REPEATS]),
        ("search_rare_new_ms", new_rare),
    ):
        samples = []
        for word in words:
            samples.append(timed_filter(lambda w=word: search(w)))
            search("")
            app.processEvents()
        results[name] = summary(samples)
        peaks[name] = peak_mb()
    results["search_new_words"] = {"common": NEW_COMMON_WORDS[:REPEATS], "rare": new_rare}

    # The same word again and again (a search typed on, then taken back, asks the same again).
    for name, word in (("search_common_ms", COMMON_WORD), ("search_rare_ms", rare_word)):
        samples = []
        for _ in range(REPEATS):
            samples.append(timed_filter(lambda w=word: search(w)))
            search("")
            app.processEvents()
        results[name] = summary(samples)
        peaks[name] = peak_mb()
    results["search_words"] = {"common": COMMON_WORD, "rare": rare_word}
    results["search_hits"] = {
        "common": len(window._database.filtered_event_ids(EventFilter(text=COMMON_WORD), False)),
        "rare": len(window._database.filtered_event_ids(EventFilter(text=rare_word), False)),
    }

    # Sorting the list by title (then back by date, untimed).
    table = window.event_table
    samples = []
    for _ in range(REPEATS):
        samples.append(timed(lambda: table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)))
        table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        app.processEvents()
    results["sort_title_ms"] = summary(samples)
    peaks["sort_title_ms"] = peak_mb()

    # A rubber band over a year (what the Shift+drag's release does), at the full range.
    session.fit_all()
    app.processEvents()
    year_start = float(_ordinal(CENTER_YEAR))
    band = year_band(timeline, CENTER_YEAR)
    samples = []
    for _ in range(REPEATS):
        samples.append(_until_views_painted(app, selected, lambda: timeline.select_band(band)))
        session.clear_selection()
        app.processEvents()
    results["rubber_band_ms"] = summary(samples)
    peaks["rubber_band_ms"] = peak_mb()
    results["rubber_band_events"] = len(
        timeline.events_between(year_start, year_start + 365, session.visible_lanes)
    )

    # A rubber band over a year not selected before in this process: each sample another year, whose
    # events' marks, rows and listed titles are new (the band above finds them all made already).
    samples = []
    for year in NEW_BAND_YEARS:
        other = year_band(timeline, year)
        samples.append(_until_views_painted(app, selected, lambda b=other: timeline.select_band(b)))
        session.clear_selection()
        app.processEvents()
    results["rubber_band_new_ms"] = summary(samples)
    peaks["rubber_band_new_ms"] = peak_mb()
    results["rubber_band_new_years"] = NEW_BAND_YEARS

    if bulk and len(index) <= SELECT_ALL_LIMIT:
        samples = []
        for _ in range(EXPORT_REPEATS):
            samples.append(timed(window.event_table.selectAll))  # Ctrl+A in the list, as a reader does
            if _ is not EXPORT_REPEATS - 1:
                session.clear_selection()
                app.processEvents()
        results["select_all_ms"] = summary(samples)
        peaks["select_all_ms"] = peak_mb()
        with tempfile.TemporaryDirectory(prefix="azkz-bench-export-") as folder:
            target = Path(folder) / "selected.csv"
            samples = []
            for _ in range(EXPORT_REPEATS):
                start = time.perf_counter()
                export_selected(window, target)
                samples.append(time.perf_counter() - start)
            results["export_selected_ms"] = summary(samples)
            peaks["export_selected_ms"] = peak_mb()
        session.clear_selection()
        app.processEvents()
    return results


def export_selected(window: Any, target: Path) -> None:
    """Export Selected to `target` as the window does it (an older window: the selection's ids)."""
    from azkz_desktop.data.export import export_csv
    from azkz_desktop.data.filters import EventFilter

    session = window.session
    if hasattr(session, "selection_filter"):
        window.exporter.write_events(target, session.selection_filter())
    else:
        export_csv(window._database.export_rows(EventFilter(ids=frozenset(session.selection))), target)


def peak_mb() -> float:
    """This process's peak resident memory so far (Linux VmHWM, else ru_maxrss), in MB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def year_band(timeline: Any, year: int) -> Any:
    """The rectangle of a rubber band over `year` across every lane, in the timeline's present window."""
    from PySide6.QtCore import QPointF, QRectF

    start = float(_ordinal(year))
    plot = timeline.plot_rect()
    return QRectF(
        QPointF(timeline.x_of(start), plot.top()), QPointF(timeline.x_of(start + 365), plot.bottom())
    )


def _ordinal(year: int) -> int:
    import datetime as dt

    return dt.date(year, 1, 1).toordinal()


__all__ = ["REPEATS", "measure_interactions"]
