"""A write that the disk refuses: a clear error, nothing committed lost, and the workspace still works.

The disk really fills: an 8 MB tmpfs mounted for the test where mounting is allowed (as root in CI), so
SQLite's write of the WAL gets ENOSPC. Where it is not allowed, the same test runs in a child process
whose file-size limit (RLIMIT_FSIZE) makes the write fail with EFBIG instead. The second test always
uses the file-size limit, so both failing writes are exercised wherever mounting works.
"""

from __future__ import annotations

import contextlib
import errno
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from azkz_desktop.data.workspace import WorkspaceWriteFailed, open_workspace

CHILD = """
import resource, signal, sys
from azkz_desktop.data.workspace import WorkspaceWriteFailed, open_workspace
path = sys.argv[1]
workspace = open_workspace(path)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
used = sum(p.stat().st_size for p in __import__("pathlib").Path(path).parent.iterdir())
resource.setrlimit(resource.RLIMIT_FSIZE, (used + 64 * 1024, resource.RLIM_INFINITY))
try:
    workspace.set_note("big", "x" * 2_000_000)
except WorkspaceWriteFailed as error:
    print(error)
    assert len(workspace.notes()) == 20, "reads still work"
    workspace.set_note("small", "fits")  # a small change still fits under the limit
    sys.exit(0)
sys.exit("the write did not fail")
"""


@contextlib.contextmanager
def small_tmpfs(folder: Path) -> Iterator[bool]:
    folder.mkdir()
    try:
        mounted = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)], capture_output=True
            ).returncode
            == 0
        )
    except OSError:
        mounted = False
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=True)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def seed(path: Path) -> None:
    with open_workspace(path) as workspace:
        for number in range(20):
            workspace.set_note(f"kept-{number}", f"committed note {number}")


def assert_all_kept(path: Path) -> None:
    with open_workspace(path) as again:  # integrity-checked on open
        texts = {note.event_id: note.text for note in again.notes()}
    assert all(texts[f"kept-{number}"] == f"committed note {number}" for number in range(20))
    assert "big" not in texts


def run_with_file_size_limit(path: Path) -> str:
    result = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_disk_full(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk") as mounted:
        path = tmp_path / "disk" / "workspace.sqlite"
        seed(path)
        if not mounted:  # no permission to mount: make the disk "full" with a file-size limit instead
            assert "could not be saved" in run_with_file_size_limit(path)
            assert_all_kept(path)
            return
        workspace = open_workspace(path)
        try:
            filler = fill(tmp_path / "disk")
            with pytest.raises(WorkspaceWriteFailed) as raised:
                workspace.set_note("big", "x" * 2_000_000)
            assert str(raised.value) == (
                f"{path}: the change could not be saved: the disk is full; nothing saved before is lost"
            )
            assert len(workspace.notes()) == 20  # the app keeps running: reads still work
            assert_all_kept(path)
            filler.unlink()
            workspace.set_note("big", "x" * 1_000_000)  # with room again, the same change saves
            assert workspace.note("big") is not None
        finally:
            workspace.close()


def test_file_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite"
    seed(path)
    message = run_with_file_size_limit(path)
    assert message.startswith(f"{path}: the change could not be saved: the disk refused the write")
    assert_all_kept(path)
