"""How fast the timeline is with many events: launch, paints, zoom, interactions, memory, against floors.

    python benchmarks/timeline.py [--events N] [--json FILE] [--paints K] [--scale F] [--platform xcb]

For each size a synthetic database is generated (or reused from benchmarks/out/), the app is launched as a
user would start it, interleaved with the launch floor (benchmarks/floors.py), and a fresh child process
(`--child DB`) measures paints, zoom steps and interactions (benchmarks/interactions.py) on the real
MainWindow, and the paint floor of each span, so that its peak memory belongs to that size alone. Targets
are ratios to the floors measured in the same run. Qt runs offscreen (or `--platform xcb`, on the X
server of `xvfb-run -a`), at the
device scale `--scale` (QT_SCALE_FACTOR, default 1: a 2 paints four times the pixels of a HiDPI screen).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from floors import benchmark_application, paint_floor, wheel_notch  # noqa: E402
from interactions import measure_interactions  # noqa: E402
from synthetic import default_path, is_current  # noqa: E402
from timeline_report import print_size  # noqa: E402

import azkz_desktop  # noqa: E402

# The package measured: src/ normally, or a frozen copy put first on PYTHONPATH (children inherit it).
PACKAGE = Path(azkz_desktop.__file__).resolve().parent

SIZES = (100_000, 1_000_000, 10_000_000)
CENTER_DAY = dt.date(2010, 6, 1).toordinal()
LEVEL_DAYS = {"year": 365.0, "month": 30.0}
WARM_UPS = 3
ZOOM_STEPS = 50
LAUNCH_RUNS = 5
CHILD_TIMEOUT_S = 3600
BUSY_CORES = 0.25  # CPU used by other processes during a measurement, in cores, worth a warning
# Targets per size (issue 19): launch ÷ launch floor, peak RSS (MB), paint p95 ÷ paint floor p95 at every
# level, zoom step p95 ÷ paint floor p95 (full range); interactions' p95 ÷ paint floor p95 (full range).
TARGETS: dict[int, dict[str, float]] = {
    100_000: {"launch": 2.0, "rss_mb": 200.0, "paint": 2.0, "zoom": 3.0},
    1_000_000: {"launch": 2.5, "rss_mb": 250.0, "paint": 2.0, "zoom": 3.0},
    10_000_000: {"launch": 4.0, "rss_mb": 1000.0, "paint": 2.5, "zoom": 4.0},
}
INTERACTION_TARGETS: dict[int, dict[str, float]] = {
    100_000: {name: 4.0 for name in ("click_ms", "filter_ms", "search_common_ms", "search_rare_ms")}
    | {"search_common_new_ms": 4.0, "search_rare_new_ms": 4.0}
    | {"rubber_band_ms": 4.0, "rubber_band_new_ms": 4.0, "sort_title_ms": 4.0},
    1_000_000: {"click_ms": 4.0, "filter_ms": 8.0, "search_common_ms": 12.0, "search_rare_ms": 12.0}
    | {"search_common_new_ms": 12.0, "search_rare_new_ms": 12.0}
    | {"rubber_band_ms": 8.0, "rubber_band_new_ms": 8.0, "sort_title_ms": 80.0},
}


SCALE = {"factor": 1.0}  # set from --scale; every child runs at it
PLATFORM = {"name": "offscreen"}  # set from --platform; every child runs on it


def child_env(**extra: str) -> dict[str, str]:
    """This environment for a child, at the chosen platform and scale. Python may write its bytecode
    cache (PYTHONDONTWRITEBYTECODE is dropped), so that after the first launch no launch compiles the
    app's modules, as an installed app's launch never does."""
    scale = {"QT_SCALE_FACTOR": f"{SCALE['factor']:g}"}
    inherited = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**inherited, "QT_QPA_PLATFORM": PLATFORM["name"], **scale, **extra}


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50 and p95 in milliseconds (samples are seconds), nearest-rank so p95 is a real sample."""
    ordered = sorted(samples)
    rank = max(round(0.95 * len(ordered)) - 1, 0)
    return {"p50": statistics.median(ordered) * 1000, "p95": ordered[rank] * 1000}


# ---- the child: one size, one process -------------------------------------------------------------------


