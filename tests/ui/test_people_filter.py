"""The People filter groups names by kind and can be searched; Bilateral Only; labelled people in details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from azkz_desktop.data.filters import EventFilter
from azkz_desktop.ui.main_window import MainWindow


def list_texts(window: MainWindow) -> list[str]:
    people_list = window.filter_bar.people_button.list
    return [people_list.item(row).text() for row in range(people_list.count())]


def heading_of(texts: list[str], name: str, headings: tuple[str, ...]) -> str:
    """The heading a name is listed under: the last one above it."""
    return [text for text in texts[: texts.index(name)] if text in headings][-1]


def shown_names(window: MainWindow) -> set[str]:
    people_list = window.filter_bar.people_button.list
    return {
        people_list.item(r).text() for r in range(people_list.count()) if not people_list.item(r).isHidden()
    }


def tick(window: MainWindow, name: str) -> None:
    """Tick a name as a click on its box would."""
    item = window.filter_bar.people_button.list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)


def test_people_are_grouped_apart_from_organisations_and_countries(window) -> None:
    texts = list_texts(window)
    groups = ("People", "Organisations", "Countries")
    headings = [text for text in texts if text in groups]
    assert headings == ["People", "Organisations", "Countries"]
    assert heading_of(texts, "Ilham Aliyev", groups) == "People"
    assert heading_of(texts, "SOCAR", groups) == "Organisations"
    assert heading_of(texts, "Lithuania", groups) == "Countries"
    people_at = texts.index("People")
    organisations_at = texts.index("Organisations")
    assert people_at < texts.index("Ilham Aliyev") < organisations_at < texts.index("SOCAR")


def test_the_search_box_finds_a_name_by_an_alias(qtbot, window) -> None:
    button = window.filter_bar.people_button
    qtbot.keyClicks(button.search, "Turkic Council")
    assert "Organization of Turkic States" in shown_names(window)
    assert "Ilham Aliyev" not in shown_names(window)
    people_list = button.list
    shown = [
        people_list.item(r).text() for r in range(people_list.count()) if not people_list.item(r).isHidden()
    ]
    assert shown == ["Organisations", "Organization of Turkic States"]
    button.search.clear()
    assert "Ilham Aliyev" in shown_names(window)


def test_ticking_a_name_filters_and_keeps_the_popup_open(qtbot, window) -> None:
    button = window.filter_bar.people_button
    tick(window, "Artur Rasizade")
    assert window.session.event_filter.people == frozenset({"Artur Rasizade"})
    assert button.text() == "People (1)"
    tick(window, "Karim Masimov")
    assert window.session.event_filter.people == frozenset({"Artur Rasizade", "Karim Masimov"})
    # The list is one widget inside the menu, not one action per name: a click on a name is not an action
    # that closes the menu.
    assert [action.defaultWidget() is not None for action in button.menu().actions()] == [True]
    window.filter_bar.clear_action.trigger()
    assert button.checked() == frozenset()
    item = button.list.findItems("Artur Rasizade", Qt.MatchFlag.MatchExactly)[0]
    assert item.checkState() == Qt.CheckState.Unchecked


def test_the_popup_stays_open_while_names_are_ticked(qtbot, window) -> None:
    button = window.filter_bar.people_button
    menu = button.menu()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    people_list = button.list
    for name in ("Artur Rasizade", "Karim Masimov"):
        people_list.setCurrentItem(people_list.findItems(name, Qt.MatchFlag.MatchExactly)[0])
        qtbot.keyClick(people_list, Qt.Key.Key_Space)
        assert menu.isVisible(), f"the popup closed after ticking {name}"
    assert window.session.event_filter.people == frozenset({"Artur Rasizade", "Karim Masimov"})
    menu.hide()


def test_bilateral_only_filters_and_survives_a_restart(qtbot, database) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    first.filter_bar.bilateral_action.setChecked(True)
    assert first.session.event_filter.bilateral_only
    shown = set(database.filtered_event_ids(first.session.event_filter))
    assert "gabala-turkic-summit-2013" not in shown and "diplomatic-relations-1992" in shown
    first.close()
    second = MainWindow(database)
    qtbot.addWidget(second)
    assert second.session.event_filter == EventFilter(bilateral_only=True)
    assert second.filter_bar.bilateral_action.isChecked()
    second.filter_bar.clear_action.trigger()
    assert not second.filter_bar.bilateral_action.isChecked()


def test_the_detail_pane_labels_people_and_organisations(window) -> None:
    window.session.select(["aliyev-sco-summit-astana-2024"], current="aliyev-sco-summit-astana-2024")
    texts = [label.text() for label in window.details.widget().findChildren(QLabel)]
    assert "People: Ilham Aliyev, Kassym-Jomart Tokayev" in texts
    assert "Organisations: Shanghai Cooperation Organization" in texts
    assert any(text.endswith("held within: SCO") for text in texts)
    assert not any("·" in text and "Ilham Aliyev" in text for text in texts)


def test_the_list_is_built_when_first_asked_for_with_the_names_ticked_before(qtbot, window) -> None:
    button = window.filter_bar.people_button
    assert button._list is None  # the launch leaves the popup's list for its first opening
    button.set_checked(frozenset({"Karim Masimov"}))
    assert button.checked() == frozenset({"Karim Masimov"})
    assert button.text() == "People (1)"
    menu = button.menu()
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    assert button._list is not None
    assert [action.defaultWidget() is not None for action in menu.actions()] == [True]
    ticked = {
        button.list.item(r).text()
        for r in range(button.list.count())
        if button.list.item(r).checkState() == Qt.CheckState.Checked
    }
    assert ticked == {"Karim Masimov"}
    assert button.checked() == frozenset({"Karim Masimov"})
    assert button.search.hasFocus()
    # The box and the list get their accessible names when they are made, as the window's widgets do.
    assert button.search.accessibleName() == "Find a person"
    assert button.list.accessibleName()
    menu.hide()
