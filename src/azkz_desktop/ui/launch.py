"""Start the window: open the database, report what stops it, or render a screenshot and leave."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMessageLogContext,
    QSettings,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from azkz_desktop import APP_NAME, exit_codes
from azkz_desktop.data.database import open_database
from azkz_desktop.data.errors import DatabaseError
from azkz_desktop.data.export import ExportError, replace_atomically
from azkz_desktop.data.paths import resource_path
from azkz_desktop.ui import accessibility, languages
from azkz_desktop.ui.dialogs import show_message
from azkz_desktop.ui.faults import install_fault_handling, logger
from azkz_desktop.ui.guard import one_line
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.settings_store import set_aside_damaged_settings
from azkz_desktop.ui.theme import create_application

if TYPE_CHECKING:
    from azkz_desktop.ui.single_instance import InstanceServer

EXIT_SCREENSHOT_FAILED = exit_codes.SCREENSHOT_FAILED
EXIT_NO_DISPLAY = exit_codes.NO_DISPLAY
SCREENSHOT_SIZE = (1280, 800)
# Qt's PNG writer maps a quality q to zlib's level (100 - q) * 9 // 91: 80 is level 1, the fastest that
# compresses. On the window's flat colours it encodes in two thirds of the default level's (6) time, to
# a file of about the same size; PNG is lossless, so the pixels are the same at every level.
SCREENSHOT_PNG_QUALITY = 80


def has_display() -> bool:
    """Whether a window can be shown: Qt aborts the process, with no useful message, when it cannot."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def application() -> QApplication:
    """The one QApplication, created with the app's name so settings land in the right place."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = create_application(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # The Wayland app id names the desktop entry; the icon is the installed theme's, else the checkout's.
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(QIcon.fromTheme(APP_NAME, QIcon(str(resource_path(f"{APP_NAME}.svg")))))
    accessibility.install()  # screen readers can read the painted timeline and overview
    languages.apply_language(languages.saved_language())  # View → Language, or the system's
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Azerbaijan–Kazakhstan relations"))
    return app


def show_error(title: str, message: str) -> None:
    show_message(None, title, message)


def run_window(
    database_path: Path,
    screenshot: Path | None = None,
    event: str | None = None,
    problem: str | None = None,
    language: str | None = None,
    size: tuple[int, int] | None = None,
) -> int:
    """The window; `event` (from --event or a link) is shown in it, `problem` (a bad link) said in it.

    `language` (--language) overrides the remembered one for this run; `size` is the screenshot's.
    """
    if not has_display():
        if screenshot is None:
            print(
                f"{APP_NAME}: no display to open a window on (DISPLAY is not set); "
                "run it in a desktop session, or use --screenshot",
                file=sys.stderr,
            )
            return EXIT_NO_DISPLAY
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    app = application()
    if language is not None:
        languages.apply_language(language)
        app.setApplicationDisplayName(
            QCoreApplication.translate("MainWindow", "Azerbaijan–Kazakhstan relations")
        )
    if screenshot is None:  # a screenshot always renders its own window
        from azkz_desktop.ui import launch_handover

        handed = launch_handover.hand_over_to_running(database_path, event, problem)
        if handed is not None:
            return handed
    install_fault_handling(show_dialogs=screenshot is None)
    started = start_window(database_path, event, problem, on_screen=screenshot is None)
    if isinstance(started, int):
        return started
    window, guard = started
    if screenshot is not None:
        return save_screenshot(app, window, screenshot, size or SCREENSHOT_SIZE)
    code = app.exec()
    if guard is not None:
        guard.close()
    return code


def start_window(
    database_path: Path, event: str | None = None, problem: str | None = None, on_screen: bool = True
) -> tuple[MainWindow, InstanceServer | None] | int:
    """Open the database and the workspace, build the window and, on screen, show it and then what it
    has to say (a workspace it cannot use, a bad link), over it. An exit code when there is no window.

    Everything of a launch but the event loop, so that tests start the window as the app does.
    """
    app = application()
    aside = set_aside_damaged_settings(QSettings())
    try:
        database = open_database(database_path)
        from azkz_desktop.ui.workspace.opening import open_for_window, say_opening

        workspace, workspace_problem = open_for_window(database.category_ids())
        window = MainWindow(database, workspace=workspace, workspace_problem=workspace_problem)
    except DatabaseError as error:
        # With --screenshot nobody is there to close a dialog: say it on stderr and leave.
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        if on_screen:
            show_error(
                QCoreApplication.translate("Launch", "Cannot open the database"),
                f"{error.path}\n\n{error.problem}",
            )
        return error.exit_code
    except Exception as error:  # a half-built window must not end in a traceback
        logger.exception("the window could not be built from %s", database_path)
        print(
            f"{APP_NAME}: {database_path}: the window cannot show this database ({one_line(str(error))})",
            file=sys.stderr,
        )
        if on_screen:
            show_error(
                QCoreApplication.translate("Launch", "Cannot show the database"),
                f"{database_path}\n\n{one_line(str(error))}",
            )
        return exit_codes.WINDOW_FAILED
    if workspace_problem:
        what = "cannot be used" if workspace is None else "was damaged and replaced by a new one"
        print(f"{APP_NAME}: the workspace {what}: {one_line(workspace_problem)}", file=sys.stderr)
    if aside is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Launch", "The settings file was damaged and was set aside as %1"
            ).replace("%1", str(aside)),
            15_000,
        )
    guard = None
    if on_screen:
        from azkz_desktop.ui import launch_handover

        guard = launch_handover.listen(database_path, window)
        window.show()  # first, so that the messages below open over the window, not before it
    if event or problem:
        from azkz_desktop.ui.event_opening import open_event, say

        app.processEvents()
        say(window, problem) if problem else open_event(window, event or "")
    if on_screen:
        say_opening(window, workspace, workspace_problem)
        from azkz_desktop.ui.warm_up import start_warm_up

        start_warm_up(window)  # in the pause before the first click (it belongs to the window)
    return window, guard


# The offscreen platform says this whenever a window is shown; it concerns window managers, of which a
# screenshot has none, so it is noise on every --screenshot run.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message != OFFSCREEN_NOISE:
        print(qFormatLogMessage(kind, context, message), file=sys.stderr)


def save_screenshot(
    app: QApplication, window: MainWindow, path: Path, size: tuple[int, int] = SCREENSHOT_SIZE
) -> int:
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        return _save_screenshot(app, window, path, size)
    finally:
        qInstallMessageHandler(previous)


def painted_window(window: QWidget) -> QPixmap:
    """The window as its first paint left it on the screen, or painted again when that is not at hand.

    On the offscreen platform the screen is the window's backing store, already painted by the event
    loop: copying it saves painting the whole window a second time (what `grab` does), and gives the
    same pixels. Elsewhere (a real screen may show other windows over this one) it paints again.
    """
    if QGuiApplication.platformName() == "offscreen" and (screen := window.screen()) is not None:
        shown = screen.grabWindow(window.winId())
        ratio = window.devicePixelRatio()
        expected = (round(window.width() * ratio), round(window.height() * ratio))
        if not shown.isNull() and (shown.width(), shown.height()) == expected:
            return shown
    return window.grab()


def _save_screenshot(app: QApplication, window: MainWindow, path: Path, size: tuple[int, int]) -> int:
    window.resize(*size)
    window.show()
    app.processEvents()
    # Encoded in memory and written by Python: the exact name given (bytes that are not UTF-8 included,
    # which a QString cannot carry), atomically, and never over a file that is not ours.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = painted_window(window).save(buffer, "PNG", SCREENSHOT_PNG_QUALITY)
    buffer.close()
    try:
        if not encoded:
            raise ExportError(f"{path}: the window could not be encoded as PNG")
        replace_atomically(path, lambda temporary: temporary.write_bytes(data.data()))
    except ExportError as error:
        print(f"{APP_NAME}: cannot write the screenshot: {error}", file=sys.stderr)
        window.close()
        return EXIT_SCREENSHOT_FAILED
    print(f"screenshot saved to {path}")
    window.close()
    return 0
