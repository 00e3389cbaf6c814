"""The hits of the most frequent search words, stored by the build as one bitmap over rowids per word.

A word that an eighth of a million events hold costs SQLite's full-text index 5–15 ms to list, and
listing its rowids as text and parsing them costs as much again; a stored bitmap of the same hits is one
BLOB of 125 KB that numpy unpacks in a fraction of a millisecond. The build (and the benchmarks'
synthetic databases) stores, for every token that at least `min_hits` events hold (a share of the
events, at least MIN_HITS), its whole-word query `"word"` and the prefix query `"w"*` of each of its
beginnings (a search is typed letter by letter, and its last word is a prefix). Each bitmap is exactly
what the full-text index answers to that one query when the build asks it, so a search of stored words
gives the same hits as the index; any other word asks the index.

Staleness. Meta records the format and a SHA-256 of the full-text index's own bookkeeping rows (its
structure record and totals in `events_fts_data`, which SQLite rewrites at every change to the index);
the bitmaps are used only while that digest still matches (one read of two small rows, once per
connection). `azkz-desktop check` compares every bitmap with the index's answer (exit code CHECK_ARRAYS).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

TABLE = "search_postings"
FORMAT = "1"
FORMAT_KEY = "search_postings_format"
INDEX_KEY = "search_postings_index"  # digest of events_fts's structure when the bitmaps were made
BITS_KEY = "search_postings_bits"  # bits of every bitmap: the largest rowid of the index + 1
LANES_KEY = "search_postings_lanes"  # the timeline arrays' digest the lane bitmaps follow ('' none)
META_KEYS = (FORMAT_KEY, INDEX_KEY, BITS_KEY, LANES_KEY)
MIN_HITS = 1000  # a word fewer events hold is listed by the index in well under a millisecond
SHARE = 64  # and a word must be held by one event in this many
INDEX_ROWS = (1, 10)  # events_fts_data's totals (averages) and structure record


def term_query(word: str, prefix: bool) -> str:
    """One word as the search writes it for the full-text index (filter_sql.fts_query)."""
    return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")


def lookup_key(word: str, prefix: bool) -> str:
    """The stored query that answers `word` as typed: an ASCII word in lower case (the index folds
    ASCII case, so both ask the same); any other word as typed, which matches a stored token only if
    it is one already (folded, without diacritics), and then the index answers it alike."""
    return term_query(word.lower() if word.isascii() else word, prefix)


def index_digest(connection: sqlite3.Connection) -> str | None:
    """SHA-256 of events_fts's bookkeeping rows, or None when the index has none (or is not there)."""
    import hashlib  # at the first search, not at launch

    try:
        rows = connection.execute(
            f"SELECT id, block FROM events_fts_data WHERE id IN {INDEX_ROWS} ORDER BY id"
        ).fetchall()
    except sqlite3.DatabaseError:
        return None
    if not rows:
        return None
    hasher = hashlib.sha256()
    for row_id, block in rows:
        data = bytes(block) if isinstance(block, bytes | bytearray | memoryview) else str(block).encode()
        hasher.update(f"{row_id}:{len(data)}:".encode())
        hasher.update(data)
    return hasher.hexdigest()


def _hit_rowids(connection: sqlite3.Connection, query: str) -> npt.NDArray[np.int64]:
    (text,) = connection.execute(
        "SELECT group_concat(rowid) FROM events_fts WHERE events_fts MATCH ?", (query,)
    ).fetchone()
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.empty(0, np.int64)


def _bitmap(rowids: npt.NDArray[np.int64], bits: int) -> bytes:
    flags = np.zeros(bits, dtype=bool)
    flags[rowids] = True
    return np.packbits(flags, bitorder="little").tobytes()


def _stored_lanes(connection: sqlite3.Connection) -> tuple[str, npt.NDArray[np.int64]] | None:
    """(the stored timeline arrays' digest, the rowid of each event in the lanes' order), or None when
    the arrays are not stored or do not match the events."""
    from azkz_desktop.data.timeline_arrays import CHANGED_KEY, DIGEST_KEY

    try:
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        arrays = dict(
            connection.execute(
                "SELECT name, data FROM timeline_arrays WHERE name IN ('lane_rows', 'rowid')"
            ).fetchall()
        )
    except sqlite3.DatabaseError:
        return None
    if CHANGED_KEY in meta or not meta.get(DIGEST_KEY) or "lane_rows" not in arrays:
        return None
    lane_rows = np.frombuffer(arrays["lane_rows"], dtype="<i4").astype(np.int64)
    rowids = np.frombuffer(arrays.get("rowid") or b"", dtype="<i8")
    return str(meta[DIGEST_KEY]), lane_rows + 1 if not len(rowids) else rowids[lane_rows]


