"""The export's order without sorting its rows: each event's place is known before its row is read.

SQLite sorts the matching events' keys alone (first day, last day, id, rowid: narrow rows, a tenth of the
time of reading the wide ones), giving each rowid its place. The wide rows are then read in one pass in
the table's order, and each event's values go straight to the bucket of its place: buckets of a few
thousand places, written out one after another, so no row is ever compared with another. What waits in
a bucket is marshalled in blocks, in memory up to KEPT_BYTES and then in an unnamed temporary file in the
system's temporary folder (never beside the database), so memory does not grow with the events.
"""

from __future__ import annotations

import array
import gc
import itertools
import marshal
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any

BUCKET_ROWS = 10_000  # places per bucket at least; one bucket's values are held when it is written out
MOST_BUCKETS = 128  # at most: a bucket's unstored values are held until FLUSH_ROWS of them wait
FLUSH_ROWS = 100  # values a bucket gathers before they are marshalled into a block
KEPT_BYTES = 4_000_000  # blocks kept in memory before further ones go to a temporary file
KEY_ROWS = 20_000  # rowids read from SQLite at a time
# The key of the export's order, comparable whatever a damaged file holds: day numbers (0 if they are
# not numbers), the id as text and the rowid, which makes every key unique.
ORDER_SQL = """SELECT e.rowid FROM events e {where}
    ORDER BY CASE WHEN typeof(e.first_day) IN ('integer', 'real') THEN e.first_day ELSE 0 END,
      CASE WHEN typeof(e.last_day) IN ('integer', 'real') THEN e.last_day ELSE 0 END,
      coalesce(e.id || '', ''), e.rowid"""


Places = Mapping[int, int] | Sequence[int]  # each rowid's place in the export


def places(cursor: sqlite3.Cursor) -> tuple[Places, int]:
    """Each rowid's place in the order `cursor` gives its rowids (ORDER_SQL's one column), and how many.

    Rowids are usually 1 to n: then the places are an array indexed by rowid (-1 where none), 8 bytes a
    row; otherwise a dict.
    """
    order = array.array("q")
    while rows := cursor.fetchmany(KEY_ROWS):
        order.extend(itertools.chain.from_iterable(rows))
    count = len(order)
    if count and min(order) >= 0 and max(order) <= 4 * count + 1_000:
        placed = array.array("q", [-1]) * (max(order) + 1)
        for place, rowid in enumerate(order):
            placed[rowid] = place
        return placed, count
    return dict(zip(order, range(count), strict=True)), count


class Buckets:
    """Values waiting for their place in the export, by bucket of places; `drain()` gives them in order.

    `pending[place // size]` is a list of place, value, place, value…; the caller appends to it and calls
    `store(bucket)` when it is `full` long (FLUSH_ROWS values; an inlined append is what the pass costs).
    """

    def __init__(self, count: int) -> None:
        self.size = max(BUCKET_ROWS, -(-count // MOST_BUCKETS))
        self.full = 2 * FLUSH_ROWS
        self.pending: list[list[Any]] = [[] for _ in range(-(-count // self.size))]
        self._blocks: list[list[bytes | tuple[int, int]]] = [[] for _ in self.pending]
        self._kept = 0
        self._file: IO[bytes] | None = None

    def store(self, bucket: int) -> None:
        """Marshal a bucket's waiting values into a block: in memory, or in the temporary file."""
        pending = self.pending[bucket]
        block = marshal.dumps(pending)
        pending.clear()
        if self._kept <= KEPT_BYTES:
            self._kept += len(block)
            self._blocks[bucket].append(block)
            return
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self._file.seek(0, 2)
        self._blocks[bucket].append((self._file.tell(), len(block)))
        self._file.write(block)

    def drain(self) -> Iterator[Any]:
        """Every value in the order of its place, a bucket at a time (each block given up as read)."""
        try:
            for bucket, pending in enumerate(self.pending):
                start = bucket * self.size
                placed: list[Any] = [None] * self.size
                blocks = self._blocks[bucket]
                self._blocks[bucket] = []
                for block in blocks:
                    items = iter(self._loaded(block))
                    for place, value in zip(items, items, strict=True):
                        placed[place - start] = value
                items = iter(pending)
                for place, value in zip(items, items, strict=True):
                    placed[place - start] = value
                pending.clear()
                yield from filter(None, placed)  # a value is never empty; a hole is None
        finally:
            self.close()

    def _loaded(self, block: bytes | tuple[int, int]) -> list[Any]:
        if isinstance(block, tuple):
            assert self._file is not None
            offset, size = block
            self._file.seek(offset)
            block = self._file.read(size)
        collecting = gc.isenabled()
        gc.disable()  # thousands of values that cannot form cycles
        try:
            return marshal.loads(block)  # type: ignore[no-any-return]
        finally:
            if collecting:
                gc.enable()

    def close(self) -> None:
        self._blocks = []
        self.pending = []
        if self._file is not None:
            self._file.close()
            self._file = None
