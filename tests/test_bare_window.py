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


def test_with_imports_openblas_is_held_to_one_thread_as_in_the_app(tmp_path: Path) -> None:
    code = (
        "import os, runpy, sys\n"
        "os.environ.pop('OPENBLAS_NUM_THREADS', None)\n"
        f"namespace = runpy.run_path({str(BARE_WINDOW)!r})\n"
        f"status = namespace['main'](['bare_window.py', '--import', 'json', {str(tmp_path / 'a.png')!r}])\n"
        "print(os.environ.get('OPENBLAS_NUM_THREADS'))\n"
        "sys.exit(status)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "1"


def test_startup_benchmark_runs_the_numpy_floor_in_the_same_rotation(tmp_path: Path) -> None:
    startup = BARE_WINDOW.with_name("startup.py")
    figures = tmp_path / "startup.json"
    app = f"{sys.executable} {BARE_WINDOW}"  # a quick stand-in for the app: the benchmark only runs it
    result = subprocess.run(
        [sys.executable, str(startup), "--runs", "1", "--numpy-floor", "--app", app, "--json", str(figures)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "floor bare window after import numpy" in result.stdout
    data = json.loads(figures.read_text())
    assert len(data["numpy_floor_s"]) == len(data["app_s"]) == len(data["bare_s"]) == 1
    assert data["numpy_floor_median_s"] > 0 and data["numpy_floor_ratio"] > 0
    assert data["app_to_numpy_floor_ratio"] > 0
