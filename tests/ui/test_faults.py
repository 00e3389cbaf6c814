"""Faults: an uncaught error is logged and shown, the app keeps running; damaged settings are set aside;
a thousand pans and zooms neither crash nor grow memory without bound."""

from __future__ import annotations

import faulthandler
import gc
import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.ui import faults
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.settings_store import set_aside_damaged_settings


@pytest.fixture
def log_home(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(faults, "log_folder", lambda: tmp_path / "logs")
    monkeypatch.setattr(faults, "_fault_file", None)
    saved_hook = sys.excepthook
    yield tmp_path / "logs"
    sys.excepthook = saved_hook
    for handler in list(faults.logger.handlers):
        faults.logger.removeHandler(handler)
        handler.close()
    if faults._fault_file is not None:
        faulthandler.enable(file=sys.__stderr__)
        faults._fault_file.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_the_window_is_logged_shown_and_survived(qtbot, database, log_home, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    log = faults.install_fault_handling(show_dialogs=True)
    assert log == log_home / "azkz-desktop.log"
    window = MainWindow(database)
    qtbot.addWidget(window)

    def broken_slot() -> None:
        raise RuntimeError("a deliberate fault")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert "a deliberate fault" in shown[0] and str(log) in shown[0]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: a deliberate fault" in text and "broken_slot" in text
    window.session.select(["veten-newspaper-2007"])  # still working
    assert window.status_label.text().endswith("offline")


def test_logs_go_to_the_users_data_folder_not_the_install_folder() -> None:
    folder = faults.log_folder()
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert str(folder).startswith(base)
    assert "site-packages" not in str(folder) and "/opt/" not in str(folder)


def test_a_damaged_settings_file_is_set_aside(qapp, isolated_settings: Path) -> None:
    path = Path(QSettings().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"[window\ngeometry=\x00\x01broken\n")
    aside = set_aside_damaged_settings(QSettings())
    assert aside is not None and aside.exists() and aside.name.startswith(path.name + ".damaged-")
    assert not path.exists()
    assert QSettings().status() == QSettings.Status.NoError
    assert set_aside_damaged_settings(QSettings()) is None


def test_a_sound_settings_file_is_left_alone(qapp, isolated_settings: Path) -> None:
    settings = QSettings()
    settings.setValue("filter/text", "visit")
    settings.sync()
    assert set_aside_damaged_settings(QSettings()) is None
    assert QSettings().value("filter/text") == "visit"


def test_opening_a_broken_database_from_the_window_says_why_and_keeps_the_window(
    qtbot, database: RelationsDatabase, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a database", encoding="utf-8")
    assert window.open_database_file(bogus) is None
    assert shown == [f"{bogus}\n\nthis is not an SQLite database"]
    assert window.isVisible()


def test_opening_another_database_replaces_the_window(
    qtbot, database: RelationsDatabase, tmp_path: Path
) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    replacement = window.open_database_file(Path(database.path))
    assert replacement is not None
    qtbot.addWidget(replacement)
    assert replacement.isVisible() and not window.isVisible()


def test_thousands_of_pans_and_zooms_keep_memory_bounded(qtbot, database: RelationsDatabase) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    timeline = window.timeline
    rng = np.random.default_rng(11)

    def work(steps: int) -> None:
        for step in range(steps):
            if step % 3 == 0:
                timeline.zoom_at(float(rng.uniform(200, 1000)), float(rng.choice([0.6, 0.9, 1.1, 1.6])))
            else:
                timeline.pan_by_fraction(float(rng.uniform(-0.2, 0.2)))
            timeline.repaint()
            window.overview.repaint()

    work(400)
    gc.collect()
    tracemalloc.start()
    first, _ = tracemalloc.get_traced_memory()
    work(3000)
    gc.collect()
    last, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert last - first < 512 * 1024, f"Python memory grew by {last - first} bytes over 3000 steps"
    assert timeline.isVisible()
