"""At 1.5x and 2x scale, with a 150 % font and in a high-contrast palette, in each language, nothing is cut
or hidden.

Each setting runs in its own process (tests/ui/scale_probe.py), since Qt reads QT_SCALE_FACTOR once, at
start-up. The probe checks widget geometry against size hints, and saves the screenshots it checked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetricsF, QImage

from azkz_desktop.ui.timeline.render import LANE_NAME_ROOM, lane_name_text

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = [
    (1.5, 1.0, "default", "en"),
    (2.0, 1.0, "default", "en"),
    (1.0, 1.5, "default", "en"),
    (2.0, 1.5, "high-contrast", "en"),
    # The other languages (German is long; Kazakh, Russian in Cyrillic) at twice the scale, high contrast.
    *[(2.0, 1.0, "high-contrast", language) for language in ("az", "kk", "ru", "de")],
]


@pytest.mark.parametrize(("scale", "font_scale", "palette", "language"), SETTINGS)
def test_nothing_is_cut(tmp_path: Path, scale: float, font_scale: float, palette: str, language: str) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": str(scale)}
    command = [sys.executable, "-m", "tests.ui.scale_probe", "--out", str(tmp_path)]
    command += ["--font-scale", str(font_scale), "--palette", palette, "--language", language]
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    problems = json.loads((tmp_path / "problems.json").read_text(encoding="utf-8"))
    assert problems == [], "\n".join(problems)
    shot = QImage(str(tmp_path / "window.png"))
    assert shot.width() == round(1280 * scale)  # the scale was in force: device pixels per logical one


def test_long_lane_names_wrap_before_they_are_cut() -> None:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    label = "Conflict & security"
    assert metrics.horizontalAdvance(label) > LANE_NAME_ROOM  # too long for one line at this size
    assert lane_name_text(metrics, label, 3 * metrics.lineSpacing()) == (label, True)
    text, wraps = lane_name_text(metrics, label, metrics.lineSpacing())  # no room for a second line
    assert not wraps and text.endswith("…") and text != label
    assert lane_name_text(metrics, "Diplomacy", 10.0) == ("Diplomacy", False)
