"""The languages documents are written in, named in the window's language ("German", "Deutsch").

A module of its own: the detail pane, the document list and the About box all name them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("DocumentList", "English"),
    "de": QT_TRANSLATE_NOOP("DocumentList", "German"),
    "ru": QT_TRANSLATE_NOOP("DocumentList", "Russian"),
    "az": QT_TRANSLATE_NOOP("DocumentList", "Azerbaijani"),
    "kk": QT_TRANSLATE_NOOP("DocumentList", "Kazakh"),
    "tr": QT_TRANSLATE_NOOP("DocumentList", "Turkish"),
}


def language_name(code: str) -> str:
    """The document's language in the window's language ("German", "Deutsch"), or its code as recorded."""
    if code in LANGUAGES:
        return QCoreApplication.translate("DocumentList", LANGUAGES[code])
    return code or QCoreApplication.translate("DocumentList", "unknown language")
