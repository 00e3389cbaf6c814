"""Own events from a CSV: the app's own export, or the columns a spreadsheet user would have.

Reading is separate from writing: `preview_csv` parses and checks every row without touching the
workspace and says, per row, what it would reject and why; `import_preview` writes the accepted rows in
one transaction, so an import is all or nothing, and returns what it changed, so that Undo can take the
whole import back as one step (changes.py). Cells are data: a leading "=" stays text (and the
apostrophe our export puts before such a cell is taken off again). A field over 10 MB is refused, and a
file that is not UTF-8 is refused with the byte offset of the first bad byte.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from azkz_desktop import exit_codes
from azkz_desktop.data.dates import PartialDate
from azkz_desktop.data.export import FORMULA_STARTS
from azkz_desktop.data.schema import CATEGORY_IDS
from azkz_desktop.data.workspace.changes import ChangeSet, Snapshot
from azkz_desktop.data.workspace.connection import utc_now
from azkz_desktop.data.workspace.drafts import OwnEventDraft, validate
from azkz_desktop.data.workspace.errors import WorkspaceError
from azkz_desktop.data.workspace.own_events import insert_many
from azkz_desktop.data.workspace.records import ORIGIN_BUNDLED, OwnEvent, is_own_id, new_own_id
from azkz_desktop.data.workspace.stars_notes import write_note
from azkz_desktop.data.workspace.states import note_states
from azkz_desktop.data.workspace.workspace import Workspace

FIELD_LIMIT = 10 * 1024 * 1024  # characters in one cell: "10 MB"
PARSER_LIMIT = 8 * FIELD_LIMIT  # beyond this the csv module stops; below it we reject the row ourselves
UTF8_BOM = b"\xef\xbb\xbf"
# Header names (case and spaces ignored) -> the field they fill.
ALIASES = {
    "id": "id",
    "origin": "origin",
    "note": "note",  # a spreadsheet's own column; our export's `note` is the data's, see _field_of
    "my note": "note",  # our export: the user's note on the event
    "start": "start",
    "date": "start",
    "start date": "start",
    "from": "start",
    "end": "end",
    "end date": "end",
    "to": "end",
    "until": "end",
    "precision": "precision",
    "title": "title",
    "event": "title",
    "headline": "title",
    "summary": "summary",
    "description": "summary",
    "details": "summary",
    "category": "category",
    "people": "people",
    "persons": "people",
    "source": "source",
    "sources": "source",
    "source address": "source_url",
    "source url": "source_url",
    "address": "source_url",
    "url": "source_url",
    "link": "source_url",
    "outlet": "source_outlet",
    "source outlet": "source_outlet",
    "source title": "source_title",
    "source date": "source_date",
    "published": "source_date",
}


class CsvUnreadable(WorkspaceError):
    """A file that cannot be read as CSV at all: missing, not UTF-8, no usable header."""

    exit_code = exit_codes.IMPORT_UNREADABLE


@dataclass(frozen=True)
class RejectedRow:
    """A row left out, with its number as a spreadsheet shows it (the header is row 1) and why."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass(frozen=True)
class AcceptedRow:
    row: int
    event: OwnEvent
    note: str = ""


@dataclass
class CsvPreview:
    """What an import would do; nothing is written until `import_preview`."""

    path: Path
    columns: dict[str, str]  # field -> the header it is read from
    ignored_columns: list[str]
    accepted: list[AcceptedRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)


@dataclass(frozen=True)
class CsvImportResult:
    """How many events were added and replaced and notes written, and the changes that undo it."""

    added: int
    replaced: int
    notes: int
    changes: ChangeSet = field(default_factory=ChangeSet, compare=False, repr=False)


