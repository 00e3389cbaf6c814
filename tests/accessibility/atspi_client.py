"""Read the running app through AT-SPI, as a screen reader does, and print what it heard as JSON.

Run by the system Python (Debian's python3-pyatspi), inside one X display and one D-Bus session with the
app, which it starts itself: `atspi_client.py --out heard.json --timeout 60 -- <app command>`. It finds the
timeline's events by name, presses Right with xdotool and follows the focus events, zooms out (minus) and
waits for the announcement of the new window, then opens the trade figures as a table (Ctrl+Shift+T) and
reads its cells. Exit 0 when everything was found; 1, with the
reason on stderr, when something was not.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib


class Failure(Exception):
    pass


def find_app(deadline: float) -> pyatspi.Accessible:
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for number in range(desktop.childCount):
            app = desktop.getChildAtIndex(number)
            if app is not None and find(app, is_timeline):
                return app
        time.sleep(0.5)
    raise Failure("the app did not appear on the accessibility bus with a list named Timeline")


def is_timeline(node: pyatspi.Accessible) -> bool:
    return node.getRole() == pyatspi.ROLE_LIST and node.name == "Timeline"


def is_trade_table(node: pyatspi.Accessible) -> bool:
    return node.getRole() == pyatspi.ROLE_TABLE and node.name == "Trade figures"


def walk(node: pyatspi.Accessible, depth: int = 0):
    yield node
    if depth > 40:
        return
    for number in range(node.childCount):
        child = node.getChildAtIndex(number)
        if child is not None:
            yield from walk(child, depth + 1)


def find(root: pyatspi.Accessible, test) -> pyatspi.Accessible | None:
    for node in walk(root):
        try:
            if test(node):
                return node
        except Exception:  # a node that went away while walking
            continue
    return None


def timeline_children(timeline: pyatspi.Accessible) -> list[pyatspi.Accessible]:
    return [timeline.getChildAtIndex(n) for n in range(timeline.childCount)]


def xdotool(*arguments: str) -> None:
    subprocess.run(["xdotool", *arguments], check=True, timeout=20)


def wait_for(test, seconds: float, what: str):
    """Run the GLib loop (so AT-SPI events arrive) until test() gives something, or fail saying `what`."""
    deadline = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < deadline:
        while context.pending():
            context.iteration(False)
        result = test()
        if result:
            return result
        time.sleep(0.05)
    raise Failure(f"timed out waiting for {what}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--out", required=True, help="where to write what was heard, as JSON")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    app_process = subprocess.Popen(command)
    heard: dict[str, object] = {}
    try:
        deadline = time.monotonic() + options.timeout
        app = find_app(deadline)
        timeline = find(app, is_timeline)
        items = timeline_children(timeline)
        heard["timeline_items"] = [item.name for item in items]
        heard["timeline_roles"] = sorted({item.getRoleName() for item in items})
        overview = find(app, lambda node: node.getRole() == pyatspi.ROLE_SLIDER)
        heard["overview"] = overview.name if overview is not None else None

        focus_names: list[str] = []

        def on_focus(event) -> None:
            if event.detail1 == 1 and event.source is not None:
                focus_names.append(event.source.name)

        pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
        announcements: list[str] = []

        def on_announcement(event) -> None:
            announcements.append(str(event.any_data))

        pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
        # Click an empty stretch of the timeline (focus, no event under the pointer), then press Right.
        extents = timeline.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        window_id = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "relations"],
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        ).stdout.split()[0]
        xdotool("windowfocus", "--sync", window_id)
        xdotool("mousemove", str(extents.x + 60), str(extents.y + extents.height - 12), "click", "1")
        wait_for(lambda: "Timeline" in focus_names, 10, "focus on the timeline after a click")
        start = len(focus_names)
        xdotool("key", "Right")
        wait_for(lambda: focus_names[start:] and focus_names[-1] != "Timeline", 10, "focus on an event")
        heard["after_right"] = focus_names[-1]
        xdotool("key", "Right")
        wait_for(lambda: focus_names[-1] != heard["after_right"], 10, "focus on the next event")
        heard["after_second_right"] = focus_names[-1]
        heard["focus_events"] = list(focus_names)
        xdotool("key", "minus")  # zoom out: said once the window settles
        heard["announcement"] = wait_for(lambda: announcements and announcements[-1], 10, "an announcement")
        focused = next(
            (item for item in timeline_children(timeline) if item.getState().contains(pyatspi.STATE_FOCUSED)),
            None,
        )
        heard["focused_item"] = focused.name if focused is not None else None

        xdotool("key", "ctrl+shift+t")
        table = wait_for(
            lambda: find(app, is_trade_table),
            15,
            "the trade figures table",
        )
        cells = table.queryTable()
        heard["table_size"] = [cells.nRows, cells.nColumns]
        heard["table_headers"] = [cells.getColumnDescription(c) for c in range(cells.nColumns)]
        heard["table_first_rows"] = [
            [cells.getAccessibleAt(row, column).name for column in range(cells.nColumns)]
            for row in range(min(3, cells.nRows))
        ]
    except Failure as failure:
        write(options.out, heard)
        print(f"atspi_client: {failure}", file=sys.stderr)
        return 1
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    write(options.out, heard)
    return 0


def write(path: str, heard: dict[str, object]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(heard, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())
