"""Event ids and titles by rowid, for an index made from stored arrays (it keeps no text of its own)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

import numpy as np

from azkz_desktop.data.errors import DatabaseCorrupt

TITLE_SHOWN = 500  # characters of a title the timeline and the list keep (as when read row by row)
COLUMNS = {"id": "e.id", "title": f"substr(e.title, 1, {TITLE_SHOWN})"}  # over `events e`
CHUNK = 100_000  # rowids or ids asked about in one query: bounded strings, whatever the selection
SEPARATOR_CODE = 31  # the unit separator, between the texts of one answer


class SqlTexts:
    """Answers LazyTexts' questions with one query each, by rowid or by id (both are indexed).

    A bulk question (Select All at a million events) comes back as one string per chunk, joined and split
    here: a million one-column rows as Python tuples cost several times as much. A text holding the
    separator, which would split wrongly, sends that chunk the row-by-row way.
    """

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._connection = connection
        self._path = path

    def texts_of(self, column: str, rowids: Sequence[int]) -> list[str]:
        expression = COLUMNS[column]
        try:
            if len(rowids) == 1:
                row = self._connection.execute(
                    f"SELECT {expression} FROM events e WHERE e.rowid = ?", (rowids[0],)
                ).fetchone()
                return ["" if row is None or row[0] is None else str(row[0])]
            texts: list[str] = []
            for start in range(0, len(rowids), CHUNK):
                texts += self._chunk_of_texts(expression, rowids[start : start + CHUNK])
            return texts
        except sqlite3.DatabaseError as error:
            raise DatabaseCorrupt(self._path, f"the database is damaged ({error})") from None

    def _chunk_of_texts(self, expression: str, rowids: Sequence[int]) -> list[str]:
        wanted = json.dumps(list(rowids))
        (joined,) = self._connection.execute(
            f"""SELECT group_concat(coalesce({expression}, ''), char({SEPARATOR_CODE}))
                FROM json_each(?) j LEFT JOIN events e ON e.rowid = j.value""",
            (wanted,),
        ).fetchone()
        texts = str(joined).split(chr(SEPARATOR_CODE)) if joined is not None else []
        if len(texts) == len(rowids):
            return texts
        found = dict(
            self._connection.execute(
                f"""SELECT e.rowid, {expression} FROM events e
                    WHERE e.rowid IN (SELECT value FROM json_each(?))""",
                (wanted,),
            ).fetchall()
        )
        return ["" if found.get(rowid) is None else str(found[rowid]) for rowid in rowids]

    def rowids_of(self, event_ids: Sequence[str]) -> np.ndarray:
        try:
            if len(event_ids) == 1:
                rows = self._connection.execute(
                    "SELECT rowid FROM events WHERE id = ?", (event_ids[0],)
                ).fetchall()
                return np.fromiter((rowid for (rowid,) in rows), dtype=np.int64, count=len(rows))
            parts = [np.empty(0, np.int64)]
            for start in range(0, len(event_ids), CHUNK):
                (joined,) = self._connection.execute(
                    """SELECT group_concat(rowid) FROM (
                         SELECT e.rowid FROM json_each(?) j JOIN events e ON e.id = j.value
                         ORDER BY j.key)""",
                    (json.dumps(list(event_ids[start : start + CHUNK])),),
                ).fetchone()
                if joined:
                    parts.append(np.array(str(joined).split(","), dtype=np.int64))
        except sqlite3.DatabaseError as error:
            raise DatabaseCorrupt(self._path, f"the database is damaged ({error})") from None
        return np.concatenate(parts)
