"""The launch yardstick: a bare window grabbed to PNG, optionally after importing given modules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BARE_WINDOW = Path(__file__).resolve().parent.parent / "benchmarks" / "bare_window.py"

# Runs the yardstick in-process and reports which of the named modules it loaded.
PROBE = (
    "import json, runpy, sys\n"
    "names = json.loads(sys.argv.pop(1))\n"
    "sys.argv = [sys.argv[1], *sys.argv[2:]]\n"
    "namespace = runpy.run_path(sys.argv[0])\n"
    "status = namespace['main'](sys.argv)\n"
    "print(json.dumps([name in sys.modules for name in names]))\n"
    "sys.exit(status)\n"
)


def run(tmp_path: Path, *arguments: str, watch: tuple[str, ...] = ("numpy",)) -> tuple[int, list[bool]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(watch)), str(BARE_WINDOW), *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    loaded = json.loads(result.stdout.splitlines()[-1]) if result.stdout.strip() else []
    return result.returncode, loaded


def test_the_bare_window_writes_its_png_and_loads_nothing_extra(tmp_path: Path) -> None:
    png = tmp_path / "bare.png"
    status, loaded = run(tmp_path, str(png))
    assert status == 0
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert loaded == [False]  # the yardstick itself loads no numpy


def test_it_imports_the_modules_asked_for_first_and_takes_startups_screenshot_form(tmp_path: Path) -> None:
    png = tmp_path / "with-numpy.png"
    status, loaded = run(tmp_path, "--import", "numpy", "--screenshot", str(png))
    assert status == 0
    assert png.stat().st_size > 0
    assert loaded == [True]


def test_arguments_it_does_not_understand_are_a_usage_error(tmp_path: Path) -> None:
    for arguments in ((), ("--import",), ("a.png", "b.png"), ("--screenshot",), ("--bogus", "a.png")):
        status, _ = run(tmp_path, *arguments)
        assert status == 2, arguments
    assert not list(tmp_path.glob("*.png"))
