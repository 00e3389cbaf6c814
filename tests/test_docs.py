"""The README's commands and the schema document stay true to the project."""

from __future__ import annotations

import re
from pathlib import Path

from azkz_desktop import exit_codes
from azkz_desktop.app import build_parser
from azkz_desktop.data import errors
from azkz_desktop.data.schema import REQUIRED_COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(bash scripts/\S+)\n```", readme)
    assert commands == ["bash scripts/run.sh", "bash scripts/test.sh"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "\nbash scripts/test.sh" in ci


def test_schema_document_describes_every_table_and_column() -> None:
    schema = (ROOT / "db" / "SCHEMA.md").read_text(encoding="utf-8")
    for table, columns in REQUIRED_COLUMNS.items():
        heading = re.search(rf"(?:^## |\band ){table}\((?P<columns>[^)]*)\)", schema, re.MULTILINE)
        assert heading, f"db/SCHEMA.md has no section for {table}"
        documented = [column.strip() for column in heading["columns"].split(",")]
        assert set(columns) <= set(documented), f"{table}: {set(columns) - set(documented)} undocumented"


def test_readme_lists_every_exit_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    database_codes = {
        value.exit_code
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, Exception)
    }
    assert database_codes <= set(exit_codes.MEANING)
    for code in exit_codes.MEANING:
        assert re.search(rf"^\| {code} \|", readme, re.MULTILINE), f"exit code {code} is not in the README"


def test_readme_shows_every_command_line_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    options = [
        option
        for action in build_parser()._actions
        for option in action.option_strings
        if option.startswith("--") and option not in ("--help", "--version")
    ]
    assert options
    for option in options:
        assert option in readme


def test_the_architecture_names_only_modules_that_exist() -> None:
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "azkz_desktop"
    named = set(re.findall(r"`((?:[a-z_]+/)*[a-z_]+\.(?:py|sql))`", text))
    assert {"connection.py", "check_queries.py", "export_rows.py", "data/schema.sql"} <= named
    for name in named:
        found = (ROOT / name).is_file() if name.startswith("db/") else list(package.rglob(Path(name).name))
        assert found, f"docs/ARCHITECTURE.md names {name}, which is not there"
