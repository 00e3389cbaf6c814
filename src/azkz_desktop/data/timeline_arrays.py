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
list. For the rest, storing the arrays also sets triggers on the events table: any later insert, update
or delete of an event (by any program that writes the file with SQLite) records in meta that the events
changed (`timeline_arrays_events_changed`), and opening then reads the rows instead. A file stored before
these triggers, or written around SQLite, still passes the cheap test when edited in place;
`azkz-desktop check` catches that, by recomputing the arrays from the rows (a full pass) and comparing
their digest (exit code CHECK_ARRAYS).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence

import numpy as np

from azkz_desktop.data.schema import trigger_statements

TABLE = "timeline_arrays"
FORMAT = "2"
DIGEST_KEY = "timeline_arrays_digest"
ROWS_KEY = "timeline_arrays_rows"
MAX_ROWID_KEY = "timeline_arrays_max_rowid"
CATEGORIES_KEY = "timeline_arrays_categories"
SKIPPED_KEY = "timeline_arrays_skipped"
FORMAT_KEY = "timeline_arrays_format"
CHANGED_KEY = "timeline_arrays_events_changed"  # set by the triggers below when an event changes
META_KEYS = (DIGEST_KEY, ROWS_KEY, MAX_ROWID_KEY, CATEGORIES_KEY, SKIPPED_KEY, FORMAT_KEY, CHANGED_KEY)
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
    connection.execute("DELETE FROM meta WHERE key = ?", (CHANGED_KEY,))
    _set_change_triggers(connection)
    return value


def _set_change_triggers(connection: sqlite3.Connection) -> None:
    """schema.sql's triggers, which record in meta any change to an event after the arrays were stored."""
    for name, statement in trigger_statements().items():
        connection.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        connection.execute(statement)