def _lane_bitmap(
    rowids: npt.NDArray[np.int64], bits: int, lanes: tuple[str, npt.NDArray[np.int64]] | None
) -> bytes | None:
    """The hits in the lanes' order (bit i: the event at place i of `lane_rows`), or None without lanes."""
    if lanes is None:
        return None
    flags = np.zeros(bits, dtype=bool)
    flags[rowids] = True
    order = lanes[1]
    inside = order < bits
    along = np.zeros(len(order), dtype=bool)
    along[inside] = flags[order[inside]]
    return np.packbits(along, bitorder="little").tobytes()


def frequent_terms(connection: sqlite3.Connection, min_hits: int) -> list[str]:
    """The index's tokens that at least `min_hits` events hold, most frequent first (fts5vocab)."""
    connection.execute("CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, events_fts, row)")
    try:
        rows = connection.execute(
            "SELECT term FROM temp.search_vocabulary WHERE doc >= ? ORDER BY doc DESC, term", (min_hits,)
        ).fetchall()
    finally:
        connection.execute("DROP TABLE temp.search_vocabulary")
    return [str(term) for (term,) in rows]


def stored_queries(terms: Sequence[str]) -> list[str]:
    """Each term whole, and every beginning of it as a prefix, once each, in a fixed order."""
    queries: dict[str, None] = {}
    for term in terms:
        queries[term_query(term, False)] = None
        for length in range(1, len(term) + 1):
            queries[term_query(term[:length], True)] = None
    return list(queries)


