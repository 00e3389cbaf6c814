"""Launch to painted window, as a ratio to a bare PySide6 window timed in the same run.

    python benchmarks/startup.py [--app COMMAND] [--python PYTHON] [--runs N] [--home DIR] [--json FILE]
                                 [--numpy-floor] [--compare OTHER/src] [--platform xcb]

Runs `COMMAND --screenshot FILE` (default: the azkz-desktop beside this interpreter, else on the PATH)
and `PYTHON benchmarks/bare_window.py FILE` alternately, N times each after one warm-up of each, offscreen
(or with --platform xcb on the X server of `xvfb-run -a`),
from / in a minimal environment. Prints each one's median and p95 and the ratio of the medians. A
machine twice as slow, or twice as busy, moves both times alike, so the ratio is what to compare across
machines; an absolute time only means something on the machine that measured it. Each run's CPU time
(user + system) is recorded too: it moves less than wall time when other processes compete for the
cores, and the CPU used by others during the measurement is printed, with a note when it was high.
With --numpy-floor a third program runs in the same rotation: the bare window after `import numpy`
(`bare_window.py --import numpy`), the part of the app's launch that no change to the app removes while
its timeline arrays are numpy arrays; its ratio to the bare window is printed, and the app's to it.
With --compare, the same app command runs once more in each round with another checkout's source first
on PYTHONPATH (main's src/, say), so that a change's before and after come from the same run.
Never fails on a duration: the exit code is non-zero only if a run itself fails.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"
BUSY_CORES = 0.25  # CPU used by other processes during the measurement, in cores, worth a note


def quantile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(round(fraction * (len(ordered) - 1)), len(ordered) - 1)]


def default_app() -> str:
    beside = Path(sys.executable).with_name("azkz-desktop")
    return str(beside) if beside.exists() else shutil.which("azkz-desktop") or "azkz-desktop"


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def busy_cpu_s() -> float:
    """CPU seconds the whole machine has spent busy (Linux /proc/stat), to spot competing processes."""
    try:
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run."""
    cpu_before = children_cpu_s()
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd="/", capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()[-300:]}")
    return elapsed, children_cpu_s() - cpu_before


def platform_env(platform: str) -> dict[str, str]:
    """QT_QPA_PLATFORM, and for xcb the X server's display and authority from this environment."""
    display = {key: os.environ[key] for key in ("DISPLAY", "XAUTHORITY") if key in os.environ}
    return {"QT_QPA_PLATFORM": platform, **(display if platform == "xcb" else {})}


