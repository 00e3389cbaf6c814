"""The command line: the window by default, `check` to validate a database.

Every failure a user can cause ends in one line on standard error and a documented exit code, never a
traceback. Qt is imported only for the window, so `check` runs on a machine without a display.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from azkz_desktop import APP_NAME, __version__
from azkz_desktop.data.check import check_database
from azkz_desktop.data.errors import DatabaseCheckFailed, DatabaseError
from azkz_desktop.data.paths import bundled_database_path

EXIT_OK = 0
EXIT_USAGE = 2


def add_database_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=default,
        help="open this database instead of the bundled one (same schema)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="Browse the history of Azerbaijan–Kazakhstan relations."
    )
    add_database_option(parser)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the main window to a PNG file and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="validate a database: schema, integrity, every quote in its document",
        description="Validate a database and print its path and counts.",
    )
    # SUPPRESS keeps a --db given before the command from being reset by the command's own default.
    add_database_option(check, default=argparse.SUPPRESS)
    return parser


def run_check(database: Path) -> int:
    try:
        report = check_database(database)
    except DatabaseError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return error.exit_code
    summary = report.summary
    print(f"database: {summary.path}")
    print(f"schema version: {summary.schema_version}, built {summary.built or 'unknown'}")
    print(
        f"events: {summary.event_count}, sources: {summary.source_count}, "
        f"documents: {summary.document_count}, references: {summary.reference_count}, "
        f"trade figures: {summary.trade_count}"
    )
    print(f"period: {summary.first_day} to {summary.last_day}")
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if not report.ok:
        print(f"{APP_NAME}: {len(report.problems)} problem(s) found", file=sys.stderr)
        return DatabaseCheckFailed.exit_code
    print("ok")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    options = parser.parse_args(argv)
    database = options.db or bundled_database_path()
    if options.command == "check":
        return run_check(database)
    from azkz_desktop.ui.launch import run_window  # Qt loads only when a window is wanted

    return run_window(database, screenshot=options.screenshot)


if __name__ == "__main__":
    sys.exit(main())
