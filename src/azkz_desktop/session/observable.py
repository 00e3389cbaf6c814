"""Plain observable events: what the session tells its views, without Qt.

A view subscribes with `event.connect(callback)`. Bound methods are held weakly, so a view that is gone
is never called and never kept alive by the session; other callables (functions, lambdas, partials) are
held until `Connection.disconnect()` is called or until the `owner` passed to `connect` is collected.
A Qt widget can be deleted by C++ while its Python object lives on: the UI ties each connection to the
widget's `destroyed` signal (`widget.destroyed.connect(connection.disconnect)`) for that reason.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable
from typing import Any, Generic, ParamSpec

P = ParamSpec("P")


class Connection:
    """One subscription: call `disconnect()` to end it (safe to call twice, or during an emit)."""

    def __init__(self, event: Event[Any], callback: Callable[..., object], owner: object | None) -> None:
        self._event: weakref.ref[Event[Any]] = weakref.ref(event)
        self._strong: Callable[..., object] | None = None
        self._weak: weakref.WeakMethod[Callable[..., object]] | None = None
        self._owner: weakref.ref[object] | None = None
        if inspect.ismethod(callback):
            self._weak = weakref.WeakMethod(callback, self._died)
        else:
            self._strong = callback
        if owner is not None:
            try:
                self._owner = weakref.ref(owner, self._died)
            except TypeError:
                raise TypeError(f"the owner of a connection must allow weak references: {owner!r}") from None
        self.connected = True

    def callback(self) -> Callable[..., object] | None:
        """The subscriber, or None once it or its owner is gone or it was disconnected."""
        if not self.connected:
            return None
        if self._owner is not None and self._owner() is None:
            return None
        return self._weak() if self._weak is not None else self._strong

    def disconnect(self, *_: object) -> None:
        """End the subscription (extra arguments are ignored, so it can itself be a slot)."""
        if not self.connected:
            return
        self.connected = False
        self._strong = None
        event = self._event()
        if event is not None:
            event._forget(self)

    def owned_by(self, owner: object | None) -> bool:
        current = self._owner() if self._owner is not None else None
        return current is owner

    def _died(self, _reference: object) -> None:
        self.disconnect()


class Event(Generic[P]):
    """A list of subscribers called, in the order they connected, with the arguments of `emit`."""

    def __init__(self, name: str = "") -> None:
        self.name = name
        self._connections: list[Connection] = []

    def connect(self, callback: Callable[P, object], *, owner: object | None = None) -> Connection:
        """Call `callback` on every emit until disconnected; connecting it again changes nothing."""
        for connection in self._connections:
            if connection.callback() == callback and connection.owned_by(owner):
                return connection
        connection = Connection(self, callback, owner)
        self._connections.append(connection)
        return connection

    def disconnect(self, callback: Callable[P, object]) -> bool:
        """Stop calling `callback`; False if it was not connected."""
        for connection in list(self._connections):
            if connection.callback() == callback:
                connection.disconnect()
                return True
        return False

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """Call every live subscriber; one disconnected by an earlier one in this emit is not called."""
        for connection in tuple(self._connections):
            callback = connection.callback()
            if callback is not None:
                callback(*args, **kwargs)

    def subscriber_count(self) -> int:
        """How many subscribers would be called now."""
        return sum(1 for connection in self._connections if connection.callback() is not None)

    def _forget(self, connection: Connection) -> None:
        if connection in self._connections:
            self._connections.remove(connection)

    def __repr__(self) -> str:
        return f"<Event {self.name or '?'} with {self.subscriber_count()} subscriber(s)>"
