"""The reader's own events: added by hand or from a CSV, edited, deleted softly so an undo can restore.

Each is checked before it is written (drafts.validate), so the workspace never holds an impossible date
or an event without title, category or source.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.workspace.connection import WorkspaceConnection, utc_now
from azkz_desktop.data.workspace.records import InvalidOwnEvent, OwnEvent, new_own_id

if TYPE_CHECKING:  # the checks load with the first change, not when the window opens
    from azkz_desktop.data.workspace.drafts import OwnEventDraft

COLUMNS = (
    'id, start, "end", precision, title, summary, category, people, source_url, source_outlet,'
    " source_title, source_date, source_text, created, updated, deleted, added_from"
)


class OwnEvents:
    """The part of the Workspace that keeps own events."""

    _db: WorkspaceConnection
    categories: tuple[str, ...]

    def own_events(self, include_deleted: bool = False) -> list[OwnEvent]:
        """Own events in date order (deleted ones only when asked, to offer them back)."""
        where = "" if include_deleted else "WHERE deleted IS NULL"
        rows = self._db.rows(f"SELECT {COLUMNS} FROM own_events {where} ORDER BY first_day, last_day, id")
        return [from_row(row) for row in rows]

    def own_event(self, event_id: str) -> OwnEvent | None:
        rows = self._db.rows(
            f"SELECT {COLUMNS} FROM own_events WHERE id = ? AND deleted IS NULL", (event_id,)
        )
        return from_row(rows[0]) if rows else None

    def add_own_event(self, draft: OwnEventDraft) -> OwnEvent:
        """Check and save a new own event; InvalidOwnEvent names every bad field."""
        from azkz_desktop.data.workspace.drafts import checked

        event = checked(draft, self.categories)
        now = utc_now()
        event = replace(event, id=new_own_id(), created=now, updated=now)
        self._db.write(lambda db: insert_event(db, event))
        return event

    def update_own_event(self, event_id: str, draft: OwnEventDraft) -> OwnEvent:
        """Check and save the changed event; return the version it replaced (for undo)."""
        from azkz_desktop.data.workspace.drafts import FieldError, checked

        event = checked(draft, self.categories)

        def change(db: sqlite3.Connection) -> OwnEvent:
            previous = stored_event(db, event_id)
            if previous is None or previous.deleted is not None:
                raise InvalidOwnEvent([FieldError("id", f"there is no own event {event_id!r}")])
            updated = replace(
                event,
                id=event_id,
                created=previous.created,
                updated=utc_now(),
                added_from=previous.added_from,
            )
            replace_event(db, updated)
            return previous

        return self._db.write(change)

    def restore_own_event(self, event: OwnEvent) -> None:
        """Put back an event exactly as it was (undo of an edit, a delete or an add's opposite)."""
        restored = replace(event, updated=utc_now())
        self._db.write(lambda db: replace_event(db, restored))

    def delete_own_event(self, event_id: str) -> OwnEvent | None:
        """Mark the event deleted; return it as it was, so `restore_own_event` can undo the deletion."""

        def change(db: sqlite3.Connection) -> OwnEvent | None:
            previous = stored_event(db, event_id)
            if previous is None or previous.deleted is not None:
                return None
            now = utc_now()
            db.execute("UPDATE own_events SET deleted = ?, updated = ? WHERE id = ?", (now, now, event_id))
            return previous

        return self._db.write(change)

    def own_timeline_rows(
        self, categories: Sequence[str]
    ) -> list[tuple[str, int, int, int, int, str, int, int]]:
        """Own events as TimelineIndex rows, straight from SQL, in the layout the bundled database gives."""
        category_case = " ".join("WHEN ? THEN ?" for _ in categories) or "WHEN NULL THEN -1"
        rows = self._db.rows(
            f"""SELECT id, first_day, last_day,
                       CASE precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END,
                       CASE category {category_case} ELSE -1 END, title,
                       "end" IS NOT NULL AND "end" <> start, 1
                FROM own_events WHERE deleted IS NULL""",
            [value for code, category in enumerate(categories) for value in (category, code)],
        )
        return rows  # type: ignore[return-value]

    def own_ids_passing(self, event_filter: EventFilter) -> list[str]:
        """Ids of the own events passing the filter, in date order: one query (see own_filter.py)."""
        from azkz_desktop.data.workspace.own_filter import own_ids_passing

        return own_ids_passing(self._db, event_filter)

    def own_events_by_id(self, ids: Sequence[str]) -> list[OwnEvent]:
        """These own events (not deleted), in the order given; ids of no such event are left out."""
        rows = self._db.rows(
            f"""SELECT {COLUMNS} FROM own_events
                WHERE id IN (SELECT value FROM json_each(?)) AND deleted IS NULL""",
            (json.dumps(list(ids)),),
        )
        found = {event.id: event for event in map(from_row, rows)}
        return [found[event_id] for event_id in ids if event_id in found]

    def own_events_matching(self, text: str) -> list[str]:
        """Ids of own events whose title, summary, people or source match the words typed."""
        from azkz_desktop.data.database import fts_query  # loaded only when searching

        query = fts_query(text)
        if not query:
            return []
        rows = self._db.rows(
            """SELECT e.id FROM own_events_fts f JOIN own_events e ON e.rowid = f.rowid
               WHERE own_events_fts MATCH ? AND e.deleted IS NULL ORDER BY rank""",
            (query,),
        )
        return [str(row[0]) for row in rows]


def from_row(row: Sequence[object]) -> OwnEvent:
    (event_id, start, end, _precision, title, summary, category, people, url, outlet, source_title,
     source_date, source_text, created, updated, deleted, added_from) = row  # fmt: skip
    return OwnEvent(
        id=str(event_id),
        span=DateSpan.parse(str(start), str(end) if end else None),
        title=str(title),
        category=str(category),
        summary=str(summary),
        people=tuple(json.loads(str(people))),
        source_url=str(url),
        source_outlet=str(outlet),
        source_title=str(source_title),
        source_date=str(source_date),
        source_text=str(source_text),
        created=str(created),
        updated=str(updated),
        deleted=str(deleted) if deleted is not None else None,
        added_from=str(added_from),
    )


def stored_event(db: sqlite3.Connection, event_id: str) -> OwnEvent | None:
    row = db.execute(f"SELECT {COLUMNS} FROM own_events WHERE id = ?", (event_id,)).fetchone()
    return from_row(row) if row else None


def values(event: OwnEvent) -> tuple[object, ...]:
    span = event.span
    return (
        event.id,
        span.start.iso(),
        span.end.iso() if span.end else None,
        span.precision.value,
        span.first_day().toordinal(),
        span.last_day().toordinal(),
        event.title,
        event.summary,
        event.category,
        json.dumps(list(event.people), ensure_ascii=False),
        event.source_url,
        event.source_outlet,
        event.source_title,
        event.source_date,
        event.source_text,
        event.created,
        event.updated,
        event.deleted,
        event.added_from,
    )


INSERT = """INSERT INTO own_events (id, start, "end", precision, first_day, last_day, title, summary,
    category, people, source_url, source_outlet, source_title, source_date, source_text, created, updated,
    deleted, added_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


# The same words as _fts_values, computed by SQLite for bulk inserts.
PEOPLE_TEXT = "coalesce((SELECT group_concat(value, ' ') FROM json_each(people)), '')"
SOURCE_TEXT = "trim(source_title || ' ' || source_outlet || ' ' || source_text || ' ' || source_url)"


def _fts_values(event: OwnEvent, rowid: int) -> tuple[object, ...]:
    source = " ".join(
        part
        for part in (event.source_title, event.source_outlet, event.source_text, event.source_url)
        if part
    )
    return (rowid, event.title, event.summary, " ".join(event.people), source)


def insert_event(db: sqlite3.Connection, event: OwnEvent) -> None:
    """Inside a transaction: add the event and its search entry."""
    cursor = db.execute(INSERT, values(event))
    assert cursor.lastrowid is not None
    db.execute(
        "INSERT INTO own_events_fts (rowid, title, summary, people, source) VALUES (?, ?, ?, ?, ?)",
        _fts_values(event, cursor.lastrowid),
    )


def replace_event(db: sqlite3.Connection, event: OwnEvent) -> None:
    """Inside a transaction: write the event over any stored one of that id."""
    row = db.execute("SELECT rowid FROM own_events WHERE id = ?", (event.id,)).fetchone()
    if row is not None:
        db.execute("DELETE FROM own_events_fts WHERE rowid = ?", (row[0],))
        db.execute("DELETE FROM own_events WHERE rowid = ?", (row[0],))
    insert_event(db, event)


def insert_many(db: sqlite3.Connection, events: Iterable[OwnEvent]) -> tuple[int, int]:
    """Inside a transaction: add or replace events by id; return (added, replaced).

    New events go in with one executemany and their search entries with one INSERT ... SELECT: a
    100,000-row import is a few statements, not 300,000.
    """
    wanted = list(events)
    ids = json.dumps([event.id for event in wanted])
    existing = {
        str(row[0])
        for row in db.execute(
            "SELECT id FROM own_events WHERE id IN (SELECT value FROM json_each(?))", (ids,)
        )
    }
    fresh = [event for event in wanted if event.id not in existing]
    for event in wanted:
        if event.id in existing:
            replace_event(db, event)
    before = db.execute("SELECT coalesce(max(rowid), 0) FROM own_events").fetchone()[0]
    db.executemany(INSERT, map(values, fresh))
    db.execute(
        f"""INSERT INTO own_events_fts (rowid, title, summary, people, source)
            SELECT rowid, title, summary, {PEOPLE_TEXT}, {SOURCE_TEXT} FROM own_events WHERE rowid > ?""",
        (before,),
    )
    return len(fresh), len(existing)