def run_child(
    database_path: Path,
    paints: int,
    workspace_path: Path | None = None,
    interactive: bool = True,
    bulk: bool = True,
) -> dict[str, Any]:
    """Measure the real MainWindow on one database (and a workspace, if given); imports Qt only here, so
    the parent stays light."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from azkz_desktop.data.database import open_database
    from azkz_desktop.data.spans import DaySpan
    from azkz_desktop.ui.main_window import MainWindow

    app, _settings_folder = benchmark_application()  # the folder is removed when this returns

    class PaintCounter(QObject):
        """Counts the timeline's paint events, to prove that every timed repaint() really painted."""

        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    began = time.perf_counter()
    workspace = None
    database = open_database(database_path)
    if workspace_path is not None:
        from azkz_desktop.data.workspace import open_workspace

        workspace = open_workspace(workspace_path, database.category_ids())
    window = MainWindow(database, workspace=workspace)
    timeline, session = window.timeline, window.session
    counter = PaintCounter()
    timeline.installEventFilter(counter)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    painted_at_show = counter.count > 0
    for _ in range(100):  # offscreen paints on the first pass; this only guards against a platform that waits
        if counter.count:
            break
        app.processEvents()
    open_to_painted_s = time.perf_counter() - began
    peak_mb_shown = vm_hwm_mb()
    warm_up_ms = warm_up_after_first_paint(app, window)

    def timed_paints() -> dict[str, float]:
        app.processEvents()
        for _ in range(WARM_UPS):
            timeline.repaint()
        samples = []
        before = counter.count
        for _ in range(paints):
            timeline.kept_paints.clear()  # each paint draws its layout: a kept pixmap would be a copy
            start = time.perf_counter()
            timeline.repaint()
            samples.append(time.perf_counter() - start)
        if counter.count - before != paints:
            raise RuntimeError(f"{paints} repaint() calls gave {counter.count - before} paint events")
        return percentiles(samples)

    def show_level(level: str) -> None:
        if level == "full":
            session.fit_all()
        else:
            half = LEVEL_DAYS[level] / 2
            session.set_window(DaySpan(CENTER_DAY - half, CENTER_DAY + half))

    paint_ms, paint_floor_ms = {}, {}
    for level in ("full", "year", "month"):
        show_level(level)
        paint_ms[level] = timed_paints()
        paint_floor_ms[level] = paint_floor(app, timeline, paints, WARM_UPS, percentiles)

    def timed_zoom_steps() -> dict[str, float]:
        """Real wheel events at the plot's centre, alternately in and out, each followed by a paint."""
        app.processEvents()
        for _ in range(WARM_UPS):
            timeline.repaint()
        samples = []
        for step in range(ZOOM_STEPS):
            wheel = wheel_notch(timeline, step)
            start = time.perf_counter()
            QApplication.sendEvent(timeline, wheel)
            timeline.repaint()
            samples.append(time.perf_counter() - start)
            app.processEvents()  # outside the timing: let anything else that was scheduled happen
        return percentiles(samples)

    show_level("full")
    zoom_step_ms = timed_zoom_steps()
    show_level("year")
    zoom_step_year_ms = timed_zoom_steps()
    list_counter = PaintCounter()
    window.event_table.viewport().installEventFilter(list_counter)

    class Painted:
        """Paints of the timeline and the list together."""

        @property
        def count(self) -> int:
            return counter.count + list_counter.count

    peak_mb_paints = vm_hwm_mb()
    interactions = measure_interactions(app, window, Painted(), bulk) if interactive else {}

    window.close()
    app.processEvents()
    return {
        "events": len(window.index),
        "open_to_painted_s": open_to_painted_s,
        "painted_at_show": painted_at_show,
        "paint_ms": paint_ms,
        "paint_floor_ms": paint_floor_ms,
        "interactions": interactions,
        "zoom_step_ms": zoom_step_ms,
        "zoom_step_year_ms": zoom_step_year_ms,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "vm_hwm_mb": vm_hwm_mb(),
        "peak_mb_shown": peak_mb_shown,  # the window open and painted
        "warm_up_ms": warm_up_ms,  # getting ready for the first click after the first paint
        "peak_mb_paints": peak_mb_paints,  # after the paints and zoom steps, before the interactions
        "device_pixel_ratio": timeline.devicePixelRatioF(),  # proof that --scale was in force
    }


