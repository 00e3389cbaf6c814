"""How fast events export to CSV: 100,000 events of the synthetic database, as the window and CLI do it.

    python benchmarks/export.py [--events N] [--runs K]

Measures the data layer's export (query, CSV writer, atomic write with fsync) K times in this process,
and the command line `azkz-desktop export` as a user runs it (interpreter start included) three times.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from synthetic import default_path, generate_database, is_current  # noqa: E402

from azkz_desktop.data.database import open_database  # noqa: E402
from azkz_desktop.data.export import export_csv  # noqa: E402
from azkz_desktop.data.filters import EventFilter  # noqa: E402

TARGET_S = 1.0
CLI_RUNS = 3


def quantile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(round(fraction * (len(ordered) - 1)), len(ordered) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args(argv)
    database_path = default_path(options.events)
    if not is_current(database_path):
        generate_database(database_path, options.events)
    database = open_database(database_path)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "events.csv"
        in_process: list[float] = []
        for _ in range(options.runs):
            started = time.perf_counter()
            count = export_csv(database.export_rows(EventFilter()), target)
            in_process.append(time.perf_counter() - started)
        size_mb = target.stat().st_size / 1e6
        command = [
            sys.executable,
            "-m",
            "azkz_desktop",
            "export",
            "--db",
            str(database_path),
            "-o",
            str(target),
        ]
        cli: list[float] = []
        for _ in range(CLI_RUNS):
            started = time.perf_counter()
            subprocess.run(
                command, check=True, capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            )
            cli.append(time.perf_counter() - started)
    median = statistics.median(in_process)
    print(f"exported {count:,} events, {size_mb:.1f} MB of CSV")
    print(
        f"export in process: median {median:.3f} s, p95 {quantile(in_process, 0.95):.3f} s"
        f" over {options.runs} runs"
    )
    print(
        f"command line (with interpreter start): median {statistics.median(cli):.3f} s over {CLI_RUNS} runs"
    )
    verdict = "PASS" if median <= TARGET_S else "MISS"
    print(
        f"target: median <= {TARGET_S:.1f} s at 100,000 events: {verdict}"
        f" ({median / TARGET_S:.2f} of the target)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
