"""Help → Keyboard and Mouse: every control of the window as a two-column table, grouped by area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONTROLS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Timeline",
        (
            ("Mouse wheel, pinch", "Zoom around the pointer"),
            ("Drag, Shift+wheel, Shift+Left/Right", "Pan"),
            ("+ and -", "Zoom in and out"),
            ("Ctrl+0", "Fit all"),
            ("Z", "Zoom to the selection"),
            ("Click", "Select an event"),
            ("Ctrl+click", "Add an event to the selection, or take it out"),
            ("Click a cluster", "Zoom into it"),
            ("Ctrl+click a cluster", "Select its events"),
            ("Shift+drag", "Select every event in a span (replaces the selection)"),
            ("Ctrl+Shift+drag", "Add every event in a span to the selection"),
            ("Left/Right", "Previous/next event (its details show at once)"),
            ("Enter, double-click", "Bring the detail pane forward, opening it if it was closed"),
            ("Esc", "Clear the selection"),
            ("Right-click a lane's name", "Move or hide the lane"),
        ),
    ),
    (
        "Moving around the window",
        (
            ("Tab, Shift+Tab", "Next/previous area: search, filters, tabs, timeline, list, details"),
            ("Arrow keys", "Move inside the list, the timeline or a menu"),
            ("Ctrl+1, Ctrl+2, Ctrl+3", "Timeline, Documents, Trade"),
            ("Ctrl+Shift+T", "Trade figures as a table, or the chart again"),
        ),
    ),
    (
        "Search and filters",
        (
            ("Ctrl+F", "Search titles, summaries and documents as you type"),
            ("Enter in the search field", "Select the first hit"),
            ("Esc in the search field", "Clear the search"),
            ("Categories, People, From/To", "Narrow every view, the count and the export"),
            ("Ctrl+Shift+L", "Clear all filters"),
        ),
    ),
    (
        "Documents",
        (
            ("Click a highlighted passage", "Select the events it backs"),
            ("Open in Document (detail pane)", "Show the quoted passage in its document"),
            ("Copy Address, Copy Citation", "Put a source's full address or a citation on the clipboard"),
        ),
    ),
    (
        "Overview strip",
        (("Drag the frame, click", "Move the timeline"), ("Wheel", "Zoom")),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ControlsHelp", text)


def controls_dialog(parent: QWidget | None = None) -> QDialog:
    """A dialog with the controls table; every text is ours (no database text), shown as plain text."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Keyboard and Mouse"))
    dialog.resize(640, 560)
    layout = QVBoxLayout(dialog)
    table = QTreeWidget()
    table.setObjectName("controlsTable")
    table.setColumnCount(2)
    table.setHeaderLabels([tr("Keys or mouse"), tr("What it does")])
    table.setRootIsDecorated(False)
    table.setWordWrap(True)
    table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.header().setStretchLastSection(True)
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
            group.addChild(QTreeWidgetItem([tr(keys), tr(action)]))
        group.setExpanded(True)
    layout.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog
