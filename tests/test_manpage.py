"""The manual page is generated from the parser and the exit codes, so it names every one of them."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

from azkz_desktop import exit_codes
from azkz_desktop.app import build_parser

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "make_manpage.py"


def test_the_manual_page_lists_every_option_and_exit_code(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_manpage", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "azkz-desktop.1"
    assert module.main(["make_manpage.py", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith(".TH AZKZ\\-DESKTOP 1 ")
    parser = build_parser()
    parsers = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            parsers += list(action.choices.values())
    options = {option for each in parsers for action in each._actions for option in action.option_strings}
    assert {"--db", "--screenshot", "--output", "--bom", "--from"} <= options
    for option in options:
        assert option.replace("-", "\\-") in page, option
    for code in exit_codes.MEANING:
        assert f".TP\n\\fB{code}\\fR\n" in page, code
    assert not any(line.startswith(("'", '.\\"')) for line in page.splitlines())