def warm_up_after_first_paint(app: Any, window: Any) -> dict[str, float] | None:
    """What a launch on screen does once the window is shown: the window gets ready for the first click
    in the pause before it (a person's first click comes later than these steps end). Waited for here,
    before anything is timed; the time in its steps and until the last one ended, in ms. None for a
    version without it."""
    try:
        from azkz_desktop.ui.warm_up import start_warm_up
    except ImportError:
        return None
    began = time.perf_counter()
    warm_up = start_warm_up(window)
    while not warm_up.done:
        app.processEvents()
    return {"steps": warm_up.seconds * 1000, "until_done": (time.perf_counter() - began) * 1000}


def vm_hwm_mb() -> float | None:
    """This process's own peak RSS since exec (Linux), to cross-check ru_maxrss."""
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


# ---- the parent: every size, table and verdicts ---------------------------------------------------------


def measure_launch(database_path: Path) -> tuple[float, float]:
    """Medians of the app's launch and of the launch floor, run alternately (LAUNCH_RUNS each, after one
    untimed run of each).

    The app: `python -m azkz_desktop --db DB --screenshot FILE`, as a user's start; the floor:
    `python benchmarks/floors.py --window FILE`, a bare window of the same size grabbed to PNG.
    """
    app_times, floor_times = [], []
    for run in range(LAUNCH_RUNS + 1):  # the first of each, untimed, warms the disk and bytecode caches
        with tempfile.TemporaryDirectory(prefix="azkz-bench-launch-") as folder:
            png = str(Path(folder) / "launch.png")
            app = [sys.executable, "-m", "azkz_desktop", "--db", str(database_path), "--screenshot", png]
            floor = [sys.executable, str(BENCHMARKS / "floors.py"), "--window", png]
            for command, times in ((app, app_times), (floor, floor_times)):
                start = time.perf_counter()
                subprocess.run(
                    command,
                    env=child_env(XDG_CONFIG_HOME=folder),
                    check=True,
                    capture_output=True,
                    timeout=CHILD_TIMEOUT_S,
                )
                if run:
                    times.append(time.perf_counter() - start)
    return statistics.median(app_times), statistics.median(floor_times)


