"""check_database: the bundled database passes; a copy with a broken rule is reported, record by record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from azkz_desktop import exit_codes
from azkz_desktop.data.check import check_database
from azkz_desktop.data.errors import DatabaseNotFound, UnsupportedSchemaVersion


def test_bundled_database_is_ok(bundled_db_path: Path, sql_rows: Callable[..., list]) -> None:
    report = check_database(bundled_db_path)
    assert report.ok
    assert report.problems == []
    assert report.summary.path == str(bundled_db_path)
    assert report.summary.event_count == sql_rows(bundled_db_path, "SELECT count(*) FROM events")[0][0]
    assert (
        report.summary.source_count == sql_rows(bundled_db_path, "SELECT count(*) FROM event_sources")[0][0]
    )
    assert report.summary.trade_count == sql_rows(bundled_db_path, "SELECT count(*) FROM trade")[0][0]


def test_an_altered_quote_is_reported(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy(
        "UPDATE event_sources SET quote = quote || 'x' WHERE event_id = 'independence-1991' AND position = 0"
    )
    report = check_database(path)
    assert not report.ok
    assert report.problems == ["event 'independence-1991': the quote is not in its document at 585-674"]


def test_shifted_offsets_are_reported(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy(
        "UPDATE event_sources SET char_start = char_start + 1, char_end = char_end + 1"
        " WHERE event_id = 'diplomatic-relations-1992'"
    )
    report = check_database(path)
    assert len(report.problems) == 1
    assert report.problems[0].startswith(
        "event 'diplomatic-relations-1992': the quote is not in its document"
    )


def test_an_altered_trade_and_target_quote_are_reported(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy(
        "UPDATE trade SET quote = 'invented' WHERE year = 2005",
        "UPDATE trade_targets SET char_end = char_end - 1",
    )
    report = check_database(path)
    assert len(report.problems) == 2
    assert any(
        problem.startswith("trade '2005': the quote is not in its document") for problem in report.problems
    )
    assert any(
        problem.startswith("target 'turnover-one-billion': the quote is not in its document")
        for problem in report.problems
    )


def test_an_event_without_sources_is_reported(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy("DELETE FROM event_sources WHERE event_id = 'veten-newspaper-2007'")
    report = check_database(path)
    assert report.problems == ["event 'veten-newspaper-2007' has no source"]


def test_values_outside_the_documented_sets_are_reported(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy(
        "UPDATE events SET multilateral = 'G20' WHERE id = 'gabala-turkic-summit-2013'",
        "UPDATE people SET kind = 'planet' WHERE name = 'Lithuania'",
    )
    report = check_database(path)
    assert report.problems == [
        "event 'gabala-turkic-summit-2013': multilateral 'G20' is not one of the documented values",
        "person 'Lithuania': kind 'planet' is not one of the documented values",
    ]
    assert report.exit_code == exit_codes.CHECK_TYPES


@pytest.mark.parametrize(
    ("assignment", "problem"),
    [
        ("start = '2023-02-30', precision = 'day'", "'2023-02-30' is not a real date"),
        ("start = 'garbage'", "'garbage' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        ("\"end\" = '1990'", "end 1990 is before start 1991"),
        ("\"end\" = '1992-05'", "are not at the same precision"),
        ("precision = 'day'", "precision 'day' does not match the date '1991'"),
    ],
)
def test_a_bad_date_is_reported(modified_copy: Callable[..., Path], assignment: str, problem: str) -> None:
    path = modified_copy(f"UPDATE events SET {assignment} WHERE id = 'independence-1991'")
    report = check_database(path)
    assert len(report.problems) == 1
    assert report.problems[0].startswith("event 'independence-1991': ")
    assert problem in report.problems[0]


def test_every_problem_is_reported_not_just_the_first(modified_copy: Callable[..., Path]) -> None:
    path = modified_copy(
        "UPDATE events SET start = 'garbage' WHERE id = 'independence-1991'",
        "DELETE FROM event_sources WHERE event_id = 'veten-newspaper-2007'",
        "UPDATE event_sources SET quote = 'x' WHERE event_id = 'nasimi-culture-centre-2006'",
    )
    problems = check_database(path).problems
    assert len(problems) == 3
    assert {problem.split(":")[0].split(" has")[0] for problem in problems} == {
        "event 'independence-1991'",
        "event 'veten-newspaper-2007'",
        "event 'nasimi-culture-centre-2006'",
    }


def test_a_file_that_cannot_be_opened_raises(tmp_path: Path, modified_copy: Callable[..., Path]) -> None:
    with pytest.raises(DatabaseNotFound):
        check_database(tmp_path / "missing.sqlite")
    newer = modified_copy("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(UnsupportedSchemaVersion):
        check_database(newer)


def test_a_wrong_source_count_is_reported(modified_copy) -> None:
    path = modified_copy("UPDATE events SET source_count = 7 WHERE id = 'veten-newspaper-2007'")
    report = check_database(path)
    assert report.problems == ["event 'veten-newspaper-2007': source_count does not match its sources"]
