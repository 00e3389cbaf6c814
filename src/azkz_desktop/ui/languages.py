"""The languages the app speaks, the one chosen (View → Language, remembered) and loading its catalogues.

"system" follows the desktop's language when it is one of ours, else English. The event texts from the
database (titles, summaries, quotes) stay in English whatever the choice; only the app's own words change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from azkz_desktop.ui.catalogues import catalogue_path, qt_catalogue_path
from azkz_desktop.ui.timeline import axis

SETTING = "view/language"
SYSTEM = "system"
# Each language under its own name, as people look for it in a menu.
LANGUAGES = {
    "en": "English",
    "az": "Azərbaycan dili",
    "kk": "Қазақ тілі",
    "ru": "Русский",
    "de": "Deutsch",
}
# Languages Qt ships no catalogue for: its own dialog buttons stay in English there.
WITHOUT_QT_CATALOGUE = ("az",)

_installed: list[QTranslator] = []
_current = "en"


def saved_language() -> str:
    """The choice remembered in the settings: a code of LANGUAGES or "system"."""
    value = QSettings().value(SETTING, SYSTEM)
    return value if isinstance(value, str) and (value in LANGUAGES or value == SYSTEM) else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language code a choice means: "system" is the desktop's language when we speak it, else English."""
    if choice in LANGUAGES:
        return choice
    locale = system or QLocale.system()
    for language in locale.uiLanguages():
        code = language.replace("_", "-").split("-", 1)[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def current_language() -> str:
    """The code of the language in use now."""
    return _current


def locale() -> QLocale:
    """The locale dates and numbers are written in: the language in use."""
    return QLocale(_current)


def apply_language(choice: str) -> str:
    """Install the catalogues of `choice` (replacing the previous ones) and make it the default locale."""
    global _current
    code = resolve(choice)
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if app is not None:
        # English's plural forms ("1 event") first; the chosen language's catalogues before them.
        paths = [catalogue_path("en")]
        if code != "en":
            paths += [catalogue_path(code), qt_catalogue_path(code)]
        for path in paths:
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    _current = code
    chosen = QLocale(code)
    QLocale.setDefault(chosen)
    short = QLocale.FormatType.ShortFormat
    months = tuple(chosen.standaloneMonthName(month, short) for month in range(1, 13))
    axis.use_month_words(axis.SHORT_MONTHS if code == "en" else months, "." if code == "de" else "")
    return code


def remember_language(choice: str) -> None:
    QSettings().setValue(SETTING, choice)
