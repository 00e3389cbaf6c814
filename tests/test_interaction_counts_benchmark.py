"""benchmarks/interaction_counts.py: each action runs to its painted views (the part callgrind counts),
and what it cannot count with is named, with a non-zero exit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

COUNTS = Path(__file__).resolve().parent.parent / "benchmarks" / "interaction_counts.py"


@pytest.mark.parametrize("action", ["click", "toggle", "band", "band-new", "common-new"])
def test_each_action_runs_until_its_views_have_painted(
    bundled_db_path: Path, tmp_path: Path, action: str
) -> None:
    """The child's part, without valgrind: an action whose views never paint fails the run."""
    command = [
        sys.executable,
        str(COUNTS),
        "--child",
        str(bundled_db_path),
        "--action",
        action,
        "--repeats",
        "2",
    ]
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"counted 2 of {action}"


def test_a_missing_database_is_named_with_a_non_zero_exit(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    command = [sys.executable, str(COUNTS), "--action", "toggle", "--db", str(missing)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert str(missing) in result.stderr and "no such database" in result.stderr


def test_without_valgrind_it_says_so_with_a_non_zero_exit(bundled_db_path: Path, tmp_path: Path) -> None:
    command = [sys.executable, str(COUNTS), "--action", "toggle", "--db", str(bundled_db_path)]
    result = subprocess.run(command, capture_output=True, text=True, env={"PATH": str(tmp_path)}, check=False)
    assert result.returncode == 2
    assert "valgrind is not installed" in result.stderr
