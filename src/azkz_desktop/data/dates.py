"""Partial dates: a year, a month or a day, as the sources state them.

Sources say "in March 2004" or "since 2007" as often as "on 27 August 1992". Keeping the precision lets the
app say exactly what is known, sort mixed dates sensibly, and draw a month- or year-precision event as the
whole span it could fall in rather than pretending it happened on the first day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import total_ordering

_ISO_PATTERN = re.compile(r"^(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?$")
EN_DASH = "\u2013"
# The names the calendar module gives (by the same strftime), without importing it and locale at launch.
MONTH_NAMES = tuple(dt.date(2001, month, 1).strftime("%B") for month in range(1, 13))
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days of `month` (1-12) in `year` (proleptic Gregorian, as datetime counts them)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


class Precision(StrEnum):
    """How much of a date the sources state."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} does not exist")
        if self.day is not None:
            assert self.month is not None
            if not 1 <= self.day <= days_in_month(self.year, self.month):
                raise ValueError(
                    f"day {self.day} does not exist in {MONTH_NAMES[self.month - 1]} {self.year}"
                )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError saying what is wrong."""
        match = _ISO_PATTERN.match(text.strip()) if isinstance(text, str) else None
        if not match:
            raise ValueError(f"{text!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        month = match["month"]
        day = match["day"]
        try:
            return cls(int(match["year"]), int(month) if month else None, int(day) if day else None)
        except ValueError as error:
            raise ValueError(f"{text!r} is not a real date: {error}") from None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def first_day(self) -> dt.date:
        """The earliest day this date could mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest day this date could mean."""
        if self.day is not None:
            assert self.month is not None
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, days_in_month(self.year, month))

    def iso(self) -> str:
        """The `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form stored in the database."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def label(self) -> str:
        """The date in words at its precision: "27 August 1992", "March 2004", "2007"."""
        if self.month is None:
            return str(self.year)
        month_name = MONTH_NAMES[self.month - 1]
        if self.day is None:
            return f"{month_name} {self.year}"
        return f"{self.day} {month_name} {self.year}"

    def _sort_key(self) -> tuple[int, int, int]:
        # A coarser date sorts before finer dates inside it: "2004" < "2004-03" < "2004-03-01".
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True)
class DateSpan:
    """When an event happened: one partial date, or a range of two at the same precision."""

    start: PartialDate
    end: PartialDate | None = None

    def __post_init__(self) -> None:
        if self.end is None:
            return
        if self.end.precision != self.start.precision:
            raise ValueError(f"start {self.start} and end {self.end} are not at the same precision")
        if self.end.last_day() < self.start.first_day() or self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")

    @classmethod
    def parse(cls, start: str, end: str | None = None) -> DateSpan:
        return cls(PartialDate.parse(start), PartialDate.parse(end) if end else None)

    @property
    def precision(self) -> Precision:
        return self.start.precision

    @property
    def last(self) -> PartialDate:
        return self.end or self.start

    def first_day(self) -> dt.date:
        return self.start.first_day()

    def last_day(self) -> dt.date:
        return self.last.last_day()

    def is_range(self) -> bool:
        return self.end is not None and self.end != self.start

    def label(self) -> str:
        """The span in words, sharing what both ends share: "11–12 January 2006", "1936–1938"."""
        start, end = self.start, self.end
        if end is None or end == start:
            return start.label()
        if start.precision is Precision.YEAR:
            return f"{start.year}{EN_DASH}{end.year}"
        if start.year != end.year:
            return f"{start.label()} {EN_DASH} {end.label()}"
        month = start.month
        assert month is not None  # a month or day precision has a month
        if start.precision is Precision.MONTH:
            return f"{MONTH_NAMES[month - 1]} {EN_DASH} {end.label()}"
        if month != end.month:
            start_words = f"{start.day} {MONTH_NAMES[month - 1]}"
            return f"{start_words} {EN_DASH} {end.label()}"
        return f"{start.day}{EN_DASH}{end.label()}"
