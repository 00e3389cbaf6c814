"""How fast own events import from CSV, and how fast 100,000 of them load for the timeline.

    python benchmarks/workspace_import.py [--rows N] [--runs K]

Writes a spreadsheet-style CSV of N rows (date, title, summary, category, source address), then K times
into a fresh workspace: the preview (read, parse, check every row), the import (one transaction),
loading the own events back as TimelineIndex rows, as the window does after an import, and Edit → Undo
and Redo of the whole import (one transaction each). Prints median and p95 of each. Then the real window
opens on the bundled database with the last of those workspaces (N own events merged into its timeline,
--stars of them starred, so stars are drawn too) and benchmarks/timeline.py's measurements run on it:
open to first painted frame, paints at three zoom levels and wheel zoom steps, against the timeline's
100,000 targets.
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
        if not options.no_window:
            last = Path(folder) / f"workspace-{options.runs - 1}.sqlite"
            starred = star_some(last, options.stars)
            print(f"starred before the window opens: {starred:,} own events")
            window_figures(last, options.paints)
    return 0


def star_some(path: Path, count: int) -> int:
    """Star `count` of the own events, spread evenly over them, in one transaction."""
    with open_workspace(path) as workspace:
        ids = sorted(event.id for event in workspace.own_events())
        step = max(len(ids) // max(count, 1), 1)
        chosen = ids[::step][:count] if count > 0 else []
        workspace.set_stars(dict.fromkeys(chosen, True))
        return len(workspace.starred_ids())


def window_figures(workspace_path: Path, paints: int) -> None:
    """The window with the imported own events: first paint, paints and zoom steps (ms p50/p95)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import timeline as timeline_benchmark

    from azkz_desktop.data.paths import bundled_database_path

    figures = timeline_benchmark.run_child(bundled_database_path(), paints, workspace_path)
    target = timeline_benchmark.TARGETS[100_000]
    floor = figures["paint_floor_ms"]["full"]["p95"]  # Qt drawing the same picture, in the same run
    print(f"window with the workspace: {figures['events']:,} events on the timeline")
    print(f"  open to first painted frame   {figures['open_to_painted_s']:7.2f} s")
    print(f"  paint floor (full range) p95  {floor:7.2f} ms")
    for level, pair in figures["paint_ms"].items():
        level_floor = figures["paint_floor_ms"][level]["p95"]
        ratio = pair["p95"] / level_floor if level_floor else float("inf")
        verdict = "ok" if ratio <= target["paint"] else f"over the {target['paint']:g}x target"
        times = f"p50 {pair['p50']:6.2f} ms  p95 {pair['p95']:6.2f} ms"
        print(f"  paint {level:<6} {times}  {ratio:5.2f}x  {verdict}")
    for name in ("zoom_step_ms", "zoom_step_year_ms"):
        pair = figures[name]
        ratio = pair["p95"] / floor if floor else float("inf")
        verdict = "ok" if ratio <= target["zoom"] else f"over the {target['zoom']:g}x target"
        print(f"  {name:<17} p50 {pair['p50']:6.2f} ms  p95 {pair['p95']:6.2f} ms  {ratio:5.2f}x  {verdict}")
    print(f"  peak RSS {figures['peak_rss_mb']:.0f} MB (target {target['rss_mb']:.0f})")


if __name__ == "__main__":
    sys.exit(main())
