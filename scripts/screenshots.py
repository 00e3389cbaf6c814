"""Render the main views offscreen into docs/screenshots: Timeline, Documents and Trade, light and dark,
at the smallest supported window (1024x640) and a large one (1600x1000); the window in each of its
five languages at 1024x640 (language-en.png, language-az.png, ...); and the reader's workspace, light
and dark (workspace-light.png: starred events and a cluster holding one, a note, an own event shown).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Settings go to a temporary folder, so the pictures show the defaults and the user's own are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZES = ((1024, 640), (1600, 1000))
THEMES = ("light", "dark")
EVENT = "tokayev-state-visit-2024"  # an event with several sources, to show the detail pane filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="azkz-shots-")
    os.environ["HOME"] = home
    os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "config")
    os.environ["XDG_DATA_HOME"] = str(Path(home) / "data")

    from PySide6.QtCore import QSettings

    from azkz_desktop.data.database import open_database
    from azkz_desktop.data.paths import bundled_database_path
    from azkz_desktop.ui.languages import LANGUAGES, apply_language
    from azkz_desktop.ui.launch import application
    from azkz_desktop.ui.main_window import MainWindow
    from azkz_desktop.ui.theme import SETTING, apply_theme

    app = application()
    options.out.mkdir(parents=True, exist_ok=True)
    database = open_database(bundled_database_path())
    for theme in THEMES:
        QSettings().setValue(SETTING, theme)  # the window applies the saved theme when it opens
        apply_theme(theme)
        for width, height in SIZES:
            window = MainWindow(database)
            window.resize(width, height)
            window.show()
            if window.index.row_of(EVENT) is not None:
                window.session.select([EVENT], current=EVENT)
            for tab, name in ((0, "timeline"), (1, "documents"), (2, "trade")):
                window.tabs.setCurrentIndex(tab)
                for _ in range(8):
                    app.processEvents()
                target = options.out / f"{name}-{width}x{height}-{theme}.png"
                window.grab().save(str(target))
                print(target)
            window.close()
            window.deleteLater()
            app.processEvents()
    for theme in THEMES:
        QSettings().setValue(SETTING, theme)
        apply_theme(theme)
        target = options.out / f"workspace-{theme}.png"
        workspace_shot(app, database, Path(home) / f"workspace-{theme}.sqlite", target)
        print(target)
    QSettings().setValue(SETTING, "light")
    apply_theme("light")
    for language in LANGUAGES:
        apply_language(language)
        window = MainWindow(database)
        window.resize(1024, 640)
        window.show()
        window.session.select([EVENT], current=EVENT)
        for _ in range(8):
            app.processEvents()
        target = options.out / f"language-{language}.png"
        window.grab().save(str(target))
        print(target)
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


def workspace_shot(app: object, database: object, workspace_path: Path, target: Path) -> None:
    """The window with a workspace: stars on a few events of 2021-2024, notes, an own event shown."""
    import datetime as dt

    from azkz_desktop.data.spans import DaySpan
    from azkz_desktop.data.workspace import OwnEventDraft, open_workspace
    from azkz_desktop.ui.main_window import MainWindow

    workspace = open_workspace(workspace_path, database.category_ids())  # type: ignore[attr-defined]
    own = workspace.add_own_event(
        OwnEventDraft(
            start="2022-06",
            title="Ministry archive: working visit (my find)",
            category="diplomacy",
            source_text="Archive file seen in Baku, folder 12",
        )
    )
    start, end = dt.date(2021, 1, 1).toordinal(), dt.date(2024, 12, 31).toordinal()
    window = MainWindow(database, workspace=workspace)  # type: ignore[arg-type]
    index = window.index
    rows = [row for row in range(len(index)) if start <= index.first_days[row] <= end]
    chosen = [index.ids[row] for row in rows[::4]] + [own.id]
    workspace.set_stars(dict.fromkeys(chosen, True))
    workspace.set_note(chosen[0], "Compare with the ministry's own account.")
    window.workspace_ui.reload()
    window.resize(1400, 860)
    window.show()
    window.session.set_window(DaySpan(float(start - 60), float(end + 60)))
    window.session.make_current(own.id)
    window.workspace_ui.show_current()
    for _ in range(8):
        app.processEvents()  # type: ignore[attr-defined]
    window.grab().save(str(target))
    window.close()
    window.deleteLater()
    app.processEvents()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
