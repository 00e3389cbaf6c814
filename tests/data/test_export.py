"""CSV export: exact round trips, formula injection neutralised, never a half-written file."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azkz_desktop.app import main
from azkz_desktop.data.database import open_database
from azkz_desktop.data.export import COLUMNS, ExportError, export_csv, write_atomically, write_csv
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.workspace.rows import EXPORT_COLUMNS

TRICKY = [
    "plain",
    "comma, inside",
    'a "quoted" word',
    "two\nlines",
    "windows\r\nline",
    "Azərbaycan: ə ğ ı ş ç ö ü",  # noqa: RUF001
    "Қазақстан: Қ ә ғ ү ұ і",  # noqa: RUF001
    "emoji 🇦🇿🇰🇿 🤝",
    "",
    "trailing space ",
]


def read_back(path: Path, encoding: str = "utf-8") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as file:
        return list(csv.reader(file))


def row_of(*cells: str) -> tuple[str, ...]:
    values = list(cells) + [""] * (len(COLUMNS) - len(cells))
    return tuple(values[: len(COLUMNS)])


def test_round_trip_gives_back_exactly_the_values(tmp_path: Path) -> None:
    rows = [row_of(f"id-{n}", value, value, "day", value, value) for n, value in enumerate(TRICKY)]
    path = tmp_path / "events.csv"
    assert export_csv(rows, path) == len(rows)
    back = read_back(path)
    assert back[0] == list(COLUMNS)
    assert [tuple(row) for row in back[1:]] == rows


def test_records_end_with_crlf_as_rfc_4180_says(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    export_csv([row_of("a"), row_of("b")], path)
    data = path.read_bytes()
    assert data.count(b"\r\n") == 3
    assert not data.startswith(b"\xef\xbb\xbf")


def test_byte_order_mark_on_request(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    export_csv([row_of("a", "ə")], path, bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_back(path, "utf-8-sig")[1][:2] == ["a", "ə"]


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_prefix_is_neutralised(tmp_path: Path, prefix: str) -> None:
    path = tmp_path / "events.csv"
    dangerous = f'{prefix}HYPERLINK("http://example.org")'
    export_csv([row_of("x", dangerous, "safe")], path)
    cells = read_back(path)[1]
    assert cells[1] == "'" + dangerous
    assert cells[2] == "safe"


@settings(database=None, deadline=None, max_examples=150)
@given(st.lists(st.lists(st.text(max_size=30), min_size=len(COLUMNS), max_size=len(COLUMNS)), max_size=6))
def test_round_trip_property(cells: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.csv"
        export_csv([tuple(row) for row in cells], path)
        back = read_back(path)[1:]
    expected = [
        ["'" + c if c.startswith(("=", "+", "-", "@", "\t", "\r")) else c for c in row] for row in cells
    ]
    assert back == expected


def failing_rows(after: int):
    for number in range(after):
        yield row_of(f"row-{number}")
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failure_while_writing_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    with pytest.raises(ExportError, match="No space left on device"):
        export_csv(failing_rows(3), path)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_keeps_an_existing_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_bytes(b"precious,data\r\n")
    with pytest.raises(ExportError):
        export_csv(failing_rows(1000), path)
    assert path.read_bytes() == b"precious,data\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_an_interrupted_export_leaves_no_temporary_file(tmp_path: Path) -> None:
    def interrupted(out) -> int:
        out.write("half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "events.csv", interrupted)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_the_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="this is a folder"):
        export_csv([row_of("a")], tmp_path)


def test_a_vanished_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_csv([row_of("a")], tmp_path / "gone" / "events.csv")


def test_no_permission_is_reported(tmp_path: Path, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="Permission denied"):
        export_csv([row_of("a")], tmp_path / "events.csv")
    assert list(tmp_path.iterdir()) == []


def test_overwriting_replaces_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("old content that is longer than the new one\r\n" * 50)
    export_csv([row_of("new")], path)
    assert read_back(path)[1][0] == "new"
    assert len(read_back(path)) == 2


def test_bundled_export_has_every_event_with_its_quotes(tmp_path: Path) -> None:
    database = open_database(bundled_database_path())
    path = tmp_path / "all.csv"
    count = export_csv(database.export_rows(EventFilter()), path)
    rows = read_back(path)[1:]
    assert count == len(rows) == database.summary().event_count
    by_id = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in rows}
    rasizade = by_id["rasizade-inauguration-2006"]
    assert rasizade["date_label"] == "11–12 January 2006"
    assert rasizade["start"] == "2006-01-11" and rasizade["end"] == "2006-01-12"
    event = database.event("rasizade-inauguration-2006")
    assert rasizade["quotes"] == event.sources[0].quote
    assert rasizade["sources"] == "Azerbaijan–Kazakhstan relations — Wikipedia (English), 2012"
    starts = [database.event(row[0]).span.first_day() for row in rows]
    assert starts == sorted(starts)
    assert [dt.date.fromisoformat(row["first_day"]) for row in by_id.values()] == starts
    assert by_id["veten-newspaper-2007"]["first_day"] == "2007-01-01"


def test_the_export_carries_the_notes_behind_each_event(tmp_path: Path) -> None:
    database = open_database(bundled_database_path())
    path = tmp_path / "all.csv"
    export_csv(database.export_rows(EventFilter()), path)
    by_id = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in read_back(path)[1:]}
    checked = {"date_note": 0, "note": 0, "source_notes": 0}
    for event_id, row in by_id.items():
        event = database.event(event_id)
        assert row["date_note"] == (event.date_note or "")
        assert row["note"] == (event.note or "")
        noted = [source for source in event.sources if source.note]
        lines = row["source_notes"].split("\n") if row["source_notes"] else []
        assert len(lines) == len(noted)
        for line, source in zip(lines, noted, strict=True):
            assert line.endswith(": " + source.note)
        assert "(untitled" not in row["sources"]
        checked["date_note"] += bool(event.date_note)
        checked["note"] += bool(event.note)
        checked["source_notes"] += bool(noted)
    assert all(checked.values()), checked  # each kind of note occurs in the bundled data


def test_command_line_writes_csv_to_standard_output(tmp_path: Path) -> None:
    none_yet = str(tmp_path / "no-workspace.sqlite")
    workspace = ["--workspace", none_yet]
    result = subprocess.run(
        [sys.executable, "-m", "azkz_desktop", "export", "--category", "economy", "-o", "-", *workspace],
        capture_output=True,
        env={**os.environ, "LC_ALL": "C", "PYTHONIOENCODING": "ascii"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == list(EXPORT_COLUMNS)  # the workspace's columns, empty with no workspace
    assert {row[COLUMNS.index("category")] for row in rows[1:]} == {"Economy & trade"}
    assert {row[EXPORT_COLUMNS.index("origin")] for row in rows[1:]} == {"bundled"}
    assert not Path(none_yet).exists()  # not created just to export


def test_command_line_export_merges_the_workspace(tmp_path: Path) -> None:
    from workspace_helpers import draft

    from azkz_desktop.data.workspace import open_workspace

    path = tmp_path / "workspace.sqlite"
    with open_workspace(path) as workspace:
        own = workspace.add_own_event(draft(category="economy", title="Own trade talk"))
        workspace.set_note("diplomatic-relations-1992", "my remark")
    out = tmp_path / "out.csv"
    result = subprocess.run(
        [sys.executable, "-m", "azkz_desktop", "export", "-o", str(out), "--workspace", str(path)],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows[own.id]["origin"] == "mine" and rows[own.id]["title"] == "Own trade talk"
    assert rows["diplomatic-relations-1992"]["my_note"] == "my remark"
    assert rows["diplomatic-relations-1992"]["origin"] == "bundled"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "2023-02-30"], "not a real date"),
        (["--to", "2023/01"], "not a date of the form"),
        (["--from", "2024", "--to", "2023"], "is before --from"),
        (["--category", "sport"], "unknown category 'sport'"),
        (["--ids", "veten-newspaper-2007,no-such-event"], "unknown event id 'no-such-event'"),
    ],
)
def test_bad_arguments_get_one_line_and_exit_2(
    tmp_path: Path, capsys, arguments: list[str], message: str
) -> None:
    target = tmp_path / "out.csv"
    assert main(["export", *arguments, "-o", str(target)]) == 2
    error = capsys.readouterr().err
    assert message in error
    assert len(error.strip().splitlines()) == 1
    assert "Traceback" not in error
    assert not target.exists()


def test_export_filters_combine(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code = main(
        [
            "export",
            "--category",
            "Diplomacy",
            "--from",
            "2022",
            "--to",
            "2024-03",
            "--query",
            "visit",
            "-o",
            str(target),
        ]
    )
    assert code == 0
    ids = [row[0] for row in read_back(target)[1:]]
    database = open_database(bundled_database_path())
    expected = []
    for event_id in database.filtered_event_ids(EventFilter()):
        event = database.event(event_id)
        # The search covers the title, the summary, every quote and source note and every name of the
        # event's people, split into words as the FTS tokenizer splits them.
        texts = [event.title, event.summary]
        texts += [source.quote or source.note or "" for source in event.sources]
        texts += [name for entity in event.entities for name in (entity.name, *entity.aliases)]
        words = re.findall(r"\w+", " ".join(texts).casefold())
        overlaps = event.span.last_day() >= dt.date(2022, 1, 1) and event.span.first_day() <= dt.date(
            2024, 3, 31
        )
        if event.category == "diplomacy" and overlaps and any(w.startswith("visit") for w in words):
            expected.append(event.id)
    assert ids == expected
    assert "tokayev-state-visit-2024" in ids


def test_export_of_chosen_ids(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert (
        main(
            ["export", "--ids", "veten-newspaper-2007, diplomatic-relations-1992", "--bom", "-o", str(target)]
        )
        == 0
    )
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert [row[0] for row in read_back(target, "utf-8-sig")[1:]] == [
        "diplomatic-relations-1992",
        "veten-newspaper-2007",
    ]


def test_write_csv_counts_rows_written() -> None:
    import io

    out = io.StringIO()
    assert write_csv(iter([row_of("a"), row_of("b")]), out) == 2
    assert write_csv(iter([]), io.StringIO()) == 0
