"""Write the manual page azkz-desktop(1) from the command line's own parser and exit-code table.

    python packaging/make_manpage.py OUT.1

Generated at build time, so the page can never disagree with `azkz-desktop --help` or the exit codes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from azkz_desktop import APP_NAME, __version__, exit_codes
from azkz_desktop.app import build_parser


def escape(text: str) -> str:
    """roff-safe text: backslashes and hyphens escaped, no line starting with a control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def options_of(parser: argparse.ArgumentParser) -> list[str]:
    lines = []
    for action in parser._actions:
        if not action.option_strings or action.help == argparse.SUPPRESS:
            continue
        names = ", ".join(action.option_strings)
        if action.metavar or action.nargs != 0:
            names += f" {action.metavar or action.dest.upper()}"
        lines += [".TP", f"\\fB{escape(names)}\\fR", escape((action.help or "") % vars(action))]
    return lines


def manual_page() -> str:
    parser = build_parser()
    commands = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    lines = [
        f'.TH {escape(APP_NAME.upper())} 1 "" "{escape(APP_NAME)} {__version__}" "User Commands"',
        ".SH NAME",
        f"{escape(APP_NAME)} \\- {escape(parser.description or '').rstrip('.')}",
        ".SH SYNOPSIS",
        f"\\fB{escape(APP_NAME)}\\fR [\\fIOPTIONS\\fR]",
        ".br",
        f"\\fB{escape(APP_NAME)}\\fR \\fICOMMAND\\fR [\\fIOPTIONS\\fR]",
        ".SH DESCRIPTION",
        "With no command, opens the window: a timeline of dated events, each citing its sources, "
        "a reader for the bundled documents and a chart of trade figures. The commands work "
        "without a display.",
        ".SH OPTIONS",
        *options_of(parser),
    ]
    for name, subparser in commands.choices.items():
        lines += [".SH COMMAND: " + escape(name.upper()), escape(subparser.description or "")]
        lines += options_of(subparser)
    lines += [".SH EXIT STATUS"]
    for code, meaning in sorted(exit_codes.MEANING.items()):
        lines += [".TP", f"\\fB{code}\\fR", escape(meaning.replace("`", ""))]
    lines += [
        ".SH FILES",
        ".TP",
        "\\fI~/.config/azkz\\-desktop/azkz\\-desktop.conf\\fR",
        "Settings: window layout, filters, selection.",
        ".TP",
        "\\fI~/.local/share/azkz\\-desktop/azkz\\-desktop/logs/\\fR",
        "The log of unexpected errors.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: make_manpage.py OUT.1", file=sys.stderr)
        return 2
    Path(argv[1]).write_text(manual_page(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
