"""benchmarks/startup.py --compare runs the same app command from another source folder in each round."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

STARTUP = Path(__file__).resolve().parent.parent / "benchmarks" / "startup.py"

# Stands in for another checkout: its app counts its runs beside itself and writes a tiny PNG.
FAKE_APP = """
import sys
from pathlib import Path


def main():
    marks = Path(__file__).with_name("runs")
    marks.write_text(marks.read_text() + "x" if marks.exists() else "x")
    Path(sys.argv[sys.argv.index("--screenshot") + 1]).write_bytes(b"\\x89PNG\\r\\n\\x1a\\n")
    return 0
"""


def test_compare_runs_the_other_source_in_every_round_and_reports_it(tmp_path: Path) -> None:
    other = tmp_path / "other" / "src"
    (other / "azkz_desktop").mkdir(parents=True)
    (other / "azkz_desktop" / "__init__.py").write_text("")
    (other / "azkz_desktop" / "app.py").write_text(FAKE_APP)
    out = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, str(STARTUP), "--runs", "2", "--compare", str(other), "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (other / "azkz_desktop" / "runs").read_text() == "xxx"  # one warm-up and two rounds
    figures = json.loads(out.read_text())
    assert figures["compare_source"] == str(other.resolve())
    assert len(figures["compare_s"]) == 2 and len(figures["app_s"]) == 2
    assert figures["app_to_compare_ratio"] > 0
    assert "compare the app from" in result.stdout


def test_compare_needs_a_folder_holding_the_package(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(STARTUP), "--runs", "1", "--compare", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "no azkz_desktop package" in result.stderr
