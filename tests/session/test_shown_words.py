"""The packed flags of a lane answer as the list of its shown positions does, bisected."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azkz_desktop.session import shown_lanes
from azkz_desktop.session.shown_lanes import ShownInLane, ShownWords

flag_lists = st.lists(st.booleans(), min_size=0, max_size=300)


def flags_of(values: list[bool], density: int) -> np.ndarray:
    """`values`, thinned to about one in `density` true (sparse lanes, long runs of empty words)."""
    flags = np.array(values, dtype=bool)
    if density > 1:
        flags &= np.arange(len(flags)) % density == 0
    return flags


@settings(max_examples=150, deadline=None)
@given(flag_lists, st.sampled_from([1, 3, 70, 130]), st.data())
def test_packed_words_answer_as_the_shown_positions_do(values: list[bool], density: int, data) -> None:
    flags = flags_of(values, density)
    positions = np.flatnonzero(flags)
    words = ShownWords.of(flags)
    bounds = np.array(
        [*data.draw(st.lists(st.integers(0, len(flags)), max_size=40)), 0, len(flags)], dtype=np.int64
    )
    np.testing.assert_array_equal(words.below(bounds), np.searchsorted(positions, bounds, side="left"))
    if not len(positions):
        return
    # a position with a shown event at or after it, and one with a shown event below it
    after = bounds[bounds <= positions[-1]]
    np.testing.assert_array_equal(
        words.first_at_or_after(after), positions[np.searchsorted(positions, after, side="left")]
    )
    before = bounds[bounds > positions[0]]
    np.testing.assert_array_equal(
        words.last_before(before), positions[np.searchsorted(positions, before, side="left") - 1]
    )


@settings(max_examples=100, deadline=None)
@given(flag_lists, st.sampled_from([1, 5, 90]))
def test_a_lane_answers_alike_from_its_positions_and_from_its_packed_words(
    values: list[bool], density: int
) -> None:
    flags = flags_of(values, density)
    shown = ShownInLane(flags, int(np.count_nonzero(flags)))
    bounds = np.arange(0, len(flags) + 1, 7, dtype=np.int64)
    answers = []
    for words_from in (10**9, 0):  # positions, then words
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(shown_lanes, "WORDS_FROM", words_from)
            inside = bounds[(bounds <= shown.positions[-1])] if shown.count else bounds[:0]
            after = bounds[(bounds > shown.positions[0])] if shown.count else bounds[:0]
            answers.append(
                (
                    shown.shown_between(bounds).tolist(),
                    shown.first_shown_at_or_after(inside).tolist(),
                    shown.last_shown_before(after).tolist(),
                )
            )
    assert answers[0] == answers[1]
    assert answers[0][0] == np.diff(np.searchsorted(shown.positions, bounds, side="left")).tolist()


def test_every_bit_of_a_word_and_the_words_edges() -> None:
    for length in (1, 63, 64, 65, 127, 128, 129, 200):
        for bit in range(length):
            flags = np.zeros(length, dtype=bool)
            flags[bit] = True
            words = ShownWords.of(flags)
            positions = np.arange(length + 1, dtype=np.int64)
            np.testing.assert_array_equal(words.below(positions), (positions > bit).astype(np.int64))
            first = words.first_at_or_after(positions[: bit + 1])
            np.testing.assert_array_equal(first, np.full(bit + 1, bit))
            np.testing.assert_array_equal(words.last_before(positions[bit + 1 :]), np.full(length - bit, bit))


@settings(max_examples=100, deadline=None)
@given(flag_lists, st.sampled_from([1, 2, 70]))
def test_packed_words_count_the_shown_events(values: list[bool], density: int) -> None:
    flags = flags_of(values, density)
    assert ShownWords.of(flags).total == int(np.count_nonzero(flags))


class _Index:
    """The little of an index that declaring lane flags reads: its lanes and its length."""

    def __init__(self, lanes: dict[str, object], length: int) -> None:
        self.lanes, self._length = lanes, length

    def __len__(self) -> int:
        return self._length


def _lane(rows: np.ndarray) -> object:
    from azkz_desktop.data.lanes import Lane

    starts = np.arange(len(rows), dtype=np.int32)
    empty = np.zeros(len(rows), dtype=np.int8)
    return Lane("x", starts, starts + 1, empty, empty.astype(bool), rows.astype(np.int64), 1.0)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.booleans(), min_size=1, max_size=200),
    st.integers(1, 4),
    st.booleans(),
    st.booleans(),
    st.randoms(),
)
def test_a_mask_declared_by_its_lanes_counts_its_true_rows(
    values: list[bool], lanes: int, every_row: bool, packed: bool, random
) -> None:
    """Counted from the lanes' flags (or their packed words) when the lanes hold every row; else from
    the mask itself."""
    mask = np.array(values, dtype=bool)
    mask.setflags(write=False)
    rows = list(range(len(mask)))
    random.shuffle(rows)
    held = rows if every_row else rows[1:]  # the first shuffled row in no lane: its flag still counts
    parts = np.array_split(np.array(held, dtype=np.int64), lanes)
    index = _Index({f"lane{number}": _lane(part) for number, part in enumerate(parts)}, len(mask))
    flags = {name: mask[lane.rows] for name, lane in index.lanes.items()}  # type: ignore[attr-defined]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shown_lanes, "WORDS_FROM", 0 if packed else 10**9)
        shown_lanes.declare_lane_flags(mask, index, flags)  # type: ignore[arg-type]
    assert shown_lanes.shown_count(mask) == int(np.count_nonzero(mask))
