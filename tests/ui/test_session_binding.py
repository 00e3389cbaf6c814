"""A widget subscribed to a session event is never called once Qt has deleted it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from azkz_desktop.session.observable import Event
from azkz_desktop.ui.session_binding import bind


class Recorder(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[int] = []

    def record(self, value: int) -> None:
        self.calls.append(value)


def test_a_bound_slot_is_called_while_the_widget_lives(qtbot) -> None:
    event: Event[[int]] = Event("changed")
    widget = Recorder()
    qtbot.addWidget(widget)
    bind(event, widget, widget.record)
    event.emit(7)
    assert widget.calls == [7]


def test_a_deleted_widget_is_never_called(qtbot) -> None:
    event: Event[[int]] = Event("changed")
    widget = Recorder()
    calls = widget.calls
    seen: list[int] = []
    bind(event, widget, widget.record)
    bind(event, widget, seen.append)  # a lambda-like slot, held until the widget goes
    assert event.subscriber_count() == 2
    widget.deleteLater()
    qtbot.wait(10)
    event.emit(1)
    assert calls == []
    assert seen == []
    assert event.subscriber_count() == 0
