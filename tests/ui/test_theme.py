"""View → Theme: light, dark or the system's colours, applied at once and remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.theme import apply_theme


@pytest.fixture(autouse=True)
def back_to_system() -> Iterator[None]:
    yield
    apply_theme("system")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def first_highlight_lightness(window: MainWindow) -> int:
    selections = window.documents.text.extraSelections()
    text_format = selections[0].format
    return text_format.background().color().lightness()


def test_dark_is_applied_live_and_remembered(qtbot, window: MainWindow, database: RelationsDatabase) -> None:
    assert window.theme_actions["system"].isChecked()
    window.theme_actions["dark"].trigger()
    assert is_dark(QApplication.palette())
    QApplication.processEvents()
    assert is_dark(window.event_table.palette()) and is_dark(window.details.palette())
    assert QApplication.style().name().casefold() == "fusion"
    text = window.palette().color(QPalette.ColorRole.WindowText)
    assert text.lightness() > 180  # light text on the dark window: readable
    window.tabs.setCurrentWidget(window.documents)
    window.documents.show_document(database.documents(kind="full")[0].id)
    selections = window.documents.text.extraSelections()
    assert selections and selections[0].format.background().color().lightness() < 128
    window.close()
    again = MainWindow(database)
    qtbot.addWidget(again)
    assert again.theme_actions["dark"].isChecked()
    assert is_dark(QApplication.palette())
    again.theme_actions["light"].trigger()
    assert not is_dark(QApplication.palette())


def test_the_reader_recolours_its_highlights_when_the_theme_changes(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    window.tabs.setCurrentWidget(window.documents)
    window.documents.show_document(database.documents(kind="full")[0].id)
    assert first_highlight_lightness(window) > 128
    window.set_theme("dark")
    QApplication.processEvents()
    assert first_highlight_lightness(window) < 128


def test_an_application_made_in_fusion_switches_themes_as_any_other(tmp_path) -> None:
    """`create_application` (the launch's) starts in Fusion even when the environment asks for another
    style, and every theme applies to it without replacing the style."""
    import json
    import os
    import subprocess
    import sys

    code = (
        "import json\n"
        "from PySide6.QtGui import QPalette\n"
        "from azkz_desktop.ui.theme import apply_theme, create_application\n"
        "app = create_application(['azkz-desktop'])\n"
        "style = app.style()\n"
        "seen = [style.name()]\n"
        "for name in ('dark', 'light', 'system', 'dark'):\n"
        "    seen.append([apply_theme(name), app.style() is style,\n"
        "                 app.palette().color(QPalette.ColorRole.Base).lightness() < 128])\n"
        "print(json.dumps(seen))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_STYLE_OVERRIDE": "windows",
        "HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == [
        "fusion",
        ["dark", True, True],
        ["light", True, False],
        ["system", True, False],
        ["dark", True, True],
    ]
