"""The index rows the event list shows, in its sort order, worked out front first as they are needed.

A filter change at a million events would otherwise gather the mask along the whole sort order before
the list could paint its first screen (a few milliseconds every time); the screen needs the first few
dozen rows, and only scrolling far, the selection or Select All need all of them.

A mask that shows a few rows (a rare word) would have the front-first walk look at the whole order for
them: those rows are found in the mask itself and put in order by their places in the order (its
inverse permutation, made once per sort order by the model), without walking the order at all.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

FIRST_CHUNK = 1024  # sort positions looked at first (a screen shows a few dozen); then doubling
FEW_ROWS = 4096  # at most this many shown rows are found in the mask and sorted by their places

Rows = npt.NDArray[np.integer]  # the order's own integer type (the stored orders are int32)


class ListedRows:
    """The rows of `order` (every index row, in the list's order) that `mask` shows (None: all).

    `places`, if given, returns the place of every index row in `order` (order[places[row]] == row);
    it is asked for only when the mask shows at most FEW_ROWS rows."""

    def __init__(
        self,
        order: npt.NDArray[np.integer],
        mask: npt.NDArray[np.bool_] | None,
        places: Callable[[], npt.NDArray[np.integer]] | None = None,
    ) -> None:
        self._order = order
        self._mask = mask
        self._places = places
        self.count = len(order) if mask is None else int(np.count_nonzero(mask))
        self._known: Rows = order if mask is None else np.empty(0, order.dtype)
        self._looked_at = len(order) if mask is None else 0  # positions of `order` already filtered

    def __len__(self) -> int:
        return self.count

    @property
    def complete(self) -> bool:
        """Whether every shown row is known (no more of the order to look at)."""
        return self._looked_at >= len(self._order) or len(self._known) >= self.count

    def first(self, needed: int) -> Rows:
        """At least the first `needed` shown rows (fewer if fewer are shown), as far as known."""
        if len(self._known) < min(needed, self.count) and self._mask is not None:
            if self.count <= FEW_ROWS and self._places is not None:
                self._known = self._few_in_order(self._mask, self._places())
                self._looked_at = len(self._order)
                return self._known
            parts = [self._known]
            known = len(self._known)
            mask, order = self._mask, self._order
            while known < min(needed, self.count) and self._looked_at < len(order):
                step = max(FIRST_CHUNK, self._looked_at)
                part = order[self._looked_at : self._looked_at + step]
                kept = np.compress(np.take(mask, part), part)  # twice as fast as part[mask[part]]
                parts.append(kept)
                known += len(kept)
                self._looked_at += len(part)
            self._known = np.concatenate(parts)
        return self._known

    def _few_in_order(self, mask: npt.NDArray[np.bool_], places: npt.NDArray[np.integer]) -> Rows:
        """The mask's few rows in the order's order: sorted by their places rather than walked to."""
        rows = mask.nonzero()[0]
        return rows[np.argsort(places[rows])].astype(self._order.dtype, copy=False)

    def all(self) -> Rows:
        """Every shown row, in order."""
        return self.first(self.count)

    def at(self, position: int) -> int:
        """The row at list position `position` (0 <= position < count)."""
        known = self._known
        if position < len(known):  # known already: each cell a paint draws asks for its row
            return int(known[position])
        return int(self.first(position + 1)[position])

    def between(self, first: int, last: int) -> Rows:
        """The rows at list positions first to last, inclusive."""
        return self.first(last + 1)[first : last + 1]
