"""Help → Keyboard and Mouse: every control of the window as a two-column table, grouped by area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

CONTROLS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("ControlsHelp", "Timeline"),
        (
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Mouse wheel, pinch"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Zoom around the pointer"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Drag, Shift+wheel, Shift+Left/Right"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Pan"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "+ and -"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Zoom in and out"),
            ),
            (QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+0"), QT_TRANSLATE_NOOP("ControlsHelp", "Fit all")),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Z"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Zoom to the selection"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Click"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Select an event"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+click"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Add an event to the selection, or take it out"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Click a cluster"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Zoom into it"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+click a cluster"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Select its events"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Shift+drag"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Select every event in a span (replaces the selection)"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+Shift+drag"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Add every event in a span to the selection"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Left/Right"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Previous/next event (its details show at once)"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Enter, double-click"),
                QT_TRANSLATE_NOOP(
                    "ControlsHelp", "Bring the detail pane forward, opening it if it was closed"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Esc"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Clear the selection"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Right-click a lane's name"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Move or hide the lane"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ControlsHelp", "Moving around the window"),
        (
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Tab, Shift+Tab"),
                QT_TRANSLATE_NOOP(
                    "ControlsHelp",
                    "Next/previous area: search, filters, tabs, timeline, overview, list, details",
                ),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Arrow keys"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Move inside the list, the timeline or a menu"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+1, Ctrl+2, Ctrl+3"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Timeline, Documents, Trade"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+Shift+T"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Trade figures as a table, or the chart again"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ControlsHelp", "Search and filters"),
        (
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+F"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Search titles, summaries and documents as you type"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Enter in the search field"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Select the first hit"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Esc in the search field"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Clear the search"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Categories, People, From/To"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Narrow every view, the count and the export"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+Shift+L"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Clear all filters"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ControlsHelp", "Documents"),
        (
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Click a highlighted passage"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Select the events it backs"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Open in Document (detail pane)"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Show the quoted passage in its document"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Copy Address, Copy Citation"),
                QT_TRANSLATE_NOOP(
                    "ControlsHelp", "Put a source's full address or a citation on the clipboard"
                ),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ControlsHelp", "Your workspace"),
        (
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "S"),
                QT_TRANSLATE_NOOP(
                    "ControlsHelp", "Star the selected events, or unstar them (also in the context menus)"
                ),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "★ in the filter bar"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Show only starred events, with the other filters"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Type in My note (detail pane)"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Write a note; it is saved as you type"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+N"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Add an event of your own"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Ctrl+Z, Ctrl+Shift+Z"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Undo and redo stars, notes and your own events"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ControlsHelp", "Overview strip"),
        (
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Drag the frame, click"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Move the timeline"),
            ),
            (QT_TRANSLATE_NOOP("ControlsHelp", "Wheel"), QT_TRANSLATE_NOOP("ControlsHelp", "Zoom")),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Tab from the timeline"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Give the strip the keyboard (a ring shows it has it)"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Left/Right, Page Up/Page Down"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Move the timeline by a step, or by a whole window"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "+ and -"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Zoom in and out"),
            ),
            (
                QT_TRANSLATE_NOOP("ControlsHelp", "Home, End"),
                QT_TRANSLATE_NOOP("ControlsHelp", "Go to the start or the end of the period"),
            ),
        ),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ControlsHelp", text)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped description. A tree view asks for row heights without saying how wide
    the column is, so word wrap alone leaves every row one line high and cuts a long description (German,
    Kazakh, or any language at a large font) with an ellipsis; this measures the last column at its width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        header = self._view.header()
        if index.column() != header.count() - 1:
            return super().sizeHint(option, index)
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, max(header.sectionSize(index.column()), 1), 1)
        return super().sizeHint(measured, index)


def controls_dialog(parent: QWidget | None = None) -> QDialog:
    """A dialog with the controls table; every text is ours (no database text), shown as plain text."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ControlsHelp", "Keyboard and Mouse"))
    dialog.resize(640, 560)
    layout = QVBoxLayout(dialog)
    table = QTreeWidget()
    table.setObjectName("controlsTable")
    table.setColumnCount(2)
    table.setHeaderLabels(
        [
            QCoreApplication.translate("ControlsHelp", "Keys or mouse"),
            QCoreApplication.translate("ControlsHelp", "What it does"),
        ]
    )
    table.setRootIsDecorated(False)
    table.setWordWrap(True)
    table.setItemDelegate(WrappingDelegate(table))
    table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.header().setStretchLastSection(True)
    table.header().sectionResized.connect(lambda *_: table.doItemsLayout())  # heights for the new width
    for section, rows in CONTROLS:
        group = QTreeWidgetItem([tr(section)])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        table.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        for keys, action in rows:
            row = QTreeWidgetItem([tr(keys), tr(action)])
            for column in (0, 1):  # keys level with the first line of a wrapped description
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            group.addChild(row)
        group.setExpanded(True)
    layout.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog
