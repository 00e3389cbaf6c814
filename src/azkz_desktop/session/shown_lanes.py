"""What a shown mask means for one lane: which of its events are shown, in the lane's order, and how
many before each of them.

The timeline's layout and the overview's histogram both ask this of every lane after a filter change,
and the layout again at every zoom and pan step while the filter holds. Gathering the mask along a
lane's rows costs a pass over all of the lane's events; done once per mask and lane (with the flags
packed into words), the layout counts each bucket from the words' bit counts, and a lane
that is wholly shown or wholly hidden (a category filter) takes the unfiltered path or none at all.
A mask showing few rows (a rare word) is not gathered along the lanes: its true rows are set in their
lanes' flags at their places, a pass over those rows alone.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from azkz_desktop.data.lanes import Lane
from azkz_desktop.data.timeline_index import TimelineIndex

KEPT_MASKS = 2  # the session's mask and the one before it (a view may still lay out with that)


# A mask showing fewer than one row in this many is split into lanes from its true rows: at a million
# events, from 0.2 ms (one in a thousand) to 2.2 ms (one in sixteen), where gathering it along every
# lane takes 1.7 to 2.8 ms; at one in eight the gather is faster.
SPARSE = 16

# A lane of at least this many events counts its shown ones from packed words (ShownWords); a shorter
# one from its shown positions: at 17,000 events a lane the words cost 0.1 M instructions more than the
# positions spare, at 170,000 they spare 1.2 M.
WORDS_FROM = 65_536


@dataclass(eq=False)
class ShownInLane:
    """One lane's events under one mask; positions are the lane's (sorted by start).

    The layout and the overview ask how many shown events lie below some positions (bucket edges) and
    which shown event comes first or last around them. A long lane answers from its flags packed into
    64-bit words with a running count of their set bits (`ShownWords`): a pass over a sixty-fourth of
    the lane, where listing the shown positions is a pass over every event of the lane (seven
    instructions an event). A shorter lane bisects its shown positions: there the few more numpy calls
    of the words cost more than the pass they spare.
    """

    flags: npt.NDArray[np.bool_]  # true where the event at that position is shown
    count: int  # how many are shown
    _positions: npt.NDArray[np.int64] | None = field(default=None, repr=False)
    _words: ShownWords | None = field(default=None, repr=False)

    @property
    def every(self) -> bool:
        return self.count == len(self.flags)

    @property
    def none(self) -> bool:
        return self.count == 0

    @property
    def positions(self) -> npt.NDArray[np.int64]:
        """The positions of the shown events, ascending (found once, when first asked)."""
        if self._positions is None:
            self._positions = np.flatnonzero(self.flags).astype(np.int64, copy=False)
        return self._positions

    @property
    def words(self) -> ShownWords:
        """The flags as packed words (made once, when first asked)."""
        if self._words is None:
            self._words = ShownWords.of(self.flags)
        return self._words

    @property
    def packed(self) -> bool:
        """Whether this lane answers from packed words (a long lane) rather than its positions."""
        return len(self.flags) >= WORDS_FROM

    def shown_below(self, bounds: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """For each position in `bounds` (0 to the lane's length), how many shown events lie below it."""
        if self.packed:
            return self.words.below(np.asarray(bounds, dtype=np.int64))
        return np.searchsorted(self.positions, bounds, side="left").astype(np.int64, copy=False)

    def shown_between(self, bounds: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """How many shown events lie between each pair of consecutive positions in `bounds`."""
        return np.diff(self.shown_below(bounds))

    def first_shown_at_or_after(self, positions: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """For each position, the first position at or after it whose event is shown (one must be)."""
        if self.packed:
            return self.words.first_at_or_after(np.asarray(positions, dtype=np.int64))
        return self.positions[self.shown_below(positions)]

    def last_shown_before(self, positions: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """For each position, the last position below it whose event is shown (one must be)."""
        if self.packed:
            return self.words.last_before(np.asarray(positions, dtype=np.int64))
        return self.positions[self.shown_below(positions) - 1]


_ONE = np.uint64(1)
_SIX = np.int64(6)
_LOW = np.int64(63)


@dataclass(frozen=True, eq=False)
class ShownWords:
    """Flags packed 64 to a word (bit i of word w: position 64 w + i), with one zero word past the end
    so that the lane's length is a position too, the set bits counted before each word, and the words
    that have any."""

    words: npt.NDArray[np.uint64]
    before: npt.NDArray[np.int64]  # set bits in the words before each word
    occupied: npt.NDArray[np.int64]  # the words with a set bit, ascending

    @property
    def total(self) -> int:
        """How many bits are set."""
        return int(self.before[-1]) + int(np.bitwise_count(self.words[-1]))

    @classmethod
    def of(cls, flags: npt.NDArray[np.bool_]) -> ShownWords:
        packed = np.packbits(flags, bitorder="little")
        padded = np.zeros((len(packed) >> 3) + 1 << 3, dtype=np.uint8)  # whole words, and one more
        padded[: len(packed)] = packed
        words = padded.view("<u8").astype(np.uint64, copy=False)
        bits = np.bitwise_count(words).astype(np.int64)
        before = np.zeros(len(words), dtype=np.int64)
        np.cumsum(bits[:-1], out=before[1:])
        return cls(words, before, bits.nonzero()[0].astype(np.int64, copy=False))

    def below(self, positions: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """How many set bits lie below each position."""
        word = positions >> _SIX
        low = (_ONE << (positions & _LOW).astype(np.uint64)) - _ONE
        counted: npt.NDArray[np.int64] = self.before[word] + np.bitwise_count(self.words[word] & low)
        return counted

    def first_at_or_after(self, positions: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The first set bit at or after each position (there must be one)."""
        word = positions >> _SIX
        rest = self.words[word] & ~((_ONE << (positions & _LOW).astype(np.uint64)) - _ONE)
        empty = rest == 0
        if empty.any():  # the next word with a set bit
            later = self.occupied[np.searchsorted(self.occupied, word[empty] + 1)]
            word[empty] = later
            rest[empty] = self.words[later]
        return (word << _SIX) + _lowest_bit(rest)

    def last_before(self, positions: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The last set bit below each position (there must be one)."""
        word = positions >> _SIX
        rest = self.words[word] & ((_ONE << (positions & _LOW).astype(np.uint64)) - _ONE)
        empty = rest == 0
        if empty.any():  # the previous word with a set bit
            earlier = self.occupied[np.searchsorted(self.occupied, word[empty]) - 1]
            word[empty] = earlier
            rest[empty] = self.words[earlier]
        return (word << _SIX) + _highest_bit(rest)


def _lowest_bit(words: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
    """The index of each (nonzero) word's lowest set bit: the bits below it, counted."""
    lowest = words & (~words + _ONE)
    return np.bitwise_count(lowest - _ONE).astype(np.int64)


def _highest_bit(words: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
    """The index of each (nonzero) word's highest set bit: every bit below it set, then counted."""
    smeared = words.copy()
    for shift in (1, 2, 4, 8, 16, 32):
        smeared |= smeared >> np.uint64(shift)
    return np.bitwise_count(smeared).astype(np.int64) - 1


class _Entry:
    """The lanes worked out for one mask, alive only while the mask is."""

    def __init__(self, mask: npt.NDArray[np.bool_]) -> None:
        # by id(lane); the lane is held, so its id stays its own while the entry lives
        self.lanes: dict[int, tuple[Lane, ShownInLane]] = {}
        self.mask = weakref.ref(mask, lambda _: self.clear())  # the arrays go with the mask
        self.index: TimelineIndex | None = None  # set for a sparse mask: its lanes come from its rows
        self.split: dict[str, ShownInLane] | None = None  # each lane's shown events
        self.count: int | None = None  # how many rows the mask shows, once counted

    def clear(self) -> None:
        self.lanes.clear()
        self.index = self.split = self.count = None


_entries: list[_Entry] = []


def _entry_for(mask: npt.NDArray[np.bool_]) -> _Entry:
    entry = next((entry for entry in _entries if entry.mask() is mask), None)
    if entry is None:
        entry = _Entry(mask)
        _entries.insert(0, entry)
        del _entries[KEPT_MASKS:]
    return entry


def shown_count(mask: npt.NDArray[np.bool_]) -> int:
    """How many rows `mask` shows: counted once per mask (a filter taken back and forth, a search
    typed on and taken back, brings the same mask again), as the mask never changes."""
    entry = _entry_for(mask)
    if entry.count is None:
        entry.count = int(np.count_nonzero(mask))
    return entry.count


def declare_lanes(mask: npt.NDArray[np.bool_], index: TimelineIndex, wholly: dict[str, bool]) -> None:
    """Say which lanes `mask` shows wholly (True) or not at all (False), as the filter that made it
    tells: a category filter, or a hidden lane, needs no look at the mask along those lanes. The
    other lanes of a mask showing few rows (a rare word) are found from those rows. A lane already
    worked out for this mask keeps what it has: the same facts about the same rows."""
    entry = _entry_for(mask)
    for name, shown in wholly.items():
        lane = index.lanes.get(name)
        known = None if lane is None else entry.lanes.get(id(lane))
        if lane is not None and (known is None or known[0] is not lane):
            flags = np.full(len(lane), shown, dtype=bool)
            entry.lanes[id(lane)] = (lane, ShownInLane(flags, len(lane) if shown else 0))
    if shown_count(mask) * SPARSE < len(mask) and len(mask) == len(index):
        entry.index = index


def declare_lane_flags(
    mask: npt.NDArray[np.bool_], index: TimelineIndex, flags: dict[str, npt.NDArray[np.bool_]]
) -> None:
    """Give `mask`'s flags along each of `index`'s lanes (in the lane's order) that the data layer had
    ready (a search's stored bitmaps): no lane then gathers the mask. Each must be the mask taken along
    the lane's rows. When the lanes hold every row (each row is in its category's lane, so in one), the
    mask's count is their counts added up, not a pass over the mask."""
    entry = _entry_for(mask)
    for name, lane in index.lanes.items():
        lane_flags = flags.get(name)
        if lane_flags is not None and len(lane_flags) == len(lane) and id(lane) not in entry.lanes:
            if len(lane_flags) >= WORDS_FROM:  # the layout asks for them next: counted from them
                words = ShownWords.of(lane_flags)
                entry.lanes[id(lane)] = (lane, ShownInLane(lane_flags, words.total, _words=words))
            else:
                entry.lanes[id(lane)] = (lane, ShownInLane(lane_flags, int(np.count_nonzero(lane_flags))))
    lanes = list(index.lanes.values())
    known = [entry.lanes.get(id(lane)) for lane in lanes]
    every_lane = all(found is not None and found[0] is lane for found, lane in zip(known, lanes, strict=True))
    if entry.count is None and every_lane and len(mask) == len(index) == sum(map(len, lanes)):
        entry.count = sum(found[1].count for found in known if found is not None)


def shown_in_lane(lane: Lane, mask: npt.NDArray[np.bool_]) -> ShownInLane:
    """The lane's events under `mask` (over the index's rows), worked out once per mask and lane.

    The mask must not change once made (the session's never do: each filter makes a new one).
    """
    entry = _entry_for(mask)
    known = entry.lanes.get(id(lane))
    if known is not None and known[0] is lane:
        return known[1]
    index = entry.index
    if index is not None and index.lanes.get(lane.category) is lane:
        if entry.split is None:
            entry.split = _split_by_lane(mask, index)
        split = entry.split.get(lane.category)
        if split is not None:
            entry.lanes[id(lane)] = (lane, split)
            return split
    flags = np.take(mask, lane.rows)
    shown = ShownInLane(flags, int(np.count_nonzero(flags)))
    entry.lanes[id(lane)] = (lane, shown)
    return shown


def _split_by_lane(mask: npt.NDArray[np.bool_], index: TimelineIndex) -> dict[str, ShownInLane]:
    """Each lane's shown events from the mask's true rows, their lanes' codes and their places in their
    lanes (lane_places), set in one array of every lane's flags, one lane after the other, then cut
    into the lanes; empty when the lanes are not the codes' rows."""
    places = lane_places(index)
    if places is None:
        return {}
    rows = np.flatnonzero(mask)
    codes = index.category_codes[rows]
    names = list(index.categories)
    sizes = [len(index.lanes[name]) if name in index.lanes else 0 for name in names]
    split: dict[str, ShownInLane] = {}
    known = codes >= 0  # rows of no lane are in no lane's flags
    offsets = np.concatenate(([0], np.cumsum(sizes, dtype=np.int64)))
    flags = np.zeros(int(offsets[-1]), dtype=bool)
    flags[offsets[codes[known]] + places[rows[known]]] = True
    counts = np.bincount(codes[known], minlength=len(names))
    for code, name in enumerate(names):
        lane_flags = flags[int(offsets[code]) : int(offsets[code + 1])]
        split[name] = ShownInLane(lane_flags, int(counts[code]))
    return split


_checked: tuple[weakref.ref[TimelineIndex], bool] | None = None


def lane_places(index: TimelineIndex) -> npt.NDArray[np.int32] | None:
    """Each row's place in its lane (the index's, shared with the cluster counts), or None when the
    lanes are not exactly the rows of each category code (then masks are gathered): checked once for
    the last index asked."""
    global _checked
    if _checked is None or _checked[0]() is not index:
        codes = index.category_codes
        sizes = np.bincount(codes[codes >= 0], minlength=len(index.categories))
        exact = True
        for code, name in enumerate(index.categories):
            lane = index.lanes.get(name)
            rows = np.empty(0, np.int64) if lane is None else lane.rows
            if len(rows) != int(sizes[code]) or not bool(np.all(codes[rows] == code)):
                exact = False
                break
        _checked = (weakref.ref(index), exact)
    return index.lane_places() if _checked[1] else None
