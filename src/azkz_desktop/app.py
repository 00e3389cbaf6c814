"""The command line: the window by default, `check` to validate a database, `export` to write CSV.

Every failure a user can cause ends in one line on standard error and a documented exit code, never a
traceback. Qt is imported only for the window, so `check` runs on a machine without a display; `check`,
the database layer and the version lookup load when a command needs them, so the window does not pay
for them.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from azkz_desktop import APP_NAME, exit_codes
from azkz_desktop.cli_options import UsageError, add_database_option, add_filter_options, export_filter
from azkz_desktop.data.errors import DatabaseError
from azkz_desktop.data.export import COLUMNS, ExportError, NotOursError, ReadOnlyError, export_csv, write_csv
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.interrupts import Interrupted, raising_on_signals
from azkz_desktop.std_streams import (
    OutputError,
    discard_stdout,
    flush_stdout,
    guard_standard_streams,
    stdout_closed,
)
from azkz_desktop.workspace_cli import add_workspace_commands, run_workspace, workspace_export_rows

if TYPE_CHECKING:
    pass

EXIT_OK = exit_codes.OK
EXIT_USAGE = exit_codes.USAGE
EXIT_EXPORT_FAILED = exit_codes.EXPORT_FAILED


def window_size(text: str) -> tuple[int, int]:
    """ "1024x640" as (1024, 640); argparse reports anything else as a usage error."""
    width, separator, height = text.lower().partition("x")
    if not (separator and width.isdigit() and height.isdigit() and int(width) >= 200 and int(height) >= 200):
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1024x640 (each side at least 200)")
    return int(width), int(height)


class VersionAction(argparse.Action):
    """--version: the installed version is looked up only when asked for (it costs time at launch)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, help: str = "") -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from azkz_desktop import app_version

        print(f"{APP_NAME} {app_version()}")
        parser.exit()


COMMANDS = ("check", "export", "workspace", "cite", "report")


class NotWindowOptions(Exception):
    """Arguments the window's own parser does not take: the whole parser reads them instead."""


class WindowOptionsParser(argparse.ArgumentParser):
    """The options of the window alone, which raises where a parser would print a usage error."""

    def error(self, message: str) -> NoReturn:
        raise NotWindowOptions(message)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; with `commands=False` the window's options alone (see `parse_arguments`)."""
    parser = (argparse.ArgumentParser if commands else WindowOptionsParser)(
        prog=APP_NAME, description="Browse the history of Azerbaijan–Kazakhstan relations."
    )
    add_database_option(parser)
    parser.add_argument("--version", action=VersionAction, help="show program's version number and exit")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the main window to a PNG file and exit",
    )
    parser.add_argument(
        "--size",
        type=window_size,
        metavar="WIDTHxHEIGHT",
        help="the size of the --screenshot window (default 1280x800)",
    )
    parser.add_argument(
        "--language",
        choices=("system", "en", "az", "kk", "ru", "de"),
        help="the window's language for this run (View → Language chooses it for good)",
    )
    parser.add_argument(
        "--event", metavar="ID", help="open the window at this event (a running window shows it instead)"
    )
    if not commands:
        return parser
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = subcommands.add_parser(
        "check",
        help="validate a database: schema, integrity, every quote in its document",
        description="Validate a database and print its path and counts.",
    )
    # SUPPRESS keeps a --db given before the command from being reset by the command's own default.
    add_database_option(check, default=argparse.SUPPRESS)
    export = subcommands.add_parser(
        "export",
        help="export events to CSV (RFC 4180, UTF-8, safe for spreadsheets)",
        description="Export events to CSV. With no filter, every event. DATE is YYYY, YYYY-MM or "
        "YYYY-MM-DD; an event is in range when its span overlaps it.",
    )
    add_database_option(export, default=argparse.SUPPRESS)
    add_filter_options(export)
    export.add_argument("--bom", action="store_true", help="start with a byte-order mark (for Excel)")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="the CSV file, or - for stdout")
    export.add_argument(
        "--workspace",
        type=Path,
        metavar="PATH",
        help="take own events and notes from this workspace instead of the one in your data folder",
    )
    add_workspace_commands(subcommands)
    from azkz_desktop import cli_citing

    cli_citing.add_commands(subcommands)
    return parser


def run_check(database: Path) -> int:
    from azkz_desktop.data.check import check_database

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
    print(f"period: {summary.first_date or summary.first_day} to {summary.last_date or summary.last_day}")
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if not report.ok:
        print(f"{APP_NAME}: {summary.path}: {len(report.problems)} problem(s) found", file=sys.stderr)
        return report.exit_code
    print("ok")
    return EXIT_OK


