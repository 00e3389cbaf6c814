"""What the workspace holds, as plain values: own events, notes and the notes they replaced.

The checks an own event passes (drafts.py: a form's or a CSV row's text, and the reasons it cannot be
saved) load with the first form, import or change, not when the window opens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from azkz_desktop.data.dates import DateSpan

if TYPE_CHECKING:  # a form's draft and its problems, made when a form or import first needs them
    from azkz_desktop.data.workspace.drafts import FieldError, OwnEventDraft

OWN_ID_PREFIX = "mine-"
ORIGIN_MINE = "mine"
ORIGIN_BUNDLED = "bundled"
TITLE_LIMIT = 500  # the timeline and the list show this much of a bundled title
TEXT_LIMIT = 100_000  # longer than any real summary or note (as `check` says of the bundled data)
FIELDS = (
    "start",
    "end",
    "precision",
    "title",
    "summary",
    "category",
    "people",
    "source_url",
    "source_outlet",
    "source_title",
    "source_date",
    "source_text",
)


def new_own_id() -> str:
    import uuid  # loaded when an own event is made or checked, not when the window opens

    return f"{OWN_ID_PREFIX}{uuid.uuid4()}"


def is_own_id(event_id: str) -> bool:
    if not event_id.startswith(OWN_ID_PREFIX):
        return False
    import uuid

    try:
        uuid.UUID(event_id[len(OWN_ID_PREFIX) :])
    except ValueError:
        return False
    return True


class InvalidOwnEvent(ValueError):
    """An own event that fails its checks; `errors` says which fields and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(map(str, errors)))
        self.errors = errors


@dataclass(frozen=True)
class OwnEvent:
    """A checked own event, as stored. `origin` is always "mine" (bundled events say "bundled")."""

    id: str
    span: DateSpan
    title: str
    category: str
    summary: str = ""
    people: tuple[str, ...] = ()
    source_url: str = ""
    source_outlet: str = ""
    source_title: str = ""
    source_date: str = ""
    source_text: str = ""
    created: str = ""
    updated: str = ""
    deleted: str | None = None
    added_from: str = "form"
    origin: str = field(default=ORIGIN_MINE)

    def citation(self) -> str:
        """The source in one line, as the CSV export cites a bundled event's reports."""
        if self.source_url:
            head = " — ".join(part for part in (self.source_title, self.source_outlet) if part)
            parts = [part for part in (head, self.source_date, self.source_url) if part]
            line = ", ".join(parts)
            return line + (f"\n{self.source_text}" if self.source_text else "")
        return self.source_text

    def draft(self) -> OwnEventDraft:
        """The event as a form shows it, to edit."""
        from azkz_desktop.data.workspace.drafts import OwnEventDraft

        return OwnEventDraft(
            start=self.span.start.iso(),
            end=self.span.end.iso() if self.span.end else "",
            precision=self.span.precision.value,
            title=self.title,
            summary=self.summary,
            category=self.category,
            people=self.people,
            source_url=self.source_url,
            source_outlet=self.source_outlet,
            source_title=self.source_title,
            source_date=self.source_date,
            source_text=self.source_text,
        )


@dataclass(frozen=True)
class Note:
    """A note on an event (bundled or own), plain text, with the time it was last changed."""

    event_id: str
    text: str
    updated: str


@dataclass(frozen=True)
class HistoricNote:
    """A note as it was before being overwritten, cleared or losing a merge."""

    event_id: str
    text: str
    updated: str
    replaced: str
    reason: str
