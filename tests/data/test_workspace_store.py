"""Stars, notes and own events in the workspace: what the window calls, without Qt."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from workspace_helpers import draft

from azkz_desktop.data.export import write_csv
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.data.workspace import InvalidOwnEvent, Workspace, default_workspace_path, open_workspace
from azkz_desktop.data.workspace.rows import (
    EXPORT_COLUMNS,
    event_of,
    merged_export_rows,
)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = open_workspace(tmp_path / "data" / "workspace.sqlite")
    yield opened  # type: ignore[misc]
    opened.close()


def test_created_on_first_use_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "workspace.sqlite"
    with open_workspace(path) as workspace:
        assert workspace.connection.rows("PRAGMA journal_mode") == [("wal",)]
        assert workspace.connection.rows("PRAGMA synchronous") == [(2,)]  # FULL
        assert workspace.connection.rows("PRAGMA trusted_schema") == [(0,)]
        assert workspace.backups == []  # a new file needs no backup
    assert path.is_file()


def test_stars_toggle_and_undo(workspace: Workspace) -> None:
    assert workspace.toggle_star("e1") is True
    assert workspace.starred_ids() == {"e1"}
    assert workspace.set_starred("e1", False) is True  # was starred: what an undo restores
    assert workspace.starred_ids() == frozenset()
    assert workspace.toggle_star("e1") is True
    assert workspace.toggle_star("e1") is False


def test_note_saved_replaced_and_cleared_keeps_every_version(workspace: Workspace) -> None:
    assert workspace.set_note("e1", "first thought") is None
    previous = workspace.set_note("e1", "second thought")
    assert previous is not None and previous.text == "first thought"
    assert workspace.note("e1").text == "second thought"  # type: ignore[union-attr]
    workspace.set_note("e1", "   ")
    assert workspace.note("e1") is None
    # Typing over one's own save of a moment ago keeps no copy of every keystroke, but a clear does.
    assert [note.text for note in workspace.note_history("e1")] == ["second thought"]


def test_note_written_elsewhere_is_kept_when_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as first, open_workspace(path) as second:
        first.set_note("e1", "from the first window")
        second.set_note("e1", "from the second window")
        assert first.note("e1").text == "from the second window"  # type: ignore[union-attr]
        assert [note.text for note in first.note_history("e1")] == ["from the first window"]


def test_notes_are_searched(workspace: Workspace) -> None:
    workspace.set_note("e1", "Caspian pipeline tariffs")
    workspace.set_note("e2", "a visit")
    assert workspace.notes_matching("pipe") == ["e1"]
    assert workspace.notes_matching('tariffs "') == ["e1"]  # a stray quote is data, not syntax
    assert workspace.notes_matching("") == []


def test_orphan_notes_are_kept_and_listed(workspace: Workspace) -> None:
    own = workspace.add_own_event(draft())
    workspace.set_note("still-here", "a")
    workspace.set_note("gone", "b")
    workspace.set_note(own.id, "c")
    assert [note.event_id for note in workspace.orphan_notes(["still-here"])] == ["gone"]
    workspace.delete_own_event(own.id)
    assert [note.event_id for note in workspace.orphan_notes(["still-here"])] == sorted(["gone", own.id])


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"start": "2004-02-30"}, "start", "day 30 does not exist in February 2004"),
        ({"start": "12/03/2004"}, "start", "not a date"),
        ({"start": ""}, "start", "a date is needed"),
        ({"end": "2004-03-01"}, "end", "before the start"),
        ({"end": "2004-04"}, "end", "same precision"),
        ({"precision": "month"}, "precision", "day precision"),
        ({"title": "  "}, "title", "needs a title"),
        ({"category": "sport"}, "category", "unknown category 'sport'"),
        ({"source_url": "", "source_text": ""}, "source", "give the source"),
        ({"source_url": "javascript:alert(1)"}, "source_url", "not a web address"),
        ({"source_date": "2004-13"}, "source_date", "month 13 does not exist"),
    ],
)
def test_own_event_errors_name_their_field(
    workspace: Workspace, changes: dict[str, str], field: str, words: str
) -> None:
    with pytest.raises(InvalidOwnEvent) as raised:
        workspace.add_own_event(draft(**changes))
    assert [error.field for error in raised.value.errors] == [field]
    assert words in raised.value.errors[0].message
    assert workspace.own_events() == []


def test_own_event_add_edit_delete_undo(workspace: Workspace) -> None:
    event = workspace.add_own_event(draft(end="2004-03-14", people=("A. Person", " ")))
    assert event.id.startswith("mine-") and event.origin == "mine"
    assert event.people == ("A. Person",)
    assert workspace.own_events() == [event]
    before = workspace.update_own_event(event.id, draft(title="Talks in Astana"))
    assert before == event
    assert workspace.own_event(event.id).title == "Talks in Astana"  # type: ignore[union-attr]
    workspace.restore_own_event(before)  # undo the edit
    assert workspace.own_event(event.id).title == "Talks in Baku"  # type: ignore[union-attr]
    deleted = workspace.delete_own_event(event.id)
    assert deleted is not None and workspace.own_events() == []
    assert workspace.own_events_matching("baku") == []
    assert [e.id for e in workspace.own_events(include_deleted=True)] == [event.id]
    workspace.restore_own_event(deleted)  # undo the deletion
    assert workspace.own_events_matching("baku") == [event.id]
    assert workspace.own_events_matching("example news") == [event.id]  # the source is searched too


def test_own_events_in_the_shapes_of_bundled_ones(workspace: Workspace) -> None:
    event = workspace.add_own_event(draft(start="2005-06", end="2005-08"))
    assert event.span.label() == "June – August 2005"
    detail = event_of(event, note="mine to say")
    assert detail.sources[0].url == "https://example.org/report" and detail.note == "mine to say"
    categories = ["diplomacy", "economy"]
    rows = workspace.own_timeline_rows(categories)
    first, last = dt.date(2005, 6, 1).toordinal(), dt.date(2005, 8, 31).toordinal()
    # month precision, first lane, a range, one source
    assert rows == [(event.id, first, last, 1, 0, event.title, 1, 1)]
    index = TimelineIndex([rows], categories)
    assert len(index) == 1
    workspace.set_note(event.id, "own note")
    workspace.set_note("bundled-1", "=cmd|' /C calc'!A0")
    bundled = [
        (
            "bundled-1",
            "2004",
            "2004-01-01",
            "",
            "year",
            "2004",
            "A bundled one",
            "Diplomacy",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        )
    ]
    labels = {"diplomacy": "Diplomacy"}
    rows = list(merged_export_rows(bundled, workspace.own_events(), workspace.note_texts(), labels))
    assert [(row[0], row[-2]) for row in rows] == [("bundled-1", "bundled"), (event.id, "mine")]
    assert rows[1][EXPORT_COLUMNS.index("category")] == "Diplomacy" and rows[1][-1] == "own note"
    assert all(len(row) == len(EXPORT_COLUMNS) for row in rows)
    import io

    out = io.StringIO()
    write_csv(rows, out, columns=EXPORT_COLUMNS)
    assert "\"'=cmd|" in out.getvalue()  # a note that looks like a formula is neutralised on export


@pytest.mark.parametrize(
    ("xdg", "expected"),
    [
        ("/x/data", Path("/x/data/azkz-desktop/azkz-desktop/workspace.sqlite")),
        ("relative/data", None),
        ("", None),
    ],
)
def test_default_location_follows_qt_app_data_location(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str, expected: Path | None
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", xdg)
    fallback = tmp_path / ".local/share/azkz-desktop/azkz-desktop/workspace.sqlite"
    assert default_workspace_path() == (expected or fallback)
    assert os.path.isabs(default_workspace_path())


def test_timestamps_sort_as_text(workspace: Workspace) -> None:
    first = workspace.add_own_event(draft())
    second = workspace.update_own_event(first.id, draft(title="changed"))
    assert dt.datetime.fromisoformat(second.updated) <= dt.datetime.fromisoformat(
        workspace.own_event(first.id).updated  # type: ignore[union-attr]
    )


def test_many_stars_are_one_transaction(workspace: Workspace) -> None:
    workspace.set_starred("b", True)
    statements: list[str] = []
    workspace.connection.connection.set_trace_callback(statements.append)
    workspace.set_stars({"a": True, "b": False, "c": True, "d": False})
    workspace.connection.connection.set_trace_callback(None)
    assert statements.count("BEGIN IMMEDIATE") == 1
    assert workspace.starred_ids() == {"a", "c"}
    assert workspace.connection.rows("SELECT event_id FROM removed_stars") == [("b",)]  # d was never starred
