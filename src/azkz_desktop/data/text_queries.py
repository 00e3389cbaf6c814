"""Event ids and titles by rowid, for an index made from stored arrays (it keeps no text of its own)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

import numpy as np

from azkz_desktop.data.errors import DatabaseCorrupt

TITLE_SHOWN = 500  # characters of a title the timeline and the list keep (as when read row by row)
COLUMNS = {"id": "id", "title": f"substr(title, 1, {TITLE_SHOWN})"}


class SqlTexts:
    """Answers LazyTexts' questions with one query each, by rowid or by id (both are indexed)."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._connection = connection
        self._path = path

    def texts_of(self, column: str, rowids: Sequence[int]) -> list[str]:
        expression = COLUMNS[column]
        try:
            if len(rowids) == 1:
                row = self._connection.execute(
                    f"SELECT {expression} FROM events WHERE rowid = ?", (rowids[0],)
                ).fetchone()
                return [str(row[0]) if row else ""]
            found = dict(
                self._connection.execute(
                    f"SELECT rowid, {expression} FROM events WHERE rowid IN (SELECT value FROM json_each(?))",
                    (json.dumps(list(rowids)),),
                ).fetchall()
            )
        except sqlite3.DatabaseError as error:
            raise DatabaseCorrupt(self._path, f"the database is damaged ({error})") from None
        return [str(found.get(rowid, "")) for rowid in rowids]

    def rowids_of(self, event_ids: Sequence[str]) -> np.ndarray:
        try:
            if len(event_ids) == 1:
                rows = self._connection.execute(
                    "SELECT rowid FROM events WHERE id = ?", (event_ids[0],)
                ).fetchall()
            else:
                rows = self._connection.execute(
                    """SELECT e.rowid FROM json_each(?) j JOIN events e ON e.id = j.value
                       ORDER BY j.key""",
                    (json.dumps(list(event_ids)),),
                ).fetchall()
        except sqlite3.DatabaseError as error:
            raise DatabaseCorrupt(self._path, f"the database is damaged ({error})") from None
        return np.fromiter((rowid for (rowid,) in rows), dtype=np.int64, count=len(rows))
