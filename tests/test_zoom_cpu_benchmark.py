"""benchmarks/zoom_cpu.py times zoom steps, paints and the paint floor of each version, round by round."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ZOOM_CPU = Path(__file__).resolve().parent.parent / "benchmarks" / "zoom_cpu.py"
SOURCE = ZOOM_CPU.parent.parent / "src"


def test_both_versions_are_measured_in_every_round(bundled_db_path: Path, tmp_path: Path) -> None:
    command = [sys.executable, str(ZOOM_CPU), "--db", str(bundled_db_path), "--compare", str(SOURCE)]
    command += ["--rounds", "2"]
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{bundled_db_path.name}, 2 rounds, ms as p50 / p95"
    for name in ("compare", "this"):
        for clock in ("CPU", "wall"):
            found = [line for line in lines if line.startswith(f"{name} (") and f"), {clock} time:" in line]
            assert len(found) == 1, lines
            line = found[0]
            rounds = re.search(r"by round ([\d.]+), ([\d.]+) \(median ([\d.]+)\)", line)
            assert rounds is not None, line
            assert all(float(value) > 0 for value in rounds.groups()), line


def test_a_missing_database_is_named_with_a_non_zero_exit(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    result = subprocess.run(
        [sys.executable, str(ZOOM_CPU), "--db", str(missing)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert str(missing) in result.stderr and "no such database" in result.stderr
