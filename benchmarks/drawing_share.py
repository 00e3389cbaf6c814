"""How much of an interaction is Qt drawing what it shows, against the timeline's paint floor.

    python benchmarks/drawing_share.py --action click [--events 100000 | --db PATH] [--repeats 30]
        [--json FILE]

The window is opened as benchmarks/timeline.py opens it; the interaction (a click, a toggle, a rubber
band or a common word not asked before, as repeated.repeatable does them) is timed from its start
until its views have painted. Then each of those views is recorded, over the region it painted, into a
QPicture (its rectangles, lines, texts and pixmaps, children included) and a bare widget of its size
replays the recording: Qt's drawing of what the interaction showed, without Python, layout or queries
(the median of a few replays, one recording per repeat). The timeline's paint floor at the full range
(floors.py) is measured in the same process. It prints, in ms, each view's drawing, their sum, the
interaction and the floor, with two ratios: the drawing ÷ the floor (p95), which no implementation that
draws the same pixels with Qt can go below, and the interaction ÷ its drawing (medians).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))
from repeated import REPEATABLE  # noqa: E402
from synthetic import chosen_database  # noqa: E402

REPLAYS = 5  # replays of one recording, after one that warms the glyph caches; their median counts


class DrawnAfresh:
    """Stands in for a view's kept paints while it is recorded: every paint drawn, none kept."""

    def paint(self, painter: Any, _painted: object, draw: Callable[[Any], None]) -> None:
        draw(painter)


@contextmanager
def nothing_kept(window: Any) -> Iterator[None]:
    """While recording: the timeline and the list draw what they show instead of copying a pixmap kept
    from an earlier paint (a copy is not the drawing), and the recording's paint is not remembered as
    one seen (which would change what the next interaction copies)."""
    timeline, table = window.timeline, window.event_table
    kept_paints, kept_screens = timeline.kept_paints, table.kept_screens
    timeline.kept_paints, table.kept_screens = DrawnAfresh(), None
    try:
        yield
    finally:
        timeline.kept_paints, table.kept_screens = kept_paints, kept_screens


def recorded(view: Any, region: Any) -> Any:
    """A QPicture of `view` drawing `region` (its own coordinates), its children included."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter, QPicture
    from PySide6.QtWidgets import QWidget

    picture = QPicture()
    painter = QPainter(picture)
    flags = QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren
    view.render(painter, QPoint(0, 0), region, flags)
    painter.end()
    return picture


def replay_seconds(app: Any, picture: Any, size: Any) -> float:
    """The median time a bare widget of `size` takes to repaint by replaying `picture`."""
    from floors import repaint_seconds, replay_widget

    return statistics.median(repaint_seconds(app, replay_widget(app, picture, size), REPLAYS, 1))


def view_name(window: Any, view: Any) -> str:
    """The view's name in the printout: what it is in the window."""
    names = {
        id(window.timeline): "timeline",
        id(window.event_table.viewport()): "list",
        id(window.details.widget()): "detail page",
        id(window.statusBar()): "status bar",
        id(window.status_label): "counts",
        id(window.overview): "overview",
    }
    return names.get(id(view), type(view).__name__)


def measure(window_app: tuple[Any, Any], kind: str, repeats: int) -> dict[str, Any]:
    """The interaction `kind` timed `repeats` times (after two untimed), each time its views' drawing
    replayed; the timeline's paint floor at the full range after them. Times in ms."""
    from floors import paint_floor
    from interactions import _until_views_painted, summary
    from repeated import repeatable

    app, window = window_app
    timing = [False]
    interaction: list[float] = []
    drawing: list[float] = []
    by_view: dict[str, list[float]] = {}

    def timed(views: Callable[[], list[Any]], action: Callable[[], object]) -> None:
        regions: dict[int, Any] = {}
        elapsed = _until_views_painted(app, views, action, regions=regions)
        if not timing[0]:
            return
        interaction.append(elapsed)
        total = 0.0
        for view in views():
            with nothing_kept(window):
                picture = recorded(view, regions[id(view)])
            seconds = replay_seconds(app, picture, view.size())
            by_view.setdefault(view_name(window, view), []).append(seconds)
            total += seconds
        drawing.append(total)

    act = repeatable(kind, app, window, timed)
    for number in range(2):
        act(number)
    timing[0] = True
    for number in range(2, 2 + repeats):
        act(number)
    window.session.fit_all()
    app.processEvents()
    floor = paint_floor(app, window.timeline, 60, 10, summary)
    result = {
        "action": kind,
        "interaction_ms": summary(interaction),
        "drawing_ms": summary(drawing),
        "drawing_by_view_ms": {name: summary(samples) for name, samples in by_view.items()},
        "paint_floor_full_ms": floor,
    }
    result["drawing_over_floor_p95"] = result["drawing_ms"]["p95"] / floor["p95"]
    result["interaction_over_floor_p95"] = result["interaction_ms"]["p95"] / floor["p95"]
    result["interaction_over_drawing_p50"] = result["interaction_ms"]["p50"] / result["drawing_ms"]["p50"]
    return result


def report(result: dict[str, Any]) -> str:
    lines = [f"{result['action']}: ms, median / p95"]
    for name, figures in result["drawing_by_view_ms"].items():
        lines.append(f"  drawing, {name}: {figures['p50']:.2f} / {figures['p95']:.2f}")
    for label, key in (
        ("drawing, all views", "drawing_ms"),
        ("the interaction", "interaction_ms"),
        ("paint floor, full range", "paint_floor_full_ms"),
    ):
        lines.append(f"  {label}: {result[key]['p50']:.2f} / {result[key]['p95']:.2f}")
    lines.append(f"  drawing ÷ paint floor (p95): {result['drawing_over_floor_p95']:.2f}")
    lines.append(f"  interaction ÷ paint floor (p95): {result['interaction_over_floor_p95']:.2f}")
    lines.append(f"  interaction ÷ its drawing (medians): {result['interaction_over_drawing_p50']:.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--action", choices=REPEATABLE, required=True)
    parser.add_argument("--events", type=int, default=100_000, help="which synthetic database")
    parser.add_argument("--db", type=Path, help="this database instead of a synthetic one")
    parser.add_argument("--repeats", type=int, default=30, help="timed interactions (after two untimed)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    options = parser.parse_args(argv)
    database = chosen_database("drawing_share", options.db, options.events)
    if database is None:
        return 2
    if options.repeats < 1:
        print("drawing_share: --repeats must be at least 1", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from floors import shown_window
    from timeline import warm_up_after_first_paint

    app, _settings_folder, window = shown_window(database)  # the folder is removed when this returns
    warm_up_after_first_paint(app, window)
    result = measure((app, window), options.action, options.repeats)
    result["database"] = str(database)
    print(f"{database.name}, {options.repeats} repeats")
    print(report(result))
    if options.json is not None:
        options.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
