"""The PDF report, read back with pypdf: every title, quote and address is there, as plain text."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from azkz_desktop import exit_codes
from azkz_desktop.app import main
from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.report.builder import printable_address
from azkz_desktop.ui.report.content import gather
from azkz_desktop.ui.report.offscreen import write_report

ODD_TITLE = "Qazaqstan Қазақстан ə ğ ü: <b>not bold</b> & 100% #1 {braces}"
ODD_QUOTE = "Bakı və Astana — Қазақстан ünd Aserbaidschan"  # noqa: RUF001 (the Azerbaijani dotless i)


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with runs of white space as one space (pypdf puts tabs between words)."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_report_of_every_event_holds_every_title_quote_and_address(
    tmp_path: Path, database: RelationsDatabase
) -> None:
    out = tmp_path / "all.pdf"
    pages = write_report(database, EventFilter(), out)
    text = pdf_pages(out)
    assert len(text) == pages
    whole = " ".join(text)
    flat = squeezed(whole)  # addresses and long quotes may wrap at any character
    events = [database.event(event_id) for event_id in database.filtered_event_ids(EventFilter())]
    for event in events:
        assert squeezed(event.title) in flat, event.id
        for source in event.sources:
            if source.quote:
                assert squeezed(source.quote) in flat, (event.id, source.document_id)
            if source.url:
                assert squeezed(printable_address(source.url)) in flat, (event.id, source.url)
    for letter in ("ə", "ğ", "ü"):
        assert letter in whole
    for number, page in enumerate(text, start=1):
        assert f"Page {number} of {pages}" in page
        assert "MIT licence" in page and "CC BY-SA" in page


def test_report_of_one_event_is_cover_entry_and_sources(
    tmp_path: Path, modified_copy: Callable[..., Path]
) -> None:
    copy = modified_copy(
        f"UPDATE events SET title = '{ODD_TITLE}' WHERE id = 'ilham-aliyev-state-visit-2004'",
        f"UPDATE documents SET title = '{ODD_QUOTE}' WHERE id = 'rferl-2004-03-02'",
    )
    database = open_database(copy)
    out = tmp_path / "one.pdf"
    pages = write_report(database, EventFilter(ids=frozenset({"ilham-aliyev-state-visit-2004"})), out)
    text = pdf_pages(out)
    assert pages == len(text) == 3
    cover, entry, sources = text
    assert "Azerbaijan–Kazakhstan relations: report" in cover and "1 chosen events" in cover
    assert "1–2 March 2004" in cover  # the period
    assert ODD_TITLE not in cover
    assert ODD_TITLE in entry  # the markup is printed as the characters it is
    assert "1–2 March 2004" in entry and "Category: Diplomacy" in entry
    assert "Ilham Aliyev; Nursultan Nazarbayev" in entry
    assert "characters 2754–2919" in entry  # 1-based, end inclusive
    assert "https://www.rferl.org/a/1051730.html" in entry
    assert "Sources" in sources and "[2] Radio Free Europe/Radio Liberty" in sources
    assert ODD_QUOTE in sources  # Қ, ə, ü embedded and extractable
    assert "Page 3 of 3" in sources
    database.close()


def test_user_note_hook_prints_the_note(tmp_path: Path, database: RelationsDatabase) -> None:
    event_filter = EventFilter(ids=frozenset({"ilham-aliyev-state-visit-2004"}))
    content = gather(database, event_filter, user_note=lambda event_id: f"Check the archive for {event_id}")
    from azkz_desktop.ui.report.pdf import write_pdf

    out = tmp_path / "noted.pdf"
    write_pdf(out, content, None)
    assert "Your note: Check the archive for ilham-aliyev-state-visit-2004" in " ".join(pdf_pages(out))


def test_cli_report_writes_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", "--from", "2004", "--to", "2005", "-o", str(out)]) == 0
    pages = len(pypdf.PdfReader(out).pages)
    assert f"wrote a {pages}-page report to {out}" in capsys.readouterr().err


def test_cli_report_refuses_what_it_cannot_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "-o", str(tmp_path / "r.txt")]) == exit_codes.USAGE
    assert "name the file *.pdf" in capsys.readouterr().err
    assert main(["report", "-o", str(tmp_path / "no" / "r.pdf")]) == exit_codes.EXPORT_FAILED
    assert "does not exist" in capsys.readouterr().err
    assert main(["report", "--ids", "nope", "-o", str(tmp_path / "r.pdf")]) == exit_codes.USAGE
    assert list(tmp_path.iterdir()) == [tmp_path / "settings"]


def test_failed_write_leaves_the_old_file(
    tmp_path: Path, database: RelationsDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from azkz_desktop.data.export import ExportError
    from azkz_desktop.ui.report import pdf
    from azkz_desktop.ui.report.paging import PaintFailed

    def fail(*_args: object) -> int:
        raise PaintFailed("the printer caught fire")

    out = tmp_path / "keep.pdf"
    out.write_bytes(b"old")
    monkeypatch.setattr(pdf, "paint_report", fail)
    with pytest.raises(ExportError, match=r"keep\.pdf: could not be written \(the printer caught fire"):
        write_report(database, EventFilter(ids=frozenset({"ilham-aliyev-state-visit-2004"})), out)
    assert out.read_bytes() == b"old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["keep.pdf", "settings"]


def test_print_paints_the_same_pages_on_a_printer(tmp_path: Path, database: RelationsDatabase) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from azkz_desktop.ui.report.paging import a4_layout, paint_report

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes what it would print
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setPageLayout(a4_layout())
    content = gather(database, EventFilter(ids=frozenset({"ilham-aliyev-state-visit-2004"})))
    assert paint_report(printer, content, None, printer.resolution()) == 3
    pages = pdf_pages(out)
    assert len(pages) == 3 and "Ilham Aliyev's state visit to Astana" in pages[1]


def test_an_address_in_another_script_prints_as_the_same_address_in_ascii() -> None:
    arabic = "https://ar.azvision.az/news/5524/البروتوكول.html"
    printed = printable_address(arabic)
    assert printed.isascii() and printed.startswith("https://ar.azvision.az/news/5524/%D8%A7")
    assert printable_address("https://example.org/a?b=c") == "https://example.org/a?b=c"
