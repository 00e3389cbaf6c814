"""The filter over own events, answered by one query in the workspace, by the bundled events' rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from workspace_helpers import draft

from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.workspace import Workspace, open_workspace

LABELS = {"diplomacy": "Diplomacy", "economy": "Economy", "culture": "Culture"}


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = open_workspace(tmp_path / "workspace.sqlite", LABELS)
    yield opened  # type: ignore[misc]
    opened.close()


def test_every_field_of_the_filter(workspace: Workspace) -> None:
    add = workspace.add_own_event
    late = add(draft(start="2019-03", title="Theatre week", category="culture", people=("Ilham Aliyev",)))
    early = add(draft(start="2004-03-12", end="2004-03-14", title="Grain talks", category="economy"))
    middle = add(
        draft(start="2010", title="Summit", category="diplomacy", summary="A pipeline was discussed")
    )
    gone = add(draft(start="2011", title="Deleted grain event", category="economy"))
    workspace.delete_own_event(gone.id)
    passing = workspace.own_ids_passing
    assert passing(EventFilter()) == [early.id, middle.id, late.id]  # date order, deleted left out
    assert passing(EventFilter(bilateral_only=True)) == [early.id, middle.id, late.id]
    assert passing(EventFilter(ids=frozenset({late.id, gone.id}))) == [late.id]
    assert passing(EventFilter(categories=frozenset({"economy", "culture"}))) == [early.id, late.id]
    assert passing(EventFilter(categories=frozenset())) == []
    assert passing(EventFilter(people=frozenset({"Ilham Aliyev", "Nobody"}))) == [late.id]
    # A span reaching into the dates passes: the talks end on 14 March 2004.
    assert passing(EventFilter(start=PartialDate.parse("2004-03-14"))) == [early.id, middle.id, late.id]
    assert passing(EventFilter(start=PartialDate.parse("2004-03-15"))) == [middle.id, late.id]
    assert passing(EventFilter(end=PartialDate.parse("2010"))) == [early.id, middle.id]
    assert passing(EventFilter(text="grain")) == [early.id]  # the title
    assert passing(EventFilter(text="pipel")) == [middle.id]  # the summary, the last word as a prefix
    assert passing(EventFilter(text="aliyev")) == [late.id]  # the people
    assert passing(EventFilter(text="Example News")) == [early.id, middle.id, late.id]  # the source
    assert passing(EventFilter(text='"')) == []
    workspace.set_note(early.id, "a remark about xylophones")
    assert passing(EventFilter(text="xylophones")) == [early.id]  # the reader's note
    assert passing(EventFilter(starred_only=True)) == []
    workspace.set_starred(late.id, True)
    workspace.set_starred(gone.id, True)
    assert passing(EventFilter(starred_only=True)) == [late.id]
    assert passing(EventFilter(starred_only=True, categories=frozenset({"economy"}))) == []


def test_events_by_id_come_in_the_order_asked(workspace: Workspace) -> None:
    first = workspace.add_own_event(draft(start="2001", title="First"))
    second = workspace.add_own_event(draft(start="2002", title="Second"))
    found = workspace.own_events_by_id([second.id, "mine-unknown", first.id])
    assert [event.title for event in found] == ["Second", "First"]
