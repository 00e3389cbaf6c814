"""The program's own end leaves its objects to the process exit; everything it writes is written first."""

from __future__ import annotations

import gc
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from azkz_desktop.app import main
from azkz_desktop.data.paths import bundled_database_path

# Runs main() as the console script does: no argv, the arguments in sys.argv.
AS_THE_PROGRAM = (
    "import gc, json, sys\n"
    "from azkz_desktop.app import main\n"
    "sys.argv = ['azkz-desktop', *json.loads(sys.argv[1])]\n"
    "status = main()\n"
    "print(json.dumps({'frozen': gc.get_freeze_count()}))\n"
    "sys.exit(status)\n"
)


def isolated_env(home: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "TMPDIR": str(home / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }


def run_as_program(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-c", AS_THE_PROGRAM, json.dumps(arguments)],
        env=isolated_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_caller_of_main_keeps_its_objects_collectable(capsys) -> None:
    before = gc.get_freeze_count()
    assert main(["--version"]) == 0
    assert gc.get_freeze_count() == before  # a test run (or any caller passing argv) is not ending


def test_the_program_freezes_its_objects_after_writing_the_screenshot_and_settings(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run_as_program(tmp_path, "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["frozen"] > 0
    assert result.stdout.splitlines()[0] == f"screenshot saved to {shot}"
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    (settings,) = (tmp_path / "config").rglob("*.conf")  # the window saved its state on closing
    assert "[window]" in settings.read_text() and "geometry=" in settings.read_text()


def test_the_program_keeps_its_exit_code_when_it_fails(tmp_path: Path) -> None:
    result = run_as_program(tmp_path, "--db", str(tmp_path / "missing.sqlite"), "check")
    assert result.returncode != 0
    assert "missing.sqlite" in result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["frozen"] > 0


def test_the_private_copy_of_a_wal_database_is_removed_when_the_program_ends(tmp_path: Path) -> None:
    database = tmp_path / "wal.sqlite"
    shutil.copyfile(bundled_database_path(), database)
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    connection.close()
    result = run_as_program(tmp_path, "--db", str(database), "--screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["frozen"] > 0
    assert list((tmp_path / "tmp").iterdir()) == []  # the copy was made there, and is gone
