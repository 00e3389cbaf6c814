"""CSV import into own events: the preview, its per-row report, and nothing imported half."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from workspace_helpers import draft

from azkz_desktop.data.export import write_csv
from azkz_desktop.data.workspace import Workspace, open_workspace
from azkz_desktop.data.workspace import own_events as own_events_module
from azkz_desktop.data.workspace.csv_import import (
    FIELD_LIMIT,
    CsvUnreadable,
    import_preview,
    preview_csv,
)
from azkz_desktop.data.workspace.errors import WorkspaceWriteFailed
from azkz_desktop.data.workspace.rows import EXPORT_COLUMNS, own_export_rows

LABELS = {"diplomacy": "Diplomacy", "economy": "Economy", "energy": "Energy"}
HEADER = "date,title,summary,category,source address\r\n"


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    opened = open_workspace(tmp_path / "workspace.sqlite", LABELS)
    yield opened  # type: ignore[misc]
    opened.close()


def csv_file(tmp_path: Path, text: str, name: str = "events.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_spreadsheet_columns_are_imported(tmp_path: Path, workspace: Workspace) -> None:
    path = csv_file(
        tmp_path,
        HEADER + '2004-03,Visit,"Talks, then a dinner",Diplomacy,https://example.org/a\r\n'
        "2007,Pipeline,,energy,https://example.org/b\r\n\r\n",
    )
    preview = preview_csv(path, LABELS)
    assert preview.rejected == [] and len(preview.accepted) == 2
    assert preview.columns["source_url"] == "source address"
    assert workspace.own_events() == []  # a preview writes nothing
    result = import_preview(workspace, preview)
    assert (result.added, result.replaced) == (2, 0)
    events = {event.title: event for event in workspace.own_events()}
    assert events["Visit"].category == "diplomacy" and events["Visit"].summary == "Talks, then a dinner"
    assert events["Pipeline"].span.label() == "2007" and events["Pipeline"].added_from == "csv: events.csv"
    assert workspace.own_events_matching("dinner") == [events["Visit"].id]  # the bulk insert is indexed
    assert workspace.own_events_matching("example.org/b") == [events["Pipeline"].id]


def test_bad_rows_are_reported_with_their_number_and_reason(tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        HEADER
        + "2004-02-30,Impossible,,diplomacy,https://example.org\r\n"  # row 2
        + "2004-03,,,diplomacy,https://example.org\r\n"  # row 3
        + "2004-03,Fine,,diplomacy,https://example.org\r\n"  # row 4
        + "2004-03,Sport,,sport,https://example.org\r\n"  # row 5
        + "2004-03,No source,,economy,\r\n"  # row 6
        + '"2004-05",Too many,,economy,https://example.org,extra\r\n',  # row 7
    )
    preview = preview_csv(path, LABELS)
    assert [row.row for row in preview.accepted] == [4]
    reasons = {row.row: row.reason for row in preview.rejected}
    assert sorted(reasons) == [2, 3, 5, 6, 7]
    assert "start: '2004-02-30' is not a real date" in reasons[2]
    assert "title: an event needs a title" in reasons[3]
    assert "unknown category 'sport'" in reasons[5]
    assert reasons[6].startswith("source: ")
    assert "6 cells, but the header names 5 columns" in reasons[7]
    assert str(preview.rejected[0]).startswith("row 2: start:")


def test_formula_cells_stay_plain_text(tmp_path: Path, workspace: Workspace) -> None:
    path = csv_file(
        tmp_path,
        HEADER + '2004,=HYPERLINK("http://evil.example"),@SUM(A1),diplomacy,https://example.org\r\n'
        "2005,'=1+1,+plus,economy,https://example.org\r\n",
    )
    import_preview(workspace, preview_csv(path, LABELS))
    titles = sorted((event.title, event.summary) for event in workspace.own_events())
    # Our export's apostrophe before a formula is taken off again; everything else is kept as typed.
    assert titles == [("=1+1", "+plus"), ('=HYPERLINK("http://evil.example")', "@SUM(A1)")]
    out = io.StringIO()
    write_csv(own_export_rows(workspace.own_events(), {}), out, columns=EXPORT_COLUMNS)
    assert "\"'=HYPERLINK(" in out.getvalue()  # and neutralised again on the way out


def test_a_field_over_10_mb_is_rejected_with_a_reason(tmp_path: Path) -> None:
    big = "x" * (FIELD_LIMIT + 1)
    path = csv_file(
        tmp_path,
        HEADER
        + f"2004,Big,{big},diplomacy,https://example.org\r\n2005,Small,,economy,https://example.org\r\n",
    )
    preview = preview_csv(path, LABELS)
    assert [row.row for row in preview.rejected] == [2]
    assert "'summary' cell is 10,485,761 characters long; the limit is 10 MB" in preview.rejected[0].reason
    assert [row.event.title for row in preview.accepted] == ["Small"]


def test_wrong_encoding_names_the_file_and_the_byte_offset(tmp_path: Path) -> None:
    path = csv_file(tmp_path, HEADER + "2004,Café,,diplomacy,x\r\n", encoding="latin-1")
    offset = len(HEADER) + len("2004,Caf")
    with pytest.raises(CsvUnreadable) as raised:
        preview_csv(path, LABELS)
    assert str(path) in str(raised.value)
    assert f"byte 0xe9 at byte offset {offset}" in str(raised.value)


def test_utf16_is_recognised(tmp_path: Path) -> None:
    path = csv_file(tmp_path, "\ufeff" + HEADER, encoding="utf-16-le")
    with pytest.raises(CsvUnreadable, match="UTF-16"):
        preview_csv(path, LABELS)


def test_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = csv_file(tmp_path, "\ufeff" + HEADER + "2004,Visit,,diplomacy,https://example.org\r\n")
    assert len(preview_csv(path, LABELS).accepted) == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [("", "the file is empty"), ("name,remark\r\nA,b\r\n", "no start or title column")],
)
def test_files_without_usable_header(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(CsvUnreadable, match=words):
        preview_csv(csv_file(tmp_path, text), LABELS)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CsvUnreadable, match="no such file"):
        preview_csv(tmp_path / "absent.csv", LABELS)


def test_own_export_round_trip_updates_by_id_and_keeps_notes(tmp_path: Path, workspace: Workspace) -> None:
    event = workspace.add_own_event(draft())
    workspace.set_note(event.id, "my remark")
    path = tmp_path / "export.csv"
    bundled = [
        (
            "bundled-1",
            "2004",
            "2004-01-01",
            "",
            "year",
            "2004",
            "Bundled",
            "Diplomacy",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "bundled",
            "",
        )
    ]
    with path.open("w", encoding="utf-8", newline="") as out:
        write_csv([*bundled, *own_export_rows(workspace.own_events(), workspace.note_texts())], out,
                  columns=EXPORT_COLUMNS)  # fmt: skip
    preview = preview_csv(path, LABELS, bundled_ids=frozenset({"bundled-1"}))
    assert [row.row for row in preview.rejected] == [2]
    assert "bundled" in preview.rejected[0].reason
    assert [row.event.id for row in preview.accepted] == [event.id]
    result = import_preview(workspace, preview)
    assert (result.added, result.replaced, result.notes) == (0, 1, 1)
    (again,) = workspace.own_events()
    assert again.id == event.id and again.title == event.title and again.source_url == event.source_url


def test_nothing_is_imported_half(
    tmp_path: Path, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "".join(f"2004,Event {n},,diplomacy,https://example.org\r\n" for n in range(10))
    preview = preview_csv(csv_file(tmp_path, HEADER + rows), LABELS)
    calls = []
    original = own_events_module.values

    def failing(event: object) -> tuple[object, ...]:
        calls.append(event)
        if len(calls) == 7:  # the disk fills while the seventh row is written
            raise sqlite3.OperationalError("database or disk is full")
        return original(event)  # type: ignore[arg-type]

    monkeypatch.setattr(own_events_module, "values", failing)
    with pytest.raises(WorkspaceWriteFailed, match="disk is full"):
        import_preview(workspace, preview)
    monkeypatch.undo()
    assert len(calls) == 7
    assert workspace.own_events() == []
    assert workspace.own_events_matching("event") == []
