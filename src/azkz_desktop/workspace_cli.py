"""`azkz-desktop workspace ...`: check, export, import and CSV import of the reader's workspace.

The same discipline as `check` and `export`: one line on standard error per failure, a documented exit
code (exit_codes.py, README), never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from azkz_desktop import APP_NAME, exit_codes
from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.errors import DatabaseError
from azkz_desktop.data.export import ExportError
from azkz_desktop.data.filters import EventFilter


def add_workspace_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `workspace` and its subcommands on the main parser's subcommands."""
    workspace = commands.add_parser(
        "workspace",
        help="check, export or import your workspace (stars, notes, own events)",
        description="Your stars, notes and own events live in a workspace file in your data folder.",
    )
    workspace.add_argument(
        "--workspace",
        type=Path,
        metavar="PATH",
        help="use this workspace file instead of the one in your data folder",
    )
    actions = workspace.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    actions.add_parser("check", help="open the workspace, check its integrity and print its counts")
    export = actions.add_parser("export", help="write the whole workspace to one file (a backup)")
    export.add_argument("file", type=Path, metavar="FILE")
    merge = actions.add_parser("import", help="merge a workspace file into yours, by event id")
    merge.add_argument("file", type=Path, metavar="FILE")
    merge.add_argument("--preview", action="store_true", help="say what would be merged; change nothing")
    import_csv = actions.add_parser("import-csv", help="add own events from a CSV file")
    import_csv.add_argument("file", type=Path, metavar="FILE")
    import_csv.add_argument("--preview", action="store_true", help="check every row; import nothing")
    import_csv.add_argument(
        "--skip-rejected", action="store_true", help="import the good rows even when some are rejected"
    )


def run_workspace(options: argparse.Namespace, database: Path) -> int:
    from azkz_desktop.data.workspace import default_workspace_path

    path = options.workspace or default_workspace_path()
    try:
        if options.workspace_command == "check":
            return _check(path, database)
        if options.workspace_command == "export":
            return _export(path, options.file)
        if options.workspace_command == "import":
            return _merge(path, options.file, options.preview)
        return _import_csv(path, database, options.file, options.preview, options.skip_rejected)
    except DatabaseError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return error.exit_code
    except ExportError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return exit_codes.EXPORT_FAILED


def _bundled(database: Path) -> tuple[dict[str, str], frozenset[str]]:
    """Category labels and event ids of the relations database (for orphans and CSV checks)."""
    from azkz_desktop.data.database import open_database
    from azkz_desktop.data.filters import EventFilter

    relations = open_database(database)
    try:
        labels = {category.id: category.label for category in relations.categories()}
        ids = frozenset(relations.filtered_event_ids(EventFilter(), ordered=False))
    finally:
        relations.close()
    return labels, ids


def _check(path: Path, database: Path) -> int:
    from azkz_desktop.data.workspace import open_workspace

    if not path.exists():
        print(f"workspace: {path}")
        print("no workspace yet: it is created when you first star, note or add an event")
        return exit_codes.OK
    labels, ids = _bundled(database)
    with open_workspace(path, labels) as workspace:
        summary = workspace.summary()
        orphans = workspace.orphan_notes(ids)
        for backup in workspace.backups:
            print(f"migrated; the previous version was kept as {backup}", file=sys.stderr)
    print(f"workspace: {summary.path}")
    print(f"schema version: {summary.schema_version}")
    print(
        f"stars: {summary.stars}, notes: {summary.notes} ({len(orphans)} on events no longer in the data),"
        f" older note versions: {summary.note_history}, own events: {summary.own_events}"
        f" ({summary.deleted_own_events} deleted)"
    )
    print("ok")
    return exit_codes.OK


def _export(path: Path, target: Path) -> int:
    from azkz_desktop.data.workspace import open_workspace
    from azkz_desktop.data.workspace.transfer import export_workspace

    if not path.exists():
        print(f"{APP_NAME}: {path}: no workspace yet, so nothing to export", file=sys.stderr)
        return exit_codes.NOT_FOUND
    with open_workspace(path) as workspace:
        export_workspace(workspace, target)
    print(f"exported the workspace {path} to {target}", file=sys.stderr)
    return exit_codes.OK


def _merge(path: Path, source: Path, preview: bool) -> int:
    from azkz_desktop.data.workspace import open_workspace
    from azkz_desktop.data.workspace.transfer import load_transfer_file, merge_workspace, preview_merge

    load_transfer_file(source).close()  # a bad file is reported before the workspace is created
    with open_workspace(path) as workspace:
        report = preview_merge(workspace, source) if preview else merge_workspace(workspace, source)
    print(("would merge" if preview else "merged") + f" {source} into {path}:")
    for line in report.lines():
        print(f"  {line}")
    return exit_codes.OK


def _import_csv(path: Path, database: Path, source: Path, preview_only: bool, skip_rejected: bool) -> int:
    from azkz_desktop.data.workspace import open_workspace
    from azkz_desktop.data.workspace.csv_import import import_preview, preview_csv

    labels, ids = _bundled(database)
    preview = preview_csv(source, labels, ids)
    for rejected in preview.rejected:
        print(f"{source}: rejected {rejected}", file=sys.stderr)
    if preview.ignored_columns:
        print(f"{source}: columns not read: {', '.join(preview.ignored_columns)}", file=sys.stderr)
    counts = f"{len(preview.accepted)} row(s) accepted, {len(preview.rejected)} rejected"
    if preview_only:
        print(f"{source}: {counts}; nothing imported (preview)")
        return exit_codes.IMPORT_REJECTED if preview.rejected else exit_codes.OK
    if preview.rejected and not skip_rejected:
        print(
            f"{APP_NAME}: {source}: {counts}; nothing imported (fix the rows, or use --skip-rejected)",
            file=sys.stderr,
        )
        return exit_codes.IMPORT_REJECTED
    with open_workspace(path, labels) as workspace:
        result = import_preview(workspace, preview)
    print(
        f"{source}: imported {result.added} new and {result.replaced} updated own event(s),"
        f" {result.notes} note(s), into {path}"
    )
    return exit_codes.OK


def workspace_export_rows(
    database: RelationsDatabase, event_filter: EventFilter, path: Path | None
) -> tuple[Iterable[tuple[str, ...]], tuple[str, ...]]:
    """`export`'s rows as the window writes them: own events and notes of the workspace at `path` (the
    default one if None) merged in, with origin and my_note; with no workspace there, those cells are empty.
    """
    from azkz_desktop.data.workspace import default_workspace_path, open_workspace
    from azkz_desktop.data.workspace.rows import EXPORT_COLUMNS, merged_export_rows
    from azkz_desktop.session.workspace_data import WorkspaceDatabase

    path = path or default_workspace_path()
    if not path.exists():  # never created just to export
        return merged_export_rows(database.export_rows(event_filter), [], {}), EXPORT_COLUMNS
    with open_workspace(path, database.category_ids()) as workspace:
        # The own events and notes are read here; the bundled rows stream from the database afterwards.
        return WorkspaceDatabase(database, workspace).export_rows(event_filter), EXPORT_COLUMNS
