"""The status bar's note that a database was opened the slow way, and why."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel

from azkz_desktop.ui.plain_text import plain_tooltip
from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

# The reasons data/stored_arrays.py gives (its PROBLEMS, word for word; a test keeps the two alike), marked
# here for translation: {name} and {names} are array names, which stay as they are.
REASONS = (
    QT_TRANSLATE_NOOP("SlowOpen", "the database has no stored timeline arrays"),
    QT_TRANSLATE_NOOP("SlowOpen", "the stored timeline arrays are of another format"),
    QT_TRANSLATE_NOOP("SlowOpen", "the stored timeline arrays lack their description in meta"),
    QT_TRANSLATE_NOOP("SlowOpen", "the events were changed after the timeline arrays were stored"),
    QT_TRANSLATE_NOOP("SlowOpen", "the stored timeline arrays were made for other categories"),
    QT_TRANSLATE_NOOP(
        "SlowOpen", "the stored timeline arrays do not match the events (rows added or removed)"
    ),
    QT_TRANSLATE_NOOP(
        "SlowOpen", "the stored timeline arrays do not match the events (their lanes' lengths differ)"
    ),
    QT_TRANSLATE_NOOP(
        "SlowOpen", "the stored timeline arrays do not match the events (their lengths differ)"
    ),
    QT_TRANSLATE_NOOP("SlowOpen", "the stored timeline arrays have damaged lane offsets"),
    QT_TRANSLATE_NOOP("SlowOpen", "the stored timeline arrays lack {names}"),
    QT_TRANSLATE_NOOP("SlowOpen", "the stored timeline array {name} is damaged"),
    QT_TRANSLATE_NOOP("SlowOpen", "the stored timeline array {name} points outside the events"),
)


def translated_reason(reason: str) -> str:
    """`reason` in the interface's language, the array names it carries kept; an unknown one as it is."""
    for template in REASONS:
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+)", re.escape(template))
        found = re.fullmatch(pattern, reason)
        if found:
            return QCoreApplication.translate("SlowOpen", template).format(**found.groupdict())
    return reason


class ElidedLabel(QLabel):
    """A one-line label that a narrow status bar may shrink: it then ends in "…" (the tooltip and screen
    readers have the whole text) instead of being cut off mid-word."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 12), hint.height())

    def shown_text(self) -> str:
        """The text as painted at the label's present width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(self.alignment() | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(self.contentsRect(), flags, self.shown_text())
        painter.end()


def slow_open_label(reason: str) -> QLabel:
    """A permanent status-bar label, hidden when the database's stored timeline arrays were used."""
    label = ElidedLabel()
    label.setObjectName("slowOpen")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(bool(reason))
    if reason:
        reason = translated_reason(reason)
        label.setText(
            QCoreApplication.translate("SlowOpen", "Opened slowly (every event read): {reason}").format(
                reason=reason
            )
        )
        label.setToolTip(
            plain_tooltip(
                QCoreApplication.translate(
                    "SlowOpen",
                    "This database was opened by reading every event, which is slower for large ones,"
                    " because {reason}. Rebuilding it stores arrays that open at once.",
                ).format(reason=reason)
            )
        )
    return label
