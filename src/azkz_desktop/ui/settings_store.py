"""What the window remembers between launches, read defensively: a damaged value is ignored, never fatal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from azkz_desktop.session import Session, SessionSnapshot
from azkz_desktop.session.snapshot import CHOSEN_IDS, KEYS


def _bytes(value: Any) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


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


FIGURES_AS_TABLE = "trade/figures_as_table"


class SettingsStore:
    """Saves and restores the window's geometry and dock layout, how the trade figures are shown, and a
    snapshot of the session."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def save(
        self, session: Session, window: QMainWindow, splitter: QSplitter, *, figures_as_table: bool
    ) -> None:
        settings = self._settings
        settings.setValue("window/geometry", window.saveGeometry())
        settings.setValue("window/state", window.saveState())
        settings.setValue("window/splitter", splitter.saveState())
        settings.setValue(FIGURES_AS_TABLE, figures_as_table)
        values = session.snapshot().to_settings()
        for key, value in values.items():
            settings.setValue(key, value)
        if CHOSEN_IDS not in values:
            settings.remove(CHOSEN_IDS)  # no restriction to chosen events: none remembered
        settings.sync()

    def restore(self, session: Session, window: QMainWindow, splitter: QSplitter) -> None:
        settings = self._settings
        if (geometry := _bytes(settings.value("window/geometry"))) is not None:
            window.restoreGeometry(geometry)
        if (layout := _bytes(settings.value("window/state"))) is not None:
            window.restoreState(layout)
        if (splitter_state := _bytes(settings.value("window/splitter"))) is not None:
            splitter.restoreState(splitter_state)
        values = {key: settings.value(key) for key in KEYS if settings.contains(key)}
        session.restore(SessionSnapshot.from_settings(values))

    def figures_as_table(self) -> bool:
        """View → Show Figures as Table as it was left; anything but a saved "on" means the chart."""
        return self._settings.value(FIGURES_AS_TABLE, False) in (True, "true")
