"""What the launch leaves for later still works when it is first needed.

The window starts without the Documents reader, the Trade chart, the About box, the image export, the
report and the citation modules, the workspace's dialogs, and the standard and Qt modules only later
actions need; each is built or loaded on first show or first use. These tests show the launch really
leaves them out, and that each one works the first time it is asked for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.ui.main_window import MainWindow

# Loaded only when used: none of them is needed to show the window.
LEFT_FOR_LATER = [
    "PySide6.QtSvg",
    "azkz_desktop.data.check",
    "azkz_desktop.data.citations.records",
    "azkz_desktop.data.deep_check",
    "azkz_desktop.ui.about",
    "azkz_desktop.ui.accessibility.overview",
    "azkz_desktop.ui.accessibility.timeline",
    "azkz_desktop.ui.controls_help",
    "azkz_desktop.ui.document_list",
    "azkz_desktop.ui.image_options",
    "azkz_desktop.ui.picture_files",
    "azkz_desktop.ui.reader_format",
    "azkz_desktop.ui.report.content",
    "azkz_desktop.ui.report.paging",
    "azkz_desktop.ui.report.pdf",
    "azkz_desktop.ui.report.timeline_image",
    "azkz_desktop.ui.workspace.event_form",
    "azkz_desktop.ui.workspace.import_dialogs",
    "azkz_desktop.data.workspace.csv_import",
    "azkz_desktop.data.workspace.changes",
    "azkz_desktop.ui.event_links",
    "azkz_desktop.ui.listed_events_page",
    "azkz_desktop.ui.event_line_pictures",
    "azkz_desktop.ui.workspace.commands",
    "azkz_desktop.data.workspace.transfer",
    # The classes of a document, a trade figure or target and the database's counts (models.py names
    # them): the first documents listed, trade figures read or About box opened makes them.
    "azkz_desktop.data.document_record",
    "azkz_desktop.data.trade_records",
    "azkz_desktop.data.summary",
    "azkz_desktop.data.workspace.drafts",  # an own event's draft and checks: the first form, import or change
    # The detail pane's page of one event and its source boxes, and the trade chart's words: the first
    # event or trade figure shown (the launch shows the pane's hint).
    "azkz_desktop.ui.event_body",
    "azkz_desktop.ui.source_box",
    "azkz_desktop.ui.flow_layout",
    "azkz_desktop.ui.language_names",
    "azkz_desktop.ui.trade.bases",
    "csv",
    "citeproc",
    "importlib.metadata",
    "pyqtgraph",
    "numpy.ma",  # np.unique imports it on its first call; the launch sorts its rows without it
    # Standard and Qt modules only some later action needs: hashing (the arrays' digest), own event ids,
    # the HTML entity tables, running lrelease, and the local socket of a normal launch or a language switch.
    "PySide6.QtNetwork",
    "azkz_desktop.ui.single_instance",
    "hashlib",
    "calendar",  # a month's length and the month names come from datetime
    "html",
    "subprocess",
    "uuid",
]


# Qt classes whose Python wrappers (the type and its enums) cost milliseconds each to set up, which no
# part of the first painted window needs: QStyle (a marked search hit, a theme switched to light),
# the text formats (a marked passage in the reader).
QT_LEFT_FOR_LATER = [
    ("PySide6.QtWidgets", "QStyle"),
    ("PySide6.QtGui", "QTextCharFormat"),
    ("PySide6.QtGui", "QTextCursor"),
    # The dialogs (a message, a file to save or open) and web addresses (a source's link, checked when a
    # source is first shown): each builds its class when first used.
    ("PySide6.QtWidgets", "QMessageBox"),
    ("PySide6.QtWidgets", "QFileDialog"),
    ("PySide6.QtCore", "QUrl"),
    ("PySide6.QtGui", "QDesktopServices"),  # a source's web address opened
    ("PySide6.QtWidgets", "QDialog"),  # the workspace's forms and dialogs
    ("PySide6.QtWidgets", "QTextEdit"),  # the reader's marked passages
    # Gradients (their Preset enum has some 170 members): asking for QPainter.fillRect or a QBrush of
    # a colour sets them up for the overloads, so the painted views fill with `painting.fill_rect`.
    ("PySide6.QtGui", "QGradient"),
    # The paint engine's type tells the timeline's stars whether they go into an SVG: no star, no need.
    ("PySide6.QtGui", "QPaintEngine"),
    # The People filter's list of names, built when its popup first opens.
    ("PySide6.QtWidgets", "QListWidget"),
    ("PySide6.QtWidgets", "QListWidgetItem"),
]


def run_fresh(code: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """`code` run in a fresh interpreter (nothing imported yet), offscreen, in `folder`, which holds its
    settings too; it must succeed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(folder), "XDG_CONFIG_HOME": str(folder)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=folder,
    )
    assert result.returncode == 0, result.stderr
    return result


