"""A corpus of broken databases, made by the tests: each gets its own message and exit code, in the command
line and in the window, and none brings a traceback. Damage inside an openable file is skipped, not fatal.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from azkz_desktop import exit_codes
from azkz_desktop.app import main
from azkz_desktop.data.paths import bundled_database_path

Maker = Callable[[Path], Path]


def copy_with(*statements: str) -> Maker:
    def make(folder: Path) -> Path:
        target = folder / "copy.sqlite"
        shutil.copyfile(bundled_database_path(), target)
        connection = sqlite3.connect(target)
        for statement in statements:
            connection.execute(statement)
        connection.commit()
        connection.close()
        return target

    return make


def written(name: str, data: bytes) -> Maker:
    def make(folder: Path) -> Path:
        target = folder / name
        target.write_bytes(data)
        return target

    return make


def truncated(folder: Path) -> Path:
    target = folder / "truncated.sqlite"
    target.write_bytes(bundled_database_path().read_bytes()[:8192])
    return target


def corrupted_in_the_middle(folder: Path) -> Path:
    data = bytearray(bundled_database_path().read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page * 2):
        data[start : start + page] = b"\xde\xad\xbe\xef" * (page // 4)
    target = folder / "corrupted.sqlite"
    target.write_bytes(bytes(data))
    return target


def other_schema(folder: Path) -> Path:
    target = folder / "other.sqlite"
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.commit()
    connection.close()
    return target


# The file cannot be opened as a relations database: the same code everywhere.
UNOPENABLE = [
    pytest.param(lambda folder: folder / "absent.sqlite", exit_codes.NOT_FOUND, "no such file", id="missing"),
    pytest.param(lambda folder: folder, exit_codes.NOT_A_FILE, "a folder", id="folder"),
    pytest.param(written("empty.sqlite", b""), exit_codes.EMPTY_FILE, "empty", id="zero-bytes"),
    pytest.param(
        written("notes.sqlite", b"just some text\n" * 50), exit_codes.NOT_SQLITE, "not an SQLite", id="text"
    ),
    pytest.param(truncated, exit_codes.DAMAGED, "damaged", id="truncated"),
    pytest.param(corrupted_in_the_middle, exit_codes.DAMAGED, "damaged", id="corrupted"),
    pytest.param(other_schema, exit_codes.OTHER_SCHEMA, "not a relations database", id="other-schema"),
    pytest.param(
        copy_with("UPDATE meta SET value = '0' WHERE key = 'schema_version'"),
        exit_codes.OLDER_SCHEMA,
        "older",
        id="older-version",
    ),
    pytest.param(
        copy_with("UPDATE meta SET value = '99' WHERE key = 'schema_version'"),
        exit_codes.NEWER_SCHEMA,
        "newer",
        id="newer-version",
    ),
    pytest.param(
        copy_with("DROP TABLE event_people"), exit_codes.MISSING_TABLES, "is missing", id="missing-table"
    ),
]

# The file opens, but its content is damaged: `check` names it; the window opens and skips the bad rows.
DAMAGED_CONTENT = [
    pytest.param(
        copy_with(
            "UPDATE events SET title = 42, first_day = 'x' WHERE id = 'veten-newspaper-2007'",
            "UPDATE trade SET turnover_musd = 'lots' WHERE year = 2020",
        ),
        exit_codes.CHECK_TYPES,
        "first_day is text, not integer",
        id="nulls-and-types",
    ),
    pytest.param(
        copy_with("UPDATE events SET start = '2007-13-45' WHERE id = 'veten-newspaper-2007'"),
        exit_codes.CHECK_DATES,
        "not a real date",
        id="bad-date",
    ),
    pytest.param(
        copy_with(
            "UPDATE event_sources SET quote = 'Words never written.' WHERE event_id = 'veten-newspaper-2007'"
        ),
        exit_codes.CHECK_SOURCES,
        "the quote is not in its document",
        id="quote-not-in-document",
    ),
    pytest.param(
        copy_with(
            "UPDATE events SET summary = printf('%.*c', 500000, 'x') WHERE id = 'veten-newspaper-2007'"
        ),
        exit_codes.CHECK_OVERSIZED,
        "500,000 characters long",
        id="enormous-string",
    ),
]


def one_error_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in text
    return lines[0]


@pytest.mark.parametrize(("make", "code", "message"), UNOPENABLE)
def test_unusable_files_on_the_command_line(
    tmp_path: Path, capsys, make: Maker, code: int, message: str
) -> None:
    path = make(tmp_path)
    for argv in (
        ["check", "--db", str(path)],
        ["export", "--db", str(path), "-o", str(tmp_path / "out.csv")],
    ):
        assert main(argv) == code
        line = one_error_line(capsys.readouterr().err)
        assert line.startswith(f"azkz-desktop: {path}: ") and message in line
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize(("make", "code", "message"), UNOPENABLE)
def test_unusable_files_in_the_window(
    qapp, tmp_path: Path, capsys, make: Maker, code: int, message: str
) -> None:
    path = make(tmp_path)
    shot = tmp_path / "shot.png"
    assert main(["--db", str(path), "--screenshot", str(shot)]) == code
    line = one_error_line(capsys.readouterr().err)
    assert message in line
    assert not shot.exists()


@pytest.mark.parametrize(("make", "code", "message"), DAMAGED_CONTENT)
def test_damaged_content_is_named_by_check(
    tmp_path: Path, capsys, make: Maker, code: int, message: str
) -> None:
    path = make(tmp_path)
    assert main(["check", "--db", str(path)]) == code
    captured = capsys.readouterr()
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert captured.out.startswith(f"database: {path}")


@pytest.mark.parametrize(("make", "code", "message"), DAMAGED_CONTENT)
def test_damaged_content_never_stops_the_window(
    qapp, tmp_path: Path, capsys, make: Maker, code: int, message: str
) -> None:
    path = make(tmp_path)
    shot = tmp_path / "shot.png"
    assert main(["--db", str(path), "--screenshot", str(shot)]) == exit_codes.OK
    assert shot.read_bytes()[:4] == b"\x89PNG"
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(("make", "code", "message"), DAMAGED_CONTENT)
def test_damaged_content_still_exports_the_good_rows(
    tmp_path: Path, make: Maker, code: int, message: str
) -> None:
    path = make(tmp_path)
    target = tmp_path / "out.csv"
    assert main(["export", "--db", str(path), "-o", str(target)]) == exit_codes.OK
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 30


def test_the_app_never_writes_to_a_database_it_opens(qapp, tmp_path: Path) -> None:
    path = copy_with()(tmp_path)
    before = path.read_bytes()
    assert main(["--db", str(path), "--screenshot", str(tmp_path / "a.png")]) == 0
    assert main(["check", "--db", str(path)]) == 0
    assert main(["export", "--db", str(path), "-o", str(tmp_path / "a.csv")]) == 0
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "a.png", "copy.sqlite"]
