"""The log file in the way: a FIFO, a device or a folder where the log should be never blocks a launch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from azkz_desktop.ui import faults


def test_a_fifo_in_place_of_the_log_is_skipped_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "logs" / faults.LOG_NAME
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    # Opening a FIFO for writing blocks until a reader comes: in-process that would hang the test run.
    assert faults.open_log(fifo) is None
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert faults.open_log(fifo) is None  # with a reader too: a FIFO is not a log
    finally:
        os.close(reader)
    assert faults.open_log(Path("/dev/null")) is None  # nor is a device
    regular = tmp_path / "other" / faults.LOG_NAME
    stream = faults.open_log(regular)
    assert stream is not None
    stream.write("a line\n")
    stream.close()
    assert regular.read_text(encoding="utf-8") == "a line\n"


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_launch_with_an_unusable_log_carries_on(tmp_path: Path, kind: str) -> None:
    data = tmp_path / "data"
    log = data / "azkz-desktop" / "azkz-desktop" / "logs" / faults.LOG_NAME
    log.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(log)
    else:
        log.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "azkz_desktop", "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # a launch blocked on the FIFO ends here, as a failure
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:4] == b"\x89PNG"
    assert log.is_fifo() if kind == "fifo" else log.is_dir()  # left as it was