def is_built(documents) -> bool:
    """Whether the Documents tab has made its list and reader: its splitter holds nothing before."""
    return documents.count() > 0


def test_the_launch_loads_none_of_what_it_leaves_for_later(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from azkz_desktop.app import main\n"
        f"status = main(['--screenshot', {str(tmp_path / 'shot.png')!r}])\n"
        f"names = {LEFT_FOR_LATER!r}\n"
        "print(json.dumps([n for n in names if any(m == n or m.startswith(n + '.') for m in sys.modules)]))\n"
        f"classes = {QT_LEFT_FOR_LATER!r}\n"
        "print(json.dumps([c for m, c in classes if c in vars(sys.modules[m])]))\n"
        "from PySide6.QtWidgets import QApplication\n"
        "print(QApplication.instance().style().name())\n"
        "sys.exit(status)\n"
    )
    result = run_fresh(code, tmp_path)
    modules, classes, style = result.stdout.splitlines()[-3:]
    assert json.loads(modules) == []
    assert json.loads(classes) == []
    assert style == "fusion"  # set at construction, without asking the style for its name
    assert (tmp_path / "shot.png").stat().st_size > 0


def test_version_is_still_printed(capsys) -> None:
    from importlib.metadata import version

    from azkz_desktop.app import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"azkz-desktop {version('azkz-desktop')}\n"


