"""The timeline benchmark's printed report: one table per size, floors, ratios and verdicts."""

from __future__ import annotations

from typing import Any

LEVELS = ("full", "year", "month")
INTERACTIONS = (
    ("click_ms", "click on an event (after the first)"),
    ("filter_ms", "category filter toggled"),
    ("search_common_ms", "search keystroke, common word"),
    ("search_rare_ms", "search keystroke, rare word"),
    ("search_common_new_ms", "search, common word not asked before"),
    ("search_rare_new_ms", "search, rare word not asked before"),
    ("sort_title_ms", "sort the list by title"),
    ("rubber_band_ms", "rubber band over a year"),
    ("rubber_band_new_ms", "rubber band over a year not selected before"),
    ("select_all_ms", "Select All"),
    ("export_selected_ms", "export the selection to CSV"),
)


def verdict(value: float, limit: float | None) -> str:
    if limit is None:
        return ""
    return f"target <= {limit:g}: " + ("PASS" if value <= limit else f"MISS by {value / limit:.1f}x")


def print_size(result: dict[str, Any], targets: dict[str, float] | None, interaction_targets: Any) -> None:
    """Everything measured at one size, as a table of figures, ratios to the floors and verdicts."""
    targets = targets or {}
    interaction_targets = interaction_targets or {}
    floor_full = result["paint_floor_ms"]["full"]["p95"]
    print(f"== {result['events']:,} events ==")
    print(f"{'measure':<50} {'p50':>10} {'p95':>10} {'ratio':>8}  verdict")
    launch_ratio = result["launch_s"] / result["launch_floor_s"]
    print(
        f"{'launch (s), median':<50} {result['launch_s']:>10.2f} {'':>10} {launch_ratio:>8.2f}  "
        + verdict(launch_ratio, targets.get("launch"))
    )
    print(f"{'launch floor (s), median':<50} {result['launch_floor_s']:>10.2f}")
    for level in LEVELS:
        paint, floor = result["paint_ms"][level], result["paint_floor_ms"][level]
        ratio = paint["p95"] / floor["p95"]
        print(
            f"{f'paint at {level} (ms)':<50} {paint['p50']:>10.2f} {paint['p95']:>10.2f} {ratio:>8.2f}  "
            + verdict(ratio, targets.get("paint"))
        )
        print(f"{f'paint floor at {level} (ms)':<50} {floor['p50']:>10.2f} {floor['p95']:>10.2f}")
    for key, name in (
        ("zoom_step_ms", "zoom step at full (ms)"),
        ("zoom_step_year_ms", "zoom step at year (ms)"),
    ):
        zoom = result[key]
        ratio = zoom["p95"] / floor_full
        limit = targets.get("zoom") if key == "zoom_step_ms" else None
        print(f"{name:<50} {zoom['p50']:>10.2f} {zoom['p95']:>10.2f} {ratio:>8.2f}  " + verdict(ratio, limit))
    interactions = result.get("interactions") or {}
    if "first_click_ms" in interactions:
        first = interactions["first_click_ms"]
        print(f"{'first click after launch (ms)':<50} {first:>10.1f} {'':>10} {first / floor_full:>8.1f}")
    if result.get("warm_up_ms"):
        warm = result["warm_up_ms"]
        name = "ready for it after first paint (ms)"
        print(f"{name:<50} {warm['steps']:>10.1f} {warm['until_done']:>10.1f}")
    for key, name in INTERACTIONS:
        figures = interactions.get(key)
        if figures is None:
            continue
        ratio = figures["p95"] / floor_full
        print(
            f"{name + ' (ms)':<50} {figures['p50']:>10.1f} {figures['p95']:>10.1f} {ratio:>8.1f}  "
            + verdict(ratio, interaction_targets.get(key))
        )
    print(
        f"{'peak RSS (MB)':<50} {result['peak_rss_mb']:>10.0f} {'':>10} {'':>8}  "
        + verdict(result["peak_rss_mb"], targets.get("rss_mb"))
    )
    peaks = interactions.get("peak_mb_after") or {}
    if "peak_mb_shown" in result:
        stages = [
            f"window shown {result['peak_mb_shown']:.0f}",
            f"after paints {result['peak_mb_paints']:.0f}",
        ]
        names = dict(INTERACTIONS)
        stages += [f"{names.get(key, key).split(' (')[0]} {value:.0f}" for key, value in peaks.items()]
        print("peak memory (MB) after each stage: " + ", ".join(stages))
    if "search_hits" in interactions:
        hits = interactions["search_hits"]
        words = interactions["search_words"]
        common, rare = words["common"], words["rare"]
        print(f"search words: {common!r} ({hits['common']:,} hits), {rare!r} ({hits['rare']:,})")
    if "rubber_band_events" in interactions:
        print(f"rubber band: {interactions['rubber_band_events']:,} events in the year")
    print(
        "ratio: launch ÷ launch floor; paint p95 ÷ paint floor p95 at that level; zoom and interactions:"
        " p95 ÷ paint floor p95 at the full range."
    )
    print()
