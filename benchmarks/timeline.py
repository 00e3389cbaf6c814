"""How fast the timeline is with many events: launch, paint at three zoom levels, wheel zoom, memory.

    python benchmarks/timeline.py [--events N] [--json FILE] [--paints K] [--scale F]

For each size a synthetic database is generated (or reused from benchmarks/out/), the app is launched three
times as a user would start it, and a fresh child process (`--child DB`) measures paints and zoom steps on
the real MainWindow, so that its peak memory belongs to that size alone. Qt runs offscreen, at the
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

from synthetic import default_path, is_current  # noqa: E402

import azkz_desktop  # noqa: E402

# The package measured: src/ normally, or a frozen copy put first on PYTHONPATH (children inherit it).
PACKAGE = Path(azkz_desktop.__file__).resolve().parent

SIZES = (1_000, 10_000, 100_000, 1_000_000)
CENTER_DAY = dt.date(2010, 6, 1).toordinal()
LEVEL_DAYS = {"year": 365.0, "month": 30.0}
WARM_UPS = 3
ZOOM_STEPS = 50
LAUNCH_RUNS = 3
CHILD_TIMEOUT_S = 3600
BUSY_CORES = 0.25  # CPU used by other processes during a measurement, in cores, worth a warning
# Targets per size: paint p95 at every level (ms), zoom step p95 (ms), launch (s), peak RSS (MB).
TARGETS = {
    100_000: {"paint_ms": 4.0, "zoom_ms": 8.0, "launch_s": 1.5, "rss_mb": 250.0},
    1_000_000: {"paint_ms": 8.0, "zoom_ms": 16.0, "launch_s": 4.0, "rss_mb": 600.0},
}
# vis-timeline 8.5 in headless Chromium on a comparable 2-core machine, 100,000 items.
VIS_TIMELINE_FIRST_RENDER_S = 35.0
VIS_TIMELINE_ZOOM_STEP_S = 3.0


SCALE = {"factor": 1.0}  # set from --scale; every child runs at it


def offscreen_env(**extra: str) -> dict[str, str]:
    scale = {"QT_SCALE_FACTOR": f"{SCALE['factor']:g}"}
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **scale, **extra}


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50 and p95 in milliseconds (samples are seconds), nearest-rank so p95 is a real sample."""
    ordered = sorted(samples)
    rank = max(round(0.95 * len(ordered)) - 1, 0)
    return {"p50": statistics.median(ordered) * 1000, "p95": ordered[rank] * 1000}


# ---- the child: one size, one process -------------------------------------------------------------------


