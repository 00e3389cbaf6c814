"""The window's citation, link and report actions, driven without dialogs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pypdf
import rispy
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from azkz_desktop.ui.citing import CitingActions
from azkz_desktop.ui.event_opening import handle_request, open_event
from azkz_desktop.ui.main_window import MainWindow

EVENT = "ilham-aliyev-state-visit-2004"


def menu_texts(window: MainWindow, title: str) -> list[str]:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return [entry.text().replace("&", "") for entry in action.menu().actions()]
    raise AssertionError(f"no {title} menu")


def test_menus_and_context_menus_hold_the_actions(window: MainWindow) -> None:
    file_entries = menu_texts(window, "File")
    for text in ("Export Citations…", "Save Report as PDF…", "Print…"):
        assert text in file_entries
    assert file_entries.index("Print…") < file_entries.index("Quit")
    edit_entries = menu_texts(window, "Edit")
    assert {"Copy Citation", "Citation Style", "Copy Link to Event"} <= set(edit_entries)
    for actions in (
        window.timeline.context_actions,
        window.event_table.context_actions,
        window.details.actions(),
    ):
        assert window.citing.citing.copy_link_action in actions
        assert window.citing.citing.export_action in actions


def test_each_bundled_source_in_the_pane_has_a_citation_menu(window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QMenu

    from azkz_desktop.ui.source_box import SourceBox

    window.session.make_current(EVENT)
    boxes = window.details.widget().findChildren(SourceBox, "source")
    assert boxes and all(box.source is not None and box.source.document_id for box in boxes)
    assert all(box.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu for box in boxes)
    boxes[0].customContextMenuRequested.emit(QPoint(2, 2))
    menus = boxes[0].findChildren(QMenu)
    assert menus and menus[-1].actions()[0].text().startswith("Copy Citation (")
    menus[-1].close()


def test_copy_link_to_the_current_event(window: MainWindow) -> None:
    window.session.select([EVENT], current=EVENT)
    window.citing.citing.copy_link_action.trigger()
    assert QGuiApplication.clipboard().text() == f"azkz-desktop:event/{EVENT}"


def test_copy_citation_in_the_chosen_style_is_remembered(window: MainWindow, database) -> None:
    window.session.select([EVENT], current=EVENT)
    citing = window.citing.citing
    citing.copy_citation_action.trigger()
    chicago = QGuiApplication.clipboard().text()
    assert (
        "Radio Free Europe/Radio Liberty. 2004." in chicago
        and "https://www.rferl.org/a/1051730.html" in chicago
    )
    assert len(chicago.splitlines()) == 2  # both sources of the event
    apa = next(action for action in citing.style_menu.actions() if action.data() == "apa")
    apa.trigger()
    assert QSettings().value("citations/style") == "apa"
    citing.copy_citation_action.trigger()
    styled = QGuiApplication.clipboard().text()
    assert "Radio Free Europe/Radio Liberty. (2004, March 2)." in styled
    assert CitingActions(window, database).style() == "apa"  # a new window starts with it
    citing.copy_citation("rferl-2004-03-02")  # one source, as its context menu copies it
    assert QGuiApplication.clipboard().text().count("\n") == 0


def test_export_citations_of_the_selection(window: MainWindow, tmp_path: Path) -> None:
    window.session.select([EVENT], current=EVENT)
    out = tmp_path / "sources.ris"
    from azkz_desktop.data.filters import EventFilter

    assert window.citing.citing.write_citations_file(out, EventFilter(ids=frozenset({EVENT})), "ris") == 2
    ids = [entry["id"] for entry in rispy.loads(out.read_text("utf-8"))]
    assert ids == ["wikipedia-en-2012", "rferl-2004-03-02"]
    assert "Wrote 2 citations" in window.statusBar().currentMessage()


def test_report_of_the_selection(window: MainWindow, tmp_path: Path) -> None:
    window.session.select([EVENT], current=EVENT)
    out = tmp_path / "r.pdf"
    assert window.citing.report.write_report_pdf(out) == 3
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(out).pages)
    assert "Selection: 1 selected event" in text
    assert "Ilham Aliyev's state visit to Astana" in text


def test_report_of_all_shown_follows_the_filter(window: MainWindow, tmp_path: Path) -> None:
    from azkz_desktop.data.filters import EventFilter

    window.session.set_filter(EventFilter(text="Caspian"))
    window.session.clear_selection()
    content = window.citing.report.content()
    shown = {window.index.ids[int(row)] for row in np.flatnonzero(window.session.shown_mask)}
    assert content.events and {event.id for event in content.events} == shown
    assert content.filters == "“Caspian”"


def test_open_event_and_an_unknown_one(window: MainWindow) -> None:
    assert open_event(window, EVENT)
    assert window.session.current == EVENT and window.session.selection == {EVENT}
    assert not open_event(window, "no-such-event")
    assert "no event with the id “no-such-event”" in window.statusBar().currentMessage()
    assert window.findChild(object, "eventOpeningMessage") is not None
    assert window.session.current == EVENT  # nothing else changed
    assert handle_request({"event": "no-such-event"}) == {"shown": False, "event": "no-such-event"}
    assert handle_request({"event": EVENT}) == {"shown": True, "event": EVENT}


def test_citeproc_is_not_loaded_at_start_up(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from azkz_desktop.data.database import open_database\n"
        "from azkz_desktop.data.paths import bundled_database_path\n"
        "from azkz_desktop.ui.main_window import MainWindow\n"
        "window = MainWindow(open_database(bundled_database_path()))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('citeproc', 'lxml'))))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(completed.stdout.strip().replace("'", '"')) == []
