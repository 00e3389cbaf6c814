"""What a reader of the timeline needs: the export that leaves the window working, a first view where the
events are, clusters that show what is selected in them, list clicks that bring events into view, and
tooltips that show titles as written."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QToolTip

from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.image_options import ImageOptionsDialog
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.timeline import framing
from azkz_desktop.ui.timeline.painting import Palette
from azkz_desktop.ui.timeline.tooltip import plain_tooltip
from azkz_desktop.ui.timeline.widget import TimelineWidget
from tests.ui.timeline_data import CATEGORIES, day, index_of, row, session_of


def marker_point(widget: TimelineWidget, event_id: str) -> QPoint:
    layout = widget.current_layout()
    for lane in layout.lanes:
        for position, r in enumerate(lane.rows):
            if widget.index.ids[r] == event_id:
                return QPointF((lane.x0[position] + lane.x1[position]) / 2, lane.center_y).toPoint()
    raise AssertionError(f"{event_id} is not drawn as a single event")


def single_in_view(window: MainWindow) -> str:
    layout = window.timeline.current_layout()
    lane = next(lane for lane in layout.lanes if len(lane.rows))
    return window.index.ids[int(lane.rows[0])]


# ---- F1: the image export leaves the window working ------------------------------------------------------


def test_after_exporting_the_image_a_click_on_an_event_raises_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    hooked: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: hooked.append(args))
    built: list[TimelineWidget] = []
    original_init = TimelineWidget.__init__

    def counting_init(self, *args, **kwargs) -> None:
        built.append(self)
        original_init(self, *args, **kwargs)

    monkeypatch.setattr(TimelineWidget, "__init__", counting_init)
    window.exporter.write_image(tmp_path / "timeline.png", 1200)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the event loop would do next
    QApplication.processEvents()
    target = single_in_view(window)
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=marker_point(window.timeline, target))
    assert window.session.selection == {target}
    window.session.select([])
    QApplication.processEvents()
    assert not hooked, "an exception reached the fault hook"
    assert not built, "the image must be drawn without a second timeline widget"


# ---- F6: the first view and Fit All show the events ------------------------------------------------------


def test_the_first_view_leaves_out_the_lone_1936_event_and_shows_the_rest(window: MainWindow) -> None:
    start, end = window.session.window.as_tuple()
    row = int(np.argmin(window.index.first_days))
    assert window.index.date_span(row).label() == "1936–1938"
    assert window.index.span_days(row)[1] < start, "the 1936–1938 outlier takes no width"
    shown = [r for r in range(len(window.index)) if r != row]
    firsts = window.index.first_days[shown]
    lasts = window.index.last_days[shown] + 1
    assert start <= firsts.min() and lasts.max() <= end, "every other event is in view"
    assert end - start < (lasts.max() - firsts.min()) * 1.1
    # zooming out still reaches the outlier
    window.timeline.zoom_center(1 / 4)
    assert window.session.window.as_tuple()[0] < window.index.span_days(row)[0]


def test_fit_all_fits_the_events_the_filter_shows(qtbot, window: MainWindow) -> None:
    window.session.set_filter(EventFilter(people=frozenset({"Ilham Aliyev"})))
    window.session.set_window(window.session.padded_full_range)
    qtbot.keyClick(window.timeline, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    rows = np.flatnonzero(window.session.shown_mask)
    first, last = window.index.first_days[rows].min(), window.index.last_days[rows].max() + 1
    start, end = window.session.window.as_tuple()
    assert start <= first and last <= end
    assert (last - first) / (end - start) > 0.85, "the shown events fill the width"
    window.fit_all_action.trigger()
    assert window.session.window.as_tuple() == (start, end)


@pytest.mark.parametrize(
    "event_filter",
    [
        EventFilter(text="kazakhstan"),
        EventFilter(people=frozenset({"Ilham Aliyev"})),
        EventFilter(start=PartialDate(2024), end=PartialDate(2024)),
        EventFilter(categories=frozenset({"energy", "culture"})),
    ],
)
def test_fit_all_fits_the_shown_events_of_each_lane(window: MainWindow, event_filter: EventFilter) -> None:
    """Fit All takes each lane's shown events from the places the layout knows; the span is the one
    the mask gathered along each lane gives."""
    session, index = window.session, window.index
    session.set_filter(event_filter)
    mask = session.shown_mask
    assert mask is not None and mask.any()
    lanes = [index.lanes[name] for name in window.timeline.shown_lanes() if len(index.lanes[name])]
    starts = np.concatenate([lane.starts[mask[lane.rows]] for lane in lanes])
    ends = np.concatenate([lane.ends[mask[lane.rows]] for lane in lanes])
    expected = framing.padded(*framing.core_span(starts, ends), framing.CONTEXT_DAYS)
    session.set_window(DaySpan(day(1992), day(1993)))
    window.timeline.fit_all()
    assert session.window.as_tuple() == DaySpan(*expected).as_tuple()


def test_a_filter_whose_hits_are_all_out_of_view_moves_the_view_to_them(window: MainWindow) -> None:
    window.session.set_window(DaySpan(day(1992), day(1996)))
    window.session.set_filter(EventFilter(start=PartialDate(2024), end=PartialDate(2024)))
    start, end = window.session.window.as_tuple()
    assert start < day(2024, 12, 31) and end > day(2024)


def test_core_span_leaves_out_a_far_outlier_but_not_one_of_a_few_events() -> None:
    starts = np.array([day(1936)] + [day(1991) + 120 * n for n in range(99)], dtype=float)
    ends = starts + 1
    start, end = framing.core_span(starts, ends)
    assert start == day(1991) and end == ends.max()
    both = np.concatenate((starts, [day(2090)]))
    assert framing.core_span(both, both + 1) == (day(1991), ends.max())
    few = np.array([day(1936), day(1991), day(1992)], dtype=float)
    assert framing.core_span(few, few + 1) == (day(1936), day(1992) + 1)
    evenly = np.arange(100, dtype=float) * 30
    assert framing.core_span(evenly, evenly + 1) == (0.0, evenly[-1] + 1)


def test_core_span_leaves_out_at_most_a_twentieth_of_the_events() -> None:
    # Six outliers, each far from the next; 100 events in all: five (5 %) are left out, the sixth kept.
    outliers = [0.0, 4e5, 6.4e5, 7.84e5, 8.7e5, 9.2e5]
    scattered = np.array(outliers + [1e6 + n for n in range(94)])
    start, _ = framing.core_span(scattered, scattered + 1)
    assert start == 9.2e5


# ---- F17: the list brings events into view; zooms keep context ----------------------------------------


def test_a_click_in_the_list_brings_the_event_into_view_at_the_same_zoom(qtbot, window: MainWindow) -> None:
    window.session.set_window(DaySpan(day(1995), day(1998)))
    length = window.session.window.as_tuple()[1] - window.session.window.as_tuple()[0]
    table = window.event_table
    target = "ria-2010-12-15"
    event_id = next(
        window.event_model.event_id_at(position)
        for position in range(window.event_model.rowCount())
        if window.index.first_days[window.index.row_of(window.event_model.event_id_at(position))]
        >= day(2010, 12, 1)
    )
    position = next(
        p for p in range(window.event_model.rowCount()) if window.event_model.event_id_at(p) == event_id
    )
    table.scrollTo(window.event_model.index(position, 1))
    rect = table.visualRect(window.event_model.index(position, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.selection == {event_id}
    first, end = window.index.span_days(window.index.row_of(event_id))
    start, stop = window.session.window.as_tuple()
    assert start < first and end < stop, f"{target} should be in view"
    assert stop - start == pytest.approx(length)


def test_z_and_double_click_show_months_around_a_day_event(qtbot, window: MainWindow) -> None:
    event_id = "diplomatic-relations-1992"
    window.session.select([event_id], current=event_id)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Z)
    start, end = window.session.window.as_tuple()
    day_number = window.index.span_days(window.index.row_of(event_id))[0]
    assert start < day_number < end
    assert end - start >= framing.CONTEXT_DAYS


# ---- F13 and P6: clusters ---------------------------------------------------------------------------------


@pytest.fixture
def clustered(qtbot) -> TimelineWidget:
    rows = [row(f"e{n}", day(2004, 3, 1) + n, title=f"Event {n}") for n in range(5)]
    rows.append(row("early", day(1990), title="<b>Early</b> & bold"))
    index = index_of(rows)
    widget = TimelineWidget(session_of(index), CATEGORIES)
    qtbot.addWidget(widget)
    widget.resize(1000, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cluster_center(widget: TimelineWidget) -> QPointF:
    lane = widget.current_layout().lanes[0]
    assert lane.cluster_count.tolist() == [5]
    return QPointF((lane.cluster_x0[0] + lane.cluster_x1[0]) / 2, lane.center_y)


def test_a_cluster_marks_its_selected_events_and_says_how_many(clustered: TimelineWidget) -> None:
    center = cluster_center(clustered)
    highlight = Palette.from_qt(clustered.palette()).highlight.name()

    def ring_pixels() -> int:
        image = clustered.grab().toImage()
        lane = clustered.current_layout().lanes[0]
        x0, x1 = int(lane.cluster_x0[0]) - 4, int(lane.cluster_x1[0]) + 4
        top = int(lane.center_y) - 14
        return sum(
            image.pixelColor(x, top + dy).name() == highlight for x in range(x0, x1) for dy in range(4)
        )

    assert ring_pixels() == 0
    assert "selected" not in clustered.tooltip_text(center)
    clustered.session.select(["e1", "e3"])
    assert clustered.picture().cluster_selected[0].tolist() == [2]
    assert "2 of 5 selected" in clustered.tooltip_text(center)
    assert ring_pixels() > 10


def test_the_cluster_tooltip_gives_its_dates_in_words(clustered: TimelineWidget) -> None:
    text = clustered.tooltip_text(cluster_center(clustered))
    assert "5 events, 1–5 March 2004" in text
    assert "2004-03" not in text


def test_tooltips_show_titles_from_data_as_plain_text(clustered: TimelineWidget, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_: shown.append(text))
    point = marker_point(clustered, "early")
    QApplication.sendEvent(
        clustered, QHelpEvent(QHelpEvent.Type.ToolTip, point, clustered.mapToGlobal(point))
    )
    assert shown and "&lt;b&gt;Early&lt;/b&gt; &amp; bold" in shown[0]
    assert "<b>Early" not in shown[0]
    assert "&lt;i&gt;" in plain_tooltip("<i>x</i>")


# ---- F18: the exported image --------------------------------------------------------------------------


def test_the_image_has_title_period_legend_credit_and_every_selection_mark(
    window: MainWindow, tmp_path: Path
) -> None:
    window.session.set_window(DaySpan(day(2022), day(2025)))
    in_view = [window.index.ids[int(r)] for lane in window.timeline.current_layout().lanes for r in lane.rows]
    window.session.select(in_view[:4], current=in_view[0])
    caption = window.exporter.image_caption()
    assert caption.period == "1 January 2022 – 31 December 2024"
    assert [label for label, _ in caption.legend] == [c.label for c in window.categories]
    references = window._summary.reference_count
    assert f"{references} cited public reports" in caption.credit and "Wikipedia" in caption.credit
    picture = window.timeline.picture(1600.0, 400.0, on_screen=False)
    assert picture.current is None and not picture.focus_frame
    assert sum(int(marks.sum()) for marks in picture.selected) == 4
    path = tmp_path / "timeline.png"
    window.exporter.write_image(path, 1600)
    image = QImage(str(path))
    colors = Palette.from_qt(window.timeline.palette())

    def count(color: QColor, rows: range) -> int:
        return sum(image.pixelColor(x, y) == color for x in range(0, 1600, 2) for y in rows)

    assert count(colors.text, range(0, 40)) > 50, "a title at the top"
    legend_rows = range(image.height() - 60, image.height())
    lane_colours = {colors.lane_color(c.color).name() for c in window.categories}
    seen = {image.pixelColor(x, y).name() for x in range(0, 1600, 2) for y in legend_rows}
    assert lane_colours <= seen, "a legend with every lane's colour"
    assert count(colors.highlight, range(40, image.height() - 60)) > 40, "the selection marks"


def test_the_image_width_and_format_are_asked_in_one_dialog_and_remembered(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_: pytest.fail("a bare width prompt"))
    dialogs: list[ImageOptionsDialog] = []

    def accept(dialog: ImageOptionsDialog) -> int:
        dialogs.append(dialog)
        if len(dialogs) == 1:
            assert dialog.width() >= 1600
            dialog.width_box.setValue(1234)
            dialog.format_box.setCurrentIndex(dialog.format_box.findData(".svg"))
        dialog.accept()
        return 1

    monkeypatch.setattr(ImageOptionsDialog, "exec", accept)
    asked: list[str] = []

    def save_as(_parent, _title, suggested, filters):
        asked.append(filters)
        return str(tmp_path / Path(suggested).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.exporter.export_image()
    written = list(tmp_path.glob("*.svg"))
    assert len(written) == 1 and 'width="1234' in written[0].read_text(encoding="utf-8")
    assert "svg" in asked[0] and "png" not in asked[0]
    window.exporter.export_image()
    assert dialogs[1].width() == 1234 and dialogs[1].suffix() == ".svg"
