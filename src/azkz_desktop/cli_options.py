"""The options `export`, `cite` and `report` share, and the event filter they describe.

Its own module so the citing commands (cli_citing) and the command line (app) both build on it without
importing each other.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.filters import EventFilter

if TYPE_CHECKING:
    from azkz_desktop.data.database import RelationsDatabase


def add_database_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=default,
        help="open this database instead of the bundled one (same schema)",
    )


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The event filters `export`, `cite` and `report` share."""
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="events reaching into or after DATE")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="events reaching into or before DATE")
    parser.add_argument(
        "--category", action="append", metavar="NAME", help="only this category (id or label; repeatable)"
    )
    parser.add_argument(
        "--person", action="append", metavar="NAME", help="only events naming this person (repeatable: any)"
    )
    parser.add_argument(
        "--query",
        metavar="TEXT",
        help="only events whose title, summary, quoted passages, source notes or people's names match",
    )
    parser.add_argument(
        "--bilateral-only",
        action="store_true",
        help="leave out events held within a multilateral setting (CIS, Turkic, SCO, ... summits)",
    )
    parser.add_argument("--ids", metavar="ID,ID,...", help="only these events")


class UsageError(Exception):
    """A command-line argument that cannot be used, said in one line."""


def export_filter(database: RelationsDatabase, options: argparse.Namespace) -> EventFilter:
    """The filter the export options describe, after checking every value against the database."""
    dates = []
    for name, value in (("--from", options.date_from), ("--to", options.date_to)):
        try:
            dates.append(PartialDate.parse(value) if value else None)
        except ValueError as error:
            raise UsageError(f"{name}: {error}") from None
    start, end = dates
    if start and end and end.last_day() < start.first_day():
        raise UsageError(f"--to {end} is before --from {start}")
    categories = None
    if options.category:
        by_name = {}
        for category in database.categories():
            by_name[category.id.casefold()] = category.id
            by_name[category.label.casefold()] = category.id
        unknown = [name for name in options.category if name.casefold() not in by_name]
        if unknown:
            known = ", ".join(sorted(category.id for category in database.categories()))
            raise UsageError(f"unknown category {unknown[0]!r} (known: {known})")
        categories = frozenset(by_name[name.casefold()] for name in options.category)
    people: frozenset[str] = frozenset()
    if options.person:
        known_people = {
            name.casefold(): person.name
            for person in database.people()
            for name in (person.name, *person.aliases)
        }
        unknown_people = [name for name in options.person if name.casefold() not in known_people]
        if unknown_people:
            raise UsageError(f"unknown person {unknown_people[0]!r} (see the People menu for the names)")
        people = frozenset(known_people[name.casefold()] for name in options.person)
    ids = None
    if options.ids is not None:
        ids = frozenset(part.strip() for part in options.ids.split(",") if part.strip())
        if not ids:
            raise UsageError("--ids needs at least one event id")
        found = set(database.filtered_event_ids(EventFilter(ids=ids), ordered=False))
        missing = sorted(ids - found)
        if missing:
            raise UsageError(
                f"unknown event id {missing[0]!r}"
                + (f" and {len(missing) - 1} more" if len(missing) > 1 else "")
            )
    return EventFilter(
        categories=categories,
        people=people,
        start=start,
        end=end,
        text=options.query or "",
        ids=ids,
        bilateral_only=options.bilateral_only,
    )
