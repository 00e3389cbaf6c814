"""Qt test fixtures: a main window on the bundled database, with settings kept out of the user's home."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings

from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.workspace import open_workspace
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


@pytest.fixture
def open_window(qtbot, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:
    """make(workspace_path=None) -> a shown window with the workspace at that path (tmp by default)."""
    opened: list[MainWindow] = []

    def make(path: Path | None = None) -> MainWindow:
        database = open_database(bundled_database_path())
        workspace = open_workspace(path or tmp_path / "workspace.sqlite", database.category_ids())
        window = MainWindow(database, workspace=workspace)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # the window's shortcuts (S, Ctrl+N) work in the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
