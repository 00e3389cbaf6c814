"""The People filter: a button whose popup lists people, organisations and countries apart, with a search box.

The list sits inside the menu as one widget, so ticking a name keeps the popup open; typing in the box
hides the names (and former names or spellings) that do not match.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget, QWidgetAction

from azkz_desktop.data.models import Person

if TYPE_CHECKING:  # imported when the list is first built: setting up their Qt types costs the launch
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

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
        self._checked: frozenset[str] = frozenset()  # until the list is built, what it is to show
        self._list: QListWidget | None = None
        self._search: QLineEdit | None = None
        self._items: dict[str, QListWidgetItem] = {}
        self._headers: dict[str, QListWidgetItem] = {}

        menu = QMenu(self)
        menu.aboutToShow.connect(self._about_to_show)
        self.setMenu(menu)

    def _about_to_show(self) -> None:
        self.search.setFocus()

    @property
    def search(self) -> QLineEdit:
        """The box that narrows the list, built with it."""
        self._build_once()
        assert self._search is not None
        return self._search

    @property
    def list(self) -> QListWidget:
        """The list of names, built when first needed: most launches never open the popup."""
        self._build_once()
        assert self._list is not None
        return self._list

    def _build_once(self) -> None:
        """Put the search box and the list into the menu, ticked as `set_checked` last said."""
        if self._list is not None:
            return
        from PySide6.QtWidgets import QListWidget

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 6, 6)
        self._search = QLineEdit()
        self._search.setObjectName("peopleSearch")
        self._search.setPlaceholderText(self.tr("Find a name…"))
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._show_matches)
        layout.addWidget(self._search)
        self._list = QListWidget()
        self._list.setObjectName("peopleList")
        self._list.setMinimumSize(280, 320)
        layout.addWidget(self._list)
        self._fill()
        self._list.itemChanged.connect(self._item_changed)
        menu = self.menu()
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        from azkz_desktop.ui.accessibility.names import name_widgets

        name_widgets(panel)  # what screen readers call the box and the list, as for the window's widgets

    def _fill(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        kinds = {kind: [p for p in self._people.values() if _group(p.kind) == kind] for kind in GROUP_ORDER}
        bold = QFont()
        bold.setBold(True)
        for kind, members in kinds.items():
            if not members:
                continue
            header = QListWidgetItem(group_label(kind))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: neither checkable nor selectable
            header.setFont(bold)
            assert self._list is not None
            self._list.addItem(header)
            self._headers[kind] = header
            for person in sorted(members, key=lambda p: p.name.casefold()):
                item = QListWidgetItem(person.name)
                item.setData(NAME_ROLE, person.name)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = person.name in self._checked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                if person.aliases:
                    item.setToolTip(self.tr("Also: {0}").format(", ".join(person.aliases)))
                self._list.addItem(item)
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
        if self._list is None:
            return self._checked
        return frozenset(
            name for name, item in self._items.items() if item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, names: frozenset[str]) -> None:
        """Tick exactly `names`, without announcing each change."""
        self._checked = frozenset(names)
        self._updating = True
        try:
            for name, item in self._items.items():
                item.setCheckState(Qt.CheckState.Checked if name in names else Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self.setText(self.tr("People ({0})").format(len(names)) if names else self.tr("People"))


def _group(kind: str) -> str:
    return kind if kind in GROUP_ORDER else "other"
