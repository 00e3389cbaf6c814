"""The shape of a curated record: the keys each kind may have, their types, and the shared checks.

Kept apart from the loaders (curated_files.py) so that what a record may contain is read in one place,
and every problem is raised as a BuildError naming the file, the record and what is wrong.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from azkz_desktop.data.dates import PartialDate

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COLOR = re.compile(r"^#[0-9a-f]{6}$")
REFERENCE_NOTE_LIMIT = 240


class BuildError(Exception):
    """A record that cannot go into the database, and why."""

    def __init__(self, file: str, record: str, problem: str) -> None:
        super().__init__(f"{file}: {record}: {problem}")


@dataclass(frozen=True)
class Field:
    """One key a record may have: its type, and whether it must be there."""

    kind: type | tuple[type, ...]
    required: bool = True


CATEGORY_FIELDS = {"id": Field(str), "label": Field(str), "color": Field(str)}
DOCUMENT_FIELDS = {
    "id": Field(str),
    "kind": Field(str),
    "title": Field(str),
    "outlet": Field(str),
    "published": Field(str),
    "language": Field(str, required=False),
    "url": Field(str, required=False),
    "provenance": Field(str, required=False),
    "note": Field(str, required=False),
}
EVENT_FIELDS = {
    "id": Field(str),
    "start": Field(str),
    "end": Field(str, required=False),
    "precision": Field(str),
    "title": Field(str),
    "summary": Field(str),
    "category": Field(str),
    "people": Field(list, required=False),
    "multilateral": Field(str, required=False),
    "date_note": Field(str, required=False),
    "note": Field(str, required=False),
    "related": Field(list, required=False),
    "source": Field(list),
}
PERSON_FIELDS = {"name": Field(str), "kind": Field(str), "aliases": Field(list, required=False)}
SOURCE_FIELDS = {
    "document": Field(str),
    "quote": Field(str, required=False),
    "char_start": Field(int, required=False),
    "char_end": Field(int, required=False),
    "note": Field(str, required=False),
}
NUMBER = (int, float)
TRADE_FIELDS = {
    "year": Field(int),
    "exports_musd": Field(NUMBER, required=False),
    "imports_musd": Field(NUMBER, required=False),
    "turnover_musd": Field(NUMBER, required=False),
    "growth_pct": Field(NUMBER, required=False),
    "basis": Field(str),
    "statistics": Field(str, required=False),
    "period": Field(str, required=False),
    "year_note": Field(str, required=False),
    **SOURCE_FIELDS,
}
TRADE_PERIODS = ("year", "H1", "H2")
# Whose figure a trade record is (documented in trade.toml and SCHEMA.md); figures of different bases
# are never joined on the chart.
TRADE_BASES = ("kz-stat", "kz-government", "az-customs", "az-stat", "official-statement")
TARGET_FIELDS = {
    "id": Field(str),
    "turnover_musd": Field(NUMBER),
    "stated": Field(str),
    **SOURCE_FIELDS,
}


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        raise BuildError(path.name, "-", "file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise BuildError(path.name, "-", f"not valid TOML ({error})") from None


def check_fields(file: str, record: str, data: dict[str, Any], fields: dict[str, Field]) -> None:
    """Reject unknown keys (typos), missing required keys and values of the wrong type."""
    for key in data:
        if key not in fields:
            raise BuildError(file, record, f"unknown field {key!r}")
    for key, spec in fields.items():
        if key not in data:
            if spec.required:
                raise BuildError(file, record, f"missing field {key!r}")
            continue
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, spec.kind):
            raise BuildError(file, record, f"field {key!r} has the wrong type ({value!r})")
        if isinstance(value, str) and spec.required and not value.strip():
            raise BuildError(file, record, f"field {key!r} is empty")


def records(file: str, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise BuildError(file, "-", f"expected [[{key}]] records")
    return items


def unique_ids(file: str, items: Iterable[dict[str, Any]], label: str) -> None:
    seen: set[str] = set()
    for item in items:
        identifier = item["id"]
        if not SLUG.match(identifier):
            raise BuildError(file, f"{label} {identifier!r}", "the id must be a lowercase slug")
        if identifier in seen:
            raise BuildError(file, f"{label} {identifier!r}", "duplicate id")
        seen.add(identifier)


def parse_date(file: str, record: str, text: str, label: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise BuildError(file, record, f"impossible {label} date: {error}") from None
