"""The timeline's accessible interfaces, read through QAccessible as a screen reader's bridge reads them."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui import accessibility
from azkz_desktop.ui.accessibility.timeline_items import span_words, window_announcement, window_words
from azkz_desktop.ui.timeline.widget import TimelineWidget
from tests.ui.timeline_data import CATEGORIES, day, index_of, row, session_of

NAME = QAccessible.Text.Name

ROWS = [
    row("relations", day(1992, 8, 27), title="Diplomatic relations", sources=1),
    row(
        "visit",
        day(2024, 3, 11),
        day(2024, 3, 12),
        is_range=True,
        title="Tokayev's state visit to Azerbaijan",
        sources=5,
    ),
    row("treaty", day(2001, 11, 29), lane="treaties", title="Caspian agreement", sources=2),
    *[row(f"trade{n}", day(2010, 3, 1 + n), lane="economy", title=f"Deal {n}") for n in range(11)],
]


@pytest.fixture
def timeline(qtbot) -> TimelineWidget:
    accessibility.install()
    index = index_of(ROWS)
    widget = TimelineWidget(session_of(index), CATEGORIES)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(interface) -> list[str]:
    return [interface.child(n).text(NAME) for n in range(interface.childCount())]


def test_the_view_is_a_list_of_named_events_and_clusters(timeline: TimelineWidget) -> None:
    view = QAccessible.queryAccessibleInterface(timeline)
    assert view.role() == QAccessible.Role.List
    assert view.text(NAME) == "Timeline"
    found = names(view)
    assert "11–12 March 2024, Tokayev's state visit to Azerbaijan, Diplomacy, 5 sources" in found
    assert "27 August 1992, Diplomatic relations, Diplomacy, 1 source" in found
    assert "29 November 2001, Caspian agreement, Treaties & law, 2 sources" in found
    # The eleven deals of March 2010 are too close to tell apart over thirty years: one cluster.
    assert "Cluster, 11 events, March 2010" in found
    assert len(found) == 4
    # Reading order is date order.
    assert found[0].startswith("27 August 1992") and found[-1].startswith("11–12 March 2024")


def test_a_starred_event_and_a_cluster_holding_one_say_so(timeline: TimelineWidget) -> None:
    view = QAccessible.queryAccessibleInterface(timeline)
    timeline.session.set_starred(["visit", "trade3", "trade5"])
    found = names(view)
    assert "11–12 March 2024, Tokayev's state visit to Azerbaijan, Diplomacy, 5 sources, starred" in found
    assert "27 August 1992, Diplomatic relations, Diplomacy, 1 source" in found  # not starred
    assert "Cluster, 11 events, March 2010, 2 starred" in found
    timeline.session.set_starred([])  # unstarred: said at once, the layout is the same
    assert "11–12 March 2024, Tokayev's state visit to Azerbaijan, Diplomacy, 5 sources" in names(view)
    assert "Cluster, 11 events, March 2010" in names(view)


def test_children_are_stable_know_their_parent_and_sit_on_their_marker(timeline: TimelineWidget) -> None:
    view = QAccessible.queryAccessibleInterface(timeline)
    first = view.child(0)
    assert view.child(0) is first
    assert view.indexOfChild(first) == 0
    assert first.parent() is view
    assert first.role() == QAccessible.Role.ListItem
    rect = first.rect()
    assert rect.isValid()
    assert timeline.rect().contains(timeline.mapFromGlobal(rect.center()))
    assert view.childAt(rect.center().x(), rect.center().y()) is first
    assert QAccessible.accessibleInterface(QAccessible.uniqueId(first)) is first


def test_state_follows_selection_and_focus(timeline: TimelineWidget, qtbot) -> None:
    view = QAccessible.queryAccessibleInterface(timeline)
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    assert view.focusChild() is None
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    current = timeline.session.current
    assert current
    focused = view.focusChild()
    assert focused is not None and focused.key == ("event", current)
    state = focused.state()
    assert state.focused and state.selected and state.focusable
    others = [view.child(n) for n in range(view.childCount()) if view.child(n) is not focused]
    assert not any(other.state().focused or other.state().selected for other in others)
    cluster = next(child for child in others if child.text(NAME).startswith("Cluster"))
    assert not cluster.state().focusable


def test_focus_events_follow_the_arrow_keys(timeline: TimelineWidget, qtbot, monkeypatch) -> None:
    sent: list[tuple[QAccessible.Event, str]] = []
    real = QAccessible.updateAccessibility

    def record(event) -> None:
        interface = event.accessibleInterface()
        sent.append((event.type(), interface.text(NAME) if interface else ""))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    QAccessible.queryAccessibleInterface(timeline)  # what a screen reader's bridge does first
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: any(kind == QAccessible.Event.Focus for kind, _ in sent))
    # From the middle of the window, Right goes to the first deal of 2010, drawn inside its cluster:
    # focus goes to the event itself, not to the cluster.
    focus_names = [name for kind, name in sent if kind == QAccessible.Event.Focus]
    assert focus_names[-1] == "1 March 2010, Deal 0, Economy & trade, 1 source"
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: len([1 for kind, _ in sent if kind == QAccessible.Event.Focus]) >= 2)
    focus_names = [name for kind, name in sent if kind == QAccessible.Event.Focus]
    assert focus_names[-1] == "2 March 2010, Deal 1, Economy & trade, 1 source"


def test_zoom_is_announced_and_stale_children_are_deleted(timeline: TimelineWidget, qtbot) -> None:
    view = QAccessible.queryAccessibleInterface(timeline)
    cluster = next(view.child(n) for n in range(view.childCount()) if view.child(n).key[0] == "cluster")
    timeline.zoom_to_span(day(2010, 3, 1), day(2010, 3, 13))
    speaker = view.speaker
    qtbot.waitUntil(lambda: speaker.last_announcement.startswith("Showing"), timeout=3000)
    assert speaker.last_announcement.startswith("Showing ")
    assert speaker.last_announcement.endswith(" 2010, 11 events")
    # The cluster split into its eleven events; its interface left Qt's cache, its wrapper is dead.
    import shiboken6

    assert not shiboken6.isValid(cluster)
    found = names(view)
    assert len(found) == 11 and all("Deal" in name for name in found)
    gc.collect()
    assert all(view.child(n).isValid() for n in range(view.childCount()))


def test_a_destroyed_timeline_leaves_no_interfaces_behind(qtbot) -> None:
    accessibility.install()
    index = index_of(ROWS)
    session = session_of(index)
    holder = QWidget()
    widget = TimelineWidget(session, CATEGORIES, holder)
    holder.resize(800, 300)
    widget.resize(800, 300)
    view = QAccessible.queryAccessibleInterface(widget)
    child = view.child(0)
    unique = QAccessible.uniqueId(child)
    holder.deleteLater()
    qtbot.waitUntil(lambda: QAccessible.accessibleInterface(unique) is None)
    gc.collect()


def test_window_words() -> None:
    assert window_words(day(2022, 1, 1), day(2024, 12, 31)) == "2022 to 2024"
    assert window_words(day(2024, 3, 1), day(2024, 7, 1)) == "March 2024 to June 2024"
    assert window_words(day(2024, 3, 1), day(2024, 3, 15)) == "1 March 2024 to 14 March 2024"
    assert window_announcement(day(2022, 1, 1), day(2024, 12, 31), 44) == "Showing 2022 to 2024, 44 events"
    assert window_announcement(day(2022, 1, 1), day(2024, 12, 31), 1) == "Showing 2022 to 2024, 1 event"
    assert span_words(day(2024, 3, 1), day(2024, 4, 1)) == "March 2024"
    assert span_words(day(2023, 11, 5), day(2024, 2, 10)) == "November 2023 – February 2024"
    assert span_words(day(2010, 3, 2), day(2010, 3, 13)) == "March 2010"
    assert span_words(day(2015, 1, 1), day(2024, 1, 1)) == "2015–2023"


def test_overview_is_a_slider_named_by_the_window(qtbot) -> None:
    from azkz_desktop.ui.timeline.overview import OverviewStrip

    accessibility.install()
    index = index_of(ROWS)
    session = session_of(index)
    strip = OverviewStrip(session)
    qtbot.addWidget(strip)
    session.set_window(DaySpan(day(2022, 1, 1), day(2025, 1, 1)))
    interface = QAccessible.queryAccessibleInterface(strip)
    assert interface.role() == QAccessible.Role.Slider
    assert interface.text(NAME) == "Overview: showing 2022 to 2024"
    assert interface.text(QAccessible.Text.Value) == "2022 to 2024"
    session.set_window(DaySpan(day(1990, 1, 1), day(2027, 1, 1)))
    assert interface.text(NAME) == "Overview: showing 1990 to 2026"
