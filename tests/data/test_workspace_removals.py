"""A removed star or a cleared note travels with a workspace file: the later of a star (or note) and its
removal wins the merge, on either side."""

from __future__ import annotations

import time
from pathlib import Path

from workspace_helpers import make_workspace_of_version

from azkz_desktop.data.workspace import Workspace, open_workspace
from azkz_desktop.data.workspace.transfer import export_workspace, merge_workspace, preview_merge


def tick() -> None:
    time.sleep(0.002)  # timestamps have microseconds; keep "later" unambiguous


def moved(laptop: Workspace, folder: Path) -> Path:
    target = folder / "laptop.azkz-workspace"
    export_workspace(laptop, target)
    return target


def test_a_star_removed_later_is_removed_on_merge(tmp_path: Path) -> None:
    with (
        open_workspace(tmp_path / "laptop.sqlite") as laptop,
        open_workspace(tmp_path / "desk.sqlite") as desk,
    ):
        desk.set_starred("later-removed", True)
        desk.set_starred("starred-again", True)
        laptop.set_starred("later-removed", True)
        laptop.set_starred("starred-again", True)
        tick()
        laptop.set_starred("later-removed", False)  # unstarred on the laptop after the desk starred it
        laptop.set_starred("starred-again", False)
        tick()
        desk.set_starred("starred-again", False)
        desk.set_starred("starred-again", True)  # the desk starred it again, later still
        laptop.set_starred("never-on-desk", True)
        laptop.set_starred("never-on-desk", False)
        source = moved(laptop, tmp_path)
        preview = preview_merge(desk, source)
        assert desk.starred_ids() == {"later-removed", "starred-again"}  # a preview changes nothing
        report = merge_workspace(desk, source)
        assert report == preview
        assert (report.stars_added, report.stars_removed) == (0, 1)
        assert desk.starred_ids() == {"starred-again"}
        assert "removed (unstarred there later): 1" in report.lines()[0]
        # The removal is known on the desk now and travels on from there.
        assert desk.connection.rows("SELECT event_id FROM removed_stars ORDER BY event_id") == [
            ("later-removed",),
            ("never-on-desk",),
        ]


def test_a_star_added_after_the_other_side_removed_it_is_added(tmp_path: Path) -> None:
    with (
        open_workspace(tmp_path / "laptop.sqlite") as laptop,
        open_workspace(tmp_path / "desk.sqlite") as desk,
    ):
        desk.set_starred("event", True)
        desk.set_starred("event", False)
        tick()
        laptop.set_starred("event", True)
        report = merge_workspace(desk, moved(laptop, tmp_path))
        assert report.stars_added == 1 and desk.starred_ids() == {"event"}
        assert desk.connection.rows("SELECT count(*) FROM removed_stars") == [(0,)]


def test_a_note_cleared_later_is_cleared_and_kept_in_the_history(tmp_path: Path) -> None:
    with (
        open_workspace(tmp_path / "laptop.sqlite") as laptop,
        open_workspace(tmp_path / "desk.sqlite") as desk,
    ):
        desk.set_note("cleared-later", "desk's words")
        laptop.set_note("cleared-later", "laptop's words")
        desk.set_note("rewritten-later", "desk wrote")
        laptop.set_note("rewritten-later", "laptop wrote")
        tick()
        laptop.set_note("cleared-later", "")  # cleared on the laptop after the desk wrote
        laptop.set_note("rewritten-later", "")
        tick()
        desk.set_note("rewritten-later", "desk wrote again, after the clearing")
        report = merge_workspace(desk, moved(laptop, tmp_path))
        assert report.notes_cleared == 1
        assert desk.note("cleared-later") is None
        assert desk.notes_matching("desk's") == []  # the search index follows
        kept = {(note.text, note.reason) for note in desk.note_history("cleared-later")}
        assert ("desk's words", "merged: cleared in a newer workspace") in kept
        assert desk.note("rewritten-later").text == "desk wrote again, after the clearing"  # type: ignore[union-attr]


def test_a_note_written_after_the_other_side_cleared_it_wins(tmp_path: Path) -> None:
    with (
        open_workspace(tmp_path / "laptop.sqlite") as laptop,
        open_workspace(tmp_path / "desk.sqlite") as desk,
    ):
        desk.set_note("event", "first thought")
        desk.set_note("event", "")
        tick()
        laptop.set_note("event", "a newer thought")
        laptop.set_note("older", "written before the desk cleared its own")
        tick()
        desk.set_note("older", "desk's note")
        desk.set_note("older", "")
        report = merge_workspace(desk, moved(laptop, tmp_path))
        assert desk.note("event").text == "a newer thought"  # type: ignore[union-attr]
        assert desk.note("older") is None  # the desk's clearing is the later change
        assert (report.notes_added, report.notes_kept) == (1, 1)
        assert [note.reason for note in desk.note_history("older") if note.text.startswith("written")] == [
            "merged: a note cleared here later"
        ]


def test_a_file_of_version_2_carries_no_removals(tmp_path: Path) -> None:
    make_workspace_of_version(tmp_path / "old.sqlite", 2)  # it stars e-star and notes e-note
    with open_workspace(tmp_path / "workspace.sqlite") as workspace:
        workspace.set_starred("e-star", True)
        workspace.set_note("e-note", "mine")
        report = merge_workspace(workspace, tmp_path / "old.sqlite")
        assert (report.stars_removed, report.notes_cleared) == (0, 0)
        assert workspace.starred_ids() == {"e-star"}
        assert workspace.note("e-note").text == "mine"  # type: ignore[union-attr]  # newer than 2020
