"""Category names in the language in use, by category id; a category we do not know keeps its own label.

The labels in the database are English; the six categories of the bundled data are translated here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from azkz_desktop.data.models import Category


def _names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "diplomacy": translate("Category", "Diplomacy"),
        "treaties": translate("Category", "Treaties & law"),
        "economy": translate("Category", "Economy & trade"),
        "energy": translate("Category", "Energy & transport"),
        "culture": translate("Category", "Culture & society"),
        "conflict": translate("Category", "Conflict & security"),
    }


def category_label(category: Category) -> str:
    """The category's name: translated when it is one of ours, else the database's label as it is."""
    return _names().get(category.id, category.label)


def category_labels(categories: Iterable[Category]) -> dict[str, str]:
    """Id → name of each category, as category_label gives it."""
    names = _names()
    return {category.id: names.get(category.id, category.label) for category in categories}
