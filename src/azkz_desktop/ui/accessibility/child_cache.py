"""Child interfaces of a painted view, kept alive for as long as Qt may use them.

A QAccessibleInterface written in Python dies with its Python wrapper, but Qt's accessibility cache keeps
the raw pointer by id: dropping the last Python reference to a registered interface leaves Qt with a
dangling pointer (a crash the next time a screen reader asks). So every child is registered when it is
made, held here by its key (an event id or a cluster's place, never a layout object), and given up only
through `QAccessible.deleteAccessibleInterface`, which removes it from Qt's cache first.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable
from typing import Generic, TypeVar

from PySide6.QtGui import QAccessible, QAccessibleInterface

Child = TypeVar("Child", bound=QAccessibleInterface)


class ChildCache(Generic[Child]):
    """Interfaces by key, each registered with Qt's cache; forget them through Qt, never by dropping."""

    def __init__(self) -> None:
        self._children: dict[Hashable, tuple[Child, int]] = {}

    def __len__(self) -> int:
        return len(self._children)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._children

    def get(self, key: Hashable, make: Callable[[], Child]) -> Child:
        """The interface for `key`, made (and registered) on first use: the same object every time."""
        entry = self._children.get(key)
        if entry is None:
            child = make()
            entry = (child, int(QAccessible.registerAccessibleInterface(child)))
            self._children[key] = entry
        return entry[0]

    def retain(self, keys: Collection[Hashable]) -> int:
        """Delete the interfaces whose key is not in `keys` (no longer drawn); return how many went."""
        gone = [key for key in self._children if key not in keys]
        for key in gone:
            _, unique_id = self._children.pop(key)
            QAccessible.deleteAccessibleInterface(unique_id)  # Qt deletes it; the wrapper goes invalid
        return len(gone)

    def clear(self) -> None:
        self.retain(())
