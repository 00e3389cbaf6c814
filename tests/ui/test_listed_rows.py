"""The list's rows are worked out front first, and are always the ones an eager filter would give."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azkz_desktop.ui import listed_rows
from azkz_desktop.ui.listed_rows import ListedRows


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(listed_rows, "FIRST_CHUNK", 64)  # several steps over a few thousand rows


@pytest.mark.parametrize("share", [0.0, 0.001, 0.3, 1.0])
@pytest.mark.parametrize("descending", [False, True])
def test_lazily_listed_rows_are_the_eagerly_filtered_order(share: float, descending: bool) -> None:
    generator = np.random.default_rng(7)
    order = generator.permutation(5_000).astype(np.int32)
    if descending:
        order = order[::-1]  # a view, as the model hands it for a descending sort
    mask = generator.random(5_000) < share
    expected = order[mask[order]]
    listed = ListedRows(order, mask)
    assert len(listed) == len(expected)
    if len(expected):
        assert listed.at(0) == expected[0]
        assert not listed.complete or len(expected) <= 64
        middle = len(expected) // 2
        assert listed.between(middle, min(middle + 9, len(expected) - 1)).tolist() == (
            expected[middle : middle + 10].tolist()
        )
        assert listed.at(len(expected) - 1) == expected[-1]
    assert listed.all().tolist() == expected.tolist()
    assert listed.complete
    assert listed.all().dtype == order.dtype


def test_without_a_mask_the_order_is_listed_as_it_is() -> None:
    order = np.arange(10, dtype=np.int32)[::-1]
    listed = ListedRows(order, None)
    assert listed.complete and len(listed) == 10
    assert listed.all() is order


def test_the_first_screen_needs_only_the_front_of_the_order() -> None:
    order = np.arange(10_000, dtype=np.int32)
    mask = np.ones(10_000, bool)
    listed = ListedRows(order, mask)
    assert listed.between(0, 20).tolist() == list(range(21))
    assert listed._looked_at == 64  # one step, not the ten thousand rows
    assert not listed.complete


def places_of(order: np.ndarray) -> np.ndarray:
    places = np.empty(len(order), dtype=np.int32)
    places[order] = np.arange(len(order), dtype=np.int32)
    return places


@pytest.mark.parametrize("shown", [1, 2, 9, 40, 400])
@pytest.mark.parametrize("descending", [False, True])
def test_a_few_rows_found_by_their_places_are_the_eagerly_filtered_order(
    monkeypatch: pytest.MonkeyPatch, shown: int, descending: bool
) -> None:
    monkeypatch.setattr(listed_rows, "FEW_ROWS", 100)  # 400 shown rows are walked to, front first
    generator = np.random.default_rng(shown)
    order = generator.permutation(5_000).astype(np.int32)
    if descending:
        order = order[::-1]
    mask = np.zeros(5_000, bool)
    mask[generator.choice(5_000, shown, replace=False)] = True
    expected = order[mask[order]]
    asked: list[int] = []
    listed = ListedRows(order, mask, lambda: asked.append(1) or places_of(order))
    assert listed.at(0) == expected[0]
    assert listed.between(0, shown - 1).tolist() == expected.tolist()
    assert listed.all().tolist() == expected.tolist()
    assert listed.all().dtype == order.dtype
    assert listed.complete
    assert len(asked) == (1 if shown <= 100 else 0)  # the places only for a few rows, asked once


def test_an_empty_mask_needs_neither_walk_nor_places() -> None:
    order = np.arange(1_000, dtype=np.int32)
    listed = ListedRows(order, np.zeros(1_000, bool), lambda: pytest.fail("places asked"))
    assert len(listed) == 0 and listed.all().tolist() == [] and listed.complete


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**16),
    share=st.sampled_from([0.0005, 0.01, 0.3, 1.0]),
    asked=st.lists(st.floats(0, 1, exclude_max=True), min_size=1, max_size=30),
)
def test_a_row_asked_at_any_position_in_any_order_is_the_eager_one(
    seed: int, share: float, asked: list[float]
) -> None:
    """`at` answers from the rows known so far when it can, else works further through the order:
    the same row either way, whichever positions were asked before."""
    generator = np.random.default_rng(seed)
    order = generator.permutation(3_000).astype(np.int32)
    mask = generator.random(3_000) < share
    expected = order[mask[order]]
    listed = ListedRows(order, mask, lambda: np.argsort(order).astype(np.int32))
    for fraction in asked:
        if len(expected):
            position = int(fraction * len(expected))
            assert listed.at(position) == expected[position]
    assert listed.all().tolist() == expected.tolist()
