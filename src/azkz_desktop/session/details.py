"""What the detail pane should show: routed by the session, drawn by the UI."""

from __future__ import annotations

from dataclasses import dataclass

from azkz_desktop.data.models import TradePoint


@dataclass(frozen=True, slots=True)
class NoDetails:
    """Nothing selected."""


@dataclass(frozen=True, slots=True)
class EventDetails:
    """One event, by id."""

    event_id: str


@dataclass(frozen=True, slots=True)
class EventListDetails:
    """Several selected events: the first `len(event_ids)` in date order, of `total`."""

    event_ids: tuple[str, ...]
    total: int


@dataclass(frozen=True, slots=True)
class TradeFigureDetails:
    """A figure of the trade chart, with its source."""

    point: TradePoint


DetailsTarget = NoDetails | EventDetails | EventListDetails | TradeFigureDetails
