"""The translation catalogues are complete, keep their placeholders, and match the code."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.catalogue_files import (
    LANGUAGES,
    PLURAL_FORMS,
    UI_FOLDER,
    code_messages,
    placeholders,
    read_ts,
    ts_path,
)

LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = read_ts(ts_path(language))
    assert len(messages) > 300
    unfinished = [m.source for m in messages if m.kind is not None]
    assert not unfinished, f"{language}: unfinished, obsolete or vanished entries: {unfinished[:10]}"
    empty = [m.source for m in messages if not all(form.strip() for form in m.forms)]
    assert not empty, f"{language}: empty translations: {empty[:10]}"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_plural_forms_are_complete(language: str) -> None:
    plural = [m for m in read_ts(ts_path(language)) if m.numerus]
    assert plural, f"{language}: no plural messages"
    wrong = [(m.source, len(m.forms)) for m in plural if len(m.forms) != PLURAL_FORMS[language]]
    assert not wrong, f"{language}: need {PLURAL_FORMS[language]} plural forms: {wrong}"
    if language == "en":
        assert all(m.kind is None and all(m.forms) for m in plural), "English plural forms unfinished"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_placeholders_are_kept(language: str) -> None:
    broken = [
        (m.context, m.source, form)
        for m in read_ts(ts_path(language))
        for form in m.forms
        if placeholders(form) != placeholders(m.source)
    ]
    assert not broken, f"{language}: placeholders changed: {broken[:5]}"


def test_the_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate run afresh finds exactly the messages the committed catalogues hold."""
    assert LUPDATE.exists() or shutil.which("pyside6-lupdate")
    tool = str(LUPDATE) if LUPDATE.exists() else "pyside6-lupdate"
    fresh = tmp_path / "fresh_de.ts"
    sources = [str(path) for path in sorted(UI_FOLDER.rglob("*.py"))]
    subprocess.run(
        [tool, "-silent", "-locations", "none", "-target-language", "de", *sources, "-ts", str(fresh)],
        check=True,
    )
    expected = {(m.context, m.source, m.numerus) for m in read_ts(fresh)}
    for language in LANGUAGES:
        committed = {(m.context, m.source, m.numerus) for m in read_ts(ts_path(language))}
        assert committed == expected, (
            f"{language}: run scripts/update_translations.sh; "
            f"missing {sorted(expected - committed)[:5]}, stale {sorted(committed - expected)[:5]}"
        )
    english = {(m.context, m.source) for m in read_ts(ts_path("en"))}
    assert english == {(c, s) for c, s, numerus in expected if numerus}


def test_lupdate_sees_every_translated_string_in_the_code() -> None:
    """A call lupdate cannot read (a plural through QCoreApplication.translate, a tr() outside a class)
    would never be translated; every literal one in the code is in the catalogue."""
    catalogue = {(m.context, m.source) for m in read_ts(ts_path("de"))}
    missed = sorted((f, c, s) for f, c, s in code_messages() if (c, s) not in catalogue)
    assert not missed, f"strings lupdate does not extract: {missed[:10]}"


def test_no_phrase_bypasses_the_plural_forms() -> None:
    """Counted phrases use self.tr(text, "", n) or ui/plural.py, never a hand-made singular/plural pair."""
    offenders = []
    for path in UI_FOLDER.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "(s)" in node.value:
                offenders.append((path.name, node.value))
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "counted" and node.args:
                offenders.append((path.name, "counted() with arguments: the old singular/plural pair"))
    assert not offenders, offenders


def test_the_sources_compile_into_catalogues_qt_loads(tmp_path: Path) -> None:
    """What setup.sh and the package build run: every .ts compiles, and Qt translates with the result."""
    from PySide6.QtCore import QTranslator

    from azkz_desktop.ui.catalogues import compile_all

    written = compile_all(tmp_path)
    assert sorted(path.name for path in written) == [
        f"azkz_desktop_{code}.qm" for code in sorted([*LANGUAGES, "en"])
    ]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "azkz_desktop_de.qm"))
    assert translator.translate("WindowMenus", "&File") == "&Datei"
    assert translator.translate("Category", "Economy & trade") == "Wirtschaft & Handel"
    assert translator.translate("Counted", "%n events", "", 5) == "%n Ereignisse"
