"""Finding search words in text, and counting positions the way Qt's text widgets do. Pure: no Qt.

Full-text search matches a word by its beginning ("handel" finds "Handelsumsatz"), so highlighting does the
same: a term is marked where a word starts with it, whatever the case.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

WORD_START = r"(?<!\w)"


def search_terms(text: str) -> list[str]:
    """The words of a search, as the search uses them (quotes and operators are plain characters)."""
    return [word.replace('"', "") for word in text.replace("\x00", " ").split() if word.replace('"', "")]


def word_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    """The pattern match_spans looks for (None without terms): made once per search by a painter that
    marks many texts with the same terms."""
    if not terms:
        return None
    return re.compile(
        WORD_START + "(?:" + "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)) + ")",
        re.IGNORECASE,
    )


def match_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """[start, end) of every place where a word of `text` begins with one of `terms`, merged and sorted."""
    return pattern_spans(text, word_pattern(terms))


def pattern_spans(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """match_spans with the terms' pattern (word_pattern) made beforehand."""
    if pattern is None or not text:
        return []
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


class Utf16Positions:
    """Converts between Python string indices (code points) and Qt text positions (UTF-16 units).

    They differ only after a character outside the Basic Multilingual Plane (an emoji, say), which takes
    two UTF-16 units; for text without one the conversion is the identity and costs nothing.
    """

    def __init__(self, text: str) -> None:
        self._astral = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        if not self._astral:
            return index
        return index + bisect.bisect_left(self._astral, index)

    def from_qt(self, position: int) -> int:
        index = position
        for before, astral in enumerate(self._astral):
            if position <= astral + before:  # at or before the Qt start of this character
                break
            index -= 1  # it took two units: one more than its single index
        return max(index, 0)
