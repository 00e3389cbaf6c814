"""Build the app's SQLite database from the curated files in db/.

    python db/build_database.py [--output PATH]

Every record is validated first; a bad one stops the build with a message naming the file, the record and
the problem, and exit status 1. The database is written to a temporary file beside the output and renamed
into place only when complete, so a failed build never leaves a half-written file or touches the old one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
try:
    import azkz_desktop  # noqa: F401
except ImportError:  # run from a checkout without the package installed
    sys.path.insert(0, str(PROJECT_DIR / "src"))

from curated_files import DB_DIR, Curated, load_curated  # noqa: E402
from database_writer import write_database  # noqa: E402
from record_fields import BuildError  # noqa: E402

from azkz_desktop.data.paths import LICENCES_NAME, bundled_database_path  # noqa: E402


def build_database(
    db_dir: Path, output: Path, built: str | None = None, on_written: Callable[[Path], None] | None = None
) -> Curated:
    """Validate db/ and write the database to `output` atomically; return what went in.

    `on_written` is called with the finished temporary file before it is renamed: tests use it to fail
    the build at the last moment and prove that nothing is left behind.
    """
    curated = load_curated(db_dir)
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        temporary.unlink(missing_ok=True)
        write_database(curated, temporary, built or dt.date.today().isoformat())
        if on_written is not None:
            on_written(temporary)
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)
    return curated


def copy_licences(db_dir: Path, target: Path) -> None:
    """Put db/LICENSES.md beside the bundled database, where the app and the packages find it."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes((db_dir / LICENCES_NAME).read_bytes())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=bundled_database_path(), help="where to write")
    parser.add_argument("--source", type=Path, default=DB_DIR, help="the folder of curated files")
    parser.add_argument("--built", help="the build date to record (default: today)")
    options = parser.parse_args(argv)
    try:
        curated = build_database(options.source, options.output, options.built)
    except BuildError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"build failed: cannot write {options.output}: {error.strerror}", file=sys.stderr)
        return 1
    if options.output.resolve() == bundled_database_path().resolve():
        try:
            copy_licences(options.source, options.output.with_name(LICENCES_NAME))
        except OSError as error:
            print(f"build failed: cannot write the licence file: {error.strerror}", file=sys.stderr)
            return 1
    print(
        f"wrote {options.output}: {len(curated.events)} events, {len(curated.documents)} documents, "
        f"{len(curated.trade)} trade figures, {len(curated.targets)} targets"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
