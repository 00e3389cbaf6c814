"""Lay the main window out at one scale, font size and palette, and report what does not fit.

Run as a child process (QT_SCALE_FACTOR only works before Qt starts):
`python -m tests.ui.scale_probe --font-scale 1.5 --palette high-contrast [--language de] --out DIR`. It writes
DIR/problems.json (a list of sentences, empty when everything fits) and DIR/window.png, DIR/trade.png to
look at. Geometry is checked in widget coordinates, never pixels, so the verdict does not depend on the
scale's rounding.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QRect, QSettings
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QTabBar, QWidget

from azkz_desktop.data.database import open_database
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.ui.category_names import category_label
from azkz_desktop.ui.languages import apply_language
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.timeline.render import lane_name_text

WINDOW_SIZE = (1280, 800)
FIELD_MARGINS = 8  # a line edit's frame and text margins, in Fusion


def high_contrast_palette() -> QPalette:
    """White on black with yellow highlights, as high-contrast desktop themes are."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in {
        roles.Window: "#000000",
        roles.WindowText: "#ffffff",
        roles.Base: "#000000",
        roles.AlternateBase: "#1a1a1a",
        roles.Text: "#ffffff",
        roles.Button: "#000000",
        roles.ButtonText: "#ffffff",
        roles.Highlight: "#ffff00",
        roles.HighlightedText: "#000000",
        roles.PlaceholderText: "#d0d0d0",
        roles.ToolTipBase: "#000000",
        roles.ToolTipText: "#ffffff",
        roles.Link: "#00ffff",
        roles.Mid: "#ffffff",
        roles.Dark: "#ffffff",
    }.items():
        palette.setColor(role, QColor(color))
    return palette


def inside(widget: QWidget, area: QWidget) -> bool:
    top_left = widget.mapTo(area, widget.rect().topLeft())
    return area.rect().contains(QRect(top_left, widget.size()))


def cut_controls(root: QWidget) -> list[str]:
    """Visible buttons and fields narrower than their text needs, or reaching out of their parent."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        in_tab_bar = isinstance(widget.parentWidget(), QTabBar)
        if isinstance(widget, (QAbstractButton, QLineEdit)) and not in_tab_bar:
            hint = widget.minimumSizeHint() if isinstance(widget, QLineEdit) else widget.sizeHint()
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
            if widget.width() < hint.width() or widget.height() < hint.height():
                problems.append(
                    f"{type(widget).__name__} {name!r} is {widget.width()}x{widget.height()}, "
                    f"needs {hint.width()}x{hint.height()}"
                )
            parent = widget.parentWidget()
            if parent is not None and parent.isVisible() and not inside(widget, parent):
                problems.append(f"{type(widget).__name__} {name!r} reaches outside its parent")
    return problems


def check(window: MainWindow) -> list[str]:
    problems = []
    bar = window.filter_bar
    extension = bar.findChild(QWidget, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():
        problems.append("the filter bar does not fit: some of it is behind the overflow button")
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if action.isVisible() and widget is not None and not widget.isVisible():
            name = action.text() or widget.objectName()
            problems.append(f"filter bar item {name!r} is hidden for lack of room")
    metrics = QFontMetricsF(window.timeline.fonts.lane)
    lane_height = min(lane.height for lane in window.timeline.current_layout().lanes)
    for category in window.categories:
        label = category_label(category)
        text, _ = lane_name_text(metrics, label, lane_height)
        if text != label:
            problems.append(f"lane name {label!r} is cut to {text!r} in the gutter")
    for field in (bar.search, bar.date_from, bar.date_to):
        # The hint and the frame's margins (the clear button shows only once there is text, not the hint).
        needed = field.fontMetrics().horizontalAdvance(field.placeholderText()) + FIELD_MARGINS
        if field.width() < needed:
            problems.append(f"field {field.objectName()!r} cuts its hint {field.placeholderText()!r}")
    tabs = window.tabs.tabBar()
    for number in range(tabs.count()):
        if tabs.tabRect(number).width() < tabs.fontMetrics().horizontalAdvance(tabs.tabText(number)):
            problems.append(f"tab {tabs.tabText(number)!r} is cut")
    problems += cut_controls(window)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--palette", choices=("default", "high-contrast"), default="default")
    parser.add_argument("--language", default="en", help="en, az, kk, ru or de")
    parser.add_argument("--out", type=Path, required=True)
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("azkz-desktop-scale-probe")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(options.out / "settings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(options.out / "settings"))
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * options.font_scale)
    app.setFont(font)
    if options.palette == "high-contrast":
        app.setPalette(high_contrast_palette())
    apply_language(options.language)
    window = MainWindow(open_database(bundled_database_path()))
    window.resize(*WINDOW_SIZE)
    window.show()
    first = window.index.ids[len(window.index) // 2]
    window.session.select([first], current=first)
    app.processEvents()
    problems = check(window)
    window.grab().save(str(options.out / "window.png"))
    window.tabs.setCurrentWidget(window.trade)
    app.processEvents()
    problems += [f"trade tab: {problem}" for problem in cut_controls(window.trade)]
    window.grab().save(str(options.out / "trade.png"))
    (options.out / "problems.json").write_text(json.dumps(problems, indent=1), encoding="utf-8")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
