"""How fast own events import from CSV, and how fast 100,000 of them load for the timeline.

    python benchmarks/workspace_import.py [--rows N] [--runs K]

Writes a spreadsheet-style CSV of N rows (date, title, summary, category, source address), then K times
into a fresh workspace: the preview (read, parse, check every row), the import (one transaction),
loading the own events back as TimelineIndex rows, as the window does after an import, and Edit → Undo
and Redo of the whole import (one transaction each). Prints median and p95 of each. Then the real window
opens on the bundled database with the last of those workspaces (N own events merged into its timeline,
--stars of them starred, so stars are drawn too) and benchmarks/timeline.py's measurements run on it
(benchmarks/workspace_window.py): launch against its floor, paints at three zoom levels, wheel zoom
steps, interactions and peak memory, against the timeline's 100,000 targets. Peak RSS of this process
(the import's) is printed too.
Qt runs offscreen (set QT_QPA_PLATFORM to change that).
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
from azkz_desktop.data.workspace.changes import redo_changes, undo_changes
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
    print(f"{name:<30} median {statistics.median(samples):7.2f} s   p95 {quantile(samples, 0.95):7.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--paints", type=int, default=60, help="timed repaints per zoom level")
    parser.add_argument("--no-window", action="store_true", help="skip the window's measurements")
    parser.add_argument(
        "--stars",
        type=int,
        default=10_000,
        help="own events starred before the window opens (the timeline draws their stars)",
    )
    options = parser.parse_args(argv)
    previews: list[float] = []
    imports: list[float] = []
    loads: list[float] = []
    undos: list[float] = []
    redos: list[float] = []
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
                started = time.perf_counter()
                undone = undo_changes(workspace, result.changes)
                undos.append(time.perf_counter() - started)
                assert undone.applied == options.rows and workspace.summary().own_events == 0
                started = time.perf_counter()
                redo_changes(workspace, result.changes)
                redos.append(time.perf_counter() - started)
                assert workspace.summary().own_events == options.rows
        print(f"{options.rows:,} rows, {size:.1f} MB of CSV, {options.runs} runs")
        report("preview (parse + check)", previews)
        report("import (one transaction)", imports)
        report("load for the timeline", loads)
        report("undo the import (Edit → Undo)", undos)
        report("redo it", redos)
        print(f"peak RSS of the import's process: {import_rss_mb():.0f} MB")
        if not options.no_window:
            last = Path(folder) / f"workspace-{options.runs - 1}.sqlite"
            starred = star_some(last, options.stars)
            print(f"starred before the window opens: {starred:,} own events")
            window_figures(last, options.paints)
    return 0


def import_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def star_some(path: Path, count: int) -> int:
    """Star `count` of the own events, spread evenly over them, in one transaction."""
    with open_workspace(path) as workspace:
        ids = sorted(event.id for event in workspace.own_events())
        step = max(len(ids) // max(count, 1), 1)
        chosen = ids[::step][:count] if count > 0 else []
        workspace.set_stars(dict.fromkeys(chosen, True))
        return len(workspace.starred_ids())


def window_figures(workspace_path: Path, paints: int) -> None:
    """The window with the imported own events (benchmarks/workspace_window.py, a process of its own)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import workspace_window

    workspace_window.window_figures(workspace_path, paints)


if __name__ == "__main__":
    sys.exit(main())
