"""The selection and the stars as the views read and change them: click, Ctrl-click, band, Select All.

Mixed into Session and kept apart from it: each command builds the new Selection (selection.py) and
hands it to Session._commit_selection, which picks the current event, the details, and tells the views
in the usual order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.session.changes import Changes
from azkz_desktop.session.selection import Selection

if TYPE_CHECKING:
    from typing import Protocol

    from azkz_desktop.data.timeline_index import TimelineIndex
    from azkz_desktop.session.mask import BoolArray
    from azkz_desktop.session.stars import StarredRows

    class _Base(Protocol):
        """What the commands use of the Session they are mixed into (session.py imports this module)."""

        index: TimelineIndex
        _selection: Selection
        _current: str
        _stars: StarredRows
        _shown_mask: BoolArray | None

        @property
        def shown_filter(self) -> EventFilter: ...

        def shown_count(self) -> int: ...

        def _commit_selection(self, selection: Selection, current: str | None) -> None: ...

        def _emit(self, changes: Changes) -> None: ...

else:
    _Base = object


class SelectionCommands(_Base):
    """Which events are selected, which one is current, which are starred."""

    # ---- stars ---------------------------------------------------------------------------------------

    @property
    def starred_mask(self) -> BoolArray | None:
        """Over the index's rows: true where the reader starred the event; None when none is."""
        return self._stars.mask

    def is_starred(self, event_id: str) -> bool:
        return event_id in self._stars.ids

    def set_starred(self, event_ids: Iterable[str]) -> None:
        """The workspace's starred events (all of them, each time they change)."""
        changes = Changes()
        changes.stars = self._stars.set(event_ids, self.index)
        self._emit(changes)

    # ---- selection -----------------------------------------------------------------------------------

    @property
    def selection(self) -> Selection:
        """The selected events: a set of ids that also knows their rows (see session.selection)."""
        return self._selection

    @property
    def current(self) -> str:
        """The event last clicked or stepped to: what Enter opens and Left/Right step from."""
        return self._current

    @property
    def selected_rows(self) -> npt.NDArray[np.int64]:
        """The index rows of the selection, ascending: looked up once per selection, not once per view."""
        return self._selection.rows

    def selected_rows_in(self, index: TimelineIndex) -> npt.NDArray[np.int64]:
        """The selection's rows in `index`, each once, in no particular order (what the views draw and
        count from): a view handed a new index before the session is (own events changed) looks them
        up there."""
        return self._selection.rows_in(index)

    def select(self, event_ids: Iterable[str], current: str | None = None) -> None:
        """Replace the selection; `current` defaults to the present one if still selected, else the first
        by id."""
        self._commit_selection(Selection(self.index, ids=event_ids), current)

    def select_rows(
        self,
        rows: npt.NDArray[np.int64],
        current: str | None = None,
        add: bool = False,
        distinct: bool = False,
    ) -> None:
        """Select the events at these index rows (a rubber band, a cluster, Select All in the list), or add
        them. Their ids are fetched only when something asks for them; `current` defaults to the present
        one if still selected, else the earliest. `distinct`: `rows` holds no row twice (see Selection)."""
        if add and self._selection:
            rows, distinct = np.union1d(self.selected_rows, rows), False
        self._commit_selection(Selection(self.index, rows=rows, distinct=distinct), current)

    def selection_filter(self) -> EventFilter:
        """A filter for exactly the selected events, for export and citation: the shown events' filter
        when they are all selected (Select All), which a query answers without a million ids."""
        rows, shown = self.selected_rows, self._shown_mask
        every_shown = len(rows) == len(self._selection) == self.shown_count()
        if every_shown and (shown is None or bool(shown[rows].all())):
            return self.shown_filter
        return EventFilter(ids=self._selection.ids)

    def make_current(self, event_id: str) -> None:
        """Select just this event and make it current (a click, or a related event in the details)."""
        self.select([event_id], current=event_id)

    def toggle(self, event_id: str) -> None:
        """Add the event to the selection, or take it out (Ctrl-click)."""
        self._commit_selection(Selection(self.index, ids=self._selection.ids ^ {event_id}), event_id)

    def add(self, event_ids: Iterable[str]) -> None:
        self._commit_selection(Selection(self.index, ids=self._selection.ids | frozenset(event_ids)), None)

    def clear_selection(self) -> None:
        self._commit_selection(Selection(self.index), "")
