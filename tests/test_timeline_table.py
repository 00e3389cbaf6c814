"""benchmarks/timeline_table.py turns two runs of benchmarks/timeline.py into the README's table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "benchmarks" / "timeline_table.py"


def result(launch: float, click_p95: float | None) -> dict:
    figure = {"p50": 1.0, "p95": 2.0}
    run = {
        "launch_s": launch,
        "launch_floor_s": 0.2,
        "paint_ms": {level: {"p50": 3.0, "p95": 4.0} for level in ("full", "year", "month")},
        "paint_floor_ms": {level: figure for level in ("full", "year", "month")},
        "zoom_step_ms": {"p50": 5.0, "p95": 6.0},
        "peak_rss_mb": 100.0,
        "peak_mb_shown": 90.0,
        "other_cpu_cores": 0.1,
        "interactions": {} if click_p95 is None else {"click_ms": {"p50": 7.0, "p95": click_p95}},
    }
    return run


def run_table(tmp_path: Path, *runs: dict) -> subprocess.CompletedProcess:
    names = []
    for number, run in enumerate(runs):
        path = tmp_path / f"run{number}.json"
        path.write_text(json.dumps([run]))
        names.append(str(path))
    return subprocess.run([sys.executable, str(TABLE), *names], capture_output=True, text=True)


def test_ratios_are_to_the_floors_of_the_same_run(tmp_path: Path) -> None:
    done = run_table(tmp_path, result(0.6, None), result(0.4, 10.0))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "| measure | before | before ratio | after | after ratio |"
    assert "| launch (s) | 0.60 | 3.00 | 0.40 | 2.00 |" in lines
    assert "| paint, month | 3.0 / 4.0 | 2.00¹ | 3.0 / 4.0 | 2.00¹ |" in lines
    assert "| zoom step, full | 5.0 / 6.0 | 3.00 | 5.0 / 6.0 | 3.00 |" in lines
    assert "| click on an event | – |  | 7.0 / 10.0 | 5.0 |" in lines  # not measured before


def test_one_run_alone_and_a_bad_file(tmp_path: Path) -> None:
    done = run_table(tmp_path, result(0.5, 4.0))
    assert done.returncode == 0 and done.stdout.startswith("| measure | after | after ratio |")
    (tmp_path / "bad.json").write_text("{")
    bad = subprocess.run(
        [sys.executable, str(TABLE), str(tmp_path / "bad.json")], capture_output=True, text=True
    )
    assert bad.returncode == 1 and "cannot read the results" in bad.stderr


def test_the_time_getting_ready_for_the_first_click_has_its_row_when_measured(tmp_path: Path) -> None:
    ready = {**result(0.4, 4.0), "warm_up_ms": {"steps": 31.25, "until_done": 40.0}}
    done = run_table(tmp_path, result(0.5, 4.0), ready)
    assert done.returncode == 0, done.stderr
    assert "| getting ready for it, after the first paint | – |  | 31.2 |  |" in done.stdout.splitlines()
