"""The timeline's queries: its index (from the stored arrays, else row by row) and filters as rowids.

Kept apart from database.py because they work in arrays, not domain objects: opening reads the arrays
the build stored (timeline_arrays) and falls back to a pass over every event when they do not fit.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.connection import DatabaseConnection, collector_paused
from azkz_desktop.data.errors import DatabaseCorrupt
from azkz_desktop.data.filter_sql import filter_clause, fts_query
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.search_postings import SearchPostings
from azkz_desktop.data.stored_arrays import StoredArrays, read_arrays, stored_digest
from azkz_desktop.data.text_queries import TITLE_SHOWN, SqlTexts
from azkz_desktop.data.timeline_arrays import SOURCE_COUNT, VALID, arrays_from_rows, digest
from azkz_desktop.data.timeline_index import PRECISION_CODE, TimelineIndex


class TimelineQueries(DatabaseConnection):
    """The index and rowid queries; category ids come from the database class it is mixed into."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        super().__init__(connection, path)
        self._stored: StoredArrays | None = None
        self._postings = SearchPostings(connection)
        self._arrays_digest: str | None = None  # the stored arrays' digest, when a search first asks

    def category_ids(self) -> list[str]:
        raise NotImplementedError

    def timeline_index(self, chunk_size: int = 50_000) -> TimelineIndex:
        """Every event's span, category and title, for the timeline; unreadable rows are skipped.

        From the arrays the build stored when they match (timeline_arrays: a few BLOB reads, whatever the
        number of events), else by reading every row; the index's `slow_reason` then says why.
        """
        categories = self.category_ids()
        stored = self._stored_arrays()
        if stored.arrays is not None:
            if stored.skipped:
                self._skip(f"{stored.skipped} event(s) with unreadable dates, ids, titles or categories")
            return TimelineIndex.from_arrays(stored.arrays, categories, SqlTexts(self._connection, self.path))
        with self._damage_reported(), collector_paused():
            return self._load_timeline_index(categories, chunk_size, stored.problem)

    def _stored_arrays(self) -> StoredArrays:
        """The build's timeline arrays (read once per connection), or why they cannot be used."""
        if self._stored is None:
            categories = self.category_ids()
            with self._damage_reported():
                self._stored = read_arrays(self._connection, categories)
        return self._stored

    def _latest_from_arrays(self) -> tuple[int, str] | None:
        """(day number, date as recorded) of the period's end, from the stored arrays if usable.

        No index serves max(last_day): at ten million events SQLite would read every row, twice. The
        lanes' arrays (read at launch anyway) answer it when they hold every row, else the row arrays.
        """
        arrays = self._stored_arrays().arrays
        if arrays is None or not len(arrays["date_order"]):
            return None
        if "lane_end_day" in arrays and len(arrays["lane_rows"]) == len(arrays["date_order"]):
            last, first, rows = arrays["lane_end_day"], arrays["lane_first_day"], arrays["lane_rows"]
            latest = int(last.max())
            candidates = np.flatnonzero(last == latest)
            starts = first[candidates]
            row = int(rows[candidates[starts == starts.max()]].min())  # ties: the first row, as below
            latest -= 1  # the lanes hold exclusive ends
        else:
            last, first = arrays["last_day"], arrays["first_day"]
            latest = int(last.max())
            candidates = np.flatnonzero(last == latest)
            row = int(candidates[np.argmax(first[candidates])])
        with self._damage_reported():
            found = self._connection.execute(
                'SELECT coalesce("end", start) FROM events WHERE rowid = ?', (arrays.rowid_of(row),)
            ).fetchone()
        return latest, str(found[0]) if found and found[0] is not None else ""

    def _event_count_from_arrays(self) -> int | None:
        """How many events the table holds, as the trusted arrays recorded it (readable and skipped):
        `count(*)` would walk the whole table, a tenth of a second at ten million events."""
        stored = self._stored_arrays()
        return None if stored.arrays is None else len(stored.arrays["date_order"]) + stored.skipped

    def _load_timeline_index(self, categories: list[str], chunk_size: int, slow_reason: str) -> TimelineIndex:
        """Precision and category come back as small integer codes: a million short strings cost more to
        create than SQLite takes to read the rows."""
        category_case = " ".join("WHEN ? THEN ?" for _ in categories) or "WHEN NULL THEN -1"
        precision_case = " ".join(f"WHEN '{name}' THEN {code}" for name, code in PRECISION_CODE.items())
        cursor = self._connection.execute(
            f"""SELECT rowid, id, first_day, last_day, CASE precision {precision_case} ELSE 0 END,
                       CASE category {category_case} ELSE -1 END, substr(title, 1, {TITLE_SHOWN}),
                       "end" IS NOT NULL, {SOURCE_COUNT}
                FROM events WHERE {VALID} ORDER BY rowid""",
            [value for code, category in enumerate(categories) for value in (category, code)],
        )
        rowids: list[int] = []

        def chunks() -> Iterator[list[tuple[Any, ...]]]:
            for chunk in iter(lambda: cursor.fetchmany(chunk_size), []):
                rowids.extend(row[0] for row in chunk)
                yield [row[1:] for row in chunk]

        index = TimelineIndex(chunks(), categories, slow_reason=slow_reason)
        index.rowids = np.asarray(rowids, dtype=np.int64)
        total = self._connection.execute("SELECT count(*) FROM events").fetchone()[0]
        if total > len(index):
            self._skip(f"{total - len(index)} event(s) with unreadable dates, ids, titles or categories")
        return index

    def timeline_array_problems(self) -> list[str]:
        """Why the stored timeline arrays cannot be trusted, by a full comparison (for `check`).

        Opening only makes the cheap test (timeline_arrays module); this recomputes the arrays from every
        row and compares their digest with the one the build stored, so an event edited in place shows.
        """
        categories = self.category_ids()
        with self._damage_reported(), collector_paused():
            stored = read_arrays(self._connection, categories)
            if stored.arrays is None:
                return [f"timeline arrays: {stored.problem}; the window opens by reading every event"]
            arrays, _ = arrays_from_rows(self._connection, categories)
            expected = digest(arrays, stored.format)
            if (
                expected != stored_digest(self._connection)
                or digest(stored.arrays, stored.format) != expected
            ):
                return ["timeline arrays: they do not match the events (an event changed after the build)"]
        return []

    def search_postings_problems(self) -> list[str]:
        """Why the stored hits of frequent words do not match the full-text index (for `check`)."""
        with collector_paused():
            return self._postings.problems()

    def filtered_rowids(self, event_filter: EventFilter) -> npt.NDArray[np.int64]:
        """Rowids of the events that pass the filter, in no order, perhaps with rowids of no event (which
        the index's rows_of_rowids leaves out): one string from SQLite, parsed by numpy (a million
        one-column rows as Python tuples cost ten times as much)."""
        where, parameters = filter_clause(event_filter)
        sql = f"SELECT group_concat(e.rowid) FROM events e {where}"
        words = fts_query(event_filter.text)
        alone = bool(words) and dataclasses.replace(event_filter, text="").is_empty
        if alone:
            # Words alone: the search index's rowids as they are. Looking each one up in the events
            # table costs ten times the search; rowids of no event are left out by the caller, and
            # none beyond the last event's can stand for an own event merged after them.
            sql = """SELECT group_concat(rowid) FROM events_fts
                     WHERE events_fts MATCH ? AND rowid <= (SELECT max(rowid) FROM events)"""
            parameters = [words]
        try:
            stored = self._stored_hits(event_filter.text) if alone else None
            if stored is not None:
                return stored
            with self._damage_reported():
                (text,) = self._connection.execute(sql, parameters).fetchone()
        except DatabaseCorrupt as error:
            if not fts_query(event_filter.text):
                raise
            self._skip(f"search: the full-text index events_fts is damaged; nothing found ({error.problem})")
            return np.empty(0, np.int64)
        return np.fromstring(text, dtype=np.int64, sep=",") if text else np.empty(0, np.int64)

    def stored_search_mask(self, text: str, index: TimelineIndex) -> npt.NDArray[np.bool_] | None:
        """Over `index`'s rows: true where the search `text` (words alone) finds the event, from the
        stored bitmaps of frequent words, as filtered_rowids's rowids mapped to rows would say; None
        when a word has none stored (or they do not match the index, or it is damaged)."""
        try:
            hits = self._stored_flags(text)
        except DatabaseCorrupt:
            return None  # filtered_rowids says what is damaged
        return None if hits is None else index.rows_mask_of_rowid_flags(hits)

    def stored_search_lanes(self, text: str, index: TimelineIndex) -> dict[str, npt.NDArray[np.bool_]] | None:
        """Each lane's flags (in the lane's order) for the search `text` from the stored bitmaps, when
        `index` is the one made from this file's stored timeline arrays (its lanes are theirs) and the
        bitmaps were made from them; else None (the lanes then gather the mask)."""
        stored = self._stored_arrays().arrays
        if stored is None or index.arrays_source is not stored:
            return None
        offsets = stored["lane_offsets"]
        try:
            with self._damage_reported():
                if self._arrays_digest is None:  # read once, as the arrays are
                    self._arrays_digest = stored_digest(self._connection) or ""
                along = self._postings.lane_hits(text, self._arrays_digest, int(offsets[-1]))
        except DatabaseCorrupt:
            return None
        if along is None:
            return None
        return {
            name: along[int(offsets[code]) : int(offsets[code + 1])]
            for code, name in enumerate(index.categories)
            if code + 1 < len(offsets)
        }

    def _stored_hits(self, text: str) -> npt.NDArray[np.int64] | None:
        """The rowids the search `text` finds from the stored bitmaps, or None (see _stored_flags)."""
        hits = self._stored_flags(text)
        return None if hits is None else np.flatnonzero(hits).astype(np.int64, copy=False)

    def _stored_flags(self, text: str) -> npt.NDArray[np.bool_] | None:
        """True at the rowids the search `text` finds, from the stored bitmaps of frequent words
        (search_postings: the same hits as the index, without listing them), up to the last event's;
        None when a word has none stored or they do not match the index."""
        with self._damage_reported():
            hits = self._postings.hits(text)
            if hits is None:
                return None
            (last,) = self._connection.execute("SELECT max(rowid) FROM events").fetchone()
        return hits[: int(last or 0) + 1]
