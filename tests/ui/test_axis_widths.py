"""The axis font's text widths are measured once and kept with the fonts: the same widths as measuring
each time, for the tick labels at every paint and for the widest label of each level at every zoom."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from azkz_desktop.ui.timeline import render
from azkz_desktop.ui.timeline.render import Fonts


def test_a_kept_width_is_the_measured_one_and_is_measured_once(monkeypatch) -> None:
    fonts = Fonts.from_base(QFont("DejaVu Sans", 11))
    texts = ["1990", "2000", "Mar 2024", "11. März 2024", "8888"]
    expected = [QFontMetricsF(fonts.axis).horizontalAdvance(text) for text in texts]
    assert [fonts.axis_width(text) for text in texts] == expected
    measured: list[QFont] = []

    class Counting(QFontMetricsF):
        def __init__(self, font: QFont) -> None:
            measured.append(font)
            super().__init__(font)

    monkeypatch.setattr(render, "QFontMetricsF", Counting)
    assert [fonts.axis_width(text) for text in texts] == expected
    assert measured == []  # all kept
    assert fonts.axis_width("1066") == QFontMetricsF(fonts.axis).horizontalAdvance("1066")
    assert len(measured) == 1


def test_the_kept_widths_are_bounded() -> None:
    fonts = Fonts.from_base(QFont("DejaVu Sans", 11))
    for year in range(5000):
        fonts.axis_width(str(year))
    assert len(fonts.axis_widths) <= 4097
    assert fonts.axis_width("4999") == QFontMetricsF(fonts.axis).horizontalAdvance("4999")


def test_fonts_of_another_size_keep_their_own_widths() -> None:
    small, large = Fonts.from_base(QFont("DejaVu Sans", 8)), Fonts.from_base(QFont("DejaVu Sans", 20))
    assert small.axis_width("2024") < large.axis_width("2024")
    assert small.axis_widths is not large.axis_widths
