"""schema.sql is the one schema: the bundled database, the reader's required columns, check's expected types
and the benchmarks' synthetic databases all agree with it."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from azkz_desktop.data.check_queries import TYPED_COLUMNS
from azkz_desktop.data.schema import REQUIRED_COLUMNS, schema_statements

ROOT = Path(__file__).resolve().parents[2]


def _created(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        return {
            sql
            for (name, sql) in connection.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
            if not any(name.startswith(f"{virtual}_") for virtual in names if virtual.endswith("_fts"))
        }
    finally:
        connection.close()


def test_the_bundled_database_has_exactly_the_statements_of_schema_sql(bundled_db_path: Path) -> None:
    assert _created(bundled_db_path) == set(schema_statements())


def test_the_reader_requires_every_table_and_column_of_schema_sql() -> None:
    connection = sqlite3.connect(":memory:")
    for statement in schema_statements():
        connection.execute(statement)
    assert REQUIRED_COLUMNS["trade"][-1] == "note"  # a column no hand-written list had
    for table, columns in REQUIRED_COLUMNS.items():
        assert [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')] == list(columns)
    connection.close()


def test_the_types_check_expects_are_the_declared_types() -> None:
    connection = sqlite3.connect(":memory:")
    for statement in schema_statements():
        connection.execute(statement)
    for table, _key, columns in TYPED_COLUMNS:
        declared = {row[1]: row[2].lower() for row in connection.execute(f'PRAGMA table_info("{table}")')}
        for column, expected in columns.items():
            assert declared[column] == expected, f"{table}.{column}"
    connection.close()


def test_a_synthetic_benchmark_database_is_built_from_schema_sql(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import synthetic
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    path = synthetic.generate_database(tmp_path / "synthetic.sqlite", 200)
    assert _created(path) == set(schema_statements())
    assert synthetic.is_current(path)
