"""Qt test fixtures: a main window on the bundled database, with settings kept out of the user's home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings

from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.ui.languages import apply_language
from azkz_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """The window speaks English, as it does at start-up on an English desktop (its plural forms too)."""
    apply_language("en")
    yield
    apply_language("en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: object) -> Iterator[Path]:
    """Every test gets its own empty settings folder."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QCoreApplication.setOrganizationName("azkz-desktop-tests")
    QCoreApplication.setApplicationName("azkz-desktop-tests")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def database() -> Iterator[RelationsDatabase]:
    opened = open_database(bundled_database_path())
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, database: RelationsDatabase) -> MainWindow:
    """A shown main window on the bundled database."""
    shown = MainWindow(database)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown
