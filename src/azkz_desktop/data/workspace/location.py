"""Where the workspace lives by default, computed as Qt computes AppDataLocation, but without Qt.

The window asks QStandardPaths for AppDataLocation with organisation and application both "azkz-desktop"
(ui/launch.py); on Linux that is $XDG_DATA_HOME/azkz-desktop/azkz-desktop, or
~/.local/share/azkz-desktop/azkz-desktop when XDG_DATA_HOME is unset, empty or not absolute. The command
line must find the same file, so it repeats that rule here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from azkz_desktop import APP_NAME

WORKSPACE_FILE_NAME = "workspace.sqlite"


def app_data_folder() -> Path:
    """The folder Qt's AppDataLocation names for this app on this platform."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / APP_NAME / APP_NAME


def default_workspace_path() -> Path:
    """The workspace file the window and the command line use unless told otherwise."""
    return app_data_folder() / WORKSPACE_FILE_NAME