def run_export(database_path: Path, options: argparse.Namespace) -> int:
    from azkz_desktop.data.database import open_database

    try:
        database = open_database(database_path)
    except DatabaseError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return error.exit_code
    try:
        event_filter = export_filter(database, options)
        rows, columns = workspace_export_rows(database, event_filter, options.workspace)
        if options.output == "-":
            count = write_to_stdout(rows, bom=options.bom, columns=columns)
        else:
            count = export_csv(rows, Path(options.output), bom=options.bom, columns=columns)
    except UsageError as error:
        print(f"{APP_NAME} export: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ExportError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return export_exit_code(error)
    except DatabaseError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return error.exit_code
    finally:
        database.close()
    if count is not None:
        where = "standard output" if options.output == "-" else options.output
        print(f"exported {count} event{'' if count == 1 else 's'} to {where}", file=sys.stderr)
    return EXIT_OK


def export_exit_code(error: ExportError) -> int:
    if isinstance(error, NotOursError):
        return exit_codes.OUTPUT_NOT_OURS
    if isinstance(error, ReadOnlyError):
        return exit_codes.OUTPUT_READ_ONLY
    return EXIT_EXPORT_FAILED


def write_to_stdout(rows: Iterable[Sequence[str]], bom: bool, columns: Sequence[str] = COLUMNS) -> int | None:
    """UTF-8 on standard output whatever the locale says; a closed pipe (`| head`) ends it quietly.

    Standard output closed (`>&-`) or full (`>/dev/full`) is an ExportError: the rows went nowhere.
    """
    if stdout_closed():
        raise ExportError("standard output is closed: nothing was exported")
    try:
        sys.stdout.flush()
    except OutputError as error:
        raise ExportError(f"standard output: {error}") from None
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
    try:
        count = write_csv(rows, out, bom=bom, columns=columns)
        out.flush()
        sys.stdout.buffer.flush()
        return count
    except BrokenPipeError:
        discard_stdout()
        return None  # the reader stopped early: not an error
    except OSError as error:
        discard_stdout()
        raise ExportError(f"standard output could not be written ({error.strerror or error})") from None
    finally:
        with contextlib.suppress(OSError, ValueError):
            out.detach()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; whatever happens to standard output or to the process, end in one line.

    Without `argv` this is the program itself (the console script, `python -m`, the frozen app), which
    ends when this returns: see `leave_objects_to_the_process_exit`.
    """
    try:
        return _main(argv)
    finally:
        if argv is None:
            leave_objects_to_the_process_exit()


def leave_objects_to_the_process_exit() -> None:
    """Spare the interpreter's teardown its cycle collections, which the window's objects make slow.

    Python's teardown collects reference cycles more than once over every object still alive (Qt's
    wrappers, numpy, the data); after a window that is some 0.1 s of a --screenshot run, more than the
    rest of the exit. Frozen objects are left out of those collections and their memory goes back to the
    system with the process. Everything that must reach a file is written before this (settings,
    workspace, screenshot, standard output); only the program's own end calls it, never a test or
    another caller of `main`.
    """
    gc.freeze()


def _main(argv: Sequence[str] | None) -> int:
    guard_standard_streams()
    try:
        code = run_command(argv)
        flush_stdout()
    except OutputError as error:
        discard_stdout()
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return exit_codes.STDOUT_FAILED
    except Interrupted as interruption:
        discard_stdout()
        print(f"{APP_NAME}: {interruption}", file=sys.stderr)
        return interruption.exit_code
    except KeyboardInterrupt:  # Ctrl-C before the handlers were in place
        discard_stdout()
        print(f"{APP_NAME}: interrupted by SIGINT", file=sys.stderr)
        return exit_codes.INTERRUPTED_SIGINT
    return code


def parse_arguments(arguments: list[str]) -> argparse.Namespace:
    """The options, as the whole parser reads them.

    Setting up the parsers of every command takes some 3 ms of a window's launch, so arguments that name
    no command and ask for no help are first read by the window's options alone; anything those do not
    take (a command, help, a mistake) goes to the whole parser, so that what is printed, and what comes
    back, is always the whole parser's.
    """
    if not any(text in COMMANDS or text.startswith(("-h", "--h")) for text in arguments):
        try:
            options = build_parser(commands=False).parse_args(arguments)
        except NotWindowOptions:
            pass
        else:
            options.command = None  # as the whole parser says when no command is given
            return options
    return build_parser().parse_args(arguments)


def run_command(argv: Sequence[str] | None) -> int:
    from azkz_desktop.links import is_link

    # A clicked link arrives as a bare argument (the desktop entry's %u): taken out before parsing.
    arguments = [*(sys.argv[1:] if argv is None else argv)]
    links = [text for text in arguments if is_link(text)]
    try:
        options = parse_arguments([text for text in arguments if not is_link(text)])
    except SystemExit as leaving:  # --help, --version, or a usage error (already printed)
        return leaving.code if isinstance(leaving.code, int) else EXIT_USAGE if leaving.code else EXIT_OK
    database = options.db or bundled_database_path()
    if options.command == "check":
        with raising_on_signals():
            return run_check(database)
    if options.command == "export":
        with raising_on_signals():
            return run_export(database, options)
    if options.command == "workspace":
        return run_workspace(options, database)
    if options.command in ("cite", "report"):
        from azkz_desktop import cli_citing

        with raising_on_signals():
            return cli_citing.run(options.command, database, options)
    from azkz_desktop.ui.launch import run_window  # Qt loads only when a window is wanted

    if options.screenshot is not None:
        with raising_on_signals():
            return run_window(
                database,
                screenshot=options.screenshot,
                event=options.event,
                language=options.language,
                size=options.size,
            )
    event, problem = options.event, None
    if links:
        from azkz_desktop.links import event_id_of

        try:
            event = event_id_of(links[0])
        except ValueError as error:
            problem = str(error)  # said in the window: the person clicked a link, not typed a command
    return run_window(database, event=event, problem=problem, language=options.language)


if __name__ == "__main__":
    sys.exit(main())
