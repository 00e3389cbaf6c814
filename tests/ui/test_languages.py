"""View → Language: the window speaks the chosen language at once, remembers it, and nothing is cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.ui import languages
from azkz_desktop.ui.language_menu import switch_language
from azkz_desktop.ui.main_window import MainWindow

EVENT = "tokayev-state-visit-2024"  # 11–12 March 2024, five sources


def texts(window: MainWindow) -> dict[str, object]:
    """The texts the test follows: menus, filter bar, tabs and the detail pane's headings."""
    window.session.select([EVENT], current=EVENT)
    heading = window.details.widget().findChild(QLabel, "sourcesHeading")
    labels = [label.text() for label in window.details.widget().findChildren(QLabel)]
    return {
        "menus": [action.text() for action in window.menuBar().actions()],
        "clear": window.filter_bar.clear_action.text(),
        "search": window.filter_bar.search.placeholderText(),
        "categories": window.filter_bar.category_button.text(),
        "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
        "dock": window.details_dock.windowTitle(),
        "sources": heading.text() if heading is not None else None,
        "date": labels[0] if labels else None,
        "status": window.status_label.text(),
    }


def switched(qtbot, window: MainWindow, choice: str) -> MainWindow:
    replacement = switch_language(window, choice)
    qtbot.addWidget(replacement)
    replacement.show()
    qtbot.waitExposed(replacement)
    return replacement


def test_switching_to_german_and_back_changes_every_text(qtbot, window: MainWindow) -> None:
    english = texts(window)
    assert english["menus"] == ["&File", "&Edit", "&View", "&Help"]
    german_window = switched(qtbot, window, "de")
    german = texts(german_window)
    assert german["menus"] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert german["clear"] == "Filter zurücksetzen"
    assert german["search"] == "Ereignisse und Dokumente durchsuchen…"
    assert german["categories"] == "Kategorien"
    assert german["tabs"] == ["Zeitleiste", "Dokumente", "Handel"]
    assert german["dock"] == "Details"
    assert german["sources"] == "Quellen (5)"
    assert german["date"] == "11.–12. März 2024"
    assert "1 ausgewählt" in str(german["status"]) and "offline" in str(german["status"])
    back = texts(switched(qtbot, german_window, "en"))
    assert back == english


def test_russian_plural_forms_and_dates(qtbot, window: MainWindow) -> None:
    russian = switched(qtbot, window, "ru")
    found = texts(russian)
    assert found["date"] == "11–12 марта 2024 г."
    assert found["sources"] == "Источники (5)"
    tr = russian.tr
    assert tr("%n events", "", 1) == "1 событие"
    assert tr("%n events", "", 3) == "3 события"
    assert tr("%n events", "", 25) == "25 событий"
    assert tr("%n events", "", 21) == "21 событие"


def test_english_has_its_singular() -> None:
    from azkz_desktop.ui.plural import counted

    assert counted().events(1) == "1 event"
    assert counted().events(2) == "2 events"


def test_the_choice_is_remembered_and_used_at_the_next_start(qtbot, window: MainWindow) -> None:
    switched(qtbot, window, "kk")
    assert QSettings().value(languages.SETTING) == "kk"
    languages.apply_language("en")
    assert languages.apply_language(languages.saved_language()) == "kk"


def test_the_language_menu_offers_five_languages_and_the_system(window: MainWindow) -> None:
    names = [action.text() for action in window.language_menu.actions() if not action.isSeparator()]
    assert names == ["&System Language", "English", "Azərbaycan dili", "Қазақ тілі", "Русский", "Deutsch"]
    assert window.language_actions["system"].isChecked()


@pytest.mark.parametrize(
    ("system", "expected"),
    [("ru_RU", "ru"), ("de_AT", "de"), ("kk_KZ", "kk"), ("az_AZ", "az"), ("fr_FR", "en")],
)
def test_the_system_language_is_used_when_we_speak_it(system: str, expected: str) -> None:
    from PySide6.QtCore import QLocale

    assert languages.resolve("system", QLocale(system)) == expected


def test_qt_dialogs_are_translated_where_qt_has_a_catalogue() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for code in ("ru", "de", "kk"):
        assert (folder / f"qtbase_{code}.qm").exists(), code
    assert not (folder / "qtbase_az.qm").exists()  # the About box and README say so
    assert languages.WITHOUT_QT_CATALOGUE == ("az",)


@pytest.mark.parametrize(
    ("language", "close"), [("de", "Schließen"), ("ru", "Закрыть"), ("kk", "Жабу"), ("az", "Close")]
)
def test_qt_dialog_buttons_speak_the_language(language: str, close: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    languages.apply_language(language)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == close


def cut_widgets(window: MainWindow) -> list[str]:
    """Visible labels and buttons whose text needs more room than they have (wrapping labels excepted)."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if not isinstance(widget, QLabel | QPushButton | QToolButton | QCheckBox):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if widget.sizeHint().width() > widget.width():
            cut.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()!r}")
    bar = window.tabs.tabBar()
    for i in range(bar.count()):
        if bar.tabSizeHint(i).width() > bar.tabRect(i).width():
            cut.append(f"tab {bar.tabText(i)!r}")
    for header in window.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for section in range(header.count()):
            text = str(
                model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
            )
            if header.sectionSize(section) < header.fontMetrics().horizontalAdvance(text) + 8:
                cut.append(f"column {text!r} narrower than its heading")
    for area in window.findChildren(QScrollArea):
        inner = area.widget()
        hidden_bar = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if area.isVisible() and inner is not None and hidden_bar and inner.width() > area.viewport().width():
            cut.append(f"pane {area.objectName()!r}: content {inner.width()} px in {area.viewport().width()}")
    overflow = window.filter_bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if overflow is not None and overflow.isVisible():
        cut.append("the filter bar overflows into its extension menu")
    for field in window.filter_bar.findChildren(QLineEdit):
        if field.isVisible() and field.width() < field.sizeHint().width():
            cut.append(f"field {field.objectName()!r} squeezed")
    return cut


@pytest.mark.parametrize("language", ["en", "az", "kk", "ru", "de"])
def test_nothing_is_cut_at_1024_by_640(qtbot, database: RelationsDatabase, language: str) -> None:
    languages.apply_language(language)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.session.select([EVENT], current=EVENT)
    qtbot.wait(50)
    assert cut_widgets(window) == []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert cut_widgets(window) == [], window.tabs.tabText(index)


def test_the_single_instance_listener_moves_to_the_new_window(qtbot, window: MainWindow) -> None:
    import os

    from azkz_desktop.ui.single_instance import InstanceServer

    server = InstanceServer(f"azkz-desktop-test-language-{os.getpid()}", lambda request: {}, window)
    try:
        replacement = switched(qtbot, window, "ru")
        assert server.parent() is replacement
        assert not window.isVisible()
    finally:
        server.close()
