"""Read the running app through AT-SPI, as a screen reader does, and print what it heard as JSON.

Run by the system Python (Debian's python3-pyatspi), inside one X display and one D-Bus session with the
app, which it starts itself: `atspi_client.py --out heard.json --timeout 60 -- <app command>`. It finds the
timeline's events by name, presses Right with xdotool and follows the focus events, zooms out (minus) and
waits for the announcement of the new window, invokes the Press action of an event (its details show) and
of a cluster (the timeline zooms in), tabs to the overview strip and moves it with Right and End, reading
its value, then opens the trade figures as a table (Ctrl+Shift+T) and reads its cells. Exit 0 when
everything was found; 1, with the reason on stderr, when something was not.
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


def action_index(node: pyatspi.Accessible, name: str) -> tuple[object, int, list[str]]:
    actions = node.queryAction()
    names = [actions.getName(number) for number in range(actions.nActions)]
    if name not in names:
        raise Failure(f"{node.name!r} offers no {name} action, only {names}")
    return actions, names.index(name), names


def press_an_event(app: pyatspi.Accessible, timeline: pyatspi.Accessible) -> dict[str, object]:
    """Press (as a screen reader's "activate") an event that is neither focused nor selected; what the
    timeline and the detail pane show afterwards."""
    candidates = [
        item
        for item in timeline_children(timeline)
        if not item.name.startswith("Cluster, ") and not item.getState().contains(pyatspi.STATE_SELECTED)
    ]
    if not candidates:
        raise Failure("no unselected event on the timeline to press")
    item = candidates[len(candidates) // 2]
    name = item.name
    actions, number, names = action_index(item, "Press")
    description = actions.getDescription(number)
    actions.doAction(number)

    def pressed() -> pyatspi.Accessible | None:
        for child in timeline_children(timeline):
            if child.name == name and child.getState().contains(pyatspi.STATE_SELECTED):
                return child
        return None

    wait_for(pressed, 10, f"{name!r} selected after its Press action")
    # The pane (not the View menu's item of the same name), its texts as a screen reader walks them.
    details = find(app, lambda node: node.name == "Details" and node.childCount > 0)
    texts = [node.name for node in walk(details)] if details is not None else []
    return {"item": name, "actions": names, "description": description, "details_texts": texts}


def press_a_cluster(timeline: pyatspi.Accessible) -> dict[str, object]:
    """Press a cluster: the timeline zooms into it (the caller waits for the announcement)."""
    cluster = next((item for item in timeline_children(timeline) if item.name.startswith("Cluster, ")), None)
    if cluster is None:
        raise Failure("no cluster on the timeline to press")
    actions, number, names = action_index(cluster, "Press")
    heard = {"item": cluster.name, "actions": names, "description": actions.getDescription(number)}
    actions.doAction(number)  # the cluster is gone once the zoom has been drawn
    return heard


def tab_to_the_overview(app: pyatspi.Accessible, focus_names: list[str]) -> dict[str, object]:
    """Tab from the timeline to the overview strip; Right moves the window later, End to the end."""
    seen = len(focus_names)
    xdotool("key", "Tab")
    wait_for(
        lambda: any(name.startswith("Overview: ") for name in focus_names[seen:]), 10, "focus on the overview"
    )
    overview = find(app, lambda node: node.getRole() == pyatspi.ROLE_SLIDER)
    value = overview.queryValue()
    before = value.currentValue
    xdotool("key", "Right")
    after = wait_for(lambda: value.currentValue != before and value.currentValue, 10, "the value after Right")
    xdotool("key", "End")
    at_end = wait_for(lambda: value.currentValue != after and value.currentValue, 10, "the value after End")
    return {
        "focused": next(name for name in focus_names[seen:] if name.startswith("Overview: ")),
        "before": before,
        "after_right": after,
        "after_end": at_end,
        "minimum": value.minimumValue,
        "maximum": value.maximumValue,
        "step": value.minimumIncrement,
    }


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

        heard["press"] = press_an_event(app, timeline)
        said = len(announcements)
        heard["cluster_press"] = press_a_cluster(timeline)
        heard["after_cluster_press"] = wait_for(
            lambda: len(announcements) > said and announcements[-1], 10, "an announcement after the zoom"
        )
        heard["overview_keys"] = tab_to_the_overview(app, focus_names)

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