def store_postings(connection: sqlite3.Connection, min_hits: int | None = None) -> int:
    """Store the bitmaps of the frequent words of `connection`'s events_fts (replacing older ones) and
    their description in meta; return how many. The caller commits. `min_hits` defaults to the larger
    of MIN_HITS and one event in SHARE."""
    connection.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (query TEXT PRIMARY KEY, hits INTEGER, bits BLOB)"
    )
    connection.execute(f"DELETE FROM {TABLE}")
    (largest, count) = connection.execute("SELECT max(rowid), count(*) FROM events_fts").fetchone()
    bits = int(largest or 0) + 1
    if min_hits is None:
        min_hits = max(MIN_HITS, -(-int(count) // SHARE))
    queries = stored_queries(frequent_terms(connection, min_hits) if count else [])
    lanes = _stored_lanes(connection) if queries else None
    rows = []
    for query in queries:
        rowids = _hit_rowids(connection, query)
        rows.append((query, len(rowids), _bitmap(rowids, bits), _lane_bitmap(rowids, bits, lanes)))
    connection.executemany(f"INSERT INTO {TABLE} (query, hits, bits, lane_bits) VALUES (?, ?, ?, ?)", rows)
    meta = {
        FORMAT_KEY: FORMAT,
        INDEX_KEY: index_digest(connection) or "",
        BITS_KEY: str(bits),
        LANES_KEY: "" if lanes is None else lanes[0],
    }
    connection.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
    return len(rows)


class SearchPostings:
    """Reads the stored bitmaps for a search, once it is known that they match the index."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._bits: int | None = None  # bits of each bitmap, once trusted; 0: not to be used
        self._queries: frozenset[str] = frozenset()  # the stored queries, read with the trust test
        self._lanes = ""  # the timeline arrays' digest the lane bitmaps follow

    def usable(self) -> bool:
        """Whether the bitmaps are there and match the full-text index (tested once)."""
        if self._bits is None:
            self._bits = self._trusted_bits()
        return self._bits > 0

    def _trusted_bits(self) -> int:
        try:
            meta = dict(
                self._connection.execute(
                    f"SELECT key, value FROM meta WHERE key IN ({', '.join('?' for _ in META_KEYS)})",
                    META_KEYS,
                ).fetchall()
            )
            if meta.get(FORMAT_KEY) != FORMAT or not meta.get(INDEX_KEY):
                return 0
            if meta[INDEX_KEY] != index_digest(self._connection):
                return 0
            queries = self._connection.execute(f"SELECT query FROM {TABLE}").fetchall()
            bits = int(meta.get(BITS_KEY, "0"))
        except (sqlite3.DatabaseError, ValueError):
            return 0
        self._queries = frozenset(str(query) for (query,) in queries)
        self._lanes = str(meta.get(LANES_KEY) or "")
        return max(bits, 0)

    def hits(self, text: str) -> npt.NDArray[np.bool_] | None:
        """True at the rowids (0 to the largest rowid of the index) of the events the search `text`
        finds, every word whole but the last, a prefix; None unless every word has a stored bitmap."""
        if not self.usable():
            return None
        return self._stored_and(text, "bits", self._bits or 0)

    def lane_hits(self, text: str, arrays_digest: str | None, places: int) -> npt.NDArray[np.bool_] | None:
        """The same hits along the lanes of the stored timeline arrays (true at place i of their
        `lane_rows`), when the bitmaps were made from the arrays of digest `arrays_digest`, which hold
        `places` events in their lanes; else None."""
        if not arrays_digest or not self.usable() or self._lanes != arrays_digest:
            return None
        return self._stored_and(text, "lane_bits", places)

    def _stored_and(self, text: str, column: str, bits: int) -> npt.NDArray[np.bool_] | None:
        """The AND of the stored bitmaps in `column` (each of `bits` bits) of every word of `text`, the
        last as a prefix; None when a word has none stored or a stored one is not of that size."""
        words = text.replace("\x00", " ").split()
        if not words:
            return None
        wanted = sorted({lookup_key(word, number == len(words) - 1) for number, word in enumerate(words)})
        if not self._queries.issuperset(wanted):  # a word not stored: no query to find that out
            return None
        try:
            found = self._connection.execute(
                f"SELECT {column} FROM {TABLE} WHERE query IN ({', '.join('?' for _ in wanted)})", wanted
            ).fetchall()
        except sqlite3.DatabaseError:
            return None
        size = bits + 7 >> 3
        blobs = [bytes(blob) for (blob,) in found if isinstance(blob, bytes) and len(blob) == size]
        if len(blobs) != len(wanted):
            return None
        packed = np.frombuffer(blobs[0], dtype=np.uint8)
        for blob in blobs[1:]:
            packed = np.bitwise_and(packed, np.frombuffer(blob, dtype=np.uint8))
        return np.unpackbits(packed, count=bits, bitorder="little").view(bool)

    def problems(self) -> list[str]:
        """Why the stored bitmaps do not match the full-text index, by asking it every stored query (for
        `check`); none when there are no bitmaps (an older or hand-made database)."""
        try:
            meta = dict(self._connection.execute("SELECT key, value FROM meta").fetchall())
            table = self._connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
            ).fetchone()
            if FORMAT_KEY not in meta or table is None:
                return []
            if meta[FORMAT_KEY] != FORMAT:
                return [f"search hits: in format {meta[FORMAT_KEY]!r}, not {FORMAT}; searches ask the index"]
            stored = self._connection.execute(
                f"SELECT query, hits, bits, lane_bits FROM {TABLE} ORDER BY query"
            ).fetchall()
            bits = int(meta.get(BITS_KEY, "0"))
            lanes = _stored_lanes(self._connection)
            along = lanes is not None and lanes[0] == meta.get(LANES_KEY)  # else the lane bits are not used
            changed = []
            for query, hits, blob, lane_blob in stored:
                rowids = _hit_rowids(self._connection, str(query))
                if (
                    hits != len(rowids)
                    or blob != _bitmap(rowids, bits)
                    or (along and lane_blob != _lane_bitmap(rowids, bits, lanes))
                ):
                    changed.append(str(query))
        except (sqlite3.DatabaseError, ValueError, IndexError) as error:
            return [f"search hits: cannot be compared with the full-text index ({error})"]
        problems = [f"search hits of {query} do not match the full-text index" for query in changed[:20]]
        if changed[20:]:
            problems.append(f"… and {len(changed) - 20} more stored search words")
        if meta.get(INDEX_KEY) != index_digest(self._connection):
            problems.append(
                "search hits: the full-text index changed after they were stored; searches ask it"
            )
        return problems
