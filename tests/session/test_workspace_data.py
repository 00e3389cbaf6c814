"""The database seen through a workspace, without Qt: own events merged, notes searched, stars filtered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from azkz_desktop.data.database import open_database
from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.workspace import OwnEventDraft, open_workspace
from azkz_desktop.data.workspace.rows import EXPORT_COLUMNS
from azkz_desktop.session.workspace_data import WorkspaceDatabase


def own(title: str, start: str, category: str = "economy", **more: object) -> OwnEventDraft:
    return OwnEventDraft(start=start, title=title, category=category, source_text="own notes", **more)  # type: ignore[arg-type]


@pytest.fixture
def data(tmp_path: Path) -> Iterator[WorkspaceDatabase]:
    database = open_database(bundled_database_path())
    workspace = open_workspace(tmp_path / "workspace.sqlite", database.category_ids())
    yield WorkspaceDatabase(database, workspace)
    workspace.close()
    database.close()


def test_own_events_join_the_index_with_their_flag(data: WorkspaceDatabase) -> None:
    bundled = len(data.timeline_index())
    event = data.workspace.add_own_event(own("Pipeline tender", "2012-05"))
    index = data.timeline_index()
    assert len(index) == bundled + 1
    row = index.row_of(event.id)
    assert row is not None and index.mine is not None and index.mine[row]
    assert int(index.mine.sum()) == 1
    assert data.is_own(event.id) and not data.is_own(index.ids[0])
    shown = data.event(event.id)
    assert shown is not None and shown.title == "Pipeline tender"


def test_filters_apply_to_own_events_as_to_bundled(data: WorkspaceDatabase) -> None:
    a = data.workspace.add_own_event(own("Grain corridor meeting", "2012-05", "economy"))
    b = data.workspace.add_own_event(own("Theatre week", "2019", "culture", people=("Ilham Aliyev",)))
    data.timeline_index()
    assert a.id in data.filtered_event_ids(EventFilter(categories=frozenset({"economy"})))
    assert b.id not in data.filtered_event_ids(EventFilter(categories=frozenset({"economy"})))
    dated = data.filtered_event_ids(EventFilter(start=PartialDate.parse("2015")))
    assert b.id in dated and a.id not in dated
    assert data.filtered_event_ids(EventFilter(people=frozenset({"Ilham Aliyev"}))).count(b.id) == 1
    assert a.id in data.filtered_event_ids(EventFilter(text="grain corridor"))
    ordered = data.filtered_event_ids(EventFilter())
    assert ordered.index(a.id) < ordered.index(b.id)


def test_notes_are_search_hits_and_stars_a_filter(data: WorkspaceDatabase) -> None:
    index = data.timeline_index()
    noted, starred = index.ids[3], index.ids[9]
    assert noted not in data.filtered_event_ids(EventFilter(text="xylophonic"))
    data.workspace.set_note(noted, "a xylophonic thought")
    assert data.filtered_event_ids(EventFilter(text="xylophonic")) == [noted]
    data.workspace.set_starred(starred, True)
    assert data.filtered_event_ids(EventFilter(starred_only=True)) == [starred]
    only_diplomacy = EventFilter(starred_only=True, categories=frozenset({"culture"}))
    expected = [starred] if index.category_of(index.row_of(starred)) == "culture" else []
    assert data.filtered_event_ids(only_diplomacy) == expected
    assert not EventFilter(starred_only=True).is_empty


def test_export_rows_carry_origin_and_note(data: WorkspaceDatabase) -> None:
    index = data.timeline_index()
    data.workspace.set_note(index.ids[0], "exported remark")
    event = data.workspace.add_own_event(own("Own row", "2020-02-02"))
    data.timeline_index()
    rows = {row[0]: dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in data.export_rows(EventFilter())}
    assert data.export_columns == EXPORT_COLUMNS
    assert rows[event.id]["origin"] == "mine"
    assert rows[index.ids[0]]["my_note"] == "exported remark"
    starred_rows = list(data.export_rows(EventFilter(starred_only=True)))
    assert starred_rows == []


def test_the_bundled_answers_are_kept_for_the_last_filters_and_never_written(
    data: WorkspaceDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from azkz_desktop.session import workspace_data

    asked: list[EventFilter] = []
    ask = data.bundled.filtered_rowids

    def counted(event_filter: EventFilter):  # type: ignore[no-untyped-def]
        asked.append(event_filter)
        return ask(event_filter)

    monkeypatch.setattr(data.bundled, "filtered_rowids", counted)
    data.timeline_index()
    visit = EventFilter(text="visit")
    first = data.filtered_rowids(visit)
    assert len(first) > 0 and asked == [visit]
    again = data.filtered_rowids(visit)
    assert asked == [visit] and again.tolist() == first.tolist()  # kept
    assert not data.bundled_rowids(visit).flags.writeable  # shared, so nobody may change it
    assert data.filtered_rowids(EventFilter(text="visi")).tolist() != []
    assert len(asked) == 2  # another search asks anew
    others = [EventFilter(text=word) for word in ("treaty", "gas", "oil", "trade", "summit", "forum")]
    for other in others:
        data.filtered_rowids(other)
    assert len(others) >= workspace_data.RECENT_FILTERS
    asked.clear()
    assert data.filtered_rowids(visit).tolist() == first.tolist()
    assert asked == [visit]  # left out by the later ones: asked again, with the same answer


def test_a_search_still_finds_own_events_and_notes_beside_the_kept_bundled_answer(
    data: WorkspaceDatabase,
) -> None:
    index = data.timeline_index()
    words = EventFilter(text="visit")
    bundled = set(data.filtered_rowids(words).tolist())
    mine = data.workspace.add_own_event(own("Ferry visit to Aktau", "2016-04"))
    merged = data.timeline_index()
    found = set(data.filtered_rowids(words).tolist())
    row = merged.row_of(mine.id)
    assert row is not None and int(merged.rowids[row]) in found
    assert bundled <= found
    assert len(merged) == len(index) + 1


def test_rowids_with_notes_and_stars_are_the_events_the_ids_way_finds(data: WorkspaceDatabase) -> None:
    index = data.timeline_index()
    culture = [i for i in index.ids if index.category_of(index.row_of(i)) == "culture"]
    data.workspace.set_note(culture[0], "a xylophonic visit")  # a note hit in culture
    data.workspace.set_note(index.ids[1], "xylophonic too")  # and one elsewhere
    data.workspace.set_starred(culture[0], True)
    data.workspace.set_starred(index.ids[2], True)
    mine = data.workspace.add_own_event(own("Xylophonic own visit", "2012-05", "culture"))
    data.workspace.set_starred(mine.id, True)
    merged = data.timeline_index()
    culture_only = frozenset({"culture"})
    filters = [
        EventFilter(text="xylophonic"),
        EventFilter(text="visit"),
        EventFilter(text="xylophonic", categories=culture_only),
        EventFilter(text="xylophonic", ids=frozenset({index.ids[1], mine.id})),
        EventFilter(starred_only=True),
        EventFilter(starred_only=True, categories=culture_only),
        EventFilter(text="visit", starred_only=True),
    ]
    for event_filter in filters:
        by_rowid = {merged.ids[row] for row in merged.rows_of_rowids(data.filtered_rowids(event_filter))}
        assert by_rowid == set(data.filtered_event_ids(event_filter)), event_filter
    assert {merged.ids[row] for row in merged.rows_of_rowids(data.filtered_rowids(filters[0]))} == {
        culture[0],
        index.ids[1],
        mine.id,
    }
    data.workspace.set_note(index.ids[1], "")  # a note taken back is no longer a hit, kept answers or not
    found = {merged.ids[row] for row in merged.rows_of_rowids(data.filtered_rowids(filters[0]))}
    assert found == {culture[0], mine.id}


def test_a_kept_mask_is_given_again_until_the_workspace_changes(
    data: WorkspaceDatabase, tmp_path: Path
) -> None:
    """The same filter gets the same (read-only) mask back while nothing changed; a star, a note or an
    own event, written here or by another window on the same file, drops what was kept."""
    import numpy as np

    from azkz_desktop.data.row_queries import DatabaseRows

    def fresh(event_filter: EventFilter) -> set[str]:
        return set(data.filtered_event_ids(event_filter, ordered=False))

    def shown(mask: np.ndarray) -> set[str]:
        return {index.ids[int(row)] for row in np.flatnonzero(mask)}

    index = data.timeline_index()
    rows = DatabaseRows(data, index)  # type: ignore[arg-type]
    starred, words = EventFilter(starred_only=True), EventFilter(text="zebra crossing")
    first = rows.mask_matching(starred)
    assert not first.flags.writeable and not first.any()
    assert rows.mask_matching(starred) is first
    chosen = index.ids[3]
    data.workspace.set_starred(chosen, True)
    again = rows.mask_matching(starred)
    assert again is not first and shown(again) == {chosen} == fresh(starred)
    assert not rows.mask_matching(words).any()
    data.workspace.set_note(index.ids[5], "a zebra crossing by the embassy")
    assert shown(rows.mask_matching(words)) == {index.ids[5]} == fresh(words)
    other = open_workspace(tmp_path / "workspace.sqlite", data.bundled.category_ids())  # another window
    try:
        kept = rows.mask_matching(starred)
        assert rows.mask_matching(starred) is kept
        other.set_starred(index.ids[7], True)
        assert shown(rows.mask_matching(starred)) == {chosen, index.ids[7]}
    finally:
        other.close()


def test_a_database_alone_keeps_the_last_few_masks(tmp_path: Path) -> None:
    from azkz_desktop.data import row_queries
    from azkz_desktop.data.row_queries import DatabaseRows

    database = open_database(bundled_database_path())
    index = database.timeline_index()
    rows = DatabaseRows(database, index)
    filters = [EventFilter(text=word) for word in ("visit", "treaty", "gas", "oil", "caspian")]
    masks = [rows.mask_matching(event_filter) for event_filter in filters]
    assert all(rows.mask_matching(f) is mask for f, mask in zip(filters[1:], masks[1:], strict=True))
    assert len(rows._kept) == row_queries.KEPT_ANSWERS
    assert rows.mask_matching(filters[0]) is not masks[0], "the oldest was dropped"
    for event_filter, mask in zip(filters, masks, strict=True):
        expected = set(database.filtered_event_ids(event_filter, ordered=False))
        assert {index.ids[int(row)] for row in np.flatnonzero(mask)} == expected
    database.close()
