"""The layouts and histograms kept per mask: each picture painted from one is the picture painted afresh,
through toggles, searches, a cleared search, new windows, sizes and lanes, and new events."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtGui import QImage

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.timeline.kept import MaskKeyed
from azkz_desktop.ui.timeline.layout import TimelineLayout
from azkz_desktop.ui.timeline.widget import KEPT_LAYOUTS
from tests.ui.test_workspace_own_events import fill, ok_button


def _read_only(values: list[bool]) -> np.ndarray:
    mask = np.array(values, dtype=bool)
    mask.setflags(write=False)
    return mask


def test_a_value_is_kept_for_its_mask_and_key_only() -> None:
    kept: MaskKeyed[str] = MaskKeyed(3)
    mask, same_contents = _read_only([True, False]), _read_only([True, False])
    kept.put(None, "k", "all")
    kept.put(mask, "k", "some")
    assert kept.get(None, "k") == "all"
    assert kept.get(mask, "k") == "some"
    assert kept.get(mask, "other") is None
    assert kept.get(same_contents, "k") is None, "known by identity, not by contents"


def test_a_mask_that_may_be_written_to_is_not_kept() -> None:
    kept: MaskKeyed[str] = MaskKeyed(3)
    writable = np.array([True, False])
    kept.put(writable, "k", "some")
    assert kept.get(writable, "k") is None and len(kept) == 0


def test_a_dead_masks_value_is_never_given_to_an_array_with_its_id() -> None:
    kept: MaskKeyed[str] = MaskKeyed(3)
    mask = _read_only([True, False])
    kept.put(mask, "k", "old")
    dead_id = id(mask)
    del mask
    for _ in range(1000):  # an array at the dead one's address (CPython reuses it at once, mostly)
        other = _read_only([False, True])
        if id(other) == dead_id:
            assert kept.get(other, "k") is None
            break
    kept.put(None, "k", "all")
    assert len(kept) == 1, "the dead mask's entry went when the next was kept"


def test_the_least_recently_used_goes_first() -> None:
    kept: MaskKeyed[int] = MaskKeyed(2)
    kept.put(None, 1, 1)
    kept.put(None, 2, 2)
    assert kept.get(None, 1) == 1
    kept.put(None, 3, 3)
    assert kept.get(None, 2) is None and kept.get(None, 1) == 1 and kept.get(None, 3) == 3


def _signature(layout: TimelineLayout) -> list[object]:
    """Everything a layout says, as plain values that compare by contents."""
    found: list[object] = [layout.scale, layout.bucket_days, layout.line_height]
    for lane in layout.lanes:
        found.append((lane.category, lane.top, lane.height, lane.labels))
        for values in (
            lane.x0,
            lane.x1,
            lane.kind,
            lane.rows,
            lane.cluster_x0,
            lane.cluster_x1,
            lane.cluster_count,
            lane.cluster_first,
            lane.cluster_last,
            lane.carried_rows,
        ):
            found.append(values.tolist())
    return found


def _image(window: MainWindow) -> QImage:
    return window.timeline.grab().toImage()


def _afresh(window: MainWindow) -> tuple[list[object], QImage, np.ndarray, QImage]:
    """The timeline's layout and image and the overview's histogram and image, made afresh with nothing
    kept; what the views kept is given back to them after."""
    timeline, overview = window.timeline, window.overview
    saved_timeline = timeline._layout, timeline._ticks, timeline._kept_layouts
    saved_overview = overview._histogram, overview._bars, overview._kept_histograms, overview._kept_bars
    timeline._layout, timeline._kept_layouts = None, MaskKeyed(KEPT_LAYOUTS)
    overview._histogram = overview._bars = None
    overview._kept_histograms, overview._kept_bars = MaskKeyed(1), MaskKeyed(1)
    fresh = (
        _signature(timeline.current_layout()),
        _image(window),
        overview.histogram().copy(),
        overview.grab().toImage(),
    )
    timeline._layout, timeline._ticks, timeline._kept_layouts = saved_timeline
    overview._histogram, overview._bars, overview._kept_histograms, overview._kept_bars = saved_overview
    return fresh


def _check_each(window: MainWindow, changes: list[Callable[[], object]], qtbot) -> int:
    """After each change, what the views show from what they kept is what they show afresh; return how
    many of the changes were served by a kept layout."""
    timeline, overview = window.timeline, window.overview
    served = 0
    for change in changes:
        kept_before = {id(layout) for layout, _ in timeline._kept_layouts.values()}
        change()
        qtbot.wait(1)
        layout = timeline.current_layout()
        served += id(layout) in kept_before
        shown = (_signature(layout), _image(window), overview.histogram().copy(), overview.grab().toImage())
        fresh = _afresh(window)
        assert shown[0] == fresh[0]
        assert shown[1] == fresh[1]
        assert np.array_equal(shown[2], fresh[2])
        assert shown[3] == fresh[3]
    return served


def test_toggles_searches_windows_and_sizes_paint_what_a_fresh_layout_paints(
    window: MainWindow, qtbot
) -> None:
    session, bar = window.session, window.filter_bar
    lanes = frozenset(category.id for category in window.categories)
    fewer = EventFilter(categories=lanes - {window.categories[0].id})

    def search(text: str) -> None:
        bar.search.setText(text)
        bar.apply()

    first_lane = window.categories[1].id
    changes: list[Callable[[], object]] = [
        lambda: session.set_filter(fewer),
        lambda: session.set_filter(EventFilter()),
        lambda: session.set_filter(fewer),
        lambda: session.set_filter(EventFilter()),
        lambda: search("visit"),
        lambda: search(""),
        lambda: search("visit"),
        lambda: session.set_window(DaySpan(733_000.0, 733_400.0)),
        lambda: search(""),
        lambda: search("visit"),
        lambda: session.fit_all(),
        lambda: window.timeline.resize(window.timeline.width() - 40, window.timeline.height()),
        lambda: search(""),
        lambda: session.set_lane_visible(first_lane, False),
        lambda: session.set_lane_visible(first_lane, True),
        lambda: session.move_lane(first_lane, 1),  # the same mask, the lanes in another order
        lambda: search("visit"),
        lambda: session.move_lane(first_lane, -1),
        lambda: search(""),
    ]
    served = _check_each(window, changes, qtbot)
    assert served >= 5, "toggling back, a search asked again and a cleared one are served from what was kept"


def test_new_events_are_painted_afresh_under_a_mask_kept_before(open_window, qtbot) -> None:
    window = open_window()
    session, bar = window.session, window.filter_bar

    def search(text: str) -> None:
        bar.search.setText(text)
        bar.apply()

    def add_event() -> None:
        dialog = window.workspace_ui.add_event()
        fill(dialog, start="2015-07-01", title="Visit of a seminar delegation", source_text="Notes")
        ok_button(dialog).click()

    before = window.index
    _check_each(
        window, [lambda: search("visit"), lambda: search(""), add_event, lambda: search("visit")], qtbot
    )
    assert window.index is not before
    _check_each(window, [lambda: search(""), lambda: session.fit_all(), lambda: search("visit")], qtbot)


def test_a_window_moved_back_to_is_laid_out_anew(window: MainWindow, qtbot) -> None:
    """Zoom and pan steps lay out anew even where a kept layout would serve (a notch in and one out)."""
    session, timeline = window.session, window.timeline
    first = timeline.current_layout()
    whole = session.window
    session.set_window(DaySpan(733_000.0, 733_400.0))
    timeline.current_layout()
    session.set_window(whole)
    again = timeline.current_layout()
    assert again is not first
    assert _signature(again) == _signature(first)
