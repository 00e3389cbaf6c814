"""What the window remembers between launches, read defensively: a damaged value is ignored, never fatal."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter

if TYPE_CHECKING:
    from azkz_desktop.ui.main_window import MainWindow


def _string_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [item for item in value if isinstance(item, str)]
    return []


def _bytes(value: Any) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _window(value: Any) -> tuple[float, float] | None:
    try:
        start, end = (float(part) for part in _string_list(value))
    except (TypeError, ValueError):
        return None
    if math.isfinite(start) and math.isfinite(end) and end > start:
        return start, end
    return None


def _date(value: Any) -> PartialDate | None:
    try:
        return PartialDate.parse(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def set_aside_damaged_settings(settings: QSettings) -> Path | None:
    """Move a settings file Qt cannot read out of the way, so the app starts with defaults.

    Returns where the damaged file now lies (kept for the curious), or None when all was well.
    """
    if settings.status() == QSettings.Status.NoError:
        return None
    path = Path(settings.fileName())
    if not path.exists():
        return None
    aside = path.with_name(f"{path.name}.damaged-{dt.datetime.now():%Y%m%d-%H%M%S}")
    try:
        path.replace(aside)
    except OSError:
        return None
    return aside


class SettingsStore:
    """Saves and restores geometry, dock layout, time window, lanes and selection."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def save(self, window: MainWindow) -> None:
        settings = self._settings
        state = window.state
        settings.setValue("window/geometry", window.saveGeometry())
        settings.setValue("window/state", window.saveState())
        settings.setValue("window/splitter", window.splitter.saveState())
        settings.setValue("timeline/window", [repr(value) for value in state.window])
        settings.setValue("timeline/lane_order", state.lane_order)
        settings.setValue(
            "timeline/hidden_lanes", [lane for lane in state.lane_order if not state.is_lane_visible(lane)]
        )
        event_filter = state.event_filter
        categories = event_filter.categories
        settings.setValue("filter/all_categories", categories is None)
        settings.setValue("filter/categories", sorted(categories or ()))
        settings.setValue("filter/people", sorted(event_filter.people))
        settings.setValue("filter/from", event_filter.start.iso() if event_filter.start else "")
        settings.setValue("filter/to", event_filter.end.iso() if event_filter.end else "")
        settings.setValue("filter/text", event_filter.text)
        settings.setValue("filter/bilateral_only", event_filter.bilateral_only)
        settings.setValue("selection/ids", sorted(state.selection))
        settings.setValue("selection/current", state.current)
        settings.sync()

    def _filter(self, window: MainWindow) -> EventFilter:
        settings = self._settings
        known_categories = {category.id for category in window.categories}
        all_categories = settings.value("filter/all_categories", True)
        categories = None
        if all_categories in (False, "false"):
            categories = frozenset(set(_string_list(settings.value("filter/categories"))) & known_categories)
        text = settings.value("filter/text", "")
        return EventFilter(
            categories=categories,
            people=frozenset(_string_list(settings.value("filter/people"))),
            start=_date(settings.value("filter/from")),
            end=_date(settings.value("filter/to")),
            text=text if isinstance(text, str) else "",
            bilateral_only=settings.value("filter/bilateral_only", False) in (True, "true"),
        )

    def restore(self, window: MainWindow) -> None:
        settings = self._settings
        if (geometry := _bytes(settings.value("window/geometry"))) is not None:
            window.restoreGeometry(geometry)
        if (layout := _bytes(settings.value("window/state"))) is not None:
            window.restoreState(layout)
        if (splitter := _bytes(settings.value("window/splitter"))) is not None:
            window.splitter.restoreState(splitter)
        state = window.state
        order = _string_list(settings.value("timeline/lane_order"))
        if order:
            state.set_lane_order(order, _string_list(settings.value("timeline/hidden_lanes")))
        if (visible := _window(settings.value("timeline/window"))) is not None:
            state.set_window(*visible)
        state.set_filter(self._filter(window))
        known = window.index.ids_of(window.index.rows_of(_string_list(settings.value("selection/ids"))))
        if known:
            current = settings.value("selection/current")
            state.select(known, current=current if isinstance(current, str) and current in known else None)
