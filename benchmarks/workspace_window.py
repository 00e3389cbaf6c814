"""The window on the bundled database with a workspace of many own events, against the timeline targets.

Called by workspace_import.py with the workspace it filled. As benchmarks/timeline.py does for a size:
the app is launched as a user starts it (the workspace where the app looks for it), alternately with the
launch floor, and a fresh child process (`--child WORKSPACE`) measures paints, zoom steps and
interactions on the real MainWindow, so that its peak memory is the window's alone, not the import's.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

import timeline as timeline_benchmark  # noqa: E402
from timeline_report import print_size  # noqa: E402

from azkz_desktop import APP_NAME  # noqa: E402
from azkz_desktop.data.paths import bundled_database_path  # noqa: E402
from azkz_desktop.data.workspace.location import WORKSPACE_FILE_NAME  # noqa: E402

SIZE_TARGETS = 100_000  # the timeline's targets of this size apply


def measure_launch(workspace: Path) -> tuple[float, float]:
    """Medians of the app's launch with `workspace` as the user's own and of the launch floor."""
    app_times, floor_times = [], []
    for _ in range(timeline_benchmark.LAUNCH_RUNS):
        with tempfile.TemporaryDirectory(prefix="azkz-bench-launch-") as folder:
            data = Path(folder) / "data"
            target = data / APP_NAME / APP_NAME / WORKSPACE_FILE_NAME
            target.parent.mkdir(parents=True)
            shutil.copyfile(workspace, target)
            png = str(Path(folder) / "launch.png")
            database = str(bundled_database_path())
            app = [sys.executable, "-m", "azkz_desktop", "--db", database, "--screenshot", png]
            floor = [sys.executable, str(BENCHMARKS / "floors.py"), "--window", png]
            env = timeline_benchmark.offscreen_env(XDG_CONFIG_HOME=folder, XDG_DATA_HOME=str(data))
            for command, times in ((app, app_times), (floor, floor_times)):
                start = time.perf_counter()
                subprocess.run(command, env=env, check=True, capture_output=True, timeout=600)
                times.append(time.perf_counter() - start)
    return statistics.median(app_times), statistics.median(floor_times)


def window_figures(workspace: Path, paints: int) -> None:
    """Launch, paints, zoom, interactions and memory with the workspace, as the timeline table prints them."""
    busy_before = timeline_benchmark.busy_cpu_s()
    ours_before, wall_before = timeline_benchmark.children_cpu_s(), time.perf_counter()
    launch_s, launch_floor_s = measure_launch(workspace)
    completed = subprocess.run(
        [sys.executable, __file__, "--child", str(workspace), "--paints", str(paints)],
        env=timeline_benchmark.offscreen_env(),
        check=True,
        stdout=subprocess.PIPE,
        text=True,
        timeout=timeline_benchmark.CHILD_TIMEOUT_S,
    )
    child: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    others = (timeline_benchmark.busy_cpu_s() - busy_before) - (
        timeline_benchmark.children_cpu_s() - ours_before
    )
    other_cores = max(others, 0.0) / (time.perf_counter() - wall_before)
    child.update(launch_s=launch_s, launch_floor_s=launch_floor_s)
    print(f"\nthe window with the workspace: {child['events']:,} events on the timeline")
    print(f"open to first painted frame (in the child) {child['open_to_painted_s']:.2f} s")
    print_size(
        child,
        timeline_benchmark.TARGETS[SIZE_TARGETS],
        timeline_benchmark.INTERACTION_TARGETS[SIZE_TARGETS],
    )
    print(f"VmHWM of the window's process: {child['vm_hwm_mb']:.0f} MB")
    print(f"other processes kept {other_cores:.2f} cores busy while measuring (of the machine's)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", type=Path, metavar="WORKSPACE", required=True)
    parser.add_argument("--paints", type=int, default=60)
    options = parser.parse_args(argv)
    figures = timeline_benchmark.run_child(bundled_database_path(), options.paints, options.child)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
