"""Alt+letter reaches every entry: within each menu and context menu no two entries share an accelerator.

Two entries with one letter make Alt+letter only cycle between them, so each language's catalogue must
give every entry of a menu a letter of its own (checked in every language, with a workspace, so that
the workspace's entries are in the menus too).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from azkz_desktop.ui.language_menu import switch_language
from azkz_desktop.ui.main_window import MainWindow

LANGUAGES = ["en", "de", "ru", "kk", "az"]


def accelerator(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased; None without one."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def clashes(actions: Iterable[QAction]) -> dict[str, list[str]]:
    """The accelerator letters used by more than one visible entry, with those entries' texts."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = accelerator(action.text())
        if letter is not None:
            by_letter[letter].append(action.text())
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def menus_of(window: MainWindow) -> dict[str, list[QAction]]:
    """Every menu of the menu bar, its submenus, and the timeline's and the list's context menus."""
    found: dict[str, list[QAction]] = {"menu bar": window.menuBar().actions()}
    pending = [(action.text(), action.menu()) for action in window.menuBar().actions()]
    while pending:
        name, menu = pending.pop()
        if not isinstance(menu, QMenu):
            continue
        found[name] = menu.actions()
        pending += [(f"{name} → {a.text()}", a.menu()) for a in menu.actions() if a.menu() is not None]
    found["timeline's context menu"] = window.timeline.context_actions
    found["list's context menu"] = window.event_table.context_actions
    return found


def test_accelerator_reads_the_letter_after_a_single_ampersand() -> None:
    assert accelerator("Export &Citations…") == "c"
    assert accelerator("Trade && &Economy") == "e"
    assert accelerator("No letter") is None
    assert clashes([QAction("&Copy"), QAction("&Cut"), QAction("&Paste")]) == {"c": ["&Copy", "&Cut"]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_entries_of_a_menu_share_a_letter(
    qtbot, open_window: Callable[..., MainWindow], language: str
) -> None:
    window = open_window()
    if language != "en":
        window = switch_language(window, language)
        qtbot.addWidget(window)
    found = {name: clashes(actions) for name, actions in menus_of(window).items()}
    assert {name: letters for name, letters in found.items() if letters} == {}
