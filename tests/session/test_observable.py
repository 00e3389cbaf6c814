"""Plain observable events: subscribers are called in order, and ones that are gone are never called."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from azkz_desktop.session import Event


class View:
    def __init__(self) -> None:
        self.seen: list[int] = []

    def on_value(self, value: int) -> None:
        self.seen.append(value)


def test_subscribers_are_called_in_order_with_the_arguments() -> None:
    event: Event[[int]] = Event("value")
    calls: list[str] = []
    event.connect(lambda value: calls.append(f"first {value}"))
    event.connect(lambda value: calls.append(f"second {value}"))
    event.emit(7)
    assert calls == ["first 7", "second 7"]


def test_disconnect_by_handle_or_by_callback() -> None:
    event: Event[[int]] = Event()
    view = View()
    seen: list[int] = []
    connection = event.connect(seen.append)
    event.connect(view.on_value)
    connection.disconnect()
    connection.disconnect()  # twice is harmless
    assert event.disconnect(view.on_value)
    assert not event.disconnect(view.on_value)
    event.emit(1)
    assert seen == [] and view.seen == []
    assert event.subscriber_count() == 0


def test_connecting_the_same_callback_twice_calls_it_once() -> None:
    event: Event[[int]] = Event()
    view = View()
    first = event.connect(view.on_value)
    second = event.connect(view.on_value)
    event.emit(3)
    assert view.seen == [3]
    assert first is second


def test_a_view_that_is_gone_is_not_called_nor_kept_alive() -> None:
    event: Event[[int]] = Event()
    view = View()
    event.connect(view.on_value)
    event.emit(1)
    assert view.seen == [1]
    del view
    gc.collect()
    assert event.subscriber_count() == 0
    event.emit(2)  # nothing left to call, and no error


def test_a_function_tied_to_an_owner_goes_with_the_owner() -> None:
    event: Event[[int]] = Event()
    owner = View()
    calls: list[int] = []
    event.connect(calls.append, owner=owner)
    event.emit(1)
    del owner
    gc.collect()
    event.emit(2)
    assert calls == [1]
    assert event.subscriber_count() == 0


def test_an_owner_must_allow_weak_references() -> None:
    event: Event[[int]] = Event()
    with pytest.raises(TypeError, match="weak references"):
        event.connect(print, owner=42)


def test_a_subscriber_disconnected_during_an_emit_is_not_called_after() -> None:
    event: Event[[]] = Event()
    calls: list[str] = []
    later = None

    def first() -> None:
        calls.append("first")
        assert later is not None
        later.disconnect()

    event.connect(first)
    later = event.connect(lambda: calls.append("later"))
    event.emit()
    event.emit()
    assert calls == ["first", "first"]


def test_a_subscriber_connected_during_an_emit_waits_for_the_next() -> None:
    event: Event[[]] = Event()
    calls: list[str] = []

    def first() -> None:
        calls.append("first")
        event.connect(lambda: calls.append("new"))

    event.connect(first)
    event.emit()
    assert calls == ["first"]
    event.emit()
    assert calls == ["first", "first", "new"]


def test_a_connection_can_itself_be_a_slot_with_arguments() -> None:
    """A Qt widget's `destroyed(QObject)` can be wired straight to `disconnect`."""
    event: Event[[int]] = Event()
    seen: list[int] = []
    connection = event.connect(seen.append)
    connection.disconnect(object())
    event.emit(1)
    assert seen == []


def test_importing_the_session_layer_loads_no_qt() -> None:
    code = (
        "import sys, azkz_desktop.session, azkz_desktop.data.row_queries\n"
        "qt = ('PySide6', 'shiboken6', 'pyqtgraph')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in qt))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