def run_child(database_path: Path, paints: int) -> dict[str, Any]:
    """Measure the real MainWindow on one database; imports Qt only here, so the parent stays light."""
    from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSettings, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from azkz_desktop.data.database import open_database
    from azkz_desktop.data.spans import DaySpan
    from azkz_desktop.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    app.setApplicationName("azkz-desktop-bench")
    app.setOrganizationName("azkz-desktop-bench")
    settings_folder = tempfile.TemporaryDirectory(prefix="azkz-bench-settings-")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, settings_folder.name)

    class PaintCounter(QObject):
        """Counts the timeline's paint events, to prove that every timed repaint() really painted."""

        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    began = time.perf_counter()
    window = MainWindow(open_database(database_path))
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

    def timed_paints() -> dict[str, float]:
        app.processEvents()
        for _ in range(WARM_UPS):
            timeline.repaint()
        samples = []
        before = counter.count
        for _ in range(paints):
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

    paint_ms = {}
    for level in ("full", "year", "month"):
        show_level(level)
        paint_ms[level] = timed_paints()

    def timed_zoom_steps() -> dict[str, float]:
        """Real wheel events at the plot's centre, alternately in and out, each followed by a paint."""
        center = timeline.plot_rect().center()
        global_center = QPointF(timeline.mapToGlobal(center.toPoint()))
        app.processEvents()
        for _ in range(WARM_UPS):
            timeline.repaint()
        samples = []
        for step in range(ZOOM_STEPS):
            notch = 120 if step % 2 == 0 else -120
            wheel = QWheelEvent(
                center,
                global_center,
                QPoint(0, 0),
                QPoint(0, notch),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
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

    window.close()
    app.processEvents()
    return {
        "events": len(window.index),
        "open_to_painted_s": open_to_painted_s,
        "painted_at_show": painted_at_show,
        "paint_ms": paint_ms,
        "zoom_step_ms": zoom_step_ms,
        "zoom_step_year_ms": zoom_step_year_ms,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "vm_hwm_mb": vm_hwm_mb(),
        "device_pixel_ratio": timeline.devicePixelRatioF(),  # proof that --scale was in force
    }


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


def measure_launch(database_path: Path) -> float:
    """Median wall time of `python -m azkz_desktop --db DB --screenshot FILE`, as a user's start."""
    times = []
    for _ in range(LAUNCH_RUNS):
        with tempfile.TemporaryDirectory(prefix="azkz-bench-launch-") as folder:
            command = [
                sys.executable,
                "-m",
                "azkz_desktop",
                "--db",
                str(database_path),
                "--screenshot",
                str(Path(folder) / "launch.png"),
            ]
            start = time.perf_counter()
            subprocess.run(
                command,
                env=offscreen_env(XDG_CONFIG_HOME=folder),
                check=True,
                capture_output=True,
                timeout=CHILD_TIMEOUT_S,
            )
            times.append(time.perf_counter() - start)
    return statistics.median(times)


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


def measure_size(events: int, paints: int) -> dict[str, Any]:
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
    launch_s = measure_launch(database_path)
    progress(f"{events:>9,} events: launch {launch_s:.2f} s; measuring paints")
    completed = subprocess.run(
        [sys.executable, __file__, "--child", str(database_path), "--paints", str(paints)],
        env=offscreen_env(),
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
        "paint_ms": child["paint_ms"],
        "zoom_step_ms": child["zoom_step_ms"],
        "peak_rss_mb": child["peak_rss_mb"],
        "vm_hwm_mb": child["vm_hwm_mb"],
        "open_to_painted_s": child["open_to_painted_s"],
        "zoom_step_year_ms": child["zoom_step_year_ms"],
        "generate_s": generate_s,
        "database_reused": reused,
        "other_cpu_cores": other_cores,
        "src_digest": digest,
        "paints_per_level": paints,
        "painted_at_show": child["painted_at_show"],
        "events_loaded": child["events"],
        "scale_factor": SCALE["factor"],
        "device_pixel_ratio": child["device_pixel_ratio"],
    }


def print_table(results: list[dict[str, Any]]) -> None:
    def pair(figures: dict[str, float]) -> str:
        return f"{figures['p50']:.2f}/{figures['p95']:.2f}"

    header = (
        f"{'events':>9} {'launch s':>8} {'open→paint s':>12} {'full ms':>11} {'year ms':>11} "
        f"{'month ms':>11} {'zoom ms':>11} {'zoom@yr ms':>11} {'peak RSS MB':>11}"
    )
    print(header)
    print("-" * len(header))
    for result in results:
        paint = result["paint_ms"]
        print(
            f"{result['events']:>9,} {result['launch_s']:>8.2f} {result['open_to_painted_s']:>12.2f} "
            f"{pair(paint['full']):>11} {pair(paint['year']):>11} {pair(paint['month']):>11} "
            f"{pair(result['zoom_step_ms']):>11} {pair(result['zoom_step_year_ms']):>11} "
            f"{result['peak_rss_mb']:>11.0f}"
        )
    print(
        "ms columns are p50/p95. launch s: wall time of `python -m azkz_desktop --db DB --screenshot FILE`"
        f" (interpreter start, imports, loading the database, first paint, writing the PNG), median of"
        f" {LAUNCH_RUNS}. open→paint s: in the child, open_database() to the end of the first"
        " processEvents() after show(). zoom: one wheel notch + repaint at the full range (zoom@yr: at the"
        " year window)."
    )


def print_verdicts(results: list[dict[str, Any]]) -> None:
    for result in results:
        target = TARGETS.get(result["events"])
        if target is None:
            continue
        checks = [
            (f"paint p95 {level}", result["paint_ms"][level]["p95"], target["paint_ms"], "ms")
            for level in ("full", "year", "month")
        ]
        checks += [
            ("zoom step p95", result["zoom_step_ms"]["p95"], target["zoom_ms"], "ms"),
            ("launch", result["launch_s"], target["launch_s"], "s"),
            ("peak RSS", result["peak_rss_mb"], target["rss_mb"], "MB"),
        ]
        print(f"\ntargets at {result['events']:,} events:")
        for name, value, limit, unit in checks:
            verdict = "PASS" if value <= limit else "MISS"
            print(f"  {name:<16} {value:>9.2f} {unit:<2} <= {limit:g} {unit:<2}  {verdict}")
        if result["events"] == 100_000:
            launch, zoom_s = result["launch_s"], result["zoom_step_ms"]["p50"] / 1000
            print(
                "  vs vis-timeline 8.5 (headless Chromium, 100,000 items):"
                f" first render: {VIS_TIMELINE_FIRST_RENDER_S:g} s / our launch {launch:.2f} s"
                f" = {VIS_TIMELINE_FIRST_RENDER_S / launch:.0f}x;"
                f" zoom step: {VIS_TIMELINE_ZOOM_STEP_S:g} s / our p50 {zoom_s * 1000:.2f} ms"
                f" = {VIS_TIMELINE_ZOOM_STEP_S / zoom_s:.0f}x"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, help=f"one size (default: {', '.join(map(str, SIZES))})")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    parser.add_argument("--paints", type=int, default=60, help="timed repaints per zoom level (>= 50)")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR for the app (default 1)")
    parser.add_argument("--child", type=Path, metavar="DB", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.scale <= 0:
        parser.error("--scale must be above 0")
    SCALE["factor"] = options.scale
    if options.paints < 50:
        parser.error("--paints must be at least 50, for a meaningful p95")
    paints = options.paints
    if options.child is not None:
        print(json.dumps(run_child(options.child, paints)))
        return 0
    results = [measure_size(events, paints) for events in ([options.events] if options.events else SIZES)]
    print(f"\nscale factor {options.scale:g} (QT_SCALE_FACTOR)")
    print_table(results)
    print_verdicts(results)
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
