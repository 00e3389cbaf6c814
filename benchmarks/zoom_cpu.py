"""The zoom step against the paint floor in CPU time, this checkout and another one alternately.

    python benchmarks/zoom_cpu.py --events 1000000 [--compare OTHER/src] [--rounds 3] [--db PATH]

Each round runs one process per version on the same synthetic database (benchmarks/out/, made by
`benchmarks/timeline.py` or `synthetic.py`): the main window at the full range, 100 repaints, the paint
floor (the timeline's paint recorded into a QPicture and replayed by a bare widget, as in floors.py) and
100 wheel steps alternately in and out at the plot's centre, each followed by a repaint, as timeline.py
times them. Each is timed in wall time and in the CPU time of the window's thread (`time.thread_time`):
on a machine where other processes take the cores, a step of a few milliseconds is often descheduled and
its wall time grows several-fold, while its CPU time grows far less. It prints, per version, the medians
over the rounds of p50 and p95 and each round's ratio of the zoom step's p95 to the floor's p95.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))
from floors import floor_widget, shown_window, wheel_notch  # noqa: E402
from synthetic import chosen_database  # noqa: E402

STEPS = 100
WARM_UPS = 10


def child(database: Path) -> dict[str, tuple[list[float], list[float]]]:
    """Wall and CPU seconds of each repaint, floor repaint and zoom step, in this process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app, _settings_folder, window = shown_window(database)  # the folder is removed when this returns
    timeline = window.timeline

    def timed(action: Callable[[], object]) -> tuple[list[float], list[float]]:
        for _ in range(WARM_UPS):
            action()
        wall, cpu = [], []
        for _ in range(STEPS):
            began, began_cpu = time.perf_counter(), time.thread_time()
            action()
            cpu.append(time.thread_time() - began_cpu)
            wall.append(time.perf_counter() - began)
            app.processEvents()
        return wall, cpu

    paint = timed(timeline.repaint)
    replay = floor_widget(app, timeline)
    floor = timed(replay.repaint)
    replay.close()
    app.processEvents()
    notches = [wheel_notch(timeline, 0), wheel_notch(timeline, 1)]  # in, out: made before the timing
    steps = [0]

    def zoom_step() -> None:
        wheel = notches[steps[0] % 2]
        steps[0] += 1
        QApplication.sendEvent(timeline, wheel)
        timeline.repaint()

    zoom = timed(zoom_step)
    window.close()
    return {"paint": paint, "floor": floor, "zoom": zoom}


def quantile_ms(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1e3


def summary(runs: list[dict[str, Any]], clock: int) -> str:
    def median_of(kind: str, share: float) -> float:
        return statistics.median(quantile_ms(run[kind][clock], share) for run in runs)

    ratios = [quantile_ms(run["zoom"][clock], 0.95) / quantile_ms(run["floor"][clock], 0.95) for run in runs]
    return (
        f"zoom step {median_of('zoom', 0.5):.2f} / {median_of('zoom', 0.95):.2f} ms, "
        f"paint {median_of('paint', 0.5):.2f} / {median_of('paint', 0.95):.2f}, "
        f"floor {median_of('floor', 0.5):.2f} / {median_of('floor', 0.95):.2f}; "
        f"zoom p95 ÷ floor p95 by round {', '.join(f'{ratio:.2f}' for ratio in ratios)} "
        f"(median {statistics.median(ratios):.2f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="which synthetic database")
    parser.add_argument("--db", type=Path, help="this database instead of a synthetic one")
    parser.add_argument("--compare", type=Path, help="another checkout's src folder, run alternately")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child is not None:
        print(json.dumps(child(options.child)))
        return 0
    database = chosen_database("zoom_cpu", options.db, options.events)
    if database is None:
        return 2
    versions = {"this": str(BENCHMARKS.parent / "src")}
    if options.compare is not None:
        versions = {"compare": str(options.compare), **versions}
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in versions}
    for _ in range(options.rounds):
        for name, source in versions.items():
            command = [sys.executable, __file__, "--child", str(database)]
            env = os.environ | {"PYTHONPATH": source}
            output = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
            runs[name].append(json.loads(output.strip().splitlines()[-1]))
    print(f"{database.name}, {options.rounds} rounds, ms as p50 / p95")
    for name, results in runs.items():
        print(f"{name} ({versions[name]}), CPU time: {summary(results, 1)}")
        print(f"{name} ({versions[name]}), wall time: {summary(results, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
