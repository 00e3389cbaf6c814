"""Helpers of the build tests: edits of a private copy of db/, and a build that must fail cleanly."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import build_database
import pytest
from record_fields import BuildError

BUILT = "2026-01-01"

REFERENCE_DOCUMENT = """
[[document]]
id = "reference-report"
kind = "reference"
title = "A public report"
outlet = "Example Outlet"
published = "2024-03-12"
url = "https://example.org/report"
note = "Reports that the two presidents met in Baku."
"""

# (name, how to break the copy, the file named, the record named, the problem stated)
BadRecord = tuple[str, Callable[[Path], None], str, str, str]


def edit(path: Path, marker: str, old: str, new: str) -> None:
    """Replace the first `old` after `marker` in `path`; raise ValueError if the data no longer has them."""
    text = path.read_bytes().decode("utf-8")
    at = text.index(old, text.index(marker))
    path.write_bytes((text[:at] + new + text[at + len(old) :]).encode("utf-8"))


def append(path: Path, text: str) -> None:
    path.write_bytes(path.read_bytes() + text.encode("utf-8"))


def curated(db_dir: Path, file: str) -> dict:
    with (db_dir / file).open("rb") as handle:
        return tomllib.load(handle)


def cases(records: list[BadRecord]) -> list[Any]:
    """The records as parameters of one test each, named by what is wrong."""
    return [pytest.param(case, id=case[0]) for case in records]


def failed_build(db_dir: Path, out_dir: Path) -> str:
    """Build `db_dir` into `out_dir`, which must fail and leave nothing there; return the message."""
    output = out_dir / "relations.sqlite"
    with pytest.raises(BuildError) as caught:
        build_database.build_database(db_dir, output, built=BUILT)
    assert not output.exists()
    assert list(out_dir.iterdir()) == []
    return str(caught.value)


def assert_stops_the_build(db_dir: Path, out_dir: Path, case: BadRecord) -> None:
    """Break the copy as `case` says: the build must stop naming its file, record and problem."""
    _name, modify, file, record, problem = case
    modify(db_dir)
    message = failed_build(db_dir, out_dir)
    assert message.startswith(f"{file}: {record}"), message
    assert problem in message
