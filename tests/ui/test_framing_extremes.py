"""Fit All from the lanes' few extreme days gives the span the whole arrays give, or says it cannot."""

from __future__ import annotations

import numpy as np

from azkz_desktop.ui.timeline import framing


def extremes(starts: np.ndarray, ends: np.ndarray, few: int) -> tuple[float, float] | None:
    return framing.core_span_of_extremes(np.sort(starts)[:few], np.sort(ends)[-few:], len(starts))


def test_the_few_extremes_give_the_span_of_all_events() -> None:
    rng = np.random.default_rng(3)
    starts = rng.integers(727_000, 740_000, 5_000).astype(np.int32)
    ends = starts + rng.integers(1, 400, len(starts)).astype(np.int32)
    outliers = np.array([600_000, 650_000], dtype=np.int32)  # lone early events, far from the rest
    for first, last in (
        (starts, ends),
        (np.concatenate([outliers, starts]), np.concatenate([outliers + 1, ends])),
    ):
        assert extremes(first, last, 64) == framing.core_span(first, last)
    assert (
        framing.core_span(np.concatenate([outliers, starts]), np.concatenate([outliers + 1, ends]))[0]
        > 727_000
    )


def test_too_few_extremes_say_so_instead_of_guessing() -> None:
    """A dozen lone early events, each far from the next: deciding them needs more than eight."""
    lone = 900_000 - 3 ** np.arange(1, 13)
    starts = np.concatenate([lone, np.full(1_000, 900_000)]).astype(np.int32)
    ends = starts + 1
    assert framing.core_span(starts, ends) == (900_000.0, 900_001.0)
    assert extremes(starts, ends, 8) is None
    assert extremes(starts, ends, 64) == framing.core_span(starts, ends)
