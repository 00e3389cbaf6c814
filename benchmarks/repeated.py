"""One interaction done again and again, for the benchmarks that repeat a single one (interaction_counts.py,
drawing_share.py): each as interactions.py times it, with what undoes it between two."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from interactions import (
    CENTER_YEAR,
    NEW_BAND_YEARS,
    NEW_COMMON_WORDS,
    REPEATS,
    click_points,
    clicked_views,
    filtered_views,
    selected_views,
    year_band,
)

REPEATABLE = ("click", "toggle", "band", "band-new", "common-new")

Measured = Callable[[Callable[[], list[Any]], Callable[[], object]], object]


def repeatable(kind: str, app: Any, window: Any, measured: Measured) -> Callable[[int], None]:
    """The interaction `kind` (one of REPEATABLE) as a function of its number, for the benchmarks that
    repeat one interaction: `measured(views, action)` does the action and counts or times it until
    `views()` have painted; what undoes it (the selection cleared, the search emptied) follows, outside.
    A click goes to single events near the middle year (as timed here), a toggle hides one category and
    shows it again, a band covers that year at the full range, a new band another year each time (the
    years of NEW_BAND_YEARS, then again from the first), a common word is one not asked before."""

    from azkz_desktop.data.filters import EventFilter

    timeline, session = window.timeline, window.session
    filtered = filtered_views(window)
    if kind == "click":
        points, _days = click_points(app, window)
        if not points:
            raise SystemExit("no single events to click near the middle year")
        spread = points[:: max(1, len(points) // (REPEATS + 1))]

        def click(number: int) -> None:
            measured(clicked_views(window), lambda: timeline.click(spread[number % len(spread)]))
            session.clear_selection()
            app.processEvents()

        return click
    if kind == "toggle":
        lanes = frozenset(category.id for category in window.categories)
        filters = [EventFilter(categories=lanes - {window.categories[0].id}), EventFilter()]

        def toggle(number: int) -> None:
            measured(filtered, lambda: session.set_filter(filters[number % 2]))

        return toggle
    if kind in ("band", "band-new"):
        session.fit_all()
        app.processEvents()
        years = [CENTER_YEAR] if kind == "band" else NEW_BAND_YEARS
        bands = [year_band(timeline, year) for year in years]

        def select_band(number: int) -> None:
            band = bands[number % len(bands)]
            measured(selected_views(window), lambda: timeline.select_band(band))
            session.clear_selection()
            app.processEvents()

        return select_band
    if kind != "common-new":
        raise ValueError(f"not a repeatable interaction: {kind}")
    bar = window.filter_bar

    def search(text: str) -> None:
        bar.search.setText(text)
        bar.apply()

    def new_word(number: int) -> None:
        measured(filtered, lambda: search(NEW_COMMON_WORDS[number % len(NEW_COMMON_WORDS)]))
        search("")
        app.processEvents()

    return new_word
