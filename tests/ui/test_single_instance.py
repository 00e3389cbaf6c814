"""One window per database: a second launch (a link, --event) hands over to the first and leaves."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.ui.single_instance import server_name

EVENT = "ilham-aliyev-state-visit-2004"


@pytest.fixture
def launch(tmp_path: Path):
    """launch(*args) runs the app on a private database copy, settings and socket folder."""
    database = tmp_path / "copy.sqlite"
    shutil.copyfile(bundled_database_path(), database)
    sockets = tmp_path / "sockets"
    sockets.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TMPDIR": str(sockets),
    }
    started: list[subprocess.Popen] = []

    def run(*args: str, wait: bool = True) -> subprocess.CompletedProcess | subprocess.Popen:
        command = [sys.executable, "-m", "azkz_desktop", "--db", str(database), *args]
        if not wait:
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            started.append(process)
            return process
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=90)

    run.socket = sockets / server_name(database)  # type: ignore[attr-defined]
    yield run
    for process in started:
        process.terminate()
        process.wait(timeout=30)


def wait_for(path: Path, process: subprocess.Popen) -> None:
    """Until the first window listens: its socket file exists (a socket, not a stale plain file)."""
    deadline = time.monotonic() + 90
    while not (path.exists() and stat.S_ISSOCK(path.stat().st_mode)):
        assert process.poll() is None, f"the first window ended with {process.returncode}"
        assert time.monotonic() < deadline, "the first window never listened"
        time.sleep(0.1)


def test_second_launch_hands_over_to_the_running_window(launch) -> None:
    first = launch(wait=False)
    wait_for(launch.socket, first)
    second = launch("--event", EVENT)
    assert second.returncode == 0, second.stderr
    assert f"the open window shows event '{EVENT}'" in second.stderr
    unknown = launch("azkz-desktop:event/no-such-event")
    assert unknown.returncode == 0, unknown.stderr
    assert "the open window has no event 'no-such-event'" in unknown.stderr
    plain = launch()
    assert plain.returncode == 0 and "brought the window already open" in plain.stderr
    assert first.poll() is None  # the first window is still running


def test_screenshot_and_commands_never_hand_over(launch, tmp_path: Path) -> None:
    first = launch(wait=False)
    wait_for(launch.socket, first)
    picture = tmp_path / "shot.png"
    shot = launch("--screenshot", str(picture), "--event", EVENT)
    assert shot.returncode == 0, shot.stderr
    assert picture.stat().st_size > 0 and "open window" not in shot.stderr
    check = launch("check")
    assert check.returncode == 0 and check.stdout.rstrip().endswith("ok")


def test_a_stale_socket_is_replaced(launch) -> None:
    launch.socket.write_text("left by a window that crashed")
    first = launch(wait=False)
    wait_for(launch.socket, first)
    second = launch("--event", EVENT)
    assert second.returncode == 0 and f"the open window shows event '{EVENT}'" in second.stderr


def test_a_bad_link_opens_the_window_with_a_message(launch, tmp_path: Path) -> None:
    picture = tmp_path / "shot.png"
    shot = launch("--screenshot", str(picture), "azkz-desktop:document/x")
    assert shot.returncode == 0, shot.stderr
    assert picture.stat().st_size > 0


def test_the_desktop_entry_registers_the_scheme() -> None:
    entry = (Path(__file__).resolve().parents[2] / "resources" / "azkz-desktop.desktop").read_text("utf-8")
    lines = entry.splitlines()
    assert "Exec=azkz-desktop %u" in lines
    assert "MimeType=x-scheme-handler/azkz-desktop;" in lines
