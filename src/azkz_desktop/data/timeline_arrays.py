"""The timeline's arrays, computed once when a database is built and stored in it as BLOBs.

Opening a database then costs a few reads of large BLOBs instead of a pass over every event row: the
lanes (each in the order the timeline bisects it) and the list's date order; the other arrays are read
when first needed. The arrays are row-aligned: row i is the i-th readable
event in rowid order, and `rowid[i]` is its rowid, so any query that returns rowids maps back to rows
with one `numpy.searchsorted`.

Staleness. The meta table records, beside the arrays, a SHA-256 of the arrays themselves
(`timeline_arrays_digest`), the number of rows and the largest events rowid they were made from, and the
category order they encode. Opening trusts the arrays when the row count stored matches the arrays and
the largest rowid (`SELECT max(rowid)`, a single b-tree lookup) and the categories match: a check that
costs nothing at ten million rows. It catches events added or removed at the end and a changed category
list, but not an event edited in place; `azkz-desktop check` catches that, by recomputing the arrays
from the rows (a full pass) and comparing their digest (exit code CHECK_ARRAYS).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

TABLE = "timeline_arrays"
FORMAT = "2"
DIGEST_KEY = "timeline_arrays_digest"
ROWS_KEY = "timeline_arrays_rows"
MAX_ROWID_KEY = "timeline_arrays_max_rowid"
CATEGORIES_KEY = "timeline_arrays_categories"
SKIPPED_KEY = "timeline_arrays_skipped"
FORMAT_KEY = "timeline_arrays_format"
META_KEYS = (DIGEST_KEY, ROWS_KEY, MAX_ROWID_KEY, CATEGORIES_KEY, SKIPPED_KEY, FORMAT_KEY)
PRECISION_CODE = {"day": 0, "month": 1, "year": 2}
TITLE_SORTED = 500  # characters of a title that decide the list's order by title

# name -> dtype, as stored (little-endian, the order numpy.frombuffer reads back without a copy).
# Day numbers and rows fit 32 bits (day 3,652,059 is 9999-12-31; two billion events is far off), so
# the lanes and the date order that opening reads are 18 bytes an event, some 180 MB at ten million.
# `rowid` is stored empty when the rowids are 1..N, as a build writes them.
DTYPES = {
    "rowid": "<i8",
    "first_day": "<i4",
    "last_day": "<i4",
    "precision": "|i1",
    "is_range": "|b1",
    "category": "<i2",
    "source_count": "<i4",
    "date_order": "<i4",
    "title_order": "<i4",
    "lane_offsets": "<i8",
    "lane_rows": "<i4",
    "lane_first_day": "<i4",
    "lane_end_day": "<i4",
    "lane_precision": "|i1",
    "lane_is_range": "|b1",
}
# The lanes as the timeline draws them, in `lane_rows` order: first day, the day after the last
# (exclusive end), precision and whether a range. Format 2 stores them, so that opening gathers nothing
# row by row; a database of format 1 lacks them and its lanes are gathered from the row arrays.
LANE_ARRAYS = ("lane_first_day", "lane_end_day", "lane_precision", "lane_is_range")
FORMATS = {"1": tuple(name for name in DTYPES if name not in LANE_ARRAYS), "2": tuple(DTYPES)}
# Read when first needed (a filter, the list's sort or columns, a click), not at launch: the first
# frame needs only the lanes and the list's date order.
ON_DEMAND = (
    *("rowid", "title_order", "source_count"),
    *("first_day", "last_day", "precision", "is_range", "category"),
)
# The row arrays one row of the events table gives (row_sql's columns after rowid, in its order): a
# value of a row not yet read as an array is fetched with them, for the rows the list shows.
ROW_COLUMNS = ("first_day", "last_day", "precision", "category", "is_range", "source_count")
ROWS_REMEMBERED = 4096
INDEX_ARRAYS = ("date_order", "title_order", "lane_rows")  # arrays of rows: checked to stay in range
# The widest day ordinals a date can have (1 January of year 1 to 31 December 9999).
MIN_DAY, MAX_DAY = dt.date.min.toordinal(), dt.date.max.toordinal()
VALID_DAYS = f"BETWEEN {MIN_DAY} AND {MAX_DAY}"
# Which events are readable: the same test whether the arrays are made or the rows are read.
VALID = (
    "typeof(first_day) = 'integer' AND typeof(last_day) = 'integer' AND last_day >= first_day"
    f" AND first_day {VALID_DAYS} AND last_day {VALID_DAYS}"
    " AND typeof(id) = 'text' AND typeof(title) = 'text' AND typeof(category) = 'text'"
)
# A source count as the views use it: an integer clamped to a sane range, else 0.
SOURCE_COUNT = (
    "CASE WHEN typeof(source_count) = 'integer' THEN min(max(source_count, 0), 1000000000) ELSE 0 END"
)

Arrays = dict[str, np.ndarray]


def row_sql(categories: Sequence[str], with_titles: bool) -> tuple[str, list[object]]:
    """The one query every array comes from: readable events in rowid order, text as small codes."""
    category_case = " ".join("WHEN ? THEN ?" for _ in categories) or "WHEN NULL THEN -1"
    precision_case = " ".join(f"WHEN '{name}' THEN {code}" for name, code in PRECISION_CODE.items())
    texts = f", id, substr(title, 1, {TITLE_SORTED})" if with_titles else ""
    sql = f"""SELECT rowid, first_day, last_day, CASE precision {precision_case} ELSE 0 END,
                     CASE category {category_case} ELSE -1 END, "end" IS NOT NULL,
                     {SOURCE_COUNT}{texts}
              FROM events WHERE {VALID} ORDER BY rowid"""
    return sql, [value for code, category in enumerate(categories) for value in (category, code)]


def compute_arrays(
    columns: Arrays, titles: Sequence[str], category_count: int, by_title: np.ndarray | None = None
) -> Arrays:
    """Every stored array from the row-aligned columns (rowid … source_count) and the titles.

    `by_title`, if given, is the title order already known (a generator that made the titles knows it),
    so the titles need not be sorted here.
    """
    arrays = {
        name: np.ascontiguousarray(columns[name], dtype=DTYPES[name]) for name in DTYPES if name in columns
    }
    first, last = arrays["first_day"], arrays["last_day"]
    arrays["date_order"] = np.lexsort((np.arange(len(first)), last, first)).astype(DTYPES["date_order"])
    if by_title is None:
        date_rank = np.empty(len(first), dtype=np.int64)
        date_rank[arrays["date_order"]] = np.arange(len(first))
        by_title = title_order(titles, date_rank)
    arrays["title_order"] = np.asarray(by_title, dtype=DTYPES["title_order"])
    lanes = [np.flatnonzero(arrays["category"] == code) for code in range(category_count)]
    lanes = [rows[np.argsort(first[rows], kind="stable")] for rows in lanes]
    arrays["lane_offsets"] = np.cumsum([0, *map(len, lanes)]).astype(DTYPES["lane_offsets"])
    arrays["lane_rows"] = (np.concatenate(lanes) if lanes else np.empty(0)).astype(DTYPES["lane_rows"])
    arrays.update(lane_arrays(arrays))
    return arrays


def lane_arrays(arrays: Arrays) -> Arrays:
    """The lanes' own copies of their events' days, precision and range flag, in `lane_rows` order."""
    rows = arrays["lane_rows"]
    return {
        "lane_first_day": arrays["first_day"][rows].astype(DTYPES["lane_first_day"]),
        "lane_end_day": (arrays["last_day"][rows] + 1).astype(DTYPES["lane_end_day"]),
        "lane_precision": arrays["precision"][rows].astype(DTYPES["lane_precision"]),
        "lane_is_range": arrays["is_range"][rows].astype(DTYPES["lane_is_range"]),
    }


def title_order(titles: Sequence[str], date_rank: np.ndarray) -> np.ndarray:
    """Rows in the order of their casefolded titles, ties in date order (the list's sort by title)."""
    if not len(titles):
        return np.empty(0, dtype=DTYPES["title_order"])
    by_date = np.empty(len(titles), dtype=np.int64)
    by_date[date_rank] = np.arange(len(titles))
    folded = np.fromiter(
        (title[:TITLE_SORTED].casefold() for title in titles), dtype=object, count=len(titles)
    )
    return by_date[np.argsort(folded[by_date], kind="stable")].astype(DTYPES["title_order"])


def digest(arrays: Arrays, format_: str = FORMAT) -> str:
    """SHA-256 over every array of `format_`: name, dtype and bytes, in a fixed order (build, `check`)."""
    import hashlib  # OpenSSL's library loads only here: opening a database never hashes

    hashed = hashlib.sha256(format_.encode())
    for name in FORMATS[format_]:
        array = arrays[name]
        hashed.update(f"\0{name}\0{array.dtype.str}\0".encode())
        hashed.update(np.ascontiguousarray(array).data.cast("B"))
    return hashed.hexdigest()


def arrays_from_rows(connection: sqlite3.Connection, categories: Sequence[str]) -> tuple[Arrays, int]:
    """Compute the arrays from the events table; also return how many rows were unreadable."""
    sql, parameters = row_sql(categories, with_titles=True)
    rows = connection.execute(sql, parameters).fetchall()
    names = ("rowid", "first_day", "last_day", "precision", "category", "is_range", "source_count")
    if rows:
        unpacked = list(zip(*rows, strict=True))
        columns = {name: np.asarray(unpacked[i]) for i, name in enumerate(names)}
        titles: Sequence[str] = unpacked[8]
    else:
        columns = {name: np.empty(0) for name in names}
        titles = ()
    total = connection.execute("SELECT count(*) FROM events").fetchone()[0]
    return compute_arrays(columns, titles, len(categories)), total - len(rows)


def category_ids(connection: sqlite3.Connection) -> list[str]:
    """The lanes in the order the app reads them (RelationsDatabase.categories)."""
    rows = connection.execute("SELECT id FROM categories WHERE id IS NOT NULL ORDER BY position")
    return [str(category) for (category,) in rows]


def write_arrays(connection: sqlite3.Connection, categories: Sequence[str] | None = None) -> str:
    """Store the arrays of `connection`'s events in it (replacing older ones); return their digest.

    The caller commits: the build writes them in the same transaction as the events.
    """
    categories = category_ids(connection) if categories is None else categories
    arrays, skipped = arrays_from_rows(connection, categories)
    return store_arrays(connection, arrays, categories, skipped)


def store_arrays(
    connection: sqlite3.Connection, arrays: Arrays, categories: Sequence[str], skipped: int = 0
) -> str:
    """Write `arrays` (from compute_arrays) and their description in meta; return their digest."""
    connection.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (name TEXT PRIMARY KEY, dtype TEXT, data BLOB)")
    connection.execute(f"DELETE FROM {TABLE}")
    stored = dict(arrays)
    if np.array_equal(arrays["rowid"], np.arange(1, len(arrays["rowid"]) + 1)):
        stored["rowid"] = np.empty(0, dtype=DTYPES["rowid"])
    connection.executemany(
        f"INSERT INTO {TABLE} (name, dtype, data) VALUES (?, ?, ?)",
        [(name, DTYPES[name], np.ascontiguousarray(stored[name], DTYPES[name]).tobytes()) for name in DTYPES],
    )
    found = connection.execute("SELECT max(rowid) FROM events").fetchone()[0]
    value = digest(arrays)
    meta = {
        DIGEST_KEY: value,
        ROWS_KEY: str(len(arrays["rowid"])),
        MAX_ROWID_KEY: str(found or 0),
        CATEGORIES_KEY: json.dumps(list(categories)),
        SKIPPED_KEY: str(skipped),
        FORMAT_KEY: FORMAT,
    }
    connection.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
    return value


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
        return StoredArrays(None, "the database has no stored timeline arrays")
    meta = dict(
        connection.execute(
            f"SELECT key, value FROM meta WHERE key IN ({', '.join('?' for _ in META_KEYS)})", META_KEYS
        ).fetchall()
    )
    format_ = meta.get(FORMAT_KEY)
    if format_ not in FORMATS:
        return StoredArrays(None, "the stored timeline arrays are of another format")
    try:
        stored_categories = json.loads(str(meta.get(CATEGORIES_KEY)))
        rows, max_rowid = int(meta[ROWS_KEY]), int(meta[MAX_ROWID_KEY])
        skipped = int(meta.get(SKIPPED_KEY, 0))
    except (KeyError, TypeError, ValueError):
        return StoredArrays(None, "the stored timeline arrays lack their description in meta")
    if stored_categories != list(categories):
        return StoredArrays(None, "the stored timeline arrays were made for other categories")
    found = connection.execute("SELECT max(rowid) FROM events").fetchone()[0] or 0
    if found != max_rowid:
        return StoredArrays(
            None, "the stored timeline arrays do not match the events (rows added or removed)"
        )
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

    def __contains__(self, name: object) -> bool:
        return name in self._blobs or dict.__contains__(self, name)

    def __missing__(self, name: str) -> np.ndarray:
        if name not in self._blobs:
            raise KeyError(name)
        array = self._read(name)
        if name in INDEX_ARRAYS and len(array) and (array.min() < 0 or array.max() >= self._rows):
            raise ValueError(f"the stored timeline array {name} points outside the events")
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
        return f"the stored timeline arrays lack {', '.join(missing)}"
    lane_length = -1
    for name in names:
        dtype, size, kind, _ = stored[name]
        itemsize = np.dtype(DTYPES[name]).itemsize
        if dtype != DTYPES[name] or kind != "blob" or not isinstance(size, int) or size % itemsize:
            return f"the stored timeline array {name} is damaged"
        if name == "lane_rows":
            lane_length = size // itemsize
        if name in LANE_ARRAYS and size // itemsize != lane_length:
            return "the stored timeline arrays do not match the events (their lanes' lengths differ)"
        if name in LANE_ARRAYS or name == "lane_offsets":
            continue
        if size // itemsize != rows and not (name == "rowid" and size == 0):
            return "the stored timeline arrays do not match the events (their lengths differ)"
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
        return "the stored timeline arrays have damaged lane offsets"
    for name in INDEX_ARRAYS:
        if name in ON_DEMAND:
            continue
        array = arrays[name]
        if len(array) and (array.min() < 0 or array.max() >= rows):
            return f"the stored timeline array {name} points outside the events"
    return ""


def stored_digest(connection: sqlite3.Connection) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (DIGEST_KEY,)).fetchone()
    return str(row[0]) if row else None