def source_digest() -> str:
    """A short hash of the app's code: figures belong to one version; a run spanning an edit is flagged."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".sqlite"):
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def busy_cpu_s() -> float:
    """CPU seconds the whole machine has spent busy (Linux /proc/stat), to spot competing processes."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure_size(
    events: int, paints: int, interactive: bool = True, bulk: bool = True, workspace: bool = False
) -> dict[str, Any]:
    digest = source_digest()
    database_path = default_path(events)
    reused = database_path.exists() and is_current(database_path)
    start = time.perf_counter()
    if not reused:
        # In a process of its own: Linux carries a parent's peak RSS into children it spawns
        # (getrusage's ru_maxrss survives exec), so a parent grown by generating would inflate theirs.
        generator = [sys.executable, str(BENCHMARKS / "synthetic.py"), "--events", str(events)]
        subprocess.run(generator, check=True, stdout=subprocess.DEVNULL, timeout=CHILD_TIMEOUT_S)
    generate_s = time.perf_counter() - start
    how = "reused" if reused else f"generated in {generate_s:.1f} s"
    progress(f"{events:>9,} events: {database_path.name} {how}")
    busy_before, ours_before, wall_before = busy_cpu_s(), children_cpu_s(), time.perf_counter()
    launch_s, launch_floor_s = measure_launch(database_path)
    progress(f"{events:>9,} events: launch {launch_s:.2f} s (floor {launch_floor_s:.2f} s); measuring paints")
    child_command = [sys.executable, __file__, "--child", str(database_path), "--paints", str(paints)]
    completed = subprocess.run(
        child_command
        + ([] if interactive else ["--no-interactions"])
        + ([] if bulk else ["--no-bulk"])
        + (["--workspace"] if workspace else []),
        env=child_env(),
        check=True,
        stdout=subprocess.PIPE,
        text=True,
        timeout=CHILD_TIMEOUT_S,
    )
    child = json.loads(completed.stdout.strip().splitlines()[-1])
    others = (busy_cpu_s() - busy_before) - (children_cpu_s() - ours_before)
    other_cores = max(others, 0.0) / (time.perf_counter() - wall_before)
    return {
        "events": events,
        "launch_s": launch_s,
        "launch_floor_s": launch_floor_s,
        "paint_ms": child["paint_ms"],
        "paint_floor_ms": child["paint_floor_ms"],
        "interactions": child["interactions"],
        "zoom_step_ms": child["zoom_step_ms"],
        "peak_rss_mb": child["peak_rss_mb"],
        "vm_hwm_mb": child["vm_hwm_mb"],
        "peak_mb_shown": child["peak_mb_shown"],
        "peak_mb_paints": child["peak_mb_paints"],
        "open_to_painted_s": child["open_to_painted_s"],
        "warm_up_ms": child.get("warm_up_ms"),
        "zoom_step_year_ms": child["zoom_step_year_ms"],
        "generate_s": generate_s,
        "database_reused": reused,
        "other_cpu_cores": other_cores,
        "src_digest": digest,
        "paints_per_level": paints,
        "painted_at_show": child["painted_at_show"],
        "events_loaded": child["events"],
        "scale_factor": SCALE["factor"],
        "platform": PLATFORM["name"],
        "device_pixel_ratio": child["device_pixel_ratio"],
        "workspace": workspace,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, help=f"one size (default: {', '.join(map(str, SIZES))})")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    parser.add_argument("--paints", type=int, default=60, help="timed repaints per zoom level (>= 50)")
    parser.add_argument("--no-interactions", action="store_true", help="paints, zoom and launch only")
    parser.add_argument("--no-bulk", action="store_true", help="interactions without Select All and export")
    parser.add_argument(
        "--workspace",
        action="store_true",
        help="the measured window with an empty workspace open, as a normal launch has (the list's titles"
        " then carry the marks' icon); the launch is measured without",
    )
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR for the app (default 1)")
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default="offscreen",
        help="Qt platform of the app and the floors (xcb needs an X server: run under xvfb-run -a)",
    )
    parser.add_argument("--child", type=Path, metavar="DB", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.scale <= 0:
        parser.error("--scale must be above 0")
    if options.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs an X server (DISPLAY is not set): run under xvfb-run -a")
    SCALE["factor"] = options.scale
    PLATFORM["name"] = options.platform
    if options.paints < 50:
        parser.error("--paints must be at least 50, for a meaningful p95")
    paints = options.paints
    if options.child is not None:
        interactive, bulk = not options.no_interactions, not options.no_bulk
        with tempfile.TemporaryDirectory(prefix="azkz-bench-workspace-") as folder:
            workspace = Path(folder) / "workspace.sqlite" if options.workspace else None
            figures = run_child(options.child, paints, workspace, interactive=interactive, bulk=bulk)
        print(json.dumps(figures))
        return 0
    sizes = [options.events] if options.events else SIZES
    interactive, bulk = not options.no_interactions, not options.no_bulk
    results = [measure_size(events, paints, interactive, bulk, options.workspace) for events in sizes]
    print(f"\nscale factor {options.scale:g} (QT_SCALE_FACTOR), platform {options.platform}")
    if options.workspace:
        print("the measured window had an empty workspace open (the launch was measured without)")
    for result in results:
        print_size(result, TARGETS.get(result["events"]), INTERACTION_TARGETS.get(result["events"]))
    digests = {result["src_digest"] for result in results} | {source_digest()}
    print(f"\napp measured: {PACKAGE} (digest {', '.join(sorted(digests))})")
    busy = [f"{r['events']:,}" for r in results if r["other_cpu_cores"] > BUSY_CORES]
    if busy:
        print(
            f"NOTE: other processes kept more than {BUSY_CORES} of a core busy while measuring"
            f" {', '.join(busy)} events (other_cpu_cores in the JSON): p95s there may be inflated."
        )
    if len(digests) > 1:
        print("WARNING: the app's code changed during the run, so these figures mix versions; run again.")
    if options.json:
        options.json.parent.mkdir(parents=True, exist_ok=True)
        options.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
