"""`azkz-desktop workspace ...`: one-line messages and documented exit codes, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from azkz_desktop import exit_codes
from azkz_desktop.app import main
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.workspace import open_workspace

HEADER = "date,title,summary,category,source address\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_default_location_is_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    code, out, _ = run(capsys, "workspace", "check")
    assert code == exit_codes.OK
    assert f"workspace: {tmp_path}/azkz-desktop/azkz-desktop/workspace.sqlite" in out
    assert "no workspace yet" in out
    assert not (tmp_path / "azkz-desktop").exists()  # check creates nothing


def test_check_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as workspace:
        workspace.toggle_star("e1")
        workspace.set_note("gone-from-the-data", "kept")
    code, out, err = run(capsys, "workspace", "--workspace", str(path), "check")
    assert code == exit_codes.OK, err
    assert "stars: 1, notes: 1 (1 on events no longer in the data)" in out and out.endswith("ok\n")
    code, _, err = run(capsys, "workspace", "--workspace", str(path), "export", str(tmp_path / "moved.azkz"))
    assert code == exit_codes.OK and "exported" in err
    other = tmp_path / "other.sqlite"
    code, out, _ = run(capsys, "workspace", "--workspace", str(other), "import", str(tmp_path / "moved.azkz"))
    assert code == exit_codes.OK and "stars added: 1" in out
    code, out, _ = run(
        capsys, "workspace", "--workspace", str(other), "import", "--preview", str(tmp_path / "moved.azkz")
    )
    assert code == exit_codes.OK and out.startswith("would merge") and "stars added: 0" in out


def test_import_csv_all_or_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.sqlite"
    source = tmp_path / "mine.csv"
    source.write_text(
        HEADER + "2004-03,Visit,,Diplomacy,https://example.org\n2004-02-30,Bad,,diplomacy,https://e.org\n",
        encoding="utf-8",
    )
    argv = ("workspace", "--workspace", str(path), "import-csv", str(source))
    code, out, err = run(capsys, *argv, "--preview")
    assert code == exit_codes.IMPORT_REJECTED
    assert f"{source}: rejected row 3: start: '2004-02-30' is not a real date" in err
    assert "1 row(s) accepted, 1 rejected; nothing imported (preview)" in out
    code, _, err = run(capsys, *argv)
    assert code == exit_codes.IMPORT_REJECTED and "nothing imported" in err
    assert not path.exists()
    code, out, _ = run(capsys, *argv, "--skip-rejected")
    assert code == exit_codes.OK and "imported 1 new" in out
    with open_workspace(path) as workspace:
        assert [event.title for event in workspace.own_events()] == ["Visit"]


def newer(path: Path) -> Path:
    open_workspace(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 50")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize(
    ("make", "argv", "code", "words"),
    [
        (
            lambda d: shutil.copyfile(bundled_database_path(), d / "w"),
            ["check"],
            exit_codes.WORKSPACE_NOT_OURS,
            "not an azkz-desktop",
        ),
        (lambda d: newer(d / "w"), ["check"], exit_codes.WORKSPACE_NEWER, "newer than this app writes"),
        (lambda d: None, ["import-csv", "absent.csv"], exit_codes.IMPORT_UNREADABLE, "no such file"),
        (
            lambda d: (d / "x.csv").write_bytes(b"date,title\n2004,Caf\xe9\n"),
            ["import-csv", "x.csv"],
            exit_codes.IMPORT_UNREADABLE,
            "offset",
        ),
        (
            lambda d: (d / "x.azkz").write_text("no"),
            ["import", "x.azkz"],
            exit_codes.IMPORT_UNREADABLE,
            "not an azkz-desktop workspace",
        ),
        (lambda d: (d / "out").mkdir(), ["export", "out"], 11, "no workspace yet"),
        (lambda d: [open_workspace(d / "w").close(), (d / "out").mkdir()], ["export", "out"], 32, "a folder"),
    ],
)
def test_failures_are_one_line_with_their_code(tmp_path: Path, make, argv, code, words) -> None:  # type: ignore[no-untyped-def]
    make(tmp_path)
    argv = [
        str(tmp_path / part) if part in ("absent.csv", "x.csv", "x.azkz", "out") else part for part in argv
    ]
    result = subprocess.run(
        [sys.executable, "-m", "azkz_desktop", "workspace", "--workspace", str(tmp_path / "w"), *argv],
        capture_output=True,
        text=True,
    )
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.stderr
    assert lines[0].startswith("azkz-desktop: ")


def test_a_damaged_workspace_is_reported_and_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as workspace:
        for number in range(300):
            workspace.set_note(f"e{number}", "text " * 40)
        workspace.connection.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[8192:20000] = bytes(len(data[8192:20000]))
    path.write_bytes(bytes(data))
    code, _, err = run(capsys, "workspace", "--workspace", str(path), "check")
    assert code == exit_codes.WORKSPACE_DAMAGED
    assert "damaged" in err and "kept as" in err
    assert [item.name.startswith("w.sqlite.damaged-") for item in tmp_path.iterdir()] == [True]
