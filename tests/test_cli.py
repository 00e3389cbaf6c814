"""The command line without a window: `azkz-desktop check`, its output and its exit codes."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from azkz_desktop import exit_codes
from azkz_desktop.app import main
from azkz_desktop.data import errors


def event_count(path: Path, sql_rows: Callable[..., list]) -> int:
    return sql_rows(path, "SELECT count(*) FROM events")[0][0]


def test_check_of_the_bundled_database(
    bundled_db_path: Path, sql_rows: Callable[..., list], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == f"database: {bundled_db_path}"
    assert f"events: {event_count(bundled_db_path, sql_rows)}, " in captured.out
    assert lines[-1] == "ok"
    assert captured.err == ""


@pytest.mark.parametrize("order", ["after", "before"])
def test_check_of_another_database(
    bundled_copy: Path, sql_rows: Callable[..., list], capsys: pytest.CaptureFixture[str], order: str
) -> None:
    argv = ["check", "--db", str(bundled_copy)] if order == "after" else ["--db", str(bundled_copy), "check"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == f"database: {bundled_copy}"
    assert f"events: {event_count(bundled_copy, sql_rows)}, " in captured.out
    assert captured.err == ""


def write_text_file(path: Path) -> Path:
    path.write_text("id,title\n1,not a database\n", encoding="utf-8")
    return path


def write_other_schema(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize(
    ("make", "error", "code"),
    [
        pytest.param(lambda tmp, copy: tmp / "missing.sqlite", errors.DatabaseNotFound, 11, id="missing"),
        pytest.param(lambda tmp, copy: tmp, errors.DatabaseNotAFile, 12, id="folder"),
        pytest.param(
            lambda tmp, copy: write_text_file(tmp / "notes.sqlite"), errors.NotADatabase, 14, id="text"
        ),
        pytest.param(
            lambda tmp, copy: write_other_schema(tmp / "other.sqlite"), errors.WrongSchema, 16, id="schema"
        ),
        pytest.param(
            lambda tmp, copy: copy("UPDATE meta SET value = '99' WHERE key = 'schema_version'"),
            errors.NewerSchemaVersion,
            19,
            id="newer",
        ),
    ],
)
def test_check_of_an_unusable_file(
    tmp_path: Path,
    modified_copy: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path, Callable[..., Path]], Path],
    error: type[errors.DatabaseError],
    code: int,
) -> None:
    path = make(tmp_path, modified_copy)
    assert error.exit_code == code
    for argv in (["check", "--db", str(path)], ["--db", str(path), "check"]):
        assert main(argv) == code
        captured = capsys.readouterr()
        assert captured.out == ""
        assert len(captured.err.splitlines()) == 1
        assert captured.err.startswith(f"azkz-desktop: {path}: ")
        assert "Traceback" not in captured.err


def test_check_of_a_truncated_file(
    bundled_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "truncated.sqlite"
    path.write_bytes(bundled_db_path.read_bytes()[:4096])
    code = main(["check", "--db", str(path)])
    captured = capsys.readouterr()
    assert code in (errors.DatabaseCorrupt.exit_code, errors.MissingTables.exit_code)
    assert captured.err.startswith(f"azkz-desktop: {path}: ")
    assert len(captured.err.splitlines()) == 1


def test_check_reports_problems_with_its_own_exit_code(
    modified_copy: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = modified_copy("DELETE FROM event_sources WHERE event_id = 'veten-newspaper-2007'")
    code = main(["check", "--db", str(path)])
    captured = capsys.readouterr()
    assert code == exit_codes.CHECK_SOURCES == 23
    assert captured.out.splitlines()[0] == f"database: {path}"
    assert "ok" not in captured.out.splitlines()
    assert captured.err.splitlines() == [
        "problem: event 'veten-newspaper-2007' has no source",
        f"azkz-desktop: {path}: 1 problem(s) found",
    ]


def test_a_usage_error_exits_with_status_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db"]) == 2
    assert "--db" in capsys.readouterr().err


def subprocess_env() -> dict[str, str]:
    """The environment of a child run in another folder: it imports the package this test imports
    (a relative PYTHONPATH, or a checkout other than the installed one, would find another or none)."""
    import azkz_desktop

    source = str(Path(azkz_desktop.__file__).resolve().parent.parent)
    paths = [source, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(paths)}


def test_module_entry_point_runs_check(bundled_db_path: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "azkz_desktop", "check"],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"database: {bundled_db_path}"
    assert result.stdout.splitlines()[-1] == "ok"
    assert list(tmp_path.iterdir()) == []


def test_check_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from azkz_desktop.app import main\n"
        "status = main(['check'])\n"
        "qt = {'PySide6', 'shiboken6', 'pyqtgraph'}\n"
        "loaded = sorted(name for name in sys.modules if name.split('.')[0] in qt)\n"
        "print('qt modules:', loaded)\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "qt modules: []"


def test_window_without_a_display_says_so_instead_of_aborting(tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "azkz_desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == exit_codes.NO_DISPLAY == 31
    assert "no display" in result.stderr
    assert "Traceback" not in result.stderr
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "azkz_desktop", "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_filters_by_person_like_the_window(tmp_path: Path, capsys) -> None:
    target = tmp_path / "aliyev.csv"
    assert main(["export", "--person", "ilham aliyev", "-o", str(target)]) == 0
    with target.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert rows and all("Ilham Aliyev" in row["people"] for row in rows)
    assert main(["export", "--person", "Nobody Known", "-o", str(tmp_path / "x.csv")]) == 2
    assert "unknown person 'Nobody Known'" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_a_screenshot_in_one_language_at_a_given_size(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    shot = tmp_path / "de.png"
    command = [sys.executable, "-m", "azkz_desktop", "--screenshot", str(shot), "--size", "1024x640"]
    result = subprocess.run(
        [*command, "--language", "de"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1024, 640)
    saved = "".join(path.read_text(errors="replace") for path in tmp_path.rglob("*.conf"))
    assert "language=" not in saved  # --language is for this run only
    bad = subprocess.run([*command[:-1], "1024"], env=env, capture_output=True, text=True, timeout=60)
    assert bad.returncode == exit_codes.USAGE
    assert "not a size such as 1024x640" in bad.stderr
