"""The README's table for one size, from the JSON of `benchmarks/timeline.py --json` for two versions.

    python benchmarks/timeline_table.py BEFORE.json AFTER.json     # or AFTER.json alone

Each file holds the run of one size (the first result in it is used). Times are medians / p95s in
milliseconds; ratios are p95 ÷ the paint floor's p95 (at the same level for a paint, at the full range
for the zoom step and the interactions) and launch ÷ launch floor, as the benchmark prints them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from timeline_report import INTERACTIONS, LEVELS  # beside this file, which Python puts first on the path

# The README's table says "click on an event" next to its own row for the first click.
NAMES = {"click_ms": "click on an event"}


def cells(result: dict[str, Any] | None) -> dict[str, tuple[str, str]]:
    """Each row's (figure, ratio) for one version; empty cells for what that version did not measure."""
    if result is None:
        return {}
    floor_full = result["paint_floor_ms"]["full"]["p95"]
    rows: dict[str, tuple[str, str]] = {
        "launch (s)": (f"{result['launch_s']:.2f}", f"{result['launch_s'] / result['launch_floor_s']:.2f}"),
        "launch floor (s)": (f"{result['launch_floor_s']:.2f}", ""),
    }
    for level in LEVELS:
        paint, floor = result["paint_ms"][level], result["paint_floor_ms"][level]
        rows[f"paint, {level}"] = (_ms(paint), f"{paint['p95'] / floor['p95']:.2f}¹")
        rows[f"paint floor, {level}"] = (_ms(floor), "")
    rows["zoom step, full"] = (
        _ms(result["zoom_step_ms"]),
        f"{result['zoom_step_ms']['p95'] / floor_full:.2f}",
    )
    interactions = result.get("interactions") or {}
    if "first_click_ms" in interactions:
        first = interactions["first_click_ms"]
        rows["first click after launch"] = (f"{first:.1f}", f"{first / floor_full:.1f}")
    if result.get("warm_up_ms"):  # the window's steps, before anything is timed
        rows["getting ready for it, after the first paint"] = (f"{result['warm_up_ms']['steps']:.1f}", "")
    for key, name in INTERACTIONS:
        if key in interactions:
            figure = interactions[key]
            rows[NAMES.get(key, name)] = (_ms(figure), f"{figure['p95'] / floor_full:.1f}")
    rows["peak RSS (MB)"] = (f"{result['peak_rss_mb']:.0f}", "")
    rows["window open, peak RSS (MB)"] = (f"{result['peak_mb_shown']:.0f}", "")
    rows["other processes' CPU (cores)"] = (f"{result['other_cpu_cores']:.1f}", "")
    return rows


def _ms(figure: dict[str, float]) -> str:
    return f"{figure['p50']:.1f} / {figure['p95']:.1f}"


def table(before: dict[str, Any] | None, after: dict[str, Any]) -> str:
    old, new = cells(before), cells(after)
    names = list(new) + [name for name in old if name not in new]
    if before is None:
        lines = ["| measure | after | after ratio |", "|---|---:|---:|"]
        lines += [f"| {name} | {new[name][0]} | {new[name][1]} |" for name in names]
    else:
        lines = ["| measure | before | before ratio | after | after ratio |", "|---|---:|---:|---:|---:|"]
        for name in names:
            was, now = old.get(name, ("–", "")), new.get(name, ("–", ""))
            lines.append(f"| {name} | {was[0]} | {was[1]} | {now[0]} | {now[1]} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        results = [json.loads(Path(name).read_text())[0] for name in argv[1:]]
    except (OSError, ValueError, IndexError, KeyError) as error:
        print(f"timeline_table: cannot read the results: {error}", file=sys.stderr)
        return 1
    before, after = (results[0], results[1]) if len(results) == 2 else (None, results[0])
    print(table(before, after))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
