"""Open an SQLite file for reading without creating anything beside it.

SQLite's `mode=ro` still creates `-wal` and `-shm` files next to a WAL-mode database (the shared-memory
index every reader of such a file needs), which writes into the user's folder, fails in a read-only one,
and is not ours to do. So:

- the bundled database, which nothing changes while the app runs (it is replaced only by installing
  another version, which renames a new file into place), opens with `immutable=1`: SQLite then takes no
  locks and creates no files at all;
- a file given with `--db` in WAL mode opens from a private copy (the file and its `-wal`, if any, in a
  temporary folder of our own, removed when the connection closes): `immutable=1` would be wrong there,
  because another program may be writing that file, and SQLite would then read pages changing under it
  and ignore the transactions still in the `-wal`;
- any other file (rollback journal, the usual mode) opens with `mode=ro`, which creates nothing.
"""

from __future__ import annotations

import sqlite3
import weakref
from pathlib import Path

from azkz_desktop.data.errors import DatabaseNotFound
from azkz_desktop.data.paths import bundled_database_path

WAL_VERSIONS = (18, 19)  # header bytes: the file format's write and read versions, 2 for WAL


class _PrivateCopyConnection(sqlite3.Connection):
    """A connection to a private copy, whose folder is removed when it closes (or at exit)."""

    folder: str | None = None

    def close(self) -> None:
        super().close()
        if self.folder is not None:
            import shutil

            shutil.rmtree(self.folder, ignore_errors=True)


def is_wal_mode(path: Path) -> bool:
    """Whether the file's header says WAL mode (both format versions are 2)."""
    with path.open("rb") as file:
        header = file.read(20)
    return len(header) == 20 and all(header[offset] == 2 for offset in WAL_VERSIONS)


def is_bundled(path: Path) -> bool:
    return path.resolve() == bundled_database_path().resolve()


def connect_without_writing(path: Path, shown: str) -> sqlite3.Connection:
    """A read-only connection to `path` that creates no file beside it (see the module's docstring)."""
    path = path.resolve()
    if is_bundled(path):
        return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    if not is_wal_mode(path):
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    import shutil  # with tempfile, loaded only for a WAL-mode file (the bundled one is not)
    import tempfile

    folder = tempfile.mkdtemp(prefix="azkz-desktop-db-")
    try:
        copy = Path(folder) / "database.sqlite"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        connection = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True, factory=_PrivateCopyConnection)
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise DatabaseNotFound(
            shown, f"a WAL-mode file is read from a private copy, which could not be made ({error.strerror})"
        ) from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    assert isinstance(connection, _PrivateCopyConnection)
    connection.folder = folder
    weakref.finalize(connection, shutil.rmtree, folder, True)
    return connection
