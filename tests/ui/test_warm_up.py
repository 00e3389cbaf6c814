"""Getting ready for the first click in the pause after the window shows: the steps run after the
launch, in order, whatever one of them raises; the window shows the same pixels after them; the first
event shown fills the page made ready rather than a new one, and so do the first several selected;
PySide's classes of Qt's widgets are set up by then, not at the first paint of the list; and what the
timeline and the list show is kept, so that a toggle taken back copies it."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel

from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.session import details as session_details
from azkz_desktop.ui import launch
from azkz_desktop.ui import warm_up as warm_up_module
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.timeline import cluster_counts
from azkz_desktop.ui.warm_up import FirstUseWarmUp, start_warm_up


def test_the_steps_run_in_order_once_started_and_a_failing_step_is_logged_and_passed(qtbot, caplog) -> None:
    ran: list[str] = []

    def broken() -> None:
        ran.append("broken")
        raise ValueError("no such event")

    warm_up = FirstUseWarmUp([lambda: ran.append("first"), broken, lambda: ran.append("last")])
    QApplication.processEvents()
    assert ran == [] and not warm_up.done  # nothing before it is started
    with qtbot.waitSignal(warm_up.finished, timeout=2000), caplog.at_level(logging.ERROR, "azkz_desktop"):
        warm_up.start()
        warm_up.start()  # a second start changes nothing
        assert ran == []  # the steps wait for the event loop: the launch returns first
    assert ran == ["first", "broken", "last"]
    assert warm_up.done and warm_up.seconds > 0
    assert "getting ready for the first event failed" in caplog.text and "no such event" in caplog.text


def test_a_warm_up_whose_window_is_gone_runs_no_more_steps(qtbot) -> None:
    """A window closed and deleted before its warm-up ends (a test, a quick quit) leaves no step to run
    on widgets that are gone, and nothing raises in the event loop."""
    ran: list[str] = []
    window = QObject()
    warm_up = FirstUseWarmUp([lambda: ran.append("first"), lambda: ran.append("second")], window)
    warm_up.start()
    shiboken6.delete(window)  # the warm-up with it
    for _ in range(3):
        QApplication.processEvents()
    assert ran == []


def test_the_window_looks_the_same_after_it_and_the_first_event_fills_the_page_made_ready(
    qtbot, window: MainWindow
) -> None:
    QApplication.processEvents()
    before = window.grab().toImage()
    hint = window.details.widget()
    warm_up = start_warm_up(window)
    qtbot.waitUntil(lambda: warm_up.done, timeout=5000)
    QApplication.processEvents()
    assert window.grab().toImage() == before  # nothing shown changed
    assert window.details.widget() is hint  # the pane still says to select an event
    ready = window.details._event_body
    assert ready is not None and not ready.isVisible()
    assert "azkz_desktop.ui.event_body" in sys.modules

    first = window.event_model.event_id_at(0)
    window.session.select([first], current=first)
    QApplication.processEvents()
    assert window.details.widget() is ready  # filled, not built again
    event = window._database.event(first)
    assert event is not None and ready.isVisible()
    assert event.title in [label.text() for label in ready.findChildren(QLabel)]


def test_the_first_several_selected_fill_the_list_page_made_ready(qtbot, window: MainWindow) -> None:
    QApplication.processEvents()
    before = window.grab().toImage()
    index = window.session.index
    made = [session_details._PLACES.get(index) is not None, cluster_counts.place_in_lanes_made(index)]
    warm_up = start_warm_up(window)
    qtbot.waitUntil(lambda: warm_up.done, timeout=5000)
    QApplication.processEvents()
    assert window.grab().toImage() == before
    ready = window.details._list_page
    assert ready is not None and not ready.isVisible()
    assert "azkz_desktop.ui.listed_events_page" in sys.modules
    # The places of rows in date order and in the lanes, which a selection of hundreds asks for.
    assert made == [False, False]
    assert session_details._PLACES.get(index) is not None and cluster_counts.place_in_lanes_made(index)

    chosen = [window.event_model.event_id_at(position) for position in (2, 5, 7)]
    window.session.select(chosen, current=chosen[0])
    QApplication.processEvents()
    assert window.details.widget() is ready and ready.isVisible()  # filled, not built again
    titles = [window._database.event(event_id).title for event_id in chosen]  # type: ignore[union-attr]
    listed = [ready.links.model().index(line, 0).data() for line in range(ready.links.model().rowCount())]
    assert len(listed) == 3 and all(any(title in str(line) for line in listed) for title in titles)


def test_past_its_size_the_selection_tables_are_left_to_the_first_selection(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """At ten million events the two tables hold 80 MB and take a step of a quarter of a second each."""
    index = window.session.index
    monkeypatch.setattr(warm_up_module, "TABLES_UP_TO", len(index) - 1)
    warm_up = start_warm_up(window)
    qtbot.waitUntil(lambda: warm_up.done, timeout=5000)
    assert session_details._PLACES.get(index) is None and not cluster_counts.place_in_lanes_made(index)
    assert window.details._list_page is not None  # the rest is made ready as before


# A fresh interpreter: whether PySide has set up the class of a QWidget subclass the app never names
# (its module's dictionary holds the class only once it is), before the warm-up and after it.
WIDGET_CLASSES = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtWidgets as widgets
from PySide6.QtWidgets import QApplication
from azkz_desktop.data.database import open_database
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.session import details as session_details
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui import warm_up as warm_up_module
from azkz_desktop.ui.timeline import cluster_counts
from azkz_desktop.ui.warm_up import start_warm_up
app = QApplication([])
window = MainWindow(open_database(bundled_database_path()))
window.show()
app.processEvents()
before = "QLCDNumber" in vars(widgets)
warm_up = start_warm_up(window)
while not warm_up.done:
    app.processEvents()
print(before, "QLCDNumber" in vars(widgets))
"""


