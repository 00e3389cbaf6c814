"""Files that are not ours and a hostile standard output: never replaced, never a traceback.

Each case runs the command line as a person would (a subprocess, HOME in tmp_path) and checks the exit
code, the one-line message and what is left on disk.
"""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from azkz_desktop import exit_codes
from azkz_desktop.data.export import (
    ExportError,
    NotOursError,
    ReadOnlyError,
    export_csv,
    replace_atomically,
)
from azkz_desktop.interrupts import Interrupted, raising_on_signals

ROWS = [("e1", "2006", "2006", "year", "2006", "A title", "visit", "", "", "", "")]


def environment(home: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run_app(tmp_path: Path, *arguments: str | bytes, **options) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "azkz_desktop", *arguments],
        env=environment(home),
        cwd=tmp_path,
        capture_output=options.pop("capture_output", "stdout" not in options),
        text=True,
        timeout=120,
        check=False,
        **options,
    )


def assert_one_clean_line(stderr: str) -> None:
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1, stderr


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


# --- the atomic writer itself ------------------------------------------------------------------------


def test_a_fifo_is_written_in_place_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader in place before the export opens it
    try:
        assert export_csv(ROWS, fifo) == 1  # a few hundred bytes: they fit in the pipe's buffer
        output = os.read(reader, 65536)
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert b'"A title"' in output
    assert leftovers(tmp_path) == []


