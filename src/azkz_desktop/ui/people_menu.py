"""The People filter: a button whose popup lists people, organisations and countries apart, with a search box.

The list sits inside the menu as one widget, so ticking a name keeps the popup open; typing in the box
hides the names (and former names or spellings) that do not match.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from azkz_desktop.data.models import Person

NAME_ROLE = Qt.ItemDataRole.UserRole
# The groups in the order shown; a kind the app does not know goes under "Other".
GROUP_ORDER = ("person", "organisation", "country", "other")


def group_label(kind: str) -> str:
    """The heading of a group of names, translated."""
    translate = QCoreApplication.translate
    labels = {
        "person": translate("PeopleButton", "People"),
        "organisation": translate("PeopleButton", "Organisations"),
        "country": translate("PeopleButton", "Countries"),
        "other": translate("PeopleButton", "Other"),
    }
    return labels.get(kind, labels["other"])


class PeopleButton(QToolButton):
    """A tool button with a searchable, grouped, checkable list of everyone named in events."""

    changed = Signal()  # a name was ticked or unticked

    def __init__(self, people: Sequence[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleButton")
        self.setText(self.tr("People"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._people = {person.name: person for person in people}
        self._updating = False

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Find a name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._show_matches)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("peopleList")
        self.list.setMinimumSize(280, 320)
        layout.addWidget(self.list)
        self._items: dict[str, QListWidgetItem] = {}
        self._headers: dict[str, QListWidgetItem] = {}
        self._fill()
        self.list.itemChanged.connect(self._item_changed)

        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        menu.aboutToShow.connect(self.search.setFocus)
        self.setMenu(menu)

    def _fill(self) -> None:
        kinds = {kind: [p for p in self._people.values() if _group(p.kind) == kind] for kind in GROUP_ORDER}
        bold = QFont()
        bold.setBold(True)
        for kind, members in kinds.items():
            if not members:
                continue
            header = QListWidgetItem(group_label(kind))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: neither checkable nor selectable
            header.setFont(bold)
            self.list.addItem(header)
            self._headers[kind] = header
            for person in sorted(members, key=lambda p: p.name.casefold()):
                item = QListWidgetItem(person.name)
                item.setData(NAME_ROLE, person.name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                if person.aliases:
                    item.setToolTip(self.tr("Also: {0}").format(", ".join(person.aliases)))
                self.list.addItem(item)
                self._items[person.name] = item

    def _show_matches(self, text: str) -> None:
        """Hide names that do not match, and the headings of groups left empty."""
        shown: set[str] = set()
        for name, item in self._items.items():
            person = self._people[name]
            hidden = bool(text.strip()) and not person.matches(text)
            item.setHidden(hidden)
            if not hidden:
                shown.add(_group(person.kind))
        for kind, header in self._headers.items():
            header.setHidden(kind not in shown)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._updating:
            self.changed.emit()

    def checked(self) -> frozenset[str]:
        return frozenset(
            name for name, item in self._items.items() if item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, names: frozenset[str]) -> None:
        """Tick exactly `names`, without announcing each change."""
        self._updating = True
        try:
            for name, item in self._items.items():
                item.setCheckState(Qt.CheckState.Checked if name in names else Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self.setText(self.tr("People ({0})").format(len(names)) if names else self.tr("People"))


def _group(kind: str) -> str:
    return kind if kind in GROUP_ORDER else "other"
