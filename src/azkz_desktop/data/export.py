"""Events to CSV: RFC 4180, UTF-8, safe to open in any spreadsheet, written atomically.

The same writer serves the window and the command line, so both export the same rows for the same filter.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

COLUMNS = (
    "id",
    "start",
    "first_day",  # the ISO date of the first day the date covers: sorts as a date in any spreadsheet
    "end",
    "precision",
    "date_label",
    "title",
    "category",
    "people",
    "summary",
    "date_note",
    "note",
    "sources",
    "quotes",
    "source_notes",  # what each cited report states, as "Source: note", one line per source
)
# A spreadsheet runs a cell starting with one of these as a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BYTE_ORDER_MARK = "\ufeff"
SEPARATOR = "\x1f"
# A quote character anywhere, or a cell (after a separator) starting as a formula would.
UNUSUAL = re.compile('"|' + SEPARATOR + "[" + re.escape("".join(FORMULA_STARTS)) + "]")
# In a chunk's text: a cell (after a cell's or a record's end) starting as a formula would.
FORMULA_AFTER_SEPARATOR = re.compile('"(?:,|\r\n)"[' + re.escape("".join(FORMULA_STARTS)) + "]")
FORMULA_BYTES = tuple(start.encode() for start in FORMULA_STARTS)
FORMULA_AFTER_SEPARATOR_BYTES = re.compile(FORMULA_AFTER_SEPARATOR.pattern.encode())


CELLS = '","'  # between the cells of a record: a record of Records is its cells joined by it


class Records(Iterator[tuple[Any, ...]]):
    """Rows on their way to write_csv, most of them already records: the cells joined by CELLS, none of
    them holding a quote character (so they split back exactly), in UTF-8, as the file will hold them. A
    row that is not (a cell that is not text, or holds a quote) is its tuple of cells.

    Iterating gives every row as a tuple of cells, as any other rows; write_csv writes the records as they
    are, without taking them apart, joining them again or encoding them a second time.
    """

    def __init__(self, items: Iterator[bytes | tuple[Any, ...]]) -> None:
        self._items = items

    def __next__(self) -> tuple[Any, ...]:
        item = next(self._items)
        return tuple(item.decode().split(CELLS)) if isinstance(item, bytes) else item

    def items(self) -> Iterator[bytes | tuple[Any, ...]]:
        """The rows not read yet, records or tuples."""
        return self._items


def as_record(cells: tuple[Any, ...]) -> bytes | tuple[Any, ...]:
    """The cells as a record of Records, or as they are if one is not text or holds a quote."""
    try:
        record = CELLS.join(cells)
    except TypeError:
        return cells
    return record.encode() if record.count('"') == 2 * (len(cells) - 1) else cells


class ExportError(Exception):
    """An export that could not be written; the message says where and why."""


class NotOursError(ExportError):
    """The output name is a device, FIFO or socket that an export must not replace."""


class ReadOnlyError(ExportError):
    """The output file exists and is read-only: an export respects that and leaves it."""


def write_csv(
    rows: Iterable[Sequence[object]], out: IO[str], bom: bool = False, columns: Sequence[str] = COLUMNS
) -> int:
    """Write the header `columns` and `rows` (values in that order) to `out`, opened with newline="".

    Every field is quoted (RFC 4180 allows it), which lets one pass per cell both neutralise formulas
    and escape quotes; it is a third faster than the csv module with a neutralising pass before it.
    Returns how many rows were written.
    """
    if bom:
        out.write(BYTE_ORDER_MARK)
    out.write(_record(columns))
    if isinstance(rows, Records):
        return _write_records(rows.items(), out)
    count = 0
    for chunk in _chunks(rows, 2000):
        text = _chunk_text(chunk)
        if text is None:
            out.write("".join(map(_record, chunk)))
        else:  # written in three parts: a chunk's text is megabytes, not worth copying to add quotes
            out.write('"')
            out.write(text)
            out.write('"\r\n')
        count += len(chunk)
    return count


def _write_records(items: Iterator[bytes | tuple[Any, ...]], out: IO[str]) -> int:
    """Write the rows of Records: a chunk of records in one go, in UTF-8 as they are, when no cell starts
    as a formula would (none holds a quote); else each row on its own, as write_csv writes any row."""
    binary: IO[bytes] | None = getattr(out, "buffer", None)  # a text file's bytes, written in order
    count = 0
    while chunk := list(itertools.islice(items, 2000)):
        try:
            text: bytes | None = b'"\r\n"'.join(chunk)  # type: ignore[arg-type]
        except TypeError:
            text = None
        if text is None or text.startswith(FORMULA_BYTES) or FORMULA_AFTER_SEPARATOR_BYTES.search(text):
            out.write("".join(_record(_cells(item)) for item in chunk))
        elif binary is not None:
            out.flush()  # what was written as text goes first
            binary.write(b'"' + text + b'"\r\n')
        else:
            out.write('"' + text.decode() + '"\r\n')
        count += len(chunk)
    return count


def _cells(item: bytes | tuple[Any, ...]) -> Sequence[Any]:
    return item.decode().split(CELLS) if isinstance(item, bytes) else item


def _chunk_text(chunk: list[Sequence[object]]) -> str | None:
    """The records of a whole chunk in one go but the first and last quote, when every cell is text and
    none needs care (no quote character, no formula start); else None, and each record takes its own path.

    The cells are joined as the records will be; the quotes that only separators put there are counted,
    so any other quote shows, and a formula start can only follow a separator.
    """
    if not chunk or len(set(map(len, chunk))) != 1:
        return None
    try:
        text = '"\r\n"'.join(['","'.join(row) for row in chunk])  # type: ignore[arg-type]
    except TypeError:
        return None
    width = len(chunk[0])
    if (
        width == 0
        or text.count('"') != len(chunk) * 2 * (width - 1) + 2 * (len(chunk) - 1)
        or text.startswith(FORMULA_STARTS)
        or FORMULA_AFTER_SEPARATOR.search(text) is not None
    ):
        return None
    return text


def _record(row: Sequence[object]) -> str:
    # Fast path for the common row: all text, no quote characters, nothing a spreadsheet would run.
    # The cells are joined with a separator and checked in one go; anything unusual takes the slow path.
    try:
        joined = SEPARATOR.join(row)  # type: ignore[arg-type]
    except TypeError:
        joined = ""
    if (
        joined
        and joined.count(SEPARATOR) == len(row) - 1
        and not joined.startswith(FORMULA_STARTS)
        and UNUSUAL.search(joined) is None
    ):
        return '"' + joined.replace(SEPARATOR, '","') + '"\r\n'
    return ",".join(map(_field, row)) + "\r\n"


def _field(value: object) -> str:
    text = "" if value is None else value if isinstance(value, str) else str(value)
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    return '"' + text.replace('"', '""') + '"'


def _chunks(rows: Iterable[Sequence[object]], size: int) -> Iterable[list[Sequence[object]]]:
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def write_atomically(path: Path, write: Callable[[IO[str]], int]) -> int:
    """Write a UTF-8 text file atomically (see `replace_atomically`); return what `write` returns.

    A FIFO or a character device (`/dev/stdout`, a terminal) is not a file to replace: it is written
    directly, as a shell redirection would. So is a name for an open descriptor (`/dev/stdout` when
    standard output is a file, `/proc/self/fd/N`): appended to, never renamed over.
    """
    path = Path(path)
    if _is_stream(path) or _is_descriptor(path):
        return _write_stream(path, write)
    result: list[int] = []

    def write_text(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="") as out:
            result.append(write(out))
            out.flush()
            os.fsync(out.fileno())

    replace_atomically(path, write_text)
    return result[0]


def replace_atomically(path: Path, write: Callable[[Path], object]) -> None:
    """Have `write` fill a temporary file in the destination folder, then rename it over `path`.

    On any failure, and on an interruption (Ctrl-C, SIGTERM: see azkz_desktop.interrupts), the temporary
    file is removed and an existing file of that name is left as it was; a reader never sees a
    half-written file. Only a regular file is ever replaced, and only one its owner may write: a
    read-only file, a device, a FIFO or a socket raises ExportError. A symbolic link is followed: the file
    it points to is replaced and the link stays.
    """
    path = _target(Path(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist")
    import tempfile  # loaded when a file is written, not when the window opens

    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        temporary = Path(name)
        os.close(handle)
        write(temporary)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        where = f"cannot write in {folder}" if temporary is None else "could not be written"
        raise ExportError(f"{path}: {where} ({error.strerror or error})") from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _target(path: Path) -> Path:
    """The regular file `path` names (through symbolic links), after refusing what is not ours to replace."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return Path(os.path.realpath(path)) if path.is_symlink() else path  # a dangling link: its target
    except OSError as error:
        raise ExportError(f"{path}: cannot be used ({error.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ExportError(f"{path}: this is a folder; choose a file name")
    if not stat.S_ISREG(info.st_mode) or _is_descriptor(path):
        if stat.S_ISREG(info.st_mode):
            raise NotOursError(f"{path}: this names an open descriptor, not a file to replace; left as it is")
        raise NotOursError(f"{path}: this is {_kind(info.st_mode)}, not a regular file; it was left as it is")
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise ReadOnlyError(f"{path}: the file is read-only to you; left as it is (choose another name)")
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "a special file"


def _is_descriptor(path: Path) -> bool:
    """Whether `path` is one of the kernel's names for an open descriptor (/dev/stdout, /proc/self/fd/1)."""
    named = os.path.abspath(path)
    return named.startswith(("/dev/fd/", "/proc/")) or named in ("/dev/stdout", "/dev/stderr", "/dev/stdin")


def _is_stream(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _write_stream(path: Path, write: Callable[[IO[str]], int]) -> int:
    """Write to a FIFO, device or open descriptor in place: nothing created, truncated or renamed."""
    try:
        # Non-blocking first, so a FIFO with no reader fails at once (ENXIO) instead of hanging.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as error:
        reason = "no process is reading it" if error.errno == errno.ENXIO else error.strerror
        raise ExportError(f"{path}: cannot be written ({reason})") from None
    os.set_blocking(fd, True)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as out:
            return write(out)
    except OSError as error:
        raise ExportError(f"{path}: could not be written ({error.strerror or error})") from None


def export_csv(
    rows: Iterable[Sequence[str]], path: Path, bom: bool = False, columns: Sequence[str] = COLUMNS
) -> int:
    """Export `rows` (values in `columns` order) to the file at `path` atomically; return how many rows."""
    return write_atomically(path, lambda out: write_csv(rows, out, bom, columns))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
