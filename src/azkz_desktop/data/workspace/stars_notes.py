"""Stars and notes: the reader's marks on events, by the events' stable ids.

Taking a star off or clearing a note leaves a dated trace (removed_stars, cleared_notes), so a merge
can tell a removal newer than the other side's star or note from a star or note never made.

Ids are never checked against the bundled data here: a new version of that data may drop an event, and
the note on it must survive (see `orphan_notes`). A note that is overwritten or cleared goes to
note_history first, so no word a person typed is ever lost, not even to another window's later save.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Mapping

from azkz_desktop.data.workspace.connection import WorkspaceConnection, utc_now
from azkz_desktop.data.workspace.records import HistoricNote, Note

TYPING_SECONDS = 600.0


class StarsAndNotes:
    """The part of the Workspace that stars events and keeps notes."""

    _db: WorkspaceConnection
    # (event id -> the `updated` of the note this object last saved, and when, by the monotonic clock):
    # saving again over one's own recent save while typing keeps no history copy of every keystroke.
    _own_saves: dict[str, tuple[str, float]]

    # Stars ---------------------------------------------------------------------------------------------

    def starred_ids(self) -> frozenset[str]:
        return frozenset(str(row[0]) for row in self._db.rows("SELECT event_id FROM stars"))

    def set_starred(self, event_id: str, starred: bool) -> bool:
        """Star or unstar; return whether it was starred before (what an undo restores)."""

        def change(db: sqlite3.Connection) -> bool:
            before = db.execute("SELECT 1 FROM stars WHERE event_id = ?", (event_id,)).fetchone() is not None
            if starred != before:
                write_star(db, event_id, starred, utc_now())
            return before

        return self._db.write(change)

    def set_stars(self, values: Mapping[str, bool]) -> None:
        """Star or unstar many events (a selection) in one transaction: all of them, or none."""

        def change(db: sqlite3.Connection) -> None:
            when = utc_now()
            starred = {str(row[0]) for row in db.execute("SELECT event_id FROM stars")}
            for event_id, on in values.items():
                if on != (event_id in starred):
                    write_star(db, event_id, on, when)

        self._db.write(change)

    def toggle_star(self, event_id: str) -> bool:
        """Flip the star in one transaction; return whether the event is starred now."""

        def change(db: sqlite3.Connection) -> bool:
            starred = db.execute("SELECT 1 FROM stars WHERE event_id = ?", (event_id,)).fetchone() is None
            write_star(db, event_id, starred, utc_now())
            return starred

        return self._db.write(change)

    # Notes ---------------------------------------------------------------------------------------------

    def note(self, event_id: str) -> Note | None:
        rows = self._db.rows("SELECT event_id, text, updated FROM notes WHERE event_id = ?", (event_id,))
        return Note(str(rows[0][0]), str(rows[0][1]), str(rows[0][2])) if rows else None

    def notes(self) -> list[Note]:
        rows = self._db.rows("SELECT event_id, text, updated FROM notes ORDER BY event_id")
        return [Note(str(a), str(b), str(c)) for a, b, c in rows]

    def note_texts(self) -> dict[str, str]:
        """Every note by event id: what the list (an icon), tooltips and the export need."""
        return {str(a): str(b) for a, b in self._db.rows("SELECT event_id, text FROM notes")}

    def set_note(self, event_id: str, text: str) -> Note | None:
        """Save a note (an empty or blank text clears it); return the note it replaced, for undo.

        The replaced text is also kept in the note history.
        """
        saves = self._own_saves
        updated = utc_now()
        mine = saves.get(event_id)
        ours = mine[0] if mine and time.monotonic() - mine[1] < TYPING_SECONDS else None
        previous = self._db.write(lambda db: write_note(db, event_id, text, updated, "edited", ours))
        saves[event_id] = (updated, time.monotonic())
        return previous

    def note_history(self, event_id: str | None = None) -> list[HistoricNote]:
        """Notes as they were before being replaced, newest first (of one event, or of all)."""
        where = "WHERE event_id = ?" if event_id is not None else ""
        rows = self._db.rows(
            f"""SELECT event_id, text, updated, replaced, reason FROM note_history {where}
                ORDER BY replaced DESC, id DESC""",
            (event_id,) if event_id is not None else (),
        )
        return [HistoricNote(*(str(value) for value in row)) for row in rows]

    def orphan_notes(self, known_ids: Iterable[str]) -> list[Note]:
        """Notes on events no longer in the data: neither in `known_ids` (the bundled events) nor own ones.

        They are kept and listed, never dropped: "Notes on events no longer in the data".
        """
        rows = self._db.rows(
            """SELECT n.event_id, n.text, n.updated FROM notes n
               WHERE n.event_id NOT IN (SELECT value FROM json_each(?))
                 AND n.event_id NOT IN (SELECT id FROM own_events WHERE deleted IS NULL)
               ORDER BY n.event_id""",
            (json.dumps(sorted(set(known_ids))),),
        )
        return [Note(str(a), str(b), str(c)) for a, b, c in rows]

    def notes_matching(self, text: str) -> list[str]:
        """Ids of the events whose note matches the words typed (every word, the last as a prefix)."""
        from azkz_desktop.data.database import fts_query  # loaded only when searching

        query = fts_query(text)
        if not query:
            return []
        rows = self._db.rows(
            """SELECT n.event_id FROM notes_fts f JOIN notes n ON n.rowid = f.rowid
               WHERE notes_fts MATCH ? ORDER BY rank""",
            (query,),
        )
        return [str(row[0]) for row in rows]


def write_note(
    db: sqlite3.Connection, event_id: str, text: str, updated: str, reason: str, ours: str | None = None
) -> Note | None:
    """Inside a transaction: replace the note on `event_id`, keeping the old text in the history.

    `ours` is the `updated` of a save this window made moments ago: a version still being typed goes
    without a history copy. A version saved by anyone else (another window, a merge) is always kept.
    """
    row = db.execute("SELECT rowid, text, updated FROM notes WHERE event_id = ?", (event_id,)).fetchone()
    previous = Note(event_id, str(row[1]), str(row[2])) if row else None
    if previous is not None and previous.text == text:
        return previous
    if previous is not None and row is not None:
        if previous.updated != ours or not text.strip():
            keep_in_history(db, previous, reason)
        db.execute("DELETE FROM notes_fts WHERE rowid = ?", (row[0],))
    if not text.strip():
        if row is not None:
            db.execute("DELETE FROM notes WHERE event_id = ?", (event_id,))
            db.execute(
                "INSERT OR REPLACE INTO cleared_notes (event_id, cleared) VALUES (?, ?)", (event_id, updated)
            )
        return previous
    db.execute("DELETE FROM cleared_notes WHERE event_id = ?", (event_id,))
    if row is None:
        cursor = db.execute(
            "INSERT INTO notes (event_id, text, updated) VALUES (?, ?, ?)", (event_id, text, updated)
        )
        rowid = cursor.lastrowid
    else:
        db.execute("UPDATE notes SET text = ?, updated = ? WHERE event_id = ?", (text, updated, event_id))
        rowid = row[0]
    db.execute("INSERT INTO notes_fts (rowid, text) VALUES (?, ?)", (rowid, text))
    return previous


def write_star(db: sqlite3.Connection, event_id: str, starred: bool, when: str) -> None:
    """Inside a transaction: star, or unstar and keep when (so a merge carries the removal)."""
    if starred:
        db.execute("DELETE FROM removed_stars WHERE event_id = ?", (event_id,))
        db.execute("INSERT OR IGNORE INTO stars (event_id, starred) VALUES (?, ?)", (event_id, when))
    else:
        db.execute("DELETE FROM stars WHERE event_id = ?", (event_id,))
        db.execute("INSERT OR REPLACE INTO removed_stars (event_id, removed) VALUES (?, ?)", (event_id, when))


def keep_in_history(db: sqlite3.Connection, note: Note, reason: str) -> None:
    """Keep an old text, unless the history already holds that very version."""
    db.execute(
        """INSERT INTO note_history (event_id, text, updated, replaced, reason)
           SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (
             SELECT 1 FROM note_history WHERE event_id = ? AND text = ? AND updated = ?)""",
        (note.event_id, note.text, note.updated, utc_now(), reason, note.event_id, note.text, note.updated),
    )
