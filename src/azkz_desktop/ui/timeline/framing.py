"""Which stretch of time to show: the events' core for Fit All, some context around a zoomed-to event,
and the least move that brings an event into view. Pure: no Qt, day numbers in and out.
"""

from __future__ import annotations

import numpy as np

CONTEXT_DAYS = 120.0  # zooming to an event shows about four months around it at least
FIT_MARGIN = 0.03  # room at each end of a fitted window, as a share of its length
OUTLIER_SHARE = 0.25  # an end event is left out of a fit when its gap would take more of the width
MAX_OUTLIER_SHARE = 0.05  # but never more than this share of the events: none of fewer than 20
EDGE_SHARE = 0.02  # an event this close to the window's edge counts as out of view


def core_span(starts: np.ndarray, ends: np.ndarray) -> tuple[float, float] | None:
    """[first, end) of the events (half-open day numbers), leaving out lone outliers at either end.

    An outlier is an event so far from the rest that the empty gap to its neighbour would take more
    than OUTLIER_SHARE of the width (one migration in 1936, then nothing until 1991): fitting it would
    squeeze every other event into a corner. At most MAX_OUTLIER_SHARE of the events are left out;
    zooming out still reaches them.
    """
    count = len(starts)
    if count == 0:
        return None
    budget = int(count * MAX_OUTLIER_SHARE)
    keep = min(count, budget + 2)
    # Only the few earliest starts and latest ends can be outliers: partition, do not sort everything.
    firsts = np.sort(np.partition(starts, keep - 1)[:keep]) if count > keep else np.sort(starts)
    lasts = np.sort(np.partition(ends, count - keep)[count - keep :]) if count > keep else np.sort(ends)
    return core_span_of_extremes(firsts, lasts, count)


def core_span_of_extremes(firsts: np.ndarray, lasts: np.ndarray, count: int) -> tuple[float, float] | None:
    """`core_span` from the earliest starts and the latest ends alone (each sorted), of `count` events.

    None if they were too few to decide: the outliers reach further in than the extremes given.
    """
    budget = int(count * MAX_OUTLIER_SHARE)
    keep = min(count, budget + 2)
    if min(len(firsts), len(lasts)) < keep:
        return _trim_outliers(firsts, lasts, count, budget)
    return _trim_outliers(firsts[:keep], lasts[len(lasts) - keep :], count, budget)


def _trim_outliers(
    firsts: np.ndarray, lasts: np.ndarray, count: int, budget: int
) -> tuple[float, float] | None:
    low, high = 0, len(lasts) - 1
    dropped = 0
    while dropped < budget and count - dropped > 2:
        span = float(lasts[high] - firsts[low])
        left_gap = float(firsts[low + 1] - firsts[low]) if low + 1 < len(firsts) else 0.0
        right_gap = float(lasts[high] - lasts[high - 1]) if high > 0 else 0.0
        if max(left_gap, right_gap) <= OUTLIER_SHARE * span:
            break
        if left_gap >= right_gap:
            low += 1
        else:
            high -= 1
        dropped += 1
        if (low + 1 >= len(firsts) or high < 1) and len(firsts) < min(count, budget + 2):
            return None  # the next step would look past the extremes given
    return float(firsts[low]), float(max(lasts[high], firsts[low] + 1.0))


def padded(start: float, end: float, min_days: float = 0.0) -> tuple[float, float]:
    """[start, end) with FIT_MARGIN on each side, widened about its middle to at least `min_days`."""
    margin = max((end - start) * FIT_MARGIN, 1.0)
    start, end = start - margin, end + margin
    if end - start < min_days:
        middle = (start + end) / 2
        start, end = middle - min_days / 2, middle + min_days / 2
    return start, end


def context_window(start: float, end: float, min_days: float = CONTEXT_DAYS) -> tuple[float, float]:
    """A window on [start, end) with room around it: 15 % each side, and at least `min_days` in all."""
    margin = max((end - start) * 0.15, 2.0)
    start, end = start - margin, end + margin
    if end - start < min_days:
        middle = (start + end) / 2
        start, end = middle - min_days / 2, middle + min_days / 2
    return start, end


def reveal_window(window: tuple[float, float], start: float, end: float) -> tuple[float, float] | None:
    """The window moved just enough to show [start, end): None if it is in view already.

    The zoom is kept (the window is centred on the event) unless the event does not fit; then it is
    shown with context as by `context_window`.
    """
    low, high = window
    length = high - low
    edge = length * EDGE_SHARE
    if start >= low + edge and end <= high - edge:
        return None
    if end - start <= length * (1 - 4 * EDGE_SHARE):
        middle = (start + end) / 2
        return middle - length / 2, middle + length / 2
    return context_window(start, end)
