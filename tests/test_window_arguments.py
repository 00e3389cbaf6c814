"""A window's arguments are read without setting up every command's parser, with the same results.

`parse_arguments` first tries the window's options alone; whatever it returns, prints or exits with must
be exactly what the whole parser (`build_parser()`) does with the same arguments.
"""

from __future__ import annotations

import argparse

import pytest

from azkz_desktop import app

ARGUMENTS = [
    [],
    ["--screenshot", "shot.png"],
    ["--scr", "shot.png", "--size", "900x600"],  # an abbreviation, as argparse allows
    ["--db", "other.sqlite", "--language", "de", "--event", "visit-1996"],
    ["--db=other.sqlite", "--size=1200x800"],
    ["--size", "12x8"],  # too small: a usage error
    ["--size"],  # no value
    ["--language", "fr"],  # not a choice
    ["--nothing"],  # unknown option
    ["stray"],  # not a command
    ["--db", "check"],  # a file named like a command
    ["check"],
    ["export", "-o", "-"],
    ["--help"],
    ["--he"],
    ["-h"],
    ["--version"],
    ["workspace"],  # its action is missing
]


def outcome(parse, arguments: list[str], capsys) -> tuple[object, str, str]:
    """What parsing gives: the options (or the exit code), and what was printed."""
    try:
        result: object = vars(parse(list(arguments)))
    except SystemExit as leaving:
        result = ("exit", leaving.code)
    printed = capsys.readouterr()
    return result, printed.out, printed.err


@pytest.mark.parametrize("arguments", ARGUMENTS, ids=" ".join)
def test_the_window_parser_gives_what_the_whole_parser_gives(arguments: list[str], capsys) -> None:
    whole = outcome(lambda given: app.build_parser().parse_args(given), arguments, capsys)
    assert outcome(app.parse_arguments, arguments, capsys) == whole


def test_a_window_launch_does_not_set_up_the_commands(monkeypatch) -> None:
    built: list[bool] = []
    real = app.build_parser

    def counting(commands: bool = True) -> argparse.ArgumentParser:
        built.append(commands)
        return real(commands)

    monkeypatch.setattr(app, "build_parser", counting)
    options = app.parse_arguments(["--screenshot", "shot.png", "--language", "de"])
    assert built == [False]
    assert (options.command, options.language, str(options.screenshot)) == (None, "de", "shot.png")
    built.clear()
    assert app.parse_arguments(["--db", "x.sqlite", "check"]).command == "check"
    assert built == [True]  # a command: the whole parser, at once
