"""Shared, Qt-free fixtures: the bundled database (only ever read) and modified copies of it in tmp_path."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.timeline_arrays import write_arrays


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


@pytest.fixture
def bundled_db_path() -> Path:
    """The committed database. Tests open it read-only and never write to it."""
    return bundled_database_path()


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled database that a test may change."""
    target = tmp_path / "copy.sqlite"
    shutil.copyfile(bundled_database_path(), target)
    return target


@pytest.fixture
def modified_copy(tmp_path: Path) -> Callable[..., Path]:
    """make(*sql, name=..., arrays=True) copies the bundled database into tmp_path and runs the SQL on it.

    The timeline arrays are then stored again, as a build of that content would; `arrays=False` leaves
    the bundled ones, which then no longer match a changed events table.
    """

    def make(*statements: str, name: str = "modified.sqlite", arrays: bool = True) -> Path:
        target = tmp_path / name
        shutil.copyfile(bundled_database_path(), target)
        connection = sqlite3.connect(target)
        try:
            for statement in statements:
                connection.execute(statement)
            if arrays and _has_arrays_table(connection):
                write_arrays(connection)
            connection.commit()
        finally:
            connection.close()
        return target

    return make


def _has_arrays_table(connection: sqlite3.Connection) -> bool:
    """Whether the statements left the tables the arrays are made from (a test may drop them)."""
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    try:
        connection.execute(
            'SELECT rowid, first_day, last_day, precision, category, source_count, id, title, "end"'
            " FROM events LIMIT 0"
        )
        connection.execute("SELECT id, position FROM categories LIMIT 0")
    except sqlite3.DatabaseError:
        return False
    return {"timeline_arrays", "meta"} <= tables


@pytest.fixture
def sql_rows() -> Callable[..., list[tuple]]:
    """rows(path, sql, parameters=()) runs one query on a read-only connection and returns every row."""

    def rows(path: Path, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:
        connection = _connect_read_only(path)
        try:
            return connection.execute(sql, parameters).fetchall()
        finally:
            connection.close()

    return rows


@pytest.fixture(scope="session", autouse=True)
def bundled_database_is_never_written() -> Iterator[None]:
    """The bundled database must be byte-identical before and after the whole test suite."""
    path = bundled_database_path()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    yield
    after = hashlib.sha256(path.read_bytes()).hexdigest()
    assert after == before, f"{path} was changed by the test suite"


@pytest.fixture(autouse=True)
def private_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default workspace of every test (and of the commands it runs) lies in a temporary folder of
    its own (beside tmp_path, so a test listing tmp_path finds only its files), never in the user's."""
    folder = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder
