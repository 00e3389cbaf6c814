"""The whole state of one event's star, note and own-event row, read and written as one value.

A merge compares these states to decide which side is newer, and an undone import or merge writes back
the states it found before (see changes.py). Reading takes many ids at once (one query per table), so a
change of 100,000 own events is a few statements, not 100,000.

Every function here runs inside a transaction the caller opened.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from azkz_desktop.data.workspace.own_events import COLUMNS, from_row, insert_many
from azkz_desktop.data.workspace.records import Note, OwnEvent
from azkz_desktop.data.workspace.stars_notes import keep_in_history

IN_IDS = "IN (SELECT value FROM json_each(?))"


@dataclass(frozen=True)
class StarState:
    """Starred since `starred`, or unstarred at `removed` (a trace a merge carries), or neither."""

    starred: str | None = None
    removed: str | None = None

    def latest(self) -> tuple[str, bool] | None:
        """(when, starred) of the last thing that happened to the star, None when nothing did."""
        if self.starred is not None:
            return self.starred, True
        if self.removed is not None:
            return self.removed, False
        return None


@dataclass(frozen=True)
class NoteState:
    """The note on an event, or when it was cleared, or neither."""

    note: Note | None = None
    cleared: str | None = None


def _ids(ids: Collection[str]) -> tuple[str]:
    return (json.dumps(sorted(ids)),)


def star_states(db: sqlite3.Connection, ids: Collection[str]) -> dict[str, StarState]:
    starred = dict(db.execute(f"SELECT event_id, starred FROM stars WHERE event_id {IN_IDS}", _ids(ids)))
    removed = dict(
        db.execute(f"SELECT event_id, removed FROM removed_stars WHERE event_id {IN_IDS}", _ids(ids))
    )
    return {event_id: StarState(starred.get(event_id), removed.get(event_id)) for event_id in ids}


def note_states(db: sqlite3.Connection, ids: Collection[str]) -> dict[str, NoteState]:
    notes = {
        str(event_id): Note(str(event_id), str(text), str(updated))
        for event_id, text, updated in db.execute(
            f"SELECT event_id, text, updated FROM notes WHERE event_id {IN_IDS}", _ids(ids)
        )
    }
    cleared = dict(
        db.execute(f"SELECT event_id, cleared FROM cleared_notes WHERE event_id {IN_IDS}", _ids(ids))
    )
    return {event_id: NoteState(notes.get(event_id), cleared.get(event_id)) for event_id in ids}


def event_states(db: sqlite3.Connection, ids: Collection[str]) -> dict[str, OwnEvent | None]:
    """The stored own events of these ids as they are, deleted ones too; None where there is none."""
    rows = db.execute(f"SELECT {COLUMNS} FROM own_events WHERE id {IN_IDS}", _ids(ids))
    found = {event.id: event for event in map(from_row, rows)}
    return {event_id: found.get(event_id) for event_id in ids}


def event_marks(db: sqlite3.Connection, ids: Collection[str]) -> dict[str, tuple[str, str | None]]:
    """(updated, deleted) of the stored own events of these ids: every write changes `updated`, so two
    equal marks mean the same version, without reading and comparing every field."""
    rows = db.execute(f"SELECT id, updated, deleted FROM own_events WHERE id {IN_IDS}", _ids(ids))
    return {str(event_id): (str(updated), deleted) for event_id, updated, deleted in rows}


def event_mark(event: OwnEvent | None) -> tuple[str, str | None] | None:
    return None if event is None else (event.updated, event.deleted)


def put_star_state(db: sqlite3.Connection, event_id: str, state: StarState) -> None:
    db.execute("DELETE FROM stars WHERE event_id = ?", (event_id,))
    db.execute("DELETE FROM removed_stars WHERE event_id = ?", (event_id,))
    if state.starred is not None:
        db.execute("INSERT INTO stars (event_id, starred) VALUES (?, ?)", (event_id, state.starred))
    elif state.removed is not None:
        db.execute("INSERT INTO removed_stars (event_id, removed) VALUES (?, ?)", (event_id, state.removed))


def put_note_state(db: sqlite3.Connection, event_id: str, state: NoteState, reason: str) -> None:
    """Make the note on `event_id` exactly `state`; a text that leaves the note goes to the history."""
    row = db.execute("SELECT rowid, text, updated FROM notes WHERE event_id = ?", (event_id,)).fetchone()
    if row is not None:
        current = Note(event_id, str(row[1]), str(row[2]))
        if current != state.note:
            if state.note is None or state.note.text != current.text:
                keep_in_history(db, current, reason)
            db.execute("DELETE FROM notes_fts WHERE rowid = ?", (row[0],))
            db.execute("DELETE FROM notes WHERE rowid = ?", (row[0],))
            row = None
    if row is None and state.note is not None:
        cursor = db.execute(
            "INSERT INTO notes (event_id, text, updated) VALUES (?, ?, ?)",
            (event_id, state.note.text, state.note.updated),
        )
        db.execute("INSERT INTO notes_fts (rowid, text) VALUES (?, ?)", (cursor.lastrowid, state.note.text))
    db.execute("DELETE FROM cleared_notes WHERE event_id = ?", (event_id,))
    if state.note is None and state.cleared is not None:
        db.execute("INSERT INTO cleared_notes (event_id, cleared) VALUES (?, ?)", (event_id, state.cleared))


def put_events(db: sqlite3.Connection, states: Mapping[str, OwnEvent | None]) -> None:
    """Make the own events of these ids exactly as given (None: no such row), in a few statements."""
    ids = _ids(states.keys())
    db.execute(
        f"DELETE FROM own_events_fts WHERE rowid IN (SELECT rowid FROM own_events WHERE id {IN_IDS})", ids
    )
    db.execute(f"DELETE FROM own_events WHERE id {IN_IDS}", ids)
    insert_many(db, [event for event in states.values() if event is not None])
