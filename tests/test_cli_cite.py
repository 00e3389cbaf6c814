"""`azkz-desktop cite`: the same filters and exit codes as `export`, the citations in three formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import bibtexparser
import pytest
import rispy

from azkz_desktop import exit_codes
from azkz_desktop.app import main


def test_cite_writes_csl_json_for_the_filtered_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cited.json"
    assert main(["cite", "--from", "2004", "--to", "2004", "--format", "csl-json", "-o", str(out)]) == 0
    items = json.loads(out.read_text("utf-8"))
    assert {item["id"] for item in items} >= {"rferl-2004-03-02"}
    assert all(
        "ilham-aliyev-state-visit-2004" in item["note"] for item in items if item["id"] == "rferl-2004-03-02"
    )
    assert f"wrote {len(items)} citations (csl-json) to {out}" in capsys.readouterr().err


@pytest.mark.parametrize("format_name", ["bibtex", "ris"])
def test_cite_to_standard_output_parses(format_name: str) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "azkz_desktop",
            "cite",
            "--ids",
            "ilham-aliyev-state-visit-2004",
            "--format",
            format_name,
            "-o",
            "-",
        ],
        capture_output=True,
        check=True,
        env={"PYTHONIOENCODING": "ascii", "PATH": "/usr/bin:/bin"},
    )
    text = completed.stdout.decode("utf-8")
    if format_name == "bibtex":
        keys = [entry.key for entry in bibtexparser.parse_string(text).entries]
    else:
        keys = [entry["id"] for entry in rispy.loads(text)]
    assert "rferl-2004-03-02" in keys and "wikipedia-en-2012" in keys


def test_cite_refuses_bad_filters_like_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.ris"
    assert main(["cite", "--ids", "no-such-event", "--format", "ris", "-o", str(out)]) == exit_codes.USAGE
    assert "unknown event id 'no-such-event'" in capsys.readouterr().err
    assert main(["cite", "--from", "2004-13", "-o", str(out)]) == exit_codes.USAGE
    assert not out.exists()


def test_cite_into_a_missing_folder_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "x.bib"
    assert main(["cite", "--format", "bibtex", "-o", str(target)]) == exit_codes.EXPORT_FAILED
    assert "does not exist" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_cite_of_an_unusable_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "--db", str(tmp_path / "none.sqlite"), "-o", "-"]) == exit_codes.NOT_FOUND
    assert "none.sqlite" in capsys.readouterr().err


def test_cite_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from azkz_desktop.app import main; "
        f"main(['cite', '-o', {str(tmp_path / 'a.json')!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'citeproc'))))"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"
