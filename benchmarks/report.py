"""How fast a PDF report is written: 500 events of the synthetic database, as `azkz-desktop report` does.

    python benchmarks/report.py [--events N] [--runs K]

Measures gathering the events and sources, drawing the timeline image, laying out and writing the PDF,
K times in this process (Qt offscreen), and prints the page count and the file size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from synthetic import default_path, generate_database, is_current  # noqa: E402

from azkz_desktop.data.database import open_database  # noqa: E402
from azkz_desktop.data.filters import EventFilter  # noqa: E402
from azkz_desktop.ui.report.offscreen import write_report_offscreen  # noqa: E402


def quantile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(round(fraction * (len(ordered) - 1)), len(ordered) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args(argv)
    database_path = default_path(options.events)
    if not (database_path.exists() and is_current(database_path)):  # is_current needs the file
        generate_database(database_path, options.events)
    database = open_database(database_path)
    samples: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "report.pdf"
        for _ in range(options.runs):
            started = time.perf_counter()
            pages = write_report_offscreen(database, EventFilter(), target)
            samples.append(time.perf_counter() - started)
        size_mb = target.stat().st_size / 1e6
    print(f"report of {options.events:,} events: {pages} pages, {size_mb:.2f} MB of PDF")
    print(
        f"report in process: median {statistics.median(samples):.3f} s, p95 {quantile(samples, 0.95):.3f} s"
        f" over {options.runs} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
