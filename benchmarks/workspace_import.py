"""How fast own events import from CSV, and how fast 100,000 of them load for the timeline.

    python benchmarks/workspace_import.py [--rows N] [--runs K]

Writes a spreadsheet-style CSV of N rows (date, title, summary, category, source address), then K times
into a fresh workspace: the preview (read, parse, check every row), the import (one transaction), and
loading the own events back as TimelineIndex rows, as the window does after an import. Prints median and
p95 of each. The first painted frame belongs to the window and is measured by benchmarks/timeline.py.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from azkz_desktop.data.schema import CATEGORY_IDS
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.data.workspace import open_workspace
from azkz_desktop.data.workspace.csv_import import import_preview, preview_csv


def quantile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(round(fraction * (len(ordered) - 1)), len(ordered) - 1)]


def write_csv_file(path: Path, rows: int) -> None:
    chance = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("date,title,summary,category,source address\r\n")
        for number in range(rows):
            year = chance.randrange(1991, 2026)
            date = chance.choice(
                [
                    f"{year}",
                    f"{year}-{chance.randrange(1, 13):02d}",
                    f"{year}-03-{chance.randrange(1, 29):02d}",
                ]
            )
            out.write(
                f'{date},Own event {number},"A summary, with a comma, of event {number}",'
                f"{chance.choice(CATEGORY_IDS)},https://example.org/report/{number}\r\n"
            )


def report(name: str, samples: list[float]) -> None:
    print(f"{name:<28} median {statistics.median(samples):7.2f} s   p95 {quantile(samples, 0.95):7.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args(argv)
    previews: list[float] = []
    imports: list[float] = []
    loads: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "events.csv"
        write_csv_file(source, options.rows)
        size = source.stat().st_size / 1e6
        for run in range(options.runs):
            started = time.perf_counter()
            preview = preview_csv(source)
            previews.append(time.perf_counter() - started)
            assert not preview.rejected, preview.rejected[:3]
            with open_workspace(Path(folder) / f"workspace-{run}.sqlite") as workspace:
                started = time.perf_counter()
                result = import_preview(workspace, preview)
                imports.append(time.perf_counter() - started)
                assert result.added == options.rows
                started = time.perf_counter()
                index = TimelineIndex([workspace.own_timeline_rows(CATEGORY_IDS)], CATEGORY_IDS)
                loads.append(time.perf_counter() - started)
                assert len(index) == options.rows
    print(f"{options.rows:,} rows, {size:.1f} MB of CSV, {options.runs} runs")
    report("preview (parse + check)", previews)
    report("import (one transaction)", imports)
    report("load for the timeline", loads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
