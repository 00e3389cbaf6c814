"""schema.sql is the one schema: the bundled database, the reader's required columns, check's expected types
and the benchmarks' synthetic databases all agree with it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from azkz_desktop.data.check_queries import TYPED_COLUMNS
from azkz_desktop.data.schema import (
    OPTIONAL_TABLES,
    REQUIRED_COLUMNS,
    columns_of_schema_sql,
    schema_statements,
)

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


def test_the_written_out_required_columns_are_exactly_those_of_schema_sql() -> None:
    derived = columns_of_schema_sql()
    assert derived.keys() > OPTIONAL_TABLES
    # Same tables in the same order, same columns in the same order: a table or column added to
    # schema.sql and not to REQUIRED_COLUMNS fails here.
    assert list(REQUIRED_COLUMNS.items()) == [
        (table, columns) for table, columns in derived.items() if table not in OPTIONAL_TABLES
    ]


def test_opening_checks_the_required_columns_without_running_schema_sql() -> None:
    code = (
        "import sqlite3, sys\n"
        "ran = []\n"
        "real = sqlite3.connect\n"
        "sqlite3.connect = lambda target, *a, **k: ran.append(target) or real(target, *a, **k)\n"
        "from azkz_desktop.data.database import open_database\n"
        "from azkz_desktop.data.paths import bundled_database_path\n"
        "open_database(bundled_database_path())\n"
        "print(':memory:' in ran)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"


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
