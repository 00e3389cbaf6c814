"""Marking texts for translation where they are defined, to be translated where they are shown.

lupdate reads `QT_TRANSLATE_NOOP("Context", "text")` by its name, whatever module it comes from; this one
returns the text as a str (PySide6's own is typed as returning object), so tables of marked texts keep
their types. The text is translated later with QCoreApplication.translate("Context", text).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text` unchanged; lupdate files it under `context`."""
    del context
    return text
