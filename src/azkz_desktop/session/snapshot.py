"""Everything the settings remember of a session, as a plain value, and its form as plain settings values.

`to_settings` and `from_settings` use the keys the app has always saved, so settings written before the
session layer existed are read back. Reading is defensive: a damaged or unexpected value is dropped and
the default used instead, never an error. The session validates the rest (unknown lanes, ids, categories)
when it restores a snapshot.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan

WINDOW = "timeline/window"
LANE_ORDER = "timeline/lane_order"
HIDDEN_LANES = "timeline/hidden_lanes"
ALL_CATEGORIES = "filter/all_categories"
CATEGORIES = "filter/categories"
PEOPLE = "filter/people"
FROM = "filter/from"
TO = "filter/to"
TEXT = "filter/text"
BILATERAL_ONLY = "filter/bilateral_only"
STARRED_ONLY = "filter/starred_only"
CHOSEN_IDS = "filter/ids"  # absent: no restriction to chosen events
SELECTION = "selection/ids"
CURRENT = "selection/current"
KEYS: tuple[str, ...] = (WINDOW, LANE_ORDER, HIDDEN_LANES, ALL_CATEGORIES, CATEGORIES, PEOPLE, FROM, TO)
KEYS += (TEXT, BILATERAL_ONLY, STARRED_ONLY, CHOSEN_IDS, SELECTION, CURRENT)

SettingsValue = str | bool | list[str]


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    """The window span, selection, current event, filter and lane arrangement; None/empty: the default."""

    window: DaySpan | None = None
    selection: frozenset[str] = frozenset()
    current: str = ""
    event_filter: EventFilter = field(default_factory=EventFilter)
    lane_order: tuple[str, ...] = ()
    hidden_lanes: frozenset[str] = frozenset()

    def to_settings(self) -> dict[str, SettingsValue]:
        """Plain values (strings, booleans, lists of strings) that any settings store keeps faithfully."""
        event_filter = self.event_filter
        values: dict[str, SettingsValue] = {
            WINDOW: [repr(value) for value in self.window.as_tuple()] if self.window else [],
            LANE_ORDER: list(self.lane_order),
            HIDDEN_LANES: [lane for lane in self.lane_order if lane in self.hidden_lanes],
            ALL_CATEGORIES: event_filter.categories is None,
            CATEGORIES: sorted(event_filter.categories or ()),
            PEOPLE: sorted(event_filter.people),
            FROM: event_filter.start.iso() if event_filter.start else "",
            TO: event_filter.end.iso() if event_filter.end else "",
            TEXT: event_filter.text,
            BILATERAL_ONLY: event_filter.bilateral_only,
            STARRED_ONLY: event_filter.starred_only,
            SELECTION: sorted(self.selection),
            CURRENT: self.current,
        }
        if event_filter.ids is not None:
            values[CHOSEN_IDS] = sorted(event_filter.ids)
        return values

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> SessionSnapshot:
        """Read what `to_settings` wrote; anything missing or damaged gives that part's default."""
        all_categories = values.get(ALL_CATEGORIES, True)
        categories = None
        if all_categories is False or all_categories == "false":  # QSettings' INI files give strings
            categories = frozenset(_strings(values.get(CATEGORIES)))
        text = values.get(TEXT, "")
        event_filter = EventFilter(
            categories=categories,
            people=frozenset(_strings(values.get(PEOPLE))),
            start=_date(values.get(FROM)),
            end=_date(values.get(TO)),
            text=text if isinstance(text, str) else "",
            bilateral_only=values.get(BILATERAL_ONLY, False) in (True, "true"),
            starred_only=values.get(STARRED_ONLY, False) in (True, "true"),
            ids=frozenset(_strings(values[CHOSEN_IDS])) if CHOSEN_IDS in values else None,
        )
        current = values.get(CURRENT, "")
        return cls(
            window=_span(values.get(WINDOW)),
            selection=frozenset(_strings(values.get(SELECTION))),
            current=current if isinstance(current, str) else "",
            event_filter=event_filter,
            lane_order=tuple(dict.fromkeys(_strings(values.get(LANE_ORDER)))),
            hidden_lanes=frozenset(_strings(values.get(HIDDEN_LANES))),
        )


def _strings(value: object) -> list[str]:
    """A list of strings from a settings value: QSettings gives a lone string for a one-item list."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [item for item in value if isinstance(item, str) and item]
    return []


def _span(value: object) -> DaySpan | None:
    parts = _strings(value)
    if len(parts) != 2:
        return None
    try:
        start, end = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    if math.isfinite(start) and math.isfinite(end) and end > start:
        return DaySpan(start, end)
    return None


def _date(value: object) -> PartialDate | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None


def known_filter(event_filter: EventFilter, lanes: Iterable[str]) -> EventFilter:
    """A saved filter with the categories this database does not have dropped."""
    categories = event_filter.categories
    if categories is None:
        return event_filter
    return replace(event_filter, categories=frozenset(categories & set(lanes)))
