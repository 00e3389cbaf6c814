"""open_database on files that are not a usable relations database: each refused, naming the file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from azkz_desktop.data.database import open_database
from azkz_desktop.data.errors import (
    DatabaseError,
    DatabaseNotAFile,
    DatabaseNotFound,
    EmptyDatabaseFile,
    MissingTables,
    NotADatabase,
    UnsupportedSchemaVersion,
    WrongSchema,
)
from azkz_desktop.data.filters import EventFilter


def assert_names_path(error: DatabaseError, path: Path) -> None:
    assert error.path == str(path)
    assert str(error).startswith(f"{path}: ")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite"
    with pytest.raises(DatabaseNotFound) as caught:
        open_database(path)
    assert_names_path(caught.value, path)
    assert not path.exists()


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(DatabaseNotAFile) as caught:
        open_database(tmp_path)
    assert_names_path(caught.value, tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with pytest.raises(EmptyDatabaseFile, match="empty") as caught:
        open_database(path)
    assert_names_path(caught.value, path)


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("These are notes, not a database.\n" * 20, encoding="utf-8")
    with pytest.raises(NotADatabase, match="not an SQLite database") as caught:
        open_database(path)
    assert_names_path(caught.value, path)


def test_sqlite_file_of_another_schema(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(WrongSchema, match="not a relations database") as caught:
        open_database(path)
    assert_names_path(caught.value, path)


@pytest.mark.parametrize(
    ("version", "age"), [("99", "newer"), ("0", "older"), ("1", "older"), ("3", "newer")]
)
def test_unsupported_schema_version(modified_copy: Callable[..., Path], version: str, age: str) -> None:
    path = modified_copy(f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")
    with pytest.raises(UnsupportedSchemaVersion, match=f"schema version {version} is {age}") as caught:
        open_database(path)
    assert_names_path(caught.value, path)


@pytest.mark.parametrize(
    ("statements", "error", "problem"),
    [
        (["DROP TABLE trade"], MissingTables, "the table 'trade' is missing"),
        (["ALTER TABLE events DROP COLUMN note"], MissingTables, "the table 'events' lacks the columns note"),
        (
            ["UPDATE meta SET value = 'one' WHERE key = 'schema_version'"],
            WrongSchema,
            "no valid schema_version",
        ),
        (["DELETE FROM meta WHERE key = 'schema_version'"], WrongSchema, "no valid schema_version"),
    ],
)
def test_wrong_schema(
    modified_copy: Callable[..., Path], statements: list[str], error: type[Exception], problem: str
) -> None:
    path = modified_copy(*statements)
    with pytest.raises(error, match=problem) as caught:
        open_database(path)
    assert_names_path(caught.value, path)


def test_truncated_copy(bundled_db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "truncated.sqlite"
    path.write_bytes(bundled_db_path.read_bytes()[:4096])
    with pytest.raises(DatabaseError) as caught:
        database = open_database(path)
        try:
            database.filtered_event_ids(EventFilter())
            database.search_documents("Aliyev")
        finally:
            database.close()
    assert str(path) in str(caught.value)
