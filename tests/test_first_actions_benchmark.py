"""benchmarks/first_actions.py: each launch times its first action and the steady ones after it, the
versions compared alternate, what it prints is what its JSON holds, and a bad argument is named with a
non-zero exit."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "benchmarks" / "first_actions.py"


def test_a_compared_run_writes_each_launch_and_prints_their_medians(
    bundled_db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "first.json"
    command = [sys.executable, str(FIRST), "--db", str(bundled_db_path), "--launches", "2"]
    command += ["--actions", "click,toggle", "--compare", str(ROOT / "src"), "--json", str(out)]
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    actions = json.loads(out.read_text())["actions"]
    assert set(actions) == {"click", "toggle"}
    for kind, runs in actions.items():
        assert set(runs) == {"compare", "this"}
        for name, launches in runs.items():
            assert len(launches) == 2
            assert all(launch["first"] > 0 and len(launch["steady"]) == 4 for launch in launches)
            first = statistics.median(launch["first"] for launch in launches)
            assert f"{kind:10} {name:7}: first {first:6.1f}" in done.stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--actions", "click,wave"], "not an action: wave"),
        (["--launches", "0"], "--launches must be at least 1"),
    ],
)
def test_a_bad_argument_is_named_with_a_non_zero_exit(
    bundled_db_path: Path, arguments: list[str], message: str
) -> None:
    command = [sys.executable, str(FIRST), "--db", str(bundled_db_path), *arguments]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 2
    assert message in done.stderr


def test_a_missing_database_is_named_with_a_non_zero_exit(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    done = subprocess.run(
        [sys.executable, str(FIRST), "--db", str(missing)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert str(missing) in done.stderr and "no such database" in done.stderr
