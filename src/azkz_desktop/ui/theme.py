"""Light, dark or the system's colours, chosen in View → Theme, remembered and applied at once.

Every theme uses the Fusion style, so the three look alike apart from their colours and none depends on
what the desktop's style happens to support. Views that paint for themselves read the palette, so a
palette change reaches them as an ordinary repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
SETTING = "view/theme"
_system_palette: QPalette | None = None
_fusion_from_start: list[QApplication] = []  # the application created in Fusion by `create_application`


def create_application(argv: list[str]) -> QApplication:
    """The QApplication, in the Fusion style from its construction (Qt's own `-style` argument).

    Asking the application for its style, to learn its name or to replace it, wraps the style as a
    Python QStyle, whose type and enums take some 10 ms to set up: a launch avoids that when the style
    is Fusion from the start. The desktop's palette is then the one under Fusion, which is what the
    "system" theme shows anyway.
    """
    app = QApplication([*argv[:1], "-style", "fusion", *argv[1:]])
    _fusion_from_start[:] = [app]
    return app


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colors = {
        roles.Window: "#2d2d30",
        roles.WindowText: "#e8e8e8",
        roles.Base: "#1e1e1e",
        roles.AlternateBase: "#2a2a2d",
        roles.ToolTipBase: "#3a3a3d",
        roles.ToolTipText: "#f0f0f0",
        roles.PlaceholderText: "#a0a0a0",
        roles.Text: "#e8e8e8",
        roles.Button: "#3a3a3d",
        roles.ButtonText: "#e8e8e8",
        roles.BrightText: "#ff6b6b",
        roles.Light: "#505055",
        roles.Midlight: "#434347",
        roles.Mid: "#5a5a60",
        roles.Dark: "#1a1a1c",
        roles.Shadow: "#000000",
        roles.Highlight: "#2f6fb5",
        roles.HighlightedText: "#ffffff",
        roles.Link: "#7ab8ff",
        roles.LinkVisited: "#c39bff",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def saved_theme() -> str:
    value = QSettings().value(SETTING, "system")
    return value if isinstance(value, str) and value in THEMES else "system"


def apply_theme(name: str) -> str:
    """Use theme `name` ("system", "light" or "dark") for the whole application; returns the one used."""
    global _system_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "system"
    if _system_palette is None:
        _system_palette = QPalette(app.palette())  # what the desktop gave, before any change
    name = name if name in THEMES else "system"
    if app not in _fusion_from_start and app.style().name().casefold() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    if name == "dark":
        app.setPalette(dark_palette())
    elif name == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_system_palette)
    return name
