"""The lanes as the views read and change them: their order, which are hidden, which are drawn.

Mixed into Session and kept apart from it: each command builds the new arrangement (lanes.py) and hands
it to Session._commit_lanes, which updates the shown mask and tells the views in the usual order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from azkz_desktop.session.lanes import LaneArrangement

if TYPE_CHECKING:
    from typing import Protocol

    from azkz_desktop.data.filters import EventFilter

    class _Base(Protocol):
        """What the lane controls use of the Session they are mixed into (session.py imports this module)."""

        _lanes: LaneArrangement
        _default_lanes: tuple[str, ...]
        _filter: EventFilter

        def _commit_lanes(self, lanes: LaneArrangement) -> None: ...

else:
    _Base = object


class LaneControls(_Base):
    """Lane order and visibility: read by the timeline, the overview and the View menu, changed by them."""

    @property
    def lane_order(self) -> list[str]:
        return list(self._lanes.order)

    @property
    def visible_lanes(self) -> list[str]:
        return self._lanes.visible

    @property
    def hidden_lanes(self) -> frozenset[str]:
        return self._lanes.hidden

    @property
    def shown_lanes(self) -> list[str]:
        """Visible lanes whose category the filter does not leave out: the lanes the timeline draws."""
        chosen = self._filter.categories
        return [lane for lane in self._lanes.visible if chosen is None or lane in chosen]

    def is_lane_visible(self, lane: str) -> bool:
        return lane not in self._lanes.hidden

    def set_lane_visible(self, lane: str, visible: bool) -> None:
        self._commit_lanes(self._lanes.with_visible(lane, visible))

    def move_lane(self, lane: str, offset: int) -> None:
        """Move a lane up (-1) or down (+1) past its visible neighbour; hidden lanes keep their places."""
        self._commit_lanes(self._lanes.moved(lane, offset))

    def reset_lanes(self) -> None:
        self._commit_lanes(LaneArrangement(self._default_lanes))
