"""The app read through AT-SPI, as Orca reads it: a real X display, D-Bus session and accessibility bus.

The client (atspi_client.py) runs under the system Python, where Debian's python3-pyatspi lives; it
starts the app from this virtual environment. `scripts/setup.sh --test` installs the tools; without them
this test fails, saying which is missing, rather than passing unread.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from azkz_desktop.data.database import open_database
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.ui.accessibility.chart_table import COLUMNS, figure_rows

CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = "/usr/bin/python3"
TOOLS = {"xvfb-run": "xvfb", "xauth": "xauth", "dbus-run-session": "dbus-daemon", "xdotool": "xdotool"}
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
EVENT_NAME = re.compile(r"^(?P<date>[^,]+), (?P<rest>.+), (?P<sources>\d+) sources?$")


def missing_tools() -> list[str]:
    missing = [package for tool, package in TOOLS.items() if shutil.which(tool) is None]
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi2-core")
    probe = [SYSTEM_PYTHON, "-c", "import pyatspi"]
    has_pyatspi = Path(SYSTEM_PYTHON).exists() and (
        subprocess.run(probe, capture_output=True, timeout=60).returncode == 0
    )
    if not has_pyatspi:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    missing = missing_tools()
    if missing:
        pytest.fail(
            "the AT-SPI test needs " + ", ".join(missing) + ": run `bash scripts/setup.sh --test` "
            "(or apt-get install " + " ".join(missing) + ")",
            pytrace=False,
        )
    home = tmp_path_factory.mktemp("atspi-home")
    out = home / "heard.json"
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    environment.pop("DBUS_SESSION_BUS_ADDRESS", None)
    environment.pop("AT_SPI_BUS_ADDRESS", None)
    command = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1400x900x24",
        "dbus-run-session",
        "--",
        SYSTEM_PYTHON,
        str(CLIENT),
        "--out",
        str(out),
        "--timeout",
        "60",
        "--",
        sys.executable,
        "-m",
        "azkz_desktop",
    ]
    try:
        done = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"the AT-SPI client did not finish in {expired.timeout} s", pytrace=False)
    assert done.returncode == 0, f"the AT-SPI client failed:\n{done.stderr[-3000:]}"
    return json.loads(out.read_text(encoding="utf-8"))


def test_the_timeline_events_are_read_by_name(heard: dict[str, object]) -> None:
    database = open_database(bundled_database_path())
    try:
        titles = set(database.timeline_index().titles)
    finally:
        database.close()
    items = heard["timeline_items"]
    assert isinstance(items, list) and len(items) > 10
    events = [name for name in items if not name.startswith("Cluster, ")]
    clusters = [name for name in items if name.startswith("Cluster, ")]
    assert events and clusters
    for name in events:
        match = EVENT_NAME.match(name)
        assert match, f"not a date, title, category and sources: {name!r}"
        assert any(f", {title}, " in name for title in titles), name
    assert all(re.match(r"^Cluster, \d+ events, \S", name) for name in clusters)
    assert heard["timeline_roles"] == ["list item"]
    assert str(heard["overview"]).startswith("Overview: showing ")


def test_focus_follows_the_right_arrow(heard: dict[str, object]) -> None:
    first, second = heard["after_right"], heard["after_second_right"]
    assert EVENT_NAME.match(str(first)) and EVENT_NAME.match(str(second))
    assert first != second
    assert heard["focused_item"] == second
    focus = heard["focus_events"]
    assert isinstance(focus, list) and focus.index("Timeline") < focus.index(first) < focus.index(second)


def test_a_zoom_is_announced(heard: dict[str, object]) -> None:
    said = str(heard["announcement"])
    assert re.match(r"^Showing \d{4} to \d{4}, \d+ events$", said), said


def test_the_trade_table_is_read_cell_by_cell(heard: dict[str, object]) -> None:
    database = open_database(bundled_database_path())
    try:
        rows = figure_rows(database.trade_points())
    finally:
        database.close()
    assert heard["table_headers"] == list(COLUMNS)
    assert heard["table_size"] == [len(rows), len(COLUMNS)]
    assert heard["table_first_rows"] == [list(row.cells) for row in rows[:3]]


def test_an_events_press_action_selects_it_and_shows_its_details(heard: dict[str, object]) -> None:
    press = heard["press"]
    assert isinstance(press, dict)
    assert press["actions"] == ["Press", "SetFocus", "Star"]  # the app runs with its own workspace
    assert press["description"] == "Show the event's details"
    database = open_database(bundled_database_path())
    try:
        titles = set(database.timeline_index().titles)
    finally:
        database.close()
    title = next(title for title in titles if f", {title}, " in str(press["item"]))
    assert title in press["details_texts"]


def test_a_clusters_press_action_zooms_into_it(heard: dict[str, object]) -> None:
    press = heard["cluster_press"]
    assert isinstance(press, dict)
    assert press["actions"] == ["Press"]
    assert press["description"] == "Zoom in to this cluster's events"
    said = str(heard["after_cluster_press"])
    assert said != heard["announcement"]
    assert re.match(r"^Showing .+, \d+ events?$", said), said


def test_the_overview_takes_focus_and_its_value_follows_the_keys(heard: dict[str, object]) -> None:
    keys = heard["overview_keys"]
    assert isinstance(keys, dict)
    assert str(keys["focused"]).startswith("Overview: showing ")
    before, after, at_end = float(keys["before"]), float(keys["after_right"]), float(keys["after_end"])
    assert 1900 < before < after < at_end
    assert after - before == pytest.approx(float(keys["step"]), rel=0.05)
    assert at_end == pytest.approx(float(keys["maximum"]), abs=0.01)
    assert float(keys["minimum"]) <= before
