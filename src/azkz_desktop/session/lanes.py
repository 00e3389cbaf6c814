"""The order of the timeline's lanes and which are hidden: plain data with the rules for changing it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LaneArrangement:
    """Every known lane once, top to bottom, and the hidden ones; each change gives a new arrangement."""

    order: tuple[str, ...]
    hidden: frozenset[str] = frozenset()

    @property
    def visible(self) -> list[str]:
        return [lane for lane in self.order if lane not in self.hidden]

    def with_visible(self, lane: str, visible: bool) -> LaneArrangement:
        if lane not in self.order:
            return self
        hidden = self.hidden - {lane} if visible else self.hidden | {lane}
        return LaneArrangement(self.order, hidden)

    def moved(self, lane: str, offset: int) -> LaneArrangement:
        """`lane` moved up (-1) or down (+1) past its visible neighbour; hidden lanes keep their places."""
        visible = self.visible
        if lane not in visible:
            return self
        position = visible.index(lane)
        target = min(max(position + offset, 0), len(visible) - 1)
        if target == position:
            return self
        neighbour = visible[target]
        order = list(self.order)
        order.remove(lane)
        anchor = order.index(neighbour)
        order.insert(anchor + (1 if offset > 0 else 0), lane)
        return LaneArrangement(tuple(order), self.hidden)

    def restored(self, order: Sequence[str], hidden: Iterable[str] = ()) -> LaneArrangement:
        """A saved arrangement applied to these lanes: unknown names dropped, new lanes kept at the end."""
        known = list(dict.fromkeys(lane for lane in order if lane in self.order))
        rest = [lane for lane in self.order if lane not in known]
        new_order = tuple(known + rest)
        return LaneArrangement(new_order, frozenset(lane for lane in hidden if lane in new_order))
