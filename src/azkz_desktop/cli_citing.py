"""`cite` and `report` on the command line: the sources of a set of events, or a PDF report of them.

Both take the filters of `export`, check them the same way and write atomically; `report` draws with Qt
offscreen, so it needs no display.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from azkz_desktop import APP_NAME, exit_codes
from azkz_desktop.cli_options import UsageError, add_database_option, add_filter_options, export_filter
from azkz_desktop.data.citations import FORMATS

if TYPE_CHECKING:  # loaded when `cite` or `report` runs: every launch builds this parser
    from azkz_desktop.data.database import RelationsDatabase
    from azkz_desktop.data.filters import EventFilter


def add_commands(commands: Any) -> None:
    """Register `cite` and `report` on the main parser's subcommands."""
    cite = commands.add_parser(
        "cite",
        help="the sources of events as CSL-JSON, BibTeX (biblatex) or RIS",
        description="Write one citation per distinct source of the events the filters select (all "
        "events with none), each noting the events it backs.",
    )
    add_database_option(cite, default=argparse.SUPPRESS)
    add_filter_options(cite)
    cite.add_argument("--format", choices=FORMATS, default="csl-json", help="the citation format")
    cite.add_argument("-o", "--output", required=True, metavar="FILE", help="the file, or - for stdout")
    report = commands.add_parser(
        "report",
        help="a PDF report of events: timeline, every event with its sources, a source list",
        description="Write a PDF report of the events the filters select (all events with none).",
    )
    add_database_option(report, default=argparse.SUPPRESS)
    add_filter_options(report)
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file")


def run(command: str, database_path: Path, options: argparse.Namespace) -> int:
    from azkz_desktop.data.database import open_database
    from azkz_desktop.data.errors import DatabaseError
    from azkz_desktop.data.export import ExportError

    try:
        database = open_database(database_path)
    except DatabaseError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return error.exit_code
    try:
        event_filter = export_filter(database, options)
        if command == "cite":
            return _cite(database, event_filter, options)
        return _report(database, event_filter, options)
    except UsageError as error:
        print(f"{APP_NAME} {command}: {error}", file=sys.stderr)
        return exit_codes.USAGE
    except ExportError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return exit_codes.EXPORT_FAILED
    except DatabaseError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return error.exit_code
    finally:
        database.close()


def _cite(database: RelationsDatabase, event_filter: EventFilter, options: argparse.Namespace) -> int:
    from azkz_desktop.data.citations import citation_records, write_citations
    from azkz_desktop.data.export import write_atomically

    records = citation_records(database, database.filtered_event_ids(event_filter))
    text = write_citations(records, options.format)
    if options.output == "-":
        if not write_stdout(text):
            return exit_codes.OK
        where = "standard output"
    else:
        write_atomically(Path(options.output), lambda out: write_text(out, text))
        where = options.output
    print(f"wrote {len(records)} citations ({options.format}) to {where}", file=sys.stderr)
    return exit_codes.OK


def write_text(out: IO[str], text: str) -> int:
    out.write(text)
    return len(text)


def write_stdout(text: str) -> bool:
    """UTF-8 on standard output whatever the locale; False when the reader closed the pipe early."""
    sys.stdout.flush()
    try:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return False
    return True


def _report(database: RelationsDatabase, event_filter: EventFilter, options: argparse.Namespace) -> int:
    output = Path(options.output)
    if output.suffix.lower() != ".pdf":
        print(f"{APP_NAME} report: {output}: the report is a PDF; name the file *.pdf", file=sys.stderr)
        return exit_codes.USAGE
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a report needs no screen
    from azkz_desktop.ui.report.offscreen import write_report_offscreen

    pages = write_report_offscreen(database, event_filter, output)
    print(f"wrote a {pages}-page report to {output}", file=sys.stderr)
    return exit_codes.OK
