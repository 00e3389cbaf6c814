"""The detail pane shows an event and its sources as plain text, and opens only web addresses."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.models import Event, Source
from azkz_desktop.ui.details import DetailPane, is_web_address, short
from azkz_desktop.ui.main_window import MainWindow


def label_texts(pane: DetailPane) -> list[str]:
    return [label.text() for label in pane.widget().findChildren(QLabel)]


def test_selecting_an_event_shows_its_date_title_and_quotes(qtbot, database: RelationsDatabase) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.session.select(["rasizade-inauguration-2006"], current="rasizade-inauguration-2006")
    texts = label_texts(window.details)
    assert "11–12 January 2006" in texts
    assert "Rasizade attends Nazarbayev's inauguration" in texts
    event = database.event("rasizade-inauguration-2006")
    assert event is not None
    assert f"“{event.sources[0].quote}”" in texts


def test_a_reference_shows_its_outlet_note_and_address(qtbot, database: RelationsDatabase) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.session.select(["supreme-interstate-council-2024"], current="supreme-interstate-council-2024")
    texts = label_texts(window.details)
    assert "Public report" in texts and "Bundled document" in texts
    addresses = window.details.widget().findChildren(QLabel, "sourceAddress")
    assert "president.az/en/articles/view/65296" in [label.text() for label in addresses]
    assert "https://president.az/en/articles/view/65296" in [label.toolTip() for label in addresses]
    buttons = [button.text() for button in window.details.widget().findChildren(QPushButton)]
    assert buttons == [
        "Related: Tokayev's state visit to Azerbaijan",
        "Open in Document",
        "Open Address in Browser",
    ]


def test_markup_in_the_database_is_shown_literally(qtbot) -> None:
    pane = DetailPane({"diplomacy": "Diplomacy"})
    qtbot.addWidget(pane)
    source = Source(
        "d", "<i>Doc</i>", "Outlet", "2020", "en", "javascript:alert(1)", "full", "<b>q</b>", 0, 8, None
    )
    event = Event(
        "x", DateSpan.parse("2020"), "<b>Bold?</b>", "a <script>", "diplomacy", None, None, (), (source,)
    )
    pane.show_event(event)
    texts = label_texts(pane)
    assert "<b>Bold?</b>" in texts
    assert "“<b>q</b>”" in texts
    labels = pane.widget().findChildren(QLabel)
    assert all(label.textFormat().name == "PlainText" for label in labels)
    buttons = [button.text() for button in pane.widget().findChildren(QPushButton)]
    assert buttons == ["Open in Document"], "a javascript: address must not get a button"


def test_several_selected_events_are_listed_and_clickable(qtbot, database: RelationsDatabase) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.session.select(["diplomatic-relations-1992", "caspian-seabed-agreement-2001"])
    buttons = window.details.widget().findChildren(QPushButton)
    full = [
        "27 August 1992 — Diplomatic relations established",
        "29 November 2001 — Agreement on delimiting the Caspian seabed signed in Moscow",
    ]
    assert [button.text() for button in buttons] == [short(text) for text in full]
    assert all(len(button.text()) <= 48 for button in buttons)
    assert buttons[1].text().endswith("…")
    assert buttons[1].toolTip() == "Agreement on delimiting the Caspian seabed signed in Moscow"
    buttons[1].click()
    assert window.session.selection == {"caspian-seabed-agreement-2001"}


def test_only_http_and_https_addresses_count_as_web_addresses() -> None:
    assert is_web_address("https://example.org/a")
    assert is_web_address("http://example.org")
    for bad in ("", "file:///etc/passwd", "javascript:alert(1)", "ftp://example.org", "https://"):
        assert not is_web_address(bad)