def read_text(path: Path) -> str:
    """The file as text: UTF-8 with or without a byte-order mark, else CsvUnreadable saying where."""
    shown = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CsvUnreadable(shown, "no such file") from None
    except IsADirectoryError:
        raise CsvUnreadable(shown, "this is a folder, not a CSV file") from None
    except OSError as error:
        raise CsvUnreadable(shown, f"cannot be read ({error.strerror})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CsvUnreadable(shown, "the file is UTF-16; save it as UTF-8 (CSV UTF-8) and import again")
    skip = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = skip + error.start
        raise CsvUnreadable(
            shown,
            f"not UTF-8: byte 0x{data[offset]:02x} at byte offset {offset} cannot be decoded;"
            " save the file as UTF-8 and import again",
        ) from None


def preview_csv(
    path: str | Path,
    categories: Mapping[str, str] | None = None,
    bundled_ids: frozenset[str] = frozenset(),
) -> CsvPreview:
    """Parse and check every row; `categories` maps ids to labels (either may be used in the file)."""
    path = Path(path)
    labels = dict(categories) if categories is not None else {c: c for c in CATEGORY_IDS}
    by_name = {name.casefold(): cid for cid, label in labels.items() for name in (cid, label)}
    text = read_text(path)
    previous_limit = csv.field_size_limit(PARSER_LIMIT)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        return _rows(path, reader, labels, by_name, bundled_ids)
    except csv.Error as error:
        raise CsvUnreadable(str(path), f"line {reader.line_num}: not valid CSV ({error})") from None
    finally:
        csv.field_size_limit(previous_limit)


def _rows(
    path: Path,
    reader: object,
    labels: Mapping[str, str],
    by_name: Mapping[str, str],
    bundled_ids: frozenset[str],
) -> CsvPreview:
    rows = iter(reader)  # type: ignore[call-overload]
    header: list[str] | None = next(rows, None)
    if not header or not any(cell.strip() for cell in header):
        raise CsvUnreadable(str(path), "the file is empty; the first row must name the columns")
    header = [cell.lstrip("\ufeff").strip() for cell in header]
    columns: dict[str, int] = {}
    ignored: list[str] = []
    normalised = [" ".join(name.casefold().replace("_", " ").split()) for name in header]
    for position, name in enumerate(header):
        wanted = ALIASES.get(normalised[position])
        if normalised[position] == "note" and "my note" in normalised:
            wanted = None  # our own export: `note` is the data's note, `my_note` the user's
        if wanted is None or wanted in columns:
            ignored.append(name)
        else:
            columns[wanted] = position
    missing = [name for name in ("start", "title") if name not in columns]
    if missing:
        raise CsvUnreadable(
            str(path),
            f"no {' or '.join(missing)} column in the header (columns: {', '.join(header)});"
            " a date (or start) and a title column are needed",
        )
    preview = CsvPreview(path, {name: header[index] for name, index in columns.items()}, ignored)
    seen: dict[str, int] = {}
    for number, cells in enumerate(rows, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        reason, accepted = _row(number, cells, header, columns, labels, by_name, bundled_ids, seen)
        if accepted is not None:
            preview.accepted.append(accepted)
        else:
            preview.rejected.append(RejectedRow(number, reason))
    return preview


def _row(
    number: int,
    cells: list[str],
    header: list[str],
    columns: Mapping[str, int],
    labels: Mapping[str, str],
    by_name: Mapping[str, str],
    bundled_ids: frozenset[str],
    seen: dict[str, int],
) -> tuple[str, AcceptedRow | None]:
    if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
        return f"{len(cells)} cells, but the header names {len(header)} columns", None
    for position, cell in enumerate(cells[: len(header)]):
        if len(cell) > FIELD_LIMIT:
            return (
                f"the {header[position]!r} cell is {len(cell):,} characters long; the limit is 10 MB",
                None,
            )

    def get(name: str) -> str:
        index = columns.get(name)
        if index is None or index >= len(cells):
            return ""
        cell = cells[index]
        # Our own export puts an apostrophe before a cell a spreadsheet would run: take it off again.
        if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
            cell = cell[1:]
        return cell

    if get("origin").strip().casefold() == ORIGIN_BUNDLED:
        return "a bundled event (origin bundled); it is in the timeline already", None
    event_id = get("id").strip()
    if event_id in bundled_ids:
        return f"id {event_id!r} is a bundled event; it is in the timeline already", None
    if not is_own_id(event_id):
        event_id = new_own_id()
    elif event_id in seen:
        return f"id {event_id!r} is also on row {seen[event_id]}", None
    seen[event_id] = number
    category = get("category").strip()
    source = {"source_url": get("source_url"), "source_outlet": get("source_outlet")}
    source.update(source_title=get("source_title"), source_date=get("source_date"), source_text="")
    if not source["source_url"]:
        source.update(parse_citation(get("source")))
    else:
        source["source_text"] = get("source")
    draft = OwnEventDraft(
        start=get("start"),
        end=get("end"),
        precision=get("precision"),
        title=get("title"),
        summary=get("summary"),
        category=by_name.get(category.casefold(), category),
        people=tuple(name for name in get("people").replace("\n", ";").split(";")),
        **source,
    )
    event, errors = validate(draft, labels)
    if event is None:
        return "; ".join(map(str, errors)), None
    added_from = "csv"
    return "", AcceptedRow(number, replace(event, id=event_id, added_from=added_from), get("note"))


def parse_citation(text: str) -> dict[str, str]:
    """A source cell: a bare address, our export's "title — outlet, date, address" line, or free text."""
    text = text.strip()
    first, _, rest = text.partition("\n")
    parts = first.split(", ")
    if not parts[-1].startswith(("http://", "https://")) or " " in parts[-1]:
        return {"source_text": text}
    found = {"source_url": parts.pop(), "source_text": rest.strip()}
    if parts and _is_date(parts[-1]):
        found["source_date"] = parts.pop()
    head = ", ".join(parts)
    title, dash, outlet = head.rpartition(" — ")
    found.update(source_title=title, source_outlet=outlet) if dash else found.update(source_title=head)
    return found


def _is_date(text: str) -> bool:
    try:
        PartialDate.parse(text)
    except ValueError:
        return False
    return True


def import_preview(workspace: Workspace, preview: CsvPreview) -> CsvImportResult:
    """Write every accepted row of the preview in one transaction: all of them, or none."""
    now = utc_now()
    source = f"csv: {preview.path.name}"
    events = [replace(row.event, created=now, updated=now, added_from=source) for row in preview.accepted]
    notes = [(row.event.id, row.note) for row in preview.accepted if row.note.strip()]

    def change(db: sqlite3.Connection) -> CsvImportResult:
        note_ids = [event_id for event_id, _ in notes]
        before = Snapshot.of(db, note_ids=note_ids, event_ids=[event.id for event in events])
        added, replaced = insert_many(db, events)
        for event_id, text in notes:
            write_note(db, event_id, text, now, "imported")
        # The events written are known; only the notes are read back (a few, or none).
        after = Snapshot(stars={}, notes=note_states(db, note_ids), events={e.id: e for e in events})
        return CsvImportResult(added, replaced, len(notes), ChangeSet.between(before, after))

    return workspace.connection.write(change)
