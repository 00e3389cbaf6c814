"""The overview strip through QAccessible: a slider whose value is where the window starts, in years."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAccessible, QAccessibleActionInterface

from azkz_desktop.data.spans import DaySpan
from azkz_desktop.ui import accessibility
from azkz_desktop.ui.accessibility.overview import day_of, year_of
from azkz_desktop.ui.timeline.geometry import PAN_FRACTION
from azkz_desktop.ui.timeline.overview import OverviewStrip
from tests.ui.timeline_data import day, index_of, row, session_of

INCREASE = QAccessibleActionInterface.increaseAction()
DECREASE = QAccessibleActionInterface.decreaseAction()


@pytest.fixture
def strip(qtbot) -> OverviewStrip:
    accessibility.install()
    index = index_of([row("a", day(1992)), row("b", day(2000)), row("c", day(2020))])
    widget = OverviewStrip(session_of(index))
    qtbot.addWidget(widget)
    widget.resize(900, 40)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_years_and_days_convert_both_ways() -> None:
    assert year_of(dt.date(2020, 1, 1).toordinal()) == 2020.0
    assert year_of(dt.date(2020, 7, 2).toordinal()) == pytest.approx(2020 + 183 / 366)
    assert year_of(dt.date(2021, 1, 1).toordinal() + 0.5) == pytest.approx(2021 + 0.5 / 365)
    for value in (1992.0, 2000.25, 2019.999):
        assert year_of(day_of(value)) == pytest.approx(value)


def test_the_value_is_the_windows_start_between_the_ends_of_the_period(strip: OverviewStrip) -> None:
    session = strip.session
    session.set_window(DaySpan(day(2000, 7, 1), day(2004, 7, 1)))
    value = QAccessible.queryAccessibleInterface(strip).valueInterface()
    assert value is not None
    assert value.currentValue() == pytest.approx(2000.5, abs=0.01)
    full = session.padded_full_range
    assert value.minimumValue() == pytest.approx(year_of(full.start), abs=0.01)
    assert value.maximumValue() == pytest.approx(year_of(full.end - session.window.length), abs=0.01)
    assert value.minimumStepSize() == pytest.approx(4 * PAN_FRACTION, abs=0.01)


def test_a_screen_reader_sets_the_value_and_the_window_follows(strip: OverviewStrip) -> None:
    session = strip.session
    session.set_window(DaySpan(day(2000), day(2002)))
    length = session.window.length
    value = QAccessible.queryAccessibleInterface(strip).valueInterface()
    value.setCurrentValue(2010.0)
    assert session.window.start == pytest.approx(day(2010), abs=0.01)
    assert session.window.length == pytest.approx(length)
    value.setCurrentValue("not a year")
    value.setCurrentValue(float("nan"))
    assert session.window.start == pytest.approx(day(2010), abs=0.01)


def test_increase_and_decrease_move_the_window_a_step(strip: OverviewStrip) -> None:
    session = strip.session
    session.set_window(DaySpan(day(2000), day(2004)))
    start, length = session.window.start, session.window.length
    actions = QAccessible.queryAccessibleInterface(strip).actionInterface()
    assert actions.actionNames()[:2] == [INCREASE, DECREASE]
    assert actions.localizedActionDescription(INCREASE) == "Move the window later"
    actions.doAction(INCREASE)
    assert session.window.start == pytest.approx(start + PAN_FRACTION * length)
    actions.doAction(DECREASE)
    actions.doAction(DECREASE)
    assert session.window.start == pytest.approx(start - PAN_FRACTION * length)


def test_a_pan_tells_the_new_value_once_it_settles(strip: OverviewStrip, qtbot, monkeypatch) -> None:
    sent: list[tuple[QAccessible.Event, object]] = []
    real = QAccessible.updateAccessibility

    def record(event) -> None:
        value = event.value() if event.type() == QAccessible.Event.ValueChanged else None
        sent.append((event.type(), value))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    QAccessible.queryAccessibleInterface(strip)
    strip.session.set_window(DaySpan(day(2005), day(2007)))
    qtbot.waitUntil(lambda: any(kind == QAccessible.Event.ValueChanged for kind, _ in sent), timeout=3000)
    values = [value for kind, value in sent if kind == QAccessible.Event.ValueChanged]
    assert values == [pytest.approx(2005.0, abs=0.01)]
    assert (QAccessible.Event.NameChanged, None) in sent
