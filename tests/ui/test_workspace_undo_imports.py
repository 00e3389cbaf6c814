"""Edit → Undo of a CSV import and of a workspace merge, through the real window's menu actions."""

from __future__ import annotations

from pathlib import Path

from azkz_desktop.data.workspace import OwnEventDraft
from azkz_desktop.ui.workspace import menus

HEADER = "date,title,summary,category,source address,my note\r\n"


def write_csv(path: Path, count: int) -> Path:
    rows = "".join(
        f"2019-04-{day:02d},Own seminar {day},,diplomacy,https://example.org/{day},"
        + ("a note of the import" if day == 1 else "")
        + "\r\n"
        for day in range(1, count + 1)
    )
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def own_ids(window) -> set[str]:
    mine = window.index.mine
    return set() if mine is None else {window.index.ids[int(row)] for row in mine.nonzero()[0]}


def test_undo_takes_back_the_whole_import_and_redo_brings_it_again(open_window, tmp_path: Path) -> None:
    window = open_window()
    ui = window.workspace_ui
    before = len(window.index)
    dialog = menus.import_csv_file(ui, write_csv(tmp_path / "seminars.csv", 12))
    dialog.import_button.click()
    imported = own_ids(window)
    assert len(imported) == 12 and len(window.index) == before + 12
    assert ui.undo_action.isEnabled()
    assert ui.undo_action.text().replace("&", "") == "Undo Import of 12 Events"
    noted = next(i for i in imported if ui.workspace.note(i) is not None)
    assert noted in ui.notes  # the list's ✎ and the tooltip know the imported note

    ui.undo_action.trigger()  # one step takes back all twelve
    assert own_ids(window) == set() and len(window.index) == before
    assert ui.workspace.own_events() == [] and ui.workspace.note(noted) is None
    assert noted not in ui.notes
    assert ui.redo_action.text().replace("&", "") == "Redo Import of 12 Events"
    assert not ui.undo_action.isEnabled()

    ui.redo_action.trigger()
    assert own_ids(window) == imported  # the same events, with the same ids
    assert ui.workspace.note(noted).text == "a note of the import"
    window.filter_bar.search.setText("seminar")
    window.filter_bar.apply()
    assert all(window.session.is_shown(i) for i in imported)


def test_undo_of_a_merge_takes_back_its_stars_notes_and_events(open_window, tmp_path: Path) -> None:
    laptop = open_window(tmp_path / "laptop.sqlite")
    starred_there = laptop.index.ids[4]
    laptop.session.select([starred_there], current=starred_there)
    laptop.workspace_ui.toggle_star()
    laptop.workspace_ui.save_note(starred_there, "", "written on the laptop")
    own = laptop.workspace_ui.workspace.add_own_event(
        OwnEventDraft(start="2012-06", title="Laptop's seminar", category="diplomacy", source_text="notes")
    )
    transfer = tmp_path / "laptop.azkz-workspace"
    assert menus.export_to(laptop.workspace_ui, transfer)

    desk = open_window(tmp_path / "desk.sqlite")
    ui = desk.workspace_ui
    kept_star = desk.index.ids[6]
    desk.session.select([kept_star], current=kept_star)
    ui.toggle_star()
    menus.import_workspace_file(ui, transfer).merge_button.click()
    assert ui.workspace.starred_ids() == {starred_there, kept_star}
    assert desk.session.is_starred(starred_there)
    assert own.id in own_ids(desk)
    assert ui.undo_action.text().replace("&", "") == "Undo Merge of laptop.azkz-workspace"

    ui.undo_action.trigger()
    assert ui.workspace.starred_ids() == {kept_star}  # the star made here before stays
    assert not desk.session.is_starred(starred_there)
    assert ui.workspace.note(starred_there) is None
    assert own_ids(desk) == set()
    ui.undo_action.trigger()  # the step before the merge: the star made here
    assert ui.workspace.starred_ids() == set()
    ui.redo_action.trigger()
    ui.redo_action.trigger()
    assert ui.workspace.starred_ids() == {starred_there, kept_star}
    assert ui.workspace.note(starred_there).text == "written on the laptop"
    assert own.id in own_ids(desk)


def test_the_undo_text_follows_the_language(open_window, tmp_path: Path) -> None:
    from azkz_desktop.ui.languages import apply_language

    apply_language("ru")
    window = open_window()
    ui = window.workspace_ui
    assert ui.undo_action.text() == "&Отменить"
    menus.import_csv_file(ui, write_csv(tmp_path / "seminars.csv", 5)).import_button.click()
    assert ui.undo_action.text() == "&Отменить импорт 5 событий"  # the plural form for 5
    ui.undo_action.trigger()
    assert ui.redo_action.text() == "&Повторить импорт 5 событий"
    assert ui.undo_action.text() == "&Отменить"
