"""An own event as a form or a CSV row gives it, the checks it passes before it is saved, and why it fails.

An own event is checked as the build checks the bundled ones: a real date at its precision, an end at the
same precision and not before the start, a title, a known category, a source. Every problem names the
field it belongs to, so a form can put the reason next to that field. Apart from records.py because only
a form, an import or a change needs it, never the window opening.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from azkz_desktop.data.dates import DateSpan, PartialDate
from azkz_desktop.data.schema import CATEGORY_IDS
from azkz_desktop.data.workspace.records import TEXT_LIMIT, TITLE_LIMIT, InvalidOwnEvent, OwnEvent


@dataclass(frozen=True)
class FieldError:
    """One reason an own event cannot be saved, and the field it is about."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True)
class OwnEventDraft:
    """An own event as a form or a CSV row gives it: text, not yet checked."""

    start: str
    title: str
    category: str
    end: str = ""
    precision: str = ""  # optional; when given it must match the start's
    summary: str = ""
    people: tuple[str, ...] = ()
    source_url: str = ""
    source_outlet: str = ""
    source_title: str = ""
    source_date: str = ""
    source_text: str = ""


def validate(
    draft: OwnEventDraft, categories: Iterable[str] = CATEGORY_IDS
) -> tuple[OwnEvent | None, list[FieldError]]:
    """Check a draft; return the event (with a placeholder id) or every problem found, by field."""
    errors: list[FieldError] = []
    start = _date(draft.start, "start", errors, required=True)
    end = _date(draft.end, "end", errors, required=False)
    span: DateSpan | None = None
    if start is not None:
        if draft.precision.strip() and draft.precision.strip() != start.precision.value:
            errors.append(
                FieldError(
                    "precision",
                    f"{draft.precision.strip()!r} does not match the start {start.iso()},"
                    f" which is at {start.precision.value} precision",
                )
            )
        if end is not None and end.precision != start.precision:
            errors.append(
                FieldError("end", f"{end.iso()} is not at the same precision as the start {start.iso()}")
            )
        elif end is not None and (end.last_day() < start.first_day() or end < start):
            errors.append(FieldError("end", f"{end.iso()} is before the start {start.iso()}"))
        else:
            span = DateSpan(start, end if end != start else None)
    title = draft.title.strip()
    if not title:
        errors.append(FieldError("title", "an event needs a title"))
    elif len(title) > TITLE_LIMIT:
        errors.append(FieldError("title", f"{len(title):,} characters; at most {TITLE_LIMIT} are allowed"))
    if len(draft.summary) > TEXT_LIMIT:
        errors.append(FieldError("summary", f"{len(draft.summary):,} characters; at most {TEXT_LIMIT:,}"))
    known = list(categories)
    if draft.category.strip() not in known:
        shown = draft.category.strip() or "(none)"
        errors.append(FieldError("category", f"unknown category {shown!r} (known: {', '.join(known)})"))
    people = tuple(name.strip() for name in draft.people if name.strip())
    _source(draft, errors)
    if errors or span is None:
        return None, errors
    return (
        OwnEvent(
            id="",
            span=span,
            title=title,
            category=draft.category.strip(),
            summary=draft.summary.strip(),
            people=people,
            source_url=draft.source_url.strip(),
            source_outlet=draft.source_outlet.strip(),
            source_title=draft.source_title.strip(),
            source_date=draft.source_date.strip(),
            source_text=draft.source_text.strip(),
        ),
        [],
    )


def checked(draft: OwnEventDraft, categories: Iterable[str] = CATEGORY_IDS) -> OwnEvent:
    """The checked event, or InvalidOwnEvent naming every bad field."""
    event, errors = validate(draft, categories)
    if event is None:
        raise InvalidOwnEvent(errors)
    return event


def _date(text: str, name: str, errors: list[FieldError], required: bool) -> PartialDate | None:
    text = text.strip()
    if not text:
        if required:
            errors.append(FieldError(name, "a date is needed (YYYY, YYYY-MM or YYYY-MM-DD)"))
        return None
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        errors.append(FieldError(name, str(error)))
        return None


def _source(draft: OwnEventDraft, errors: list[FieldError]) -> None:
    url = draft.source_url.strip()
    if not url and not draft.source_text.strip():
        errors.append(
            FieldError("source", "give the source: an address (with outlet, title, date) or a text")
        )
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            errors.append(FieldError("source_url", f"{url!r} is not a web address (http:// or https://)"))
    if draft.source_date.strip():
        _date(draft.source_date, "source_date", errors, required=False)
    for name in ("source_outlet", "source_title"):
        value = getattr(draft, name)
        if len(value) > TITLE_LIMIT:
            errors.append(FieldError(name, f"{len(value):,} characters; at most {TITLE_LIMIT}"))
    if len(draft.source_text) > TEXT_LIMIT:
        errors.append(
            FieldError("source_text", f"{len(draft.source_text):,} characters; at most {TEXT_LIMIT:,}")
        )
