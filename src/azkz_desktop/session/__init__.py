"""The session layer: the state of one open window, without Qt, observed by the views above it."""

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.session.details import (
    DetailsTarget,
    EventDetails,
    EventListDetails,
    NoDetails,
    TradeFigureDetails,
)
from azkz_desktop.session.mask import ChartMarker, StatusCounts
from azkz_desktop.session.observable import Connection, Event
from azkz_desktop.session.queries import EventQueries
from azkz_desktop.session.scale import TimeScale
from azkz_desktop.session.session import Session
from azkz_desktop.session.snapshot import SessionSnapshot
from azkz_desktop.session.window import MIN_WINDOW_DAYS, WindowLimits

__all__ = [
    "MIN_WINDOW_DAYS",
    "ChartMarker",
    "Connection",
    "DaySpan",
    "DetailsTarget",
    "Event",
    "EventDetails",
    "EventListDetails",
    "EventQueries",
    "NoDetails",
    "Session",
    "SessionSnapshot",
    "StatusCounts",
    "TimeScale",
    "TradeFigureDetails",
    "WindowLimits",
]
