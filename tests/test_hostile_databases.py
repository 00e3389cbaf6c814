"""The hostile corpus on the command line: `check`, `export` and `--screenshot` (in a process of its own,
so that a crash shows as a crash) each end with a documented exit code and one-line messages, never a
traceback; and `check` fails on every file whose window or export reports damage.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from azkz_desktop import exit_codes
from azkz_desktop.app import main
from azkz_desktop.data.database import open_database
from azkz_desktop.data.filters import EventFilter
from tests.hostile_corpus import CORPUS, Hostile

DOCUMENTED = set(exit_codes.MEANING)
CASES = [pytest.param(case, id=case.name) for case in CORPUS]
MAX_LINE = 400  # one message line never carries a whole value


def lines_are_short(text: str) -> None:
    assert "Traceback" not in text
    for line in text.splitlines():
        assert len(line) <= MAX_LINE, line[:200]


def test_the_corpus_is_large_and_covers_every_kind() -> None:
    assert len(CORPUS) >= 50
    assert len({case.name for case in CORPUS}) == len(CORPUS)
    assert any(case.heavy for case in CORPUS) and any(not case.damaged for case in CORPUS)


def screenshot_in_a_process(case: Hostile, path: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    home = folder / "home"
    config = home / ".config" / "azkz-desktop"
    config.mkdir(parents=True, exist_ok=True)
    if case.search:
        (config / "azkz-desktop.conf").write_text(f"[filter]\ntext={case.search}\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    command = [sys.executable, "-m", "azkz_desktop", "--db", str(path), "--screenshot", str(folder / "s.png")]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, errors="replace")


@pytest.mark.parametrize("case", CASES)
def test_every_entry_point_ends_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: Hostile
) -> None:
    path = case.make(tmp_path)
    checked = main(["check", "--db", str(path)])
    check_output = capsys.readouterr()
    lines_are_short(check_output.err)
    assert checked in DOCUMENTED
    if case.damaged:
        assert checked != exit_codes.OK, check_output.err
        assert str(path) in check_output.err.splitlines()[-1]
    else:
        assert checked == exit_codes.OK, check_output.err

    target = tmp_path / "out.csv"
    exported = main(["export", "--db", str(path), "-o", str(target)])
    export_output = capsys.readouterr()
    lines_are_short(export_output.err)
    assert exported in DOCUMENTED
    if exported != exit_codes.OK:
        assert str(path) in export_output.err and not target.exists()
        assert checked != exit_codes.OK  # check names what stops the export

    shot = screenshot_in_a_process(case, path, tmp_path)
    lines_are_short(shot.stderr)
    assert shot.returncode in DOCUMENTED, shot.stderr[-500:]
    if shot.returncode == exit_codes.OK:
        assert (tmp_path / "s.png").read_bytes()[:4] == b"\x89PNG"
    else:
        assert checked != exit_codes.OK and str(path) in shot.stderr


@pytest.mark.parametrize("case", [c for c in CASES if not c.values[0].special])
def test_check_fails_wherever_the_export_skips_rows(tmp_path: Path, case: Hostile) -> None:
    path = case.make(tmp_path)
    database = open_database(path)
    try:
        rows = list(database.export_rows(EventFilter()))
        skipped = list(database.skipped_rows)
    finally:
        database.close()
    assert rows
    if skipped:
        assert main(["check", "--db", str(path)]) != exit_codes.OK, skipped
