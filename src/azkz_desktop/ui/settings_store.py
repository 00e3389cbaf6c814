"""What the window remembers between launches, read defensively: a damaged value is ignored, never fatal."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings

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
        settings.setValue("selection/ids", sorted(state.selection))
        settings.setValue("selection/current", state.current)
        settings.sync()

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
        known = [
            event_id
            for event_id in _string_list(settings.value("selection/ids"))
            if window.index.row_of(event_id) is not None
        ]
        if known:
            current = settings.value("selection/current")
            state.select(known, current=current if isinstance(current, str) and current in known else None)