def test_a_fifo_nobody_reads_is_an_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="no process is reading it"):
        export_csv(ROWS, fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_character_device_is_written_in_place() -> None:
    assert export_csv(ROWS, Path("/dev/null")) == 1
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    with pytest.raises(ExportError, match="No space left on device"):
        export_csv(ROWS, Path("/dev/full"))
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        with pytest.raises(NotOursError, match="a socket, not a regular file"):
            export_csv(ROWS, path)
        with pytest.raises(NotOursError):
            replace_atomically(path, lambda temporary: temporary.write_bytes(b"x"))
    finally:
        server.close()
    assert stat.S_ISSOCK(path.lstat().st_mode)
    assert leftovers(tmp_path) == []


def test_a_picture_is_never_written_over_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "chart.png"
    os.mkfifo(fifo)
    with pytest.raises(NotOursError, match="a FIFO"):
        replace_atomically(fifo, lambda temporary: temporary.write_bytes(b"png"))
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_read_only_file_is_left_as_it_is(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    target.write_text("mine\n", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(ReadOnlyError, match="read-only"):
        export_csv(ROWS, target)
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert leftovers(tmp_path) == []


def test_a_symbolic_link_stays_a_link_to_the_new_file(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    export_csv(ROWS, link)
    assert link.is_symlink() and link.resolve() == real
    assert '"A title"' in real.read_text(encoding="utf-8")


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_a_write_removes_the_temporary_file(tmp_path: Path, number: int) -> None:
    target = tmp_path / "events.csv"
    target.write_text("before\n", encoding="utf-8")

    def write(temporary: Path) -> None:
        temporary.write_text("half", encoding="utf-8")
        os.kill(os.getpid(), number)
        time.sleep(5)  # the handler raises before this ends

    previous = signal.getsignal(number)
    with pytest.raises(Interrupted) as caught, raising_on_signals():
        replace_atomically(target, write)
    assert caught.value.exit_code == 128 + number
    assert signal.getsignal(number) == previous  # the old handler is back
    assert target.read_text(encoding="utf-8") == "before\n"
    assert leftovers(tmp_path) == []


# --- the command line ---------------------------------------------------------------------------------


def test_export_onto_a_socket_exits_with_its_code(tmp_path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    try:
        result = run_app(tmp_path, "export", "-o", "sock")
    finally:
        server.close()
    assert result.returncode == exit_codes.OUTPUT_NOT_OURS == 40
    assert "sock: this is a socket" in result.stderr
    assert_one_clean_line(result.stderr)


def test_export_onto_a_read_only_file_exits_with_its_code(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    target.write_text("mine\n", encoding="utf-8")
    target.chmod(0o444)
    result = run_app(tmp_path, "export", "-o", "events.csv")
    assert result.returncode == exit_codes.OUTPUT_READ_ONLY == 41
    assert "events.csv: the file is read-only" in result.stderr
    assert_one_clean_line(result.stderr)
    assert target.read_text(encoding="utf-8") == "mine\n"


def test_export_onto_dev_full_fails_cleanly_and_leaves_the_device(tmp_path: Path) -> None:
    result = run_app(tmp_path, "export", "-o", "/dev/full")
    assert result.returncode == exit_codes.EXPORT_FAILED
    assert "/dev/full: could not be written (No space left on device)" in result.stderr
    assert_one_clean_line(result.stderr)
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)


def test_export_to_a_closed_standard_output(tmp_path: Path) -> None:
    result = run_app(tmp_path, "export", "-o", "-", stdout=None, capture_output=False, stderr=subprocess.PIPE)
    assert result.returncode == 0  # stdout open (inherited): the control case
    home = tmp_path / "home"
    closed = subprocess.run(
        [sys.executable, "-m", "azkz_desktop", "export", "-o", "-"],
        env=environment(home),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.close(1),
        check=False,
    )
    assert closed.returncode == exit_codes.EXPORT_FAILED
    assert "standard output is closed" in closed.stderr
    assert_one_clean_line(closed.stderr)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (("export", "-o", "-"), exit_codes.EXPORT_FAILED),
        (("check",), exit_codes.STDOUT_FAILED),
        (("--version",), exit_codes.STDOUT_FAILED),
        (("--screenshot", "shot.png"), exit_codes.STDOUT_FAILED),
    ],
)
def test_a_full_standard_output_is_one_line_and_a_code(
    tmp_path: Path, arguments: tuple[str, ...], expected: int
) -> None:
    with open("/dev/full", "w") as full:
        result = run_app(tmp_path, *arguments, stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == expected, result.stderr
    assert "No space left on device" in result.stderr
    assert_one_clean_line(result.stderr)


def test_check_to_a_closed_standard_output(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "azkz_desktop", "check"],
        env=environment(tmp_path),
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.close(1),
        check=False,
    )
    assert result.returncode == exit_codes.STDOUT_FAILED
    assert "standard output is closed" in result.stderr
    assert_one_clean_line(result.stderr)


def test_a_screenshot_name_with_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    name = b"shot-\xff\xfe.png"
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"azkz_desktop", b"--screenshot", name],
        env=environment(home),
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    written = [entry for entry in os.listdir(os.fsencode(tmp_path)) if entry.endswith(b".png")]
    assert written == [name]
    assert (tmp_path / os.fsdecode(name)).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert name in result.stdout  # the message names the file by its own bytes


def test_a_screenshot_over_a_fifo_or_read_only_file_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.png")
    result = run_app(tmp_path, "--screenshot", "fifo.png")
    assert result.returncode == exit_codes.SCREENSHOT_FAILED
    assert "a FIFO, not a regular file" in result.stderr
    assert_one_clean_line(result.stderr)
    assert stat.S_ISFIFO((tmp_path / "fifo.png").lstat().st_mode)
    mine = tmp_path / "mine.png"
    mine.write_bytes(b"mine")
    mine.chmod(0o444)
    result = run_app(tmp_path, "--screenshot", "mine.png")
    assert result.returncode == exit_codes.SCREENSHOT_FAILED
    assert mine.read_bytes() == b"mine"


SLOW_EXPORT = """
import sys, time
from azkz_desktop.data import export
from azkz_desktop.app import main

def slow(rows, out, bom=False):
    out.write("partial")
    out.flush()
    print("writing", flush=True, file=sys.stderr)
    time.sleep(60)

export.write_csv = slow
sys.exit(main(["export", "-o", sys.argv[1]]))
"""


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_an_export_leaves_nothing_and_exits_with_its_code(
    tmp_path: Path, number: int
) -> None:
    target = tmp_path / "events.csv"
    with subprocess.Popen(
        [sys.executable, "-c", SLOW_EXPORT, str(target)],
        env=environment(tmp_path),
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            assert process.stderr is not None
            assert process.stderr.readline().strip() == "writing"
            assert len(leftovers(tmp_path)) == 1  # the temporary file exists while the export runs
            process.send_signal(number)
            stderr = process.stderr.read()
            code = process.wait(timeout=30)
        finally:
            process.kill()
    assert code == 128 + number
    assert f"interrupted by {signal.Signals(number).name}" in stderr
    assert_one_clean_line(stderr)
    assert leftovers(tmp_path) == []
    assert not target.exists()


def test_export_to_dev_stdout_redirected_to_a_file_writes_that_file_in_place(tmp_path: Path) -> None:
    target = tmp_path / "redirected.csv"
    target.write_bytes(b"")
    inode = target.stat().st_ino
    with target.open("ab") as out:
        result = run_app(tmp_path, "export", "-o", "/dev/stdout", stdout=out, stderr=subprocess.PIPE)
    assert result.returncode == 0, result.stderr
    assert target.stat().st_ino == inode  # the shell's file, not a new one renamed over it
    assert target.read_text(encoding="utf-8").startswith('"id","start"')
    assert leftovers(tmp_path) == []


def test_a_picture_is_never_renamed_over_a_descriptor_name(tmp_path: Path) -> None:
    target = tmp_path / "open.png"
    with target.open("wb") as handle:
        name = Path(f"/proc/self/fd/{handle.fileno()}")
        with pytest.raises(NotOursError, match="open descriptor"):
            replace_atomically(name, lambda temporary: temporary.write_bytes(b"png"))
    assert target.read_bytes() == b""