def test_pyside_sets_up_the_classes_of_qt_widgets_in_the_warm_up_not_before(tmp_path: Path) -> None:
    """The list's first paint asks for its viewport, a widget Qt made; the first such question makes PySide
    set up the class of every QWidget subclass (some 13 ms), which the first click or filter paid."""
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2] / "src")
    done = subprocess.run(
        [sys.executable, "-c", WIDGET_CLASSES], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


def test_an_event_already_shown_keeps_its_page(qtbot, window: MainWindow) -> None:
    shown = window.event_model.event_id_at(3)
    window.session.select([shown], current=shown)
    QApplication.processEvents()
    page = window.details.widget()
    warm_up = start_warm_up(window)
    qtbot.waitUntil(lambda: warm_up.done, timeout=5000)
    assert window.details.widget() is page and window.details._event_body is page


def test_a_launch_on_screen_starts_it_and_one_for_a_screenshot_does_not(qtbot, tmp_path: Path) -> None:
    database = tmp_path / "relations.sqlite"  # a copy: the single-instance name is the test's own
    shutil.copyfile(bundled_database_path(), database)
    started = []
    for on_screen in (True, False):
        result = launch.start_window(database, on_screen=on_screen)
        assert not isinstance(result, int), f"no window: exit code {result}"
        window, guard = result
        qtbot.addWidget(window)
        started.append(window.findChild(FirstUseWarmUp))
        if on_screen:
            warm_up = started[-1]
            assert warm_up is not None and warm_up.started
            qtbot.waitUntil(lambda w=warm_up: w.done, timeout=5000)
            assert window.details._event_body is not None
        window.close()
        if guard is not None:
            guard.close()
    assert started[1] is None


def test_what_the_window_opened_with_is_kept_and_a_toggle_taken_back_copies_it(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from azkz_desktop.data.filters import EventFilter
    from azkz_desktop.ui import list_screen
    from azkz_desktop.ui.timeline import widget

    QApplication.processEvents()
    timeline, table = window.timeline, window.event_table
    assert len(timeline.kept_paints) == 0 and table.kept_screens is not None and len(table.kept_screens) == 0
    before = window.grab().toImage()
    warm_up = start_warm_up(window)
    qtbot.waitUntil(lambda: warm_up.done, timeout=5000)
    QApplication.processEvents()
    assert window.grab().toImage() == before
    assert len(timeline.kept_paints) == 1 and len(table.kept_screens) == 1  # what the window shows
    assert timeline.kept_paints.held() == timeline.kept_paints.size  # with spares for the next ones
    assert table.kept_screens.held() == table.kept_screens.size
    drawn = {"timeline": 0, "list": 0}
    draw_timeline, draw_screen = widget.draw_timeline, list_screen.Screen.draw

    def counted_timeline(*args: object) -> None:
        drawn["timeline"] += 1
        draw_timeline(*args)  # type: ignore[arg-type]

    def counted_screen(screen: list_screen.Screen, painter: object) -> None:
        drawn["list"] += 1
        draw_screen(screen, painter)  # type: ignore[arg-type]

    monkeypatch.setattr(widget, "draw_timeline", counted_timeline)
    monkeypatch.setattr(list_screen.Screen, "draw", counted_screen)
    lanes = frozenset(category.id for category in window.categories)
    window.session.set_filter(EventFilter(categories=lanes - {window.categories[0].id}))
    timeline.repaint()
    table.viewport().repaint()
    assert drawn == {"timeline": 1, "list": 1}  # a category off: drawn
    window.session.set_filter(EventFilter())
    timeline.repaint()
    table.viewport().repaint()
    assert drawn == {"timeline": 1, "list": 1}  # and back on: what the window opened with, copied
    assert window.grab().toImage() == before
