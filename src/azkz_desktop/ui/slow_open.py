"""The status bar's note that a database was opened the slow way, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from azkz_desktop.ui.plain_text import plain_tooltip


def slow_open_label(reason: str) -> QLabel:
    """A permanent status-bar label, hidden when the database's stored timeline arrays were used."""
    label = QLabel()
    label.setObjectName("slowOpen")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(bool(reason))
    if reason:
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
