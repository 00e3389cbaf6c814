"""Help → Keyboard and Mouse: every description is shown whole, wrapped, in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QTreeWidget

from azkz_desktop.ui.controls_help import controls_dialog
from azkz_desktop.ui.languages import LANGUAGES, apply_language


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_description_is_cut(qtbot, language: str) -> None:
    apply_language(language)
    dialog = controls_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTreeWidget, "controlsTable")
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.header().sectionSize(1) - 2 * margin
    metrics = table.fontMetrics()
    wrapped = 0
    for group in (table.topLevelItem(n) for n in range(table.topLevelItemCount())):
        for row in (group.child(r) for r in range(group.childCount())):
            text = row.text(1)
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
            assert table.visualItemRect(row).height() >= needed.height(), f"{text!r} is cut"
            wrapped += needed.height() > metrics.lineSpacing()
    assert wrapped  # some descriptions are longer than the column: the check above is not idle
