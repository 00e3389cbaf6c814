"""The command line finds the workspace where the window's QStandardPaths.AppDataLocation puts it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from azkz_desktop.data.workspace import default_workspace_path

QT_LOCATION = """
from PySide6.QtCore import QCoreApplication, QStandardPaths
from azkz_desktop import APP_NAME
app = QCoreApplication([])
app.setApplicationName(APP_NAME)  # as ui/launch.py names the app
app.setOrganizationName(APP_NAME)
print(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
"""


@pytest.mark.parametrize("xdg", ["absolute", "relative", "unset"])
def test_same_folder_as_qt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: str) -> None:
    environment = {**os.environ, "HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("XDG_DATA_HOME", None)
    if xdg == "absolute":
        environment["XDG_DATA_HOME"] = str(tmp_path / "data")
    elif xdg == "relative":
        environment["XDG_DATA_HOME"] = "relative/data"
    qt = subprocess.run(
        [sys.executable, "-c", QT_LOCATION], env=environment, capture_output=True, text=True, check=True
    ).stdout.strip()
    for name in ("HOME", "XDG_DATA_HOME"):
        if name in environment:
            monkeypatch.setenv(name, environment[name])
        else:
            monkeypatch.delenv(name, raising=False)
    assert default_workspace_path().parent == Path(qt)