def measure(
    app: str,
    python: str,
    runs: int,
    home: Path,
    numpy_floor: bool = False,
    compare: Path | None = None,
    platform: str = "offscreen",
) -> dict[str, object]:
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        **platform_env(platform),
    }
    envs = {"compare": env | {"PYTHONPATH": str(compare)}} if compare is not None else {}
    with tempfile.TemporaryDirectory() as folder:
        png = str(Path(folder) / "launch.png")
        commands = {"app": [*app.split(), "--screenshot", png], "bare": [python, str(BARE_WINDOW), png]}
        if numpy_floor:
            commands["numpy"] = [python, str(BARE_WINDOW), "--import", "numpy", png]
        if compare is not None:
            commands["compare"] = commands["app"]
        for name, command in commands.items():
            timed(command, envs.get(name, env))  # warm the disk cache
        samples: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        busy_before, ours_before, wall_before = busy_cpu_s(), children_cpu_s(), time.perf_counter()
        for _ in range(runs):  # interleaved: a burst of load elsewhere hits both alike
            for name, command in commands.items():
                wall, used = timed(command, envs.get(name, env))
                samples[name].append(wall)
                cpu[name].append(used)
        others = (busy_cpu_s() - busy_before) - (children_cpu_s() - ours_before)
        other_cores = max(others, 0.0) / (time.perf_counter() - wall_before)
    app_median = statistics.median(samples["app"])
    bare_median = statistics.median(samples["bare"])
    app_cpu = statistics.median(cpu["app"])
    bare_cpu = statistics.median(cpu["bare"])
    figures = {
        "runs": runs,
        "platform": env["QT_QPA_PLATFORM"],
        "app_command": app,
        "app_s": samples["app"],
        "bare_s": samples["bare"],
        "app_median_s": round(app_median, 3),
        "app_p95_s": round(quantile(samples["app"], 0.95), 3),
        "bare_median_s": round(bare_median, 3),
        "bare_p95_s": round(quantile(samples["bare"], 0.95), 3),
        "ratio": round(app_median / bare_median, 2),
        "app_cpu_s": cpu["app"],
        "bare_cpu_s": cpu["bare"],
        "app_cpu_median_s": round(app_cpu, 3),
        "bare_cpu_median_s": round(bare_cpu, 3),
        "cpu_ratio": round(app_cpu / bare_cpu, 2) if bare_cpu else None,
        "other_cpu_cores": round(other_cores, 2),
        "load_average": round(os.getloadavg()[0], 2),
    }
    if numpy_floor:
        floor_median = statistics.median(samples["numpy"])
        floor_cpu = statistics.median(cpu["numpy"])
        figures |= {
            "numpy_floor_s": samples["numpy"],
            "numpy_floor_median_s": round(floor_median, 3),
            "numpy_floor_cpu_s": cpu["numpy"],
            "numpy_floor_cpu_median_s": round(floor_cpu, 3),
            "numpy_floor_ratio": round(floor_median / bare_median, 2),
            "numpy_floor_cpu_ratio": round(floor_cpu / bare_cpu, 2) if bare_cpu else None,
            "app_to_numpy_floor_ratio": round(app_median / floor_median, 2),
        }
    if compare is not None:
        compare_median = statistics.median(samples["compare"])
        compare_cpu = statistics.median(cpu["compare"])
        figures |= {
            "compare_source": str(compare),
            "compare_s": samples["compare"],
            "compare_median_s": round(compare_median, 3),
            "compare_ratio": round(compare_median / bare_median, 2),
            "compare_cpu_s": cpu["compare"],
            "compare_cpu_ratio": round(compare_cpu / bare_cpu, 2) if bare_cpu else None,
            "app_to_compare_ratio": round(app_median / compare_median, 2),
        }
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default=default_app(), help="the app's command (default: %(default)s)")
    parser.add_argument("--python", default=sys.executable, help="a Python with PySide6, for the bare window")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--home", type=Path, help="HOME for the runs (default: a fresh temporary folder)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--numpy-floor", action="store_true", help="also run the bare window after `import numpy`"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="OTHER/src",
        help="also run the app with this source folder first on PYTHONPATH (before and after, one run)",
    )
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xcb"),
        default="offscreen",
        help="Qt platform of both programs (xcb needs an X server: run under xvfb-run -a)",
    )
    options = parser.parse_args(argv)
    if options.platform == "xcb" and not os.environ.get("DISPLAY"):
        print(
            "startup: --platform xcb needs an X server (DISPLAY is not set): run under xvfb-run -a",
            file=sys.stderr,
        )
        return 2
    if options.compare is not None and not (options.compare / "azkz_desktop").is_dir():
        print(f"startup: {options.compare}: no azkz_desktop package in this folder", file=sys.stderr)
        return 2
    compare = options.compare.resolve() if options.compare is not None else None
    try:
        if options.home is not None:
            figures = measure(
                options.app,
                options.python,
                options.runs,
                options.home,
                options.numpy_floor,
                compare,
                options.platform,
            )
        else:
            with tempfile.TemporaryDirectory() as home:
                figures = measure(
                    options.app,
                    options.python,
                    options.runs,
                    Path(home),
                    options.numpy_floor,
                    compare,
                    options.platform,
                )
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
        print(f"startup: {error}", file=sys.stderr)
        return 1
    print(
        f"app   {figures['app_command']} --screenshot: median {figures['app_median_s']:.3f} s, "
        f"p95 {figures['app_p95_s']:.3f} s ({figures['runs']} runs)"
    )
    print(
        f"bare  one-label PySide6 window grabbed to PNG: median {figures['bare_median_s']:.3f} s, "
        f"p95 {figures['bare_p95_s']:.3f} s"
    )
    print(
        f"ratio {figures['ratio']:.2f} (app median / bare median; load average {figures['load_average']};"
        f" platform {figures['platform']})"
    )
    print(
        f"cpu   app {figures['app_cpu_median_s']:.3f} s, bare {figures['bare_cpu_median_s']:.3f} s "
        f"(user + system, medians): ratio {figures['cpu_ratio']}"
    )
    if options.numpy_floor:
        print(
            f"floor bare window after import numpy: median {figures['numpy_floor_median_s']:.3f} s, "
            f"ratio to bare {figures['numpy_floor_ratio']:.2f} (CPU {figures['numpy_floor_cpu_ratio']}); "
            f"app / this floor {figures['app_to_numpy_floor_ratio']:.2f}"
        )
    if options.compare is not None:
        print(
            f"compare the app from {figures['compare_source']}: median {figures['compare_median_s']:.3f} s, "
            f"ratio to bare {figures['compare_ratio']:.2f} (CPU {figures['compare_cpu_ratio']}); "
            f"app / this one {figures['app_to_compare_ratio']:.2f}"
        )
    if figures["other_cpu_cores"] > BUSY_CORES:
        print(
            f"NOTE: other processes kept {figures['other_cpu_cores']} cores busy while measuring: "
            "wall times are inflated; the ratios, taken in the same run, less so"
        )
    if options.json:
        options.json.parent.mkdir(parents=True, exist_ok=True)
        options.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
