"""The detail pane shows an event and its sources as plain text, and opens only web addresses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from azkz_desktop.data.citation import has_headline
from azkz_desktop.data.database import RelationsDatabase, open_database
from azkz_desktop.data.dates import DateSpan
from azkz_desktop.data.models import Event, Source
from azkz_desktop.ui.details import DetailPane
from azkz_desktop.ui.event_links import EventLinks
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.plain_text import LinkLabel
from azkz_desktop.ui.source_box import is_web_address


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
    assert any("https://president.az/en/articles/view/65296" in label.toolTip() for label in addresses)
    buttons = [button.text() for button in window.details.widget().findChildren(QPushButton)]
    assert buttons == [
        "Open in Document",
        "Copy Citation",
        "Copy Address",
        "Copy Citation",
        "Open Address in Browser",
    ]
    related = window.details.widget().findChildren(LinkLabel, "related")
    assert [link.text() for link in related] == ["Related: Tokayev's state visit to Azerbaijan"]


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
    assert buttons == ["Open in Document", "Copy Citation"], "a javascript: address gets no address buttons"
    assert all("javascript" not in button.toolTip() for button in pane.widget().findChildren(QPushButton))


def test_several_selected_events_are_listed_and_clickable(qtbot, database: RelationsDatabase) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.session.select(["diplomatic-relations-1992", "caspian-seabed-agreement-2001"])
    links = window.details.widget().findChild(EventLinks, "listedEvents")
    full = [
        "27 August 1992 — Diplomatic relations established",
        "29 November 2001 — Agreement on delimiting the Caspian seabed signed in Moscow",
    ]
    assert links.texts() == full  # whole, wrapped: never cut
    assert links.wordWrap() and links.textElideMode() == Qt.TextElideMode.ElideNone
    assert "2 events selected" in label_texts(window.details)
    second = links.line_rect(1).center()
    qtbot.mouseClick(links.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert window.session.selection == {"caspian-seabed-agreement-2001"}


def test_the_keyboard_chooses_a_listed_event(qtbot, database: RelationsDatabase) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.session.select(["diplomatic-relations-1992", "caspian-seabed-agreement-2001"])
    links = window.details.widget().findChild(EventLinks, "listedEvents")
    links.set_current_line(0)
    qtbot.keyClick(links, Qt.Key.Key_Space)
    assert window.session.selection == {"diplomatic-relations-1992"}
    window.session.select(["diplomatic-relations-1992", "caspian-seabed-agreement-2001"])
    links = window.details.widget().findChild(EventLinks, "listedEvents")
    links.set_current_line(1)
    qtbot.keyClick(links, Qt.Key.Key_Return)
    assert window.session.current == "caspian-seabed-agreement-2001"


def test_only_http_and_https_addresses_count_as_web_addresses() -> None:
    assert is_web_address("https://example.org/a")
    assert is_web_address("http://example.org")
    for bad in ("", "file:///etc/passwd", "javascript:alert(1)", "ftp://example.org", "https://"):
        assert not is_web_address(bad)


def address_label(window: MainWindow) -> QLabel:
    return window.details.widget().findChildren(QLabel, "sourceAddress")[0]


def button(window: MainWindow, text: str, number: int = 0) -> QPushButton:
    return [b for b in window.details.widget().findChildren(QPushButton) if b.text() == text][number]


def test_copy_address_puts_the_full_address_on_the_clipboard(qtbot, window: MainWindow) -> None:
    window.session.select(["diplomatic-relations-1992"], current="diplomatic-relations-1992")
    event = window._database.event("diplomatic-relations-1992")
    url = next(source.url for source in event.sources if is_web_address(source.url))
    qtbot.mouseClick(button(window, "Copy Address"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == url
    assert "Copied the address" in window.statusBar().currentMessage()


def test_copy_citation_gives_outlet_title_date_and_address(qtbot, window: MainWindow) -> None:
    window.session.select(["supreme-interstate-council-2024"], current="supreme-interstate-council-2024")
    event = window._database.event("supreme-interstate-council-2024")
    reference = next(source for source in event.sources if source.kind == "reference")
    qtbot.mouseClick(button(window, "Copy Citation", 1), Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert reference.outlet in copied and reference.published in copied and copied.endswith(reference.url)
    if has_headline(reference.document_title):
        assert reference.document_title.rstrip(".") in copied


def test_no_browser_is_said_in_the_status_bar(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window.session.select(["supreme-interstate-council-2024"], current="supreme-interstate-council-2024")
    qtbot.mouseClick(button(window, "Open Address in Browser"), Qt.MouseButton.LeftButton)
    assert "No web browser could be opened" in window.statusBar().currentMessage()


def test_addresses_are_shown_decoded_and_whole(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    wikipedia = next(d for d in database.documents(kind="full") if "%" in d.url)
    event_id = database.document_passages(wikipedia.id)[0][0]
    window.session.select([event_id], current=event_id)
    shown = [label.text() for label in window.details.widget().findChildren(QLabel, "sourceAddress")]
    assert "en.wikipedia.org/wiki/Azerbaijan–Kazakhstan_relations" in shown
    assert not any("%" in text or "…" in text for text in shown)


def test_an_untitled_report_is_named_by_outlet_and_date_in_normal_weight(qtbot, window: MainWindow) -> None:
    untitled = [
        (event_id, source)
        for event_id in window.index.ids
        for source in window._database.event_sources(event_id)
        if not has_headline(source.document_title)
    ]
    if not untitled:  # every report has its headline now: nothing is shown as a stand-in
        return
    event_id, source = untitled[0]
    window.session.select([event_id], current=event_id)
    names = window.details.widget().findChildren(QLabel, "sourceName")
    stand_in = [label for label in names if label.text().startswith(source.outlet)]
    assert stand_in and not stand_in[0].font().bold()
    assert not any(label.text().startswith("(untitled") for label in names)


def test_a_quote_that_starts_with_a_quotation_mark_is_not_doubled(qtbot) -> None:
    pane = DetailPane({"diplomacy": "Diplomacy"})
    qtbot.addWidget(pane)
    source = Source("d", "Doc", "Outlet", "2020", "en", "", "full", '"Awarded" he said', 0, 17, None)
    pane.show_event(Event("x", DateSpan.parse("2020"), "T", "S", "diplomacy", None, None, (), (source,)))
    assert '"Awarded" he said' in label_texts(pane)
    assert not any(text.startswith('“"') for text in label_texts(pane))


def test_a_long_related_title_wraps_inside_the_pane(qtbot, modified_copy) -> None:
    long_title = "Comprehensive cooperation programme " + "forthe" * 40 + " and a long tail of words " * 6
    path = modified_copy(
        "UPDATE events SET title = '"
        + long_title
        + "' WHERE id IN (SELECT related_id FROM event_links LIMIT 1)"
    )
    database = open_database(path)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    event_id = database._rows("SELECT event_id FROM event_links LIMIT 1")[0][0]
    window.session.select([event_id], current=event_id)
    pane = window.details
    qtbot.waitUntil(lambda: pane.widget().width() <= pane.viewport().width())
    QApplication.processEvents()
    assert pane.widget().width() <= pane.viewport().width()
    for child in pane.widget().findChildren(QWidget):
        if child.isVisible():
            right = child.mapTo(pane.widget(), child.rect().topRight()).x()
            assert right <= pane.viewport().width(), child.objectName()
    related = pane.widget().findChildren(LinkLabel, "related")
    assert related and long_title.strip() in related[0].text()
    database.close()


def test_tooltips_show_database_text_as_written(qtbot, modified_copy) -> None:
    title = "<b>Bold?</b> & <i>more</i>"
    database = open_database(
        modified_copy(f"UPDATE events SET title = '{title}' WHERE id = 'veten-newspaper-2007'")
    )
    window = MainWindow(database)
    qtbot.addWidget(window)
    model = window.event_model
    position = int(model.positions_of(["veten-newspaper-2007"])[0])
    tooltip = model.index(position, 1).data(Qt.ItemDataRole.ToolTipRole)
    rendered = QTextDocument()
    rendered.setHtml(tooltip)
    assert rendered.toPlainText() == title  # every character as written, no bold, no italics
    pane = DetailPane({"diplomacy": "Diplomacy"})
    qtbot.addWidget(pane)
    source = Source(
        "d",
        "<b>Doc</b>",
        "Outlet",
        "2020",
        "en",
        "https://example.org/a",
        "reference",
        None,
        None,
        None,
        None,
    )
    pane.show_event(Event("x", DateSpan.parse("2020"), "T", "S", "diplomacy", None, None, (), (source,)))
    citation_button = next(b for b in pane.widget().findChildren(QPushButton) if b.text() == "Copy Citation")
    rendered.setHtml(citation_button.toolTip())
    assert rendered.toPlainText() == "“<b>Doc</b>.” Outlet, 2020. https://example.org/a"
    database.close()
