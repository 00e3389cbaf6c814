"""A window opened on a stored database draws its first frame from the lanes: the row arrays wait."""

from __future__ import annotations

from azkz_desktop.data.timeline_arrays import ROW_COLUMNS
from azkz_desktop.ui.main_window import MainWindow


def test_the_shown_window_has_read_no_row_array(window: MainWindow, qtbot) -> None:
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.grab()  # every view painted, the list's rows included
    arrays = window.index._arrays
    assert window.event_model.rowCount() >= 140 and window.event_model.data(window.event_model.index(0, 0))
    assert [name for name in (*ROW_COLUMNS, "rowid") if arrays.loaded(name)] == []
    status = window.status_text()
    assert f"{window._database.summary().event_count} events" in status.replace("\u202f", "").replace(",", "")
