"""Fixtures of the data tests: the bundled database opened once per module, and for the build tests a
private copy of db/ to break and an empty folder to build into.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import curated_files
import pytest

from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.paths import bundled_database_path


@pytest.fixture(scope="module")
def bundled() -> Iterator[RelationsDatabase]:
    database = open_database(bundled_database_path())
    yield database
    database.close()


@pytest.fixture
def db_dir(tmp_path: Path) -> Path:
    """A private copy of the curated db/ folder that a test may break."""
    target = tmp_path / "db"
    shutil.copytree(curated_files.DB_DIR, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
