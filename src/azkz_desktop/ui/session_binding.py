"""Subscribing a Qt widget to a session event, so that a widget deleted by Qt is never called again.

Bound methods are already held weakly by the session's events, but a widget's Python wrapper can outlive
the C++ object (deleteLater, a closed window): calling a slot then raises. `bind` ends the subscription
when the widget is destroyed, so every view subscribes through it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from azkz_desktop.session.observable import Connection, Event


def bind(event: Event[Any], widget: QObject, slot: Callable[..., object]) -> Connection:
    """Call `slot` on every emit of `event` until `widget` is destroyed (or the connection is ended)."""
    connection = event.connect(slot, owner=None if _is_bound_to(slot, widget) else widget)
    widget.destroyed.connect(connection.disconnect)
    return connection


def _is_bound_to(slot: Callable[..., object], widget: QObject) -> bool:
    return getattr(slot, "__self__", None) is widget
