"""The list's rows are worked out front first, and are always the ones an eager filter would give."""

from __future__ import annotations

import numpy as np
import pytest

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
