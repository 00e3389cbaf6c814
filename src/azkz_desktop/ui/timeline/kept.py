"""A few answers kept per shown mask and whatever else they depend on, most recent last.

A search typed on and taken back, or a category toggled off and on, asks the timeline and the overview
for what they drew a moment before: the same mask (the data layer answers the same filter with the same
array while nothing changed), the same window, size and lanes. Keeping the last few layouts and
histograms spares laying them out, shaping their markers and eliding their labels again.

A mask is known by its identity, never by its contents: an entry holds a weak reference to its mask and
is worth nothing once that mask is gone (another array may then have its id). Only read-only masks are
kept (the session's are), since a mask written to in place would look the same and mean another thing.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

import numpy as np

Value = TypeVar("Value")

_NO_MASK = -1  # the key's mask part for "every row shown"


class MaskKeyed(Generic[Value]):
    """At most `size` values, each for one (mask, key); the least recently used goes first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[int, Hashable], tuple[weakref.ref[np.ndarray] | None, Value]] = (
            OrderedDict()
        )

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        """Forget everything (the index changed: every answer means something else now)."""
        self._entries.clear()

    def values(self) -> list[Value]:
        """The values kept, least recently used first."""
        return [value for _, value in self._entries.values()]

    def get(self, mask: np.ndarray | None, key: Hashable) -> Value | None:
        """The value kept for `mask` (None: all rows) and `key`, or None."""
        entry_key = (_NO_MASK if mask is None else id(mask), key)
        entry = self._entries.get(entry_key)
        if entry is None:
            return None
        ref, value = entry
        if mask is not None and (ref is None or ref() is not mask):  # another array with a dead one's id
            del self._entries[entry_key]
            return None
        self._entries.move_to_end(entry_key)
        return value

    def put(self, mask: np.ndarray | None, key: Hashable, value: Value) -> None:
        """Keep `value` for `mask` and `key` (nothing is kept for a mask that may still be written to)."""
        if mask is not None and mask.flags.writeable:
            return
        entry_key = (_NO_MASK if mask is None else id(mask), key)
        self._entries[entry_key] = (None if mask is None else weakref.ref(mask), value)
        self._entries.move_to_end(entry_key)
        for stale in [k for k, (r, _) in self._entries.items() if r is not None and r() is None]:
            del self._entries[stale]  # their masks are gone: their values can never be asked for again
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
