"""benchmarks/drawing_share.py: what it replays is what the views drew, its figures add up, and a bad
argument is named with a non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SHARE = BENCHMARKS / "drawing_share.py"

# Records each view of a shown window (nothing kept), replays the recording into an image and prints,
# per view, the largest difference of a colour channel from the view's own grab; for the timeline also
# from the paint floor's replay (its paint recorded as floors.py records it); and whether the kept paints
# were given back.
COMPARE = """
import json, os, sys
sys.path.insert(0, {benchmarks!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from floors import shown_window
import drawing_share
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPicture, QRegion


def replayed(picture, size):
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.magenta)
    painter = QPainter(image)
    painter.drawPicture(0, 0, picture)
    painter.end()
    return image


def largest_difference(one, other):
    largest = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixel(x, y), other.pixel(x, y)
            if a != b:
                largest = max(largest, *(abs((a >> s & 255) - (b >> s & 255)) for s in (0, 8, 16)))
    return largest


app, folder, window = shown_window(Path({database!r}))
timeline, table = window.timeline, window.event_table
kept = (timeline.kept_paints, table.kept_screens)
views = {{"timeline": timeline, "list": table.viewport(), "detail page": window.details.widget(),
         "status bar": window.statusBar(), "overview": window.overview}}
out = {{}}
for name, view in views.items():
    with drawing_share.nothing_kept(window):
        picture = drawing_share.recorded(view, QRegion(view.rect()))
    grabbed = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    out[name] = largest_difference(grabbed, replayed(picture, view.size()))
    if view is timeline:
        floor = QPicture()
        painter = QPainter(floor)
        painter.fillRect(timeline.rect(), timeline.palette().base())
        timeline.paint(painter)
        painter.end()
        out["timeline, from the floor's replay"] = largest_difference(
            replayed(floor, view.size()), replayed(picture, view.size())
        )
out["kept given back"] = (timeline.kept_paints, table.kept_screens) == kept
print(json.dumps(out))
"""


def test_each_view_replays_the_pixels_it_drew(bundled_db_path: Path, tmp_path: Path) -> None:
    """A replay that drew something else (a kept pixmap's copy, another palette, a missed child) would
    time the wrong drawing. The timeline's replay is compared with the paint floor's (QPicture keeps
    colours short, so its translucent fills come back a few units off the grab in both); every other
    view's with its grab."""
    script = tmp_path / "compare.py"
    script.write_text(COMPARE.format(benchmarks=str(BENCHMARKS), database=str(bundled_db_path)))
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert found.pop("kept given back") is True
    assert found.pop("timeline, from the floor's replay") == 0
    found.pop("timeline")  # a few units off its grab in translucent fills, as the floor's replay is
    assert found == {"list": 0, "detail page": 0, "status bar": 0, "overview": 0}


@pytest.mark.parametrize(
    ("action", "views"),
    [
        ("click", {"timeline", "list", "detail page", "status bar"}),
        ("common-new", {"timeline", "list", "overview", "counts"}),
    ],
)
def test_a_run_prints_and_writes_figures_that_add_up(
    bundled_db_path: Path, tmp_path: Path, action: str, views: set[str]
) -> None:
    out = tmp_path / "share.json"
    command = [sys.executable, str(SHARE), "--db", str(bundled_db_path), "--action", action]
    command += ["--repeats", "2", "--json", str(out)]
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    figures = json.loads(out.read_text())
    assert figures["action"] == action
    assert set(figures["drawing_by_view_ms"]) == views
    assert all(view["p50"] > 0 and view["n"] == 2 for view in figures["drawing_by_view_ms"].values())
    # Two repeats: each median is the mean of two, so the views' medians add up to the total's.
    by_view = sum(view["p50"] for view in figures["drawing_by_view_ms"].values())
    assert by_view == pytest.approx(figures["drawing_ms"]["p50"])
    floor = figures["paint_floor_full_ms"]["p95"]
    assert figures["drawing_over_floor_p95"] == pytest.approx(figures["drawing_ms"]["p95"] / floor)
    ratio = figures["interaction_ms"]["p50"] / figures["drawing_ms"]["p50"]
    assert figures["interaction_over_drawing_p50"] == pytest.approx(ratio)
    assert f"drawing ÷ paint floor (p95): {figures['drawing_over_floor_p95']:.2f}" in done.stdout


def test_a_missing_database_is_named_with_a_non_zero_exit(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    command = [sys.executable, str(SHARE), "--action", "click", "--db", str(missing)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert str(missing) in done.stderr and "no such database" in done.stderr


def test_no_repeats_is_refused_with_a_non_zero_exit(bundled_db_path: Path) -> None:
    command = [sys.executable, str(SHARE), "--action", "band", "--db", str(bundled_db_path), "--repeats", "0"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "--repeats must be at least 1" in done.stderr
