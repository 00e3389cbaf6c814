"""What a screen reader can do with the timeline's items: Press and SetFocus, as a click does; Star with a
workspace."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QLineEdit, QWidget

from azkz_desktop.session import EventDetails
from azkz_desktop.ui import accessibility
from azkz_desktop.ui.accessibility.item_actions import STAR
from azkz_desktop.ui.timeline.widget import TimelineWidget
from tests.ui.test_accessible_timeline import NAME, ROWS
from tests.ui.timeline_data import CATEGORIES, day, index_of, session_of

PRESS = QAccessibleActionInterface.pressAction()
SET_FOCUS = QAccessibleActionInterface.setFocusAction()


@pytest.fixture
def timeline(qtbot) -> Iterator[TimelineWidget]:
    accessibility.install()
    holder = QWidget()  # something else to hold the focus
    qtbot.addWidget(holder)
    widget = TimelineWidget(session_of(index_of(ROWS)), CATEGORIES, holder)
    holder.resize(1000, 400)
    widget.resize(1000, 400)
    holder.show()
    qtbot.waitExposed(holder)
    yield widget  # while the holder lives


def child_named(timeline: TimelineWidget, start: str):
    view = QAccessible.queryAccessibleInterface(timeline)
    return next(view.child(n) for n in range(view.childCount()) if view.child(n).text(NAME).startswith(start))


def test_an_event_offers_press_and_set_focus_with_words_for_each(timeline: TimelineWidget) -> None:
    actions = child_named(timeline, "27 August 1992").actionInterface()
    assert actions is not None
    assert actions.actionNames() == [PRESS, SET_FOCUS]
    assert actions.localizedActionDescription(PRESS) == "Show the event's details"
    assert actions.localizedActionDescription(SET_FOCUS) == "Make this the current event"
    assert actions.keyBindingsForAction(PRESS) == ["Return"]


def test_pressing_an_event_selects_it_and_shows_its_details(timeline: TimelineWidget, qtbot) -> None:
    session = timeline.session
    with qtbot.waitSignal(timeline.activated) as activated:
        child_named(timeline, "27 August 1992").actionInterface().doAction(PRESS)
    assert activated.args == ["relations"]
    assert session.selection == {"relations"} and session.current == "relations"
    assert session.details == EventDetails("relations")


def test_set_focus_makes_the_event_current_with_the_timeline_focused(timeline: TimelineWidget, qtbot) -> None:
    field = QLineEdit(timeline.parentWidget())
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    child_named(timeline, "29 November 2001").actionInterface().doAction(SET_FOCUS)
    qtbot.waitUntil(timeline.hasFocus)
    assert timeline.session.current == "treaty"
    focused = QAccessible.queryAccessibleInterface(timeline).focusChild()
    assert focused is not None and focused.text(NAME).startswith("29 November 2001")


def test_pressing_a_cluster_zooms_into_its_events(timeline: TimelineWidget) -> None:
    cluster = child_named(timeline, "Cluster, 11 events")
    actions = cluster.actionInterface()
    assert actions.actionNames() == [PRESS]
    assert actions.localizedActionDescription(PRESS) == "Zoom in to this cluster's events"
    actions.doAction(PRESS)
    window = timeline.session.window
    assert window.start <= day(2010, 3, 1) and window.end >= day(2010, 3, 12)
    assert window.length < 60  # from thirty years to a few weeks
    assert timeline.session.selection == frozenset()  # a zoom, not a selection


def test_an_action_on_an_item_no_longer_drawn_does_nothing(timeline: TimelineWidget) -> None:
    cluster = child_named(timeline, "Cluster, 11 events")
    actions = cluster.actionInterface()
    timeline.zoom_to_span(day(2010, 3, 1), day(2010, 3, 13))  # the cluster splits; its key is gone
    window = timeline.session.window
    assert actions.actionNames() == []
    actions.doAction(PRESS)
    assert timeline.session.window == window


def test_actions_die_with_their_item(timeline: TimelineWidget, qtbot) -> None:
    view = QAccessible.queryAccessibleInterface(timeline)
    cluster = child_named(timeline, "Cluster, 11 events")
    actions = cluster.actionInterface()
    timeline.zoom_to_span(day(2010, 3, 1), day(2010, 3, 13))
    view.prune()
    assert not shiboken6.isValid(cluster)
    del cluster, actions
    gc.collect()
    for n in range(view.childCount()):  # the new items' actions work
        assert view.child(n).actionInterface().actionNames() == [PRESS, SET_FOCUS]


def event_item(window, event_id: str):
    view = QAccessible.queryAccessibleInterface(window.timeline)
    window.timeline.zoom_to_event(event_id)
    return next(view.child(n) for n in range(view.childCount()) if view.child(n).key == ("event", event_id))


def test_with_a_workspace_an_event_can_be_starred_and_unstarred(open_window) -> None:
    accessibility.install()
    window = open_window()
    event_id = "diplomatic-relations-1992"
    actions = event_item(window, event_id).actionInterface()
    assert actions.actionNames() == [PRESS, SET_FOCUS, STAR]
    assert actions.localizedActionName(STAR) == "Star or unstar"
    assert actions.keyBindingsForAction(STAR) == ["S"]
    window.session.select(["veten-newspaper-2007", "caspian-seabed-agreement-2001"])
    actions.doAction(STAR)
    assert window.workspace_ui.starred == {event_id}  # this event alone, not the earlier selection
    assert window.workspace_ui.workspace.starred_ids() == {event_id}
    actions.doAction(STAR)
    assert window.workspace_ui.starred == frozenset()


def test_without_a_workspace_there_is_nothing_to_star(window) -> None:
    accessibility.install()
    actions = event_item(window, "diplomatic-relations-1992").actionInterface()
    assert actions.actionNames() == [PRESS, SET_FOCUS]
    actions.doAction(STAR)  # not offered: does nothing
    assert window.session.selection == frozenset()
