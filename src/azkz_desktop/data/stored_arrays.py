"""Reading the timeline arrays the build stored (`timeline_arrays.py` makes and writes them): whether they
can be trusted for this database, by the cheap test its docstring describes, and each array read from its
BLOB when first asked for."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from azkz_desktop.data.timeline_arrays import (
    CATEGORIES_KEY,
    CHANGED_KEY,
    DIGEST_KEY,
    DTYPES,
    FORMAT,
    FORMAT_KEY,
    FORMATS,
    INDEX_ARRAYS,
    LANE_ARRAYS,
    MAX_ROWID_KEY,
    META_KEYS,
    ON_DEMAND,
    ROW_COLUMNS,
    ROWS_KEY,
    ROWS_REMEMBERED,
    SKIPPED_KEY,
    TABLE,
    row_sql,
)

# Why the stored arrays were not used. Shown in the status bar (ui/slow_open.py translates each of
# these, {name} and {names} filled in: keep the two lists alike) and by `check`.
NO_ARRAYS = "the database has no stored timeline arrays"
OTHER_FORMAT = "the stored timeline arrays are of another format"
NO_DESCRIPTION = "the stored timeline arrays lack their description in meta"
EVENTS_CHANGED = "the events were changed after the timeline arrays were stored"
OTHER_CATEGORIES = "the stored timeline arrays were made for other categories"
ROWS_ADDED_OR_REMOVED = "the stored timeline arrays do not match the events (rows added or removed)"
LANE_LENGTHS_DIFFER = "the stored timeline arrays do not match the events (their lanes' lengths differ)"
LENGTHS_DIFFER = "the stored timeline arrays do not match the events (their lengths differ)"
DAMAGED_OFFSETS = "the stored timeline arrays have damaged lane offsets"
LACKING = "the stored timeline arrays lack {names}"
DAMAGED = "the stored timeline array {name} is damaged"
OUTSIDE = "the stored timeline array {name} points outside the events"
PROBLEMS = (
    NO_ARRAYS,
    OTHER_FORMAT,
    NO_DESCRIPTION,
    EVENTS_CHANGED,
    OTHER_CATEGORIES,
    ROWS_ADDED_OR_REMOVED,
    LANE_LENGTHS_DIFFER,
    LENGTHS_DIFFER,
    DAMAGED_OFFSETS,
    LACKING,
    DAMAGED,
    OUTSIDE,
)


@dataclass(frozen=True)
class StoredArrays:
    """Arrays read back from a database, or why they could not be used."""

    arrays: LazyArrays | None
    problem: str  # empty when the arrays are usable
    skipped: int = 0
    format: str = FORMAT  # the stored arrays' format: which arrays the digest covers


def read_arrays(connection: sqlite3.Connection, categories: Sequence[str]) -> StoredArrays:
    """The stored arrays if they match the database by the cheap test (see the module docstring)."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).fetchone()
    if not has_table:
        return StoredArrays(None, NO_ARRAYS)
    meta = dict(
        connection.execute(
            f"SELECT key, value FROM meta WHERE key IN ({', '.join('?' for _ in META_KEYS)})", META_KEYS
        ).fetchall()
    )
    format_ = meta.get(FORMAT_KEY)
    if format_ not in FORMATS:
        return StoredArrays(None, OTHER_FORMAT)
    try:
        stored_categories = json.loads(str(meta.get(CATEGORIES_KEY)))
        rows, max_rowid = int(meta[ROWS_KEY]), int(meta[MAX_ROWID_KEY])
        skipped = int(meta.get(SKIPPED_KEY, 0))
    except (KeyError, TypeError, ValueError):
        return StoredArrays(None, NO_DESCRIPTION)
    if meta.get(CHANGED_KEY):
        return StoredArrays(None, EVENTS_CHANGED)
    if stored_categories != list(categories):
        return StoredArrays(None, OTHER_CATEGORIES)
    found = connection.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0
    if found != max_rowid:
        return StoredArrays(None, ROWS_ADDED_OR_REMOVED)
    stored = {
        name: (dtype, size, kind, rowid)
        for name, dtype, size, kind, rowid in connection.execute(
            f"SELECT name, dtype, length(data), typeof(data), rowid FROM {TABLE}"
        )
    }
    names = FORMATS[str(format_)]
    problem = _size_problem({name: stored[name] for name in names if name in stored}, names, rows)
    if problem:
        return StoredArrays(None, problem)
    consecutive = stored["rowid"][1] == 0
    blobs = {name: stored[name][3] for name in names}
    arrays = LazyArrays(connection, rows, blobs, consecutive, categories)
    problem = _content_problem(arrays, len(categories))
    if problem:
        return StoredArrays(None, problem)
    return StoredArrays(arrays, "", skipped, str(format_))


