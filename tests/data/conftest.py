"""Fixtures of the build tests: a private copy of db/ to break, and an empty folder to build into."""

from __future__ import annotations

import shutil
from pathlib import Path

import curated_files
import pytest


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
