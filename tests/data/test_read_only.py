"""A database we only read gets nothing written beside it, WAL mode included."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from azkz_desktop.data.database import open_database
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.read_only import is_wal_mode


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {entry.name: (entry.stat().st_size, entry.stat().st_mtime_ns) for entry in folder.iterdir()}


def wal_copy(folder: Path) -> Path:
    folder.mkdir()
    target = folder / "relations.sqlite"
    shutil.copyfile(bundled_database_path(), target)
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    connection.close()
    assert is_wal_mode(target)
    assert sorted(os.listdir(folder)) == ["relations.sqlite"]  # SQLite removed its -wal and -shm on close
    return target


def private_copies() -> set[str]:
    return {name for name in os.listdir(tempfile.gettempdir()) if name.startswith("azkz-desktop-db-")}


@pytest.mark.parametrize(
    "arguments",
    [("check",), ("export", "-o", "{out}"), ("--screenshot", "{out}.png")],
    ids=["check", "export", "screenshot"],
)
def test_a_wal_database_folder_is_unchanged_by_every_command(
    tmp_path: Path, arguments: tuple[str, ...]
) -> None:
    database = wal_copy(tmp_path / "data")
    before = listing(database.parent)
    out = tmp_path / "out"
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    command = [sys.executable, "-m", "azkz_desktop", "--db", str(database)]
    command += [argument.format(out=out) for argument in arguments]
    if arguments[0] != "--screenshot":  # --db goes after a subcommand too
        command = [sys.executable, "-m", "azkz_desktop", arguments[0], "--db", str(database)]
        command += [argument.format(out=out) for argument in arguments[1:]]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert listing(database.parent) == before


def test_changes_still_in_the_wal_file_are_read(tmp_path: Path) -> None:
    database = wal_copy(tmp_path / "data")
    writer = sqlite3.connect(database)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        event_id = writer.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()[0]
        writer.execute("UPDATE events SET title = 'Only in the WAL file' WHERE id = ?", (event_id,))
        writer.commit()
        before = listing(database.parent)
        assert (database.parent / "relations.sqlite-wal").stat().st_size > 0
        opened = open_database(database)
        try:
            assert opened.event(event_id).title == "Only in the WAL file"
        finally:
            opened.close()
        assert listing(database.parent) == before
    finally:
        writer.close()


def test_the_private_copy_is_removed_on_close(tmp_path: Path) -> None:
    database = wal_copy(tmp_path / "data")
    already = private_copies()
    opened = open_database(database)
    made = private_copies() - already
    assert len(made) == 1
    opened.close()
    assert not (private_copies() & made)


def test_a_rollback_journal_database_is_read_in_place(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / "relations.sqlite"
    shutil.copyfile(bundled_database_path(), database)
    assert not is_wal_mode(database)
    already = private_copies()
    before = listing(folder)
    opened = open_database(database)
    assert private_copies() == already
    opened.close()
    assert listing(folder) == before