class LazyArrays(dict[str, np.ndarray]):
    """The stored arrays by name, each read (one BLOB, numpy.frombuffer, no copy) when first asked for.

    Only the arrays the first frame needs are read at once: the lanes and the list's date order; the
    rest (ON_DEMAND) when first asked for, and single values of the rows shown by `value`.
    `rowid`, stored empty for rowids 1..N, comes back as that range. Arrays the format does not store
    (the lanes' own arrays, before format 2) are absent: `in` and `get` say so without reading.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        rows: int,
        blobs: dict[str, int],
        consecutive: bool = False,
        categories: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self._connection = connection
        self._rows = rows
        self._blobs = blobs  # name -> rowid of its row in TABLE
        self.consecutive = consecutive  # the rowids are 1..rows (stored empty)
        self._categories = list(categories)
        self._row_values: dict[int, tuple[int, ...]] = {}  # row -> ROW_COLUMNS, for rows shown
        for name in blobs:
            if name not in ON_DEMAND:
                self[name] = self._read(name)

    def loaded(self, name: str) -> bool:
        """Whether the array has been read (asking for it would cost nothing)."""
        return dict.__contains__(self, name)

    def rowid_of(self, row: int) -> int:
        """One row's rowid, without making the array of 1..N when the rowids are that."""
        if not -self._rows <= row < self._rows:
            raise IndexError(row)
        if self.consecutive and not self.loaded("rowid"):
            return row % self._rows + 1
        return int(self["rowid"][row])

    def value(self, name: str, row: int) -> int:
        """One row's value of a row array: from the array if read, else from that row of the events
        table through the query the arrays are made by (a list shows thirty rows of ten million)."""
        if self.loaded(name) or name not in ROW_COLUMNS:
            return int(self[name][row])
        row = int(row)
        values = self._row_values.get(row)
        if values is None:
            sql, parameters = row_sql(self._categories, with_titles=False)
            found = self._connection.execute(
                sql.replace("ORDER BY rowid", "AND rowid = ?"), [*parameters, self.rowid_of(row)]
            ).fetchone()
            if found is None:  # the row is gone or unreadable: the arrays decide, as for every row
                return int(self[name][row])
            values = tuple(int(value) for value in found[1:])
            if len(self._row_values) >= ROWS_REMEMBERED:
                self._row_values.clear()
            self._row_values[row] = values
        return values[ROW_COLUMNS.index(name)]

    def remember_rows(self, rows: Sequence[int]) -> None:
        """Fetch the row values of these rows (those not read or remembered yet) in one query, so that
        `value` answers them without one query each: the list asks for a screen of new rows at once."""
        if all(self.loaded(name) for name in ROW_COLUMNS):
            return
        missing = [int(row) for row in dict.fromkeys(rows) if int(row) not in self._row_values]
        if not missing:
            return
        if len(self._row_values) + len(missing) > ROWS_REMEMBERED:
            self._row_values.clear()
        row_of_rowid = {self.rowid_of(row): row for row in missing}
        sql, parameters = row_sql(self._categories, with_titles=False)
        marks = ", ".join("?" for _ in row_of_rowid)
        found = self._connection.execute(
            sql.replace("ORDER BY rowid", f"AND rowid IN ({marks})"), [*parameters, *row_of_rowid]
        ).fetchall()
        for values in found:  # a row gone or unreadable is not remembered: `value` decides for it
            self._row_values[row_of_rowid[int(values[0])]] = tuple(int(value) for value in values[1:])

    def __contains__(self, name: object) -> bool:
        return name in self._blobs or dict.__contains__(self, name)

    def __missing__(self, name: str) -> np.ndarray:
        if name not in self._blobs:
            raise KeyError(name)
        array = self._read(name)
        if name in INDEX_ARRAYS and len(array) and (array.min() < 0 or array.max() >= self._rows):
            raise ValueError(OUTSIDE.format(name=name))
        self[name] = array
        return array

    def get(self, name: str, default: object = None) -> np.ndarray | None:  # type: ignore[override]
        if name not in self:
            return None
        return self[name]

    def _read(self, name: str) -> np.ndarray:
        """One BLOB through SQLite's incremental I/O: no statement, its pages copied once."""
        with self._connection.blobopen(TABLE, "data", self._blobs[name], readonly=True) as blob:
            data = blob.read()
        array = np.frombuffer(data, dtype=np.dtype(DTYPES[name]))
        if name == "rowid" and not len(array):
            return np.arange(1, self._rows + 1, dtype=np.int64)
        return array


def _size_problem(stored: dict[str, tuple[str, int, str, int]], names: Sequence[str], rows: int) -> str:
    """Why BLOBs of these sizes cannot be this database's arrays, found without reading them."""
    missing = [name for name in names if name not in stored]
    if missing:
        return LACKING.format(names=", ".join(missing))
    lane_length = -1
    for name in names:
        dtype, size, kind, _ = stored[name]
        itemsize = np.dtype(DTYPES[name]).itemsize
        if dtype != DTYPES[name] or kind != "blob" or not isinstance(size, int) or size % itemsize:
            return DAMAGED.format(name=name)
        if name == "lane_rows":
            lane_length = size // itemsize
        if name in LANE_ARRAYS and size // itemsize != lane_length:
            return LANE_LENGTHS_DIFFER
        if name in LANE_ARRAYS or name == "lane_offsets":
            continue
        if size // itemsize != rows and not (name == "rowid" and size == 0):
            return LENGTHS_DIFFER
    return ""


def _content_problem(arrays: LazyArrays, category_count: int) -> str:
    """Damage in the arrays read at launch, so that a bad BLOB cannot crash the view."""
    rows = arrays._rows
    offsets = arrays["lane_offsets"]
    bad_offsets = len(offsets) != category_count + 1 or (
        len(offsets)
        and (offsets[0] != 0 or offsets[-1] != len(arrays["lane_rows"]) or np.any(np.diff(offsets) < 0))
    )
    if bad_offsets:
        return DAMAGED_OFFSETS
    for name in INDEX_ARRAYS:
        if name in ON_DEMAND:
            continue
        array = arrays[name]
        if len(array) and (array.min() < 0 or array.max() >= rows):
            return OUTSIDE.format(name=name)
    return ""


def stored_digest(connection: sqlite3.Connection) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (DIGEST_KEY,)).fetchone()
    return str(row[0]) if row else None
