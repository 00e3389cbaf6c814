"""Starred events carry a star on the timeline itself, in light and dark, from the moment they are starred;
a cluster holding one carries it too; the exported image's legend explains it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from azkz_desktop.ui.theme import dark_palette
from azkz_desktop.ui.timeline import marks


def locate(timeline, event_id: str) -> tuple[int, int, float, float]:
    """(lane number, position in the lane's singles, marker x, lane centre y) of a drawn event."""
    row = timeline.index.row_of(event_id)
    for number, lane in enumerate(timeline.current_layout().lanes):
        found = (lane.rows == row).nonzero()[0]
        if len(found):
            position = int(found[0])
            x0, x1 = float(lane.x0[position]), float(lane.x1[position])
            x = (x0 + x1) / 2 if x1 - x0 < 2 * 5.0 else x0
            return number, position, x, lane.center_y
    raise AssertionError(f"{event_id} is not drawn as a single event")


def star_pixels(timeline, x: float, y: float, color: str) -> int:
    """How many pixels of the star's colour lie where the star of a marker at (x, y) is drawn."""
    image: QImage = timeline.grab().toImage()
    wanted = QColor(color)
    cx, cy = x + marks.STAR_OFFSET[0], y + marks.STAR_OFFSET[1]
    count = 0
    for px in range(round(cx - 7), round(cx + 8)):
        for py in range(round(cy - 7), round(cy + 8)):
            pixel = image.pixelColor(px, py)
            if all(abs(a - b) <= 24 for a, b in zip(pixel.getRgb()[:3], wanted.getRgb()[:3], strict=True)):
                count += 1
    return count


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_starring_puts_a_star_on_the_marker_and_unstarring_takes_it_off(
    open_window, qtbot, theme: str
) -> None:
    window = open_window()
    timeline = window.timeline
    if theme == "dark":
        timeline.setPalette(dark_palette())
    color = marks.STAR_DARK if theme == "dark" else marks.STAR_LIGHT
    event_id = window.index.ids[5]
    window.session.select([event_id], current=event_id)
    timeline.zoom_to_event(event_id)
    lane, position, x, y = locate(timeline, event_id)
    assert timeline.picture().starred is None  # nothing starred: nothing for the painter to do
    assert star_pixels(timeline, x, y, color) == 0
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_S)
    picture = timeline.picture()
    assert picture.starred is not None and bool(picture.starred[lane][position])
    assert int(picture.starred[lane].sum()) == 1
    assert star_pixels(timeline, x, y, color) >= 12  # drawn, in the theme's gold
    window.workspace_ui.undo_action.trigger()
    assert timeline.picture().starred is None
    assert star_pixels(timeline, x, y, color) == 0


def test_a_cluster_holding_a_starred_event_carries_a_star(open_window) -> None:
    window = open_window()
    timeline = window.timeline
    timeline.fit_all()
    layout = timeline.current_layout()
    lane_number, lane = next(
        (number, lane) for number, lane in enumerate(layout.lanes) if len(lane.cluster_count)
    )
    rows = timeline.index.lanes[lane.category].rows
    first, last = int(lane.cluster_first[-1]), int(lane.cluster_last[-1])
    inside = timeline.index.ids[int(rows[first])]
    window.session.select([inside], current=inside)
    window.workspace_ui.toggle_star()
    picture = timeline.picture()
    assert picture.cluster_starred is not None
    counts = picture.cluster_starred[lane_number]
    assert counts[-1] == 1 and int(counts.sum()) == 1
    assert last - first == int(lane.cluster_count[-1])


def test_the_image_legend_explains_the_marks_it_shows(open_window, tmp_path: Path) -> None:
    from azkz_desktop.ui.timeline import image

    window = open_window()
    font = window.timeline.font()

    def exported(name: str) -> tuple[QImage, float]:
        target = tmp_path / name
        window.exporter.write_image(target, 1400)
        picture = QImage(str(target))
        # The legend and credit are below the timeline: the last footer_height pixels.
        caption = window.exporter.image_caption()
        return picture, picture.height() - image.footer_height(font, caption, 1400.0)

    def gold_below(picture: QImage, top: float) -> int:
        wanted = QColor(marks.STAR_LIGHT)
        return sum(
            1
            for y in range(int(top), picture.height())
            for x in range(0, picture.width(), 1)
            if picture.pixelColor(x, y) == wanted
        )

    assert image.marks_in(window.timeline.picture()) == []
    plain, footer = exported("plain.png")
    assert gold_below(plain, footer) == 0
    event_id = window.index.ids[5]
    window.session.select([event_id], current=event_id)
    window.workspace_ui.toggle_star()
    assert image.marks_in(window.timeline.picture()) == ["star"]
    marked, footer = exported("starred.png")
    assert gold_below(marked, footer) > 0  # the legend's star
    assert image.mark_label("star") == "Starred by you"


def test_an_svg_draws_the_stars_as_shapes_not_pictures(open_window, tmp_path: Path) -> None:
    window = open_window()
    plain = tmp_path / "plain.svg"
    window.exporter.write_image(plain, 1200)
    event_id = window.index.ids[5]
    window.session.select([event_id], current=event_id)
    window.workspace_ui.toggle_star()
    starred = tmp_path / "starred.svg"
    window.exporter.write_image(starred, 1200)
    text = starred.read_text(encoding="utf-8")
    assert "<image" not in text  # on screen a star is a copied picture; in an SVG, a path
    assert text.count(QColor(marks.STAR_LIGHT).name()) > plain.read_text(encoding="utf-8").count(
        QColor(marks.STAR_LIGHT).name()
    )
