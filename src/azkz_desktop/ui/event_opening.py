"""Open the window at one event, for `--event ID`, a clicked link or a second launch handing over.

An id the database does not know is said in the status bar and a non-blocking dialog; never a crash.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("EventOpening", text)


def say(window: MainWindow, message: str) -> None:
    """A problem in the status bar and in a dialog that does not block the event loop."""
    window.statusBar().showMessage(message, 20_000)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("EventOpening", "Cannot show the event"),
        message,
        parent=window,
    )
    box.setObjectName("eventOpeningMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def open_event(window: MainWindow, event_id: str) -> bool:
    """Select the event, bring it into view and show its details; False (and a message) if unknown."""
    if window.index.row_of(event_id) is None:
        say(
            window,
            QCoreApplication.translate(
                "EventOpening", "This database has no event with the id “%1”."
            ).replace("%1", event_id),
        )
        return False
    row = window.index.row_of(event_id)
    if row is not None and not window.session.is_shown(event_id):
        window.session.set_filter(EventFilter())  # the filter hides it: show everything again
    window.session.select([event_id], current=event_id)
    window.timeline.zoom_to_event(event_id)
    window.details_dock.show()
    window.details_dock.raise_()
    return True


def bring_forward(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def current_window() -> MainWindow | None:
    """The visible main window (Open Database replaces it with a new one)."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return windows[-1] if windows else None


def handle_request(request: dict[str, Any]) -> dict[str, Any]:
    """What a second launch asked for: raise the window and open its event, and say what happened."""
    window = current_window()
    if window is None:
        return {"shown": False, "error": "no window"}
    bring_forward(window)
    problem = request.get("problem")
    if isinstance(problem, str) and problem:
        say(window, problem)
        return {"shown": False, "error": problem}
    event_id = request.get("event")
    if isinstance(event_id, str) and event_id:
        return {"shown": open_event(window, event_id), "event": event_id}
    return {"shown": True}
