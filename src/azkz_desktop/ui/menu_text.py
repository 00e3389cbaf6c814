"""Text from the database made safe to use as a menu or button label."""

from __future__ import annotations


def menu_text(label: str) -> str:
    """`label` with every "&" doubled, so Qt shows it instead of taking it as a shortcut marker."""
    return label.replace("&", "&&")
