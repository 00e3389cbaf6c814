"""Which events a person wants to see: categories, people, a date range and words to search for.

One EventFilter is shared by the timeline, the list, the chart markers and export, so every view shows the
same set. It is plain data; the database turns it into one parameterised query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from azkz_desktop.data.dates import PartialDate


@dataclass(frozen=True)
class EventFilter:
    """Empty fields mean "no restriction"; an event must pass every field that is set."""

    categories: frozenset[str] | None = None  # None: all categories
    people: frozenset[str] = field(default_factory=frozenset)  # any of these people
    start: PartialDate | None = None  # events whose span reaches into [start, end]
    end: PartialDate | None = None
    text: str = ""  # full-text search over titles, summaries, sources and people's names
    ids: frozenset[str] | None = None  # only these events
    bilateral_only: bool = False  # leave out events held within a multilateral setting

    @property
    def is_empty(self) -> bool:
        return (
            self.categories is None
            and not self.people
            and self.start is None
            and self.end is None
            and not self.text.strip()
            and self.ids is None
            and not self.bilateral_only
        )

    def without_text(self) -> EventFilter:
        return EventFilter(
            self.categories, self.people, self.start, self.end, "", self.ids, self.bilateral_only
        )

    def describe(self) -> str:
        """A short account of what is filtered, for the status bar and exports."""
        parts: list[str] = []
        if self.categories is not None:
            parts.append(f"{len(self.categories)} categories")
        if self.people:
            parts.append(", ".join(sorted(self.people)))
        if self.start or self.end:
            start = self.start.label() if self.start else "…"
            end = self.end.label() if self.end else "…"
            parts.append(f"{start} to {end}")
        if self.text.strip():
            parts.append(f"“{self.text.strip()}”")
        if self.ids is not None:
            parts.append(f"{len(self.ids)} chosen events")
        if self.bilateral_only:
            parts.append("bilateral only")
        return "; ".join(parts)