def test_opening_the_documents_tab_builds_it_with_the_first_document(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    assert not is_built(window.documents)
    window.tabs.setCurrentWidget(window.documents)
    qtbot.waitUntil(lambda: is_built(window.documents))
    full = [document.id for document in database.documents(kind="full")]
    ids = window.documents.document_ids()
    assert sorted(ids) == sorted(document.id for document in database.documents())
    assert window.documents.current_document_id() == ids[0]
    shown = database.document(ids[0])
    assert shown is not None and ids[0] in full
    assert window.documents.text.toPlainText() == shown.text.replace("\r\n", "\n")
    assert window.documents.list.tree.accessibleName() == "Documents"  # named once built


def test_open_in_document_from_the_details_builds_the_reader_and_shows_the_passage(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    event = database.event("trade-growth-40-percent-2023")
    assert event is not None
    source = event.sources[1]
    window.session.select([event.id], current=event.id)
    assert not is_built(window.documents)  # selecting an event does not build the reader
    buttons = [b for b in window.details.widget().findChildren(QPushButton) if b.text() == "Open in Document"]
    buttons[1].click()
    assert is_built(window.documents)
    assert window.tabs.currentWidget() is window.documents
    assert window.documents.current_document_id() == source.document_id
    assert window.documents.highlighted_ranges()["current"] == [(source.char_start, source.char_end)]
    assert window.documents.text.textCursor().position() == source.char_start


def test_a_selection_made_before_the_reader_exists_is_marked_when_it_is_built(
    qtbot, window: MainWindow, database: RelationsDatabase
) -> None:
    window.tabs.setCurrentWidget(window.documents)
    first = window.documents.current_document_id()
    window.close()
    backed = next(event_id for event_id, _, _ in database.document_passages(first))
    passages = [(s, e) for ev, s, e in database.document_passages(first) if ev == backed]
    fresh = MainWindow(database)
    qtbot.addWidget(fresh)
    fresh.session.select([backed], current=backed)
    assert not is_built(fresh.documents)
    fresh.show()
    fresh.tabs.setCurrentWidget(fresh.documents)
    assert is_built(fresh.documents)
    assert fresh.documents.highlighted_ranges()["current"] == passages[:1]
    assert passages[0] in fresh.documents.highlighted_ranges()["selected"]


def test_a_restored_search_filters_and_marks_the_documents_when_they_are_built(
    qtbot, database: RelationsDatabase
) -> None:
    QSettings().setValue("filter/text", "Glasfaserleitungen")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    assert window.filter_bar.search.text() == "Glasfaserleitungen"
    assert not is_built(window.documents)
    window.tabs.setCurrentWidget(window.documents)
    assert window.documents.document_ids() == database.search_documents("Glasfaserleitungen")
    assert window.documents.document_ids() == ["azertac-de-2023-04-10"]
    assert window.documents.current_document_id() == "azertac-de-2023-04-10"
    text = window.documents.text.toPlainText()
    spans = window.documents.highlighted_ranges()["search"]
    assert [text[s:e] for s, e in spans] == ["Glasfaserleitungen"]


def test_the_first_event_and_trade_figure_shown_after_the_launch_load_their_pages(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtWidgets import QLabel\n"
        "from azkz_desktop.data.paths import bundled_database_path\n"
        "from azkz_desktop.ui.launch import application, start_window\n"
        "app = application()\n"
        "window, _ = start_window(bundled_database_path(), on_screen=False)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "later = ['azkz_desktop.ui.' + name for name in ('event_body', 'source_box', 'trade.bases')]\n"
        "before = [name for name in later if name in sys.modules]\n"
        "event = window._database.event('trade-growth-40-percent-2023')\n"
        "window.session.select([event.id], current=event.id)\n"
        "app.processEvents()\n"
        "from azkz_desktop.ui.source_box import SourceBox\n"
        "page = window.details.widget()\n"
        "texts = [label.text() for label in page.findChildren(QLabel)]\n"
        "boxes = page.findChildren(SourceBox, 'source')\n"
        "cited = [box.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu for box in boxes]\n"
        "point = next(p for p in window._database.trade_points() if p.turnover_musd is not None)\n"
        "window.session.show_trade_figure(point)\n"
        "app.processEvents()\n"
        "from azkz_desktop.ui.trade.bases import basis\n"
        "figure = [label.text() for label in window.details.widget().findChildren(QLabel)]\n"
        "print(json.dumps([before, event.title in texts, len(boxes), len(event.sources), cited,\n"
        "                  'Trade figure' in figure, f'Basis: {basis(point.basis).name}' in figure]))\n"
    )
    result = run_fresh(code, tmp_path)
    before, titled, boxes, sources, cited, captioned, based = json.loads(result.stdout.splitlines()[-1])
    assert before == []  # none of them came with the launch
    assert titled and boxes == sources >= 2  # the event's page, with a box for each of its sources
    assert cited == [True] * boxes  # each box given its Copy Citation menu
    assert captioned and based  # the trade figure's page, its basis named in words


def test_the_trade_tab_builds_its_chart_on_first_show(qtbot, window: MainWindow) -> None:
    assert window.trade.chart is None
    window.tabs.setCurrentWidget(window.trade)
    assert window.trade.chart is not None
    from azkz_desktop.ui.trade.event_marker import EventMarker

    plot = window.trade.chart.plot.getPlotItem()
    marked = [item.event_id for item in plot.items if isinstance(item, EventMarker)]
    assert marked, "the bundled data has economy events to mark"
    assert sorted(marked) == sorted(marker.event_id for marker in window.session.chart_markers())


def test_the_about_text_and_the_report_load_on_first_use(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from importlib.metadata import version

    assert window.about_text().startswith(f"azkz-desktop {version('azkz-desktop')}\n")
    report = window.citing.report
    assert report.user_note is None
    assert report.write_report_pdf(tmp_path / "report.pdf") > 1
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_the_citation_records_load_on_first_use(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from azkz_desktop.data.citations import FORMATS\n"
        "before = 'azkz_desktop.data.citations.records' in sys.modules\n"
        "from azkz_desktop.data.citations import citation_records\n"
        "print(json.dumps([before, callable(citation_records), list(FORMATS)]))\n"
    )
    result = run_fresh(code, tmp_path)
    assert json.loads(result.stdout) == [False, True, ["csl-json", "bibtex", "ris"]]


def test_a_message_loads_its_dialog_when_shown_and_is_critical_unless_told(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from azkz_desktop.ui.dialogs import show_message

    shown: list[tuple[QMessageBox.Icon, str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.icon(), box.text(), box.windowTitle())) or 0
    )
    show_message(None, "Cannot open", "<b>a.sqlite</b>")
    show_message(None, "Export", "Select events first", QMessageBox.Icon.Information)
    assert shown == [
        (QMessageBox.Icon.Critical, "<b>a.sqlite</b>", "Cannot open"),
        (QMessageBox.Icon.Information, "Select events first", "Export"),
    ]


def test_the_models_left_for_later_are_the_ones_the_data_layer_makes(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from azkz_desktop.data import models\n"
        "from azkz_desktop.data.paths import bundled_database_path\n"
        "from azkz_desktop.data.database import open_database\n"
        "later = ('document_record', 'trade_records', 'summary')\n"
        "loaded = lambda: [n for n in later if 'azkz_desktop.data.' + n in sys.modules]\n"
        "before = loaded()\n"
        "database = open_database(bundled_database_path())\n"
        "opened = loaded()\n"
        "made = [type(database.documents()[0]), type(database.trade_points()[0]),\n"
        "        type(database.trade_targets()[0]), type(database.summary())]\n"
        "named = [models.Document, models.TradePoint, models.TradeTarget, models.DatabaseSummary]\n"
        "try:\n"
        "    models.Nothing\n"
        "    missing = None\n"
        "except AttributeError as error:\n"
        "    missing = str(error)\n"
        "print(json.dumps([before, opened, loaded(), made == named, missing]))\n"
    )
    result = run_fresh(code, tmp_path)
    before, opened, after, same, missing = json.loads(result.stdout)
    assert before == [] and opened == []  # opening a database makes none of them
    assert after == ["document_record", "trade_records", "summary"]
    assert same  # what the data layer hands out is what models names
    assert missing == "module 'azkz_desktop.data.models' has no attribute 'Nothing'"


def test_the_workspace_names_its_drafts_and_checks_when_first_asked(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from azkz_desktop.data import workspace\n"
        "before = 'azkz_desktop.data.workspace.drafts' in sys.modules\n"
        "from azkz_desktop.data.workspace import FieldError, OwnEventDraft, validate\n"
        "from azkz_desktop.data.workspace import drafts\n"
        "same = [FieldError is drafts.FieldError, OwnEventDraft is drafts.OwnEventDraft,\n"
        "        validate is drafts.validate]\n"
        "event, errors = validate(OwnEventDraft(start='2020-02-30', title='', category='diplomacy'))\n"
        "try:\n"
        "    workspace.Nothing\n"
        "    missing = None\n"
        "except AttributeError as error:\n"
        "    missing = str(error)\n"
        "print(json.dumps([before, same, event, [e.field for e in errors], missing]))\n"
    )
    result = run_fresh(code, tmp_path)
    before, same, event, fields, missing = json.loads(result.stdout)
    assert before is False
    assert same == [True, True, True]
    assert event is None and fields == ["start", "title", "source"]
    assert missing == "module 'azkz_desktop.data.workspace' has no attribute 'Nothing'"
