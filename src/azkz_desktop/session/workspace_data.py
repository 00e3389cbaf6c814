"""The bundled database seen through the reader's workspace: their own events merged in, their notes
searched as their own words, their stars as a filter.

Every view keeps asking "the database" the questions it asked before (timeline_index, filtered_event_ids,
event, export_rows); this adapter answers them for both kinds of event, so the window needs no second code
path for own events. It holds no Qt and runs no SQL: the workspace and the database do that.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import Event
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.data.workspace import OwnEvent, Workspace
from azkz_desktop.data.workspace.rows import EXPORT_COLUMNS, event_of, merged_export_rows

RECENT_FILTERS = 6  # the bundled database's answers kept: a search typed on, then taken back, asks again


class WorkspaceDatabase:
    """A RelationsDatabase with a workspace beside it; anything not answered here goes to the database.

    `workspace` is None when there is none to use (it could not be opened): then this is the bundled
    database alone, and `unavailable` says why, for the tooltips of the disabled actions.
    """

    def __init__(
        self, database: RelationsDatabase, workspace: Workspace | None, unavailable: str = ""
    ) -> None:
        self.bundled = database
        self.workspace = workspace
        self.unavailable = unavailable
        self._bundled_index: TimelineIndex | None = None
        self._index: TimelineIndex | None = None  # the last merged index: its `mine` flags say whose
        # The bundled database is only ever read, so what it answers for a filter never changes: the
        # last few answers are kept (a common word's 125,000 rowids at a million events take 15 ms).
        self._bundled_answers: OrderedDict[EventFilter, npt.NDArray[np.int64]] = OrderedDict()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.bundled, name)

    def answers_version(self) -> object:
        """Changes when what a filter matches may have: the workspace's version (stars, notes, own
        events, from this window or another); the bundled database's answers never change."""
        return None if self.workspace is None else self.workspace.version()

    @property
    def export_columns(self) -> tuple[str, ...]:
        """Always the workspace's columns, as `azkz-desktop export` writes them; empty without one."""
        return EXPORT_COLUMNS

    # ---- own events ------------------------------------------------------------------------------------

    def is_own(self, event_id: str) -> bool:
        """Whether the event is the reader's: a look-up in the index, not a query (the list asks often)."""
        index = self._index
        if index is None or index.mine is None or not event_id:
            return False
        row = index.row_of(event_id)
        return row is not None and bool(index.mine[row])

    def own_event(self, event_id: str) -> OwnEvent | None:
        """One own event, read when asked (editing, the detail pane)."""
        if self.workspace is None or not self.is_own(event_id):
            return None
        return self.workspace.own_event(event_id)

    # ---- what the views ask ----------------------------------------------------------------------------

    def timeline_index(self) -> TimelineIndex:
        """The bundled events and the reader's in one index; `mine` marks the reader's rows."""
        if self._bundled_index is None:
            self._bundled_index = self.bundled.timeline_index()
        bundled = self._bundled_index
        self._index = bundled
        if self.workspace is None:
            return bundled
        own = self.workspace.own_timeline_rows(bundled.categories)
        if not own:
            return bundled
        merged = bundled.merged_with(own)
        self._index = merged
        return merged

    def event(self, event_id: str) -> Event | None:
        own = self.own_event(event_id)
        if own is not None:
            return event_of(own)
        return self.bundled.event(event_id)

    def filtered_event_ids(self, event_filter: EventFilter, ordered: bool = True) -> list[str]:
        """Bundled and own events passing the filter; a note matching the search words counts as a hit."""
        return self._bundled_ids(event_filter, ordered) + self._own_ids(event_filter)

    def filtered_rowids(self, event_filter: EventFilter) -> npt.NDArray[np.int64]:
        """Rowids in the merged index (see TimelineIndex.merged_with) of the events passing the filter.

        Without words or stars the bundled part is one query over rowids, as without a workspace; with
        them, notes and stars decide by id. Own events are filtered in memory (they are the reader's few).
        """
        index = self._index if self._index is not None else self.timeline_index()
        bundled = self.bundled_rowids(dataclasses.replace(event_filter, starred_only=False))
        if self.workspace is not None and (event_filter.text.strip() or event_filter.starred_only):
            bundled = self._with_notes_and_stars(bundled, event_filter)
        own_ids = self._own_ids(event_filter)
        if not own_ids:
            return np.asarray(bundled, dtype=np.int64)
        return np.concatenate([bundled, index.rowids[index.rows_of(own_ids)]]).astype(np.int64)

    def stored_search_mask(self, text: str, index: TimelineIndex) -> npt.NDArray[np.bool_] | None:
        """The rows of `index` (the merged one) the words `text` alone find, from the bundled database's
        stored bitmaps, when no note and no own event adds to them (else None: filtered_rowids)."""
        if self.workspace is not None and (
            self.workspace.notes_matching(text) or self._own_ids(EventFilter(text=text))
        ):
            return None
        return self.bundled.stored_search_mask(text, index)

    def stored_search_lanes(self, text: str, index: TimelineIndex) -> dict[str, npt.NDArray[np.bool_]] | None:
        """Each lane's flags for the words `text`, asked right after stored_search_mask gave their mask
        (so no note or own event adds to them): the bundled database's, for its own index only."""
        return self.bundled.stored_search_lanes(text, index)

    def _with_notes_and_stars(
        self, rowids: npt.NDArray[np.int64], event_filter: EventFilter
    ) -> npt.NDArray[np.int64]:
        """The bundled hits of the words (`rowids`) and the bundled events whose note matches them and
        that pass the rest of the filter; only the starred ones under "starred only"."""
        workspace, bundled = self.workspace, self._bundled_index
        assert workspace is not None and bundled is not None
        text = event_filter.text.strip()
        noted = frozenset(workspace.notes_matching(text)) if text else frozenset()
        if noted:
            rest = dataclasses.replace(event_filter.without_text(), starred_only=False)
            chosen = noted if rest.ids is None else noted & rest.ids
            found = self.bundled.filtered_rowids(dataclasses.replace(rest, ids=chosen))
            rowids = np.union1d(rowids, found)
        if event_filter.starred_only:
            starred = bundled.rowids[bundled.rows_of(sorted(workspace.starred_ids()))]
            rowids = rowids[np.isin(rowids, starred)]
        return np.asarray(rowids, dtype=np.int64)

    def bundled_rowids(self, event_filter: EventFilter) -> npt.NDArray[np.int64]:
        """The bundled database's rowids passing `event_filter` (read-only: the array may be shared)."""
        answers = self._bundled_answers
        rowids = answers.get(event_filter)
        if rowids is None:
            rowids = np.asarray(self.bundled.filtered_rowids(event_filter), dtype=np.int64)
            rowids.setflags(write=False)
            answers[event_filter] = rowids
            while len(answers) > RECENT_FILTERS:
                answers.popitem(last=False)
        else:
            answers.move_to_end(event_filter)
        return rowids

    def export_rows(self, event_filter: EventFilter) -> Iterator[tuple[str, ...]]:
        """CSV rows in `export_columns` order: with a workspace, both kinds with origin and the note."""
        if self.workspace is None:
            return merged_export_rows(self.bundled.export_rows(event_filter), [], {})
        bundled_filter = dataclasses.replace(event_filter, starred_only=False)
        if event_filter.text.strip() or event_filter.starred_only:
            bundled_filter = EventFilter(ids=frozenset(self._bundled_ids(event_filter, False)))
        labels = {category.id: category.label for category in self.bundled.categories()}
        return merged_export_rows(
            self.bundled.export_rows(bundled_filter),
            self.workspace.own_events_by_id(self._own_ids(event_filter)),
            self.workspace.note_texts(),
            labels,
        )

    # ---- filtering -------------------------------------------------------------------------------------

    def _bundled_ids(self, event_filter: EventFilter, ordered: bool) -> list[str]:
        base = dataclasses.replace(event_filter, starred_only=False)
        ids = self.bundled.filtered_event_ids(base, ordered)
        workspace = self.workspace
        if workspace is None:
            return ids
        text = event_filter.text.strip()
        if text:
            noted = set(workspace.notes_matching(text))
            if noted:
                found = set(ids)
                extra = [
                    i
                    for i in self.bundled.filtered_event_ids(base.without_text(), ordered)
                    if i in noted and i not in found
                ]
                ids = ids + extra
        if event_filter.starred_only:
            starred = workspace.starred_ids()
            ids = [i for i in ids if i in starred]
        return ids

    def _own_ids(self, event_filter: EventFilter) -> list[str]:
        """The own events passing the filter, in date order, asked of the workspace (one query)."""
        if self.workspace is None:
            return []
        return self.workspace.own_ids_passing(event_filter)
