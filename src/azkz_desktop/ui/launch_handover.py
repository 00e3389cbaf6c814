"""The single-instance step of a launch: hand the request to a running window, or become the one."""

from __future__ import annotations

import sys
from pathlib import Path

from azkz_desktop import APP_NAME, exit_codes
from azkz_desktop.ui.event_opening import handle_request
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.single_instance import InstanceServer, hand_over, server_name


def hand_over_to_running(database: Path, event: str | None, problem: str | None) -> int | None:
    """The exit code when a window on `database` is already open and took the request, else None."""
    reply = hand_over(server_name(database), {"event": event, "problem": problem})
    if reply is None:
        return None
    if event and reply.get("shown") is False:
        print(f"{APP_NAME}: the open window has no event {event!r}; it says so", file=sys.stderr)
    elif event:
        print(f"{APP_NAME}: the open window shows event {event!r}", file=sys.stderr)
    else:
        print(f"{APP_NAME}: brought the window already open on this database forward", file=sys.stderr)
    return exit_codes.OK


def listen(database: Path, window: MainWindow) -> InstanceServer:
    """Listen for later launches on `database` for as long as the application runs."""
    return InstanceServer(server_name(database), handle_request, window)
