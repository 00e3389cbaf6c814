"""View → Show Figures as Table: the trade figures as a table, by keyboard and through QAccessible, and
remembered between launches."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible

from azkz_desktop.data.database import RelationsDatabase
from azkz_desktop.data.models import TradePoint, format_musd
from azkz_desktop.ui.accessibility.chart_table import figure_rows
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.settings_store import FIGURES_AS_TABLE


def point(year: int, **values: object) -> TradePoint:
    fields: dict[str, object] = {
        "exports_musd": None,
        "imports_musd": None,
        "turnover_musd": None,
        "growth_pct": None,
        "statistics": "State Customs Committee",
        "document_id": "doc",
        "quote": None,
        "year_note": None,
        "document_title": "A report",
        "outlet": "An outlet",
        "published": "2020-01-01",
    }
    fields.update(values)
    return TradePoint(year, **fields)  # type: ignore[arg-type]


def test_rows_give_each_figure_as_written_with_basis_and_source() -> None:
    rows = figure_rows(
        [
            point(2019, turnover_musd=1234.5, exports_musd=598.47),
            point(2018, growth_pct=12.5),
            point(2020, turnover_musd=529.0, period="H1"),
        ]
    )
    cells = [row.cells for row in rows]
    assert cells[0][:3] == ("2018", "Turnover growth, +12.5 %", "")
    assert cells[1][:3] == ("2019", "Turnover", "1,234.5")
    assert cells[2][:3] == ("2019", "Kazakh exports to Azerbaijan", "598.47")
    assert cells[3][:3] == ("2020, first half", "Turnover", "529")
    assert cells[1][4] == "State Customs Committee"
    assert cells[1][5] == "A report · An outlet · 2020-01-01"


def test_the_menu_shows_the_table_focused_and_enter_shows_the_source(window: MainWindow, qtbot) -> None:
    window.table_action.trigger()
    table = window.trade.table
    assert table is not None
    assert window.tabs.currentWidget() is window.trade
    qtbot.waitUntil(table.hasFocus)
    assert table.isVisible()
    assert window.trade.chart is None or not window.trade.chart.isVisible()
    points = window._database.trade_points()
    assert table.model().rowCount() >= len([p for p in points if p.turnover_musd is not None])
    first = table.model().index(0, 2).data()
    values = {format_musd(v) for p in points for v in (p.turnover_musd, p.exports_musd, p.imports_musd) if v}
    assert first in values | {""}
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    with qtbot.waitSignal(window.trade.source_requested) as shown:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shown.args[0] is table.figures.rows[1].source
    window.table_action.trigger()
    assert not table.isVisible()
    assert window.trade.chart is not None and window.trade.chart.isVisible()


def test_a_screen_reader_reads_the_cells_and_headers(window: MainWindow, qtbot) -> None:
    window.table_action.trigger()
    table = window.trade.table
    assert table is not None
    interface = QAccessible.queryAccessibleInterface(table)
    assert interface.role() == QAccessible.Role.Table
    assert interface.text(QAccessible.Text.Name) == "Trade figures"
    # Qt's table interface lists the header row first (a corner, then the column headers), then the
    # cells row by row.
    count = interface.childCount()
    children = [interface.child(n) for n in range(min(count, 14))]
    texts = [child.text(QAccessible.Text.Name) for child in children]
    headers = [
        child.text(QAccessible.Text.Name)
        for child in children
        if child.role() == QAccessible.Role.ColumnHeader
    ]
    assert headers[:6] == ["Year", "Measure", "Value, USD million", "Basis", "Given by", "Source"]
    cells = [
        text for child, text in zip(children, texts, strict=True) if child.role() == QAccessible.Role.Cell
    ]
    model = table.model()
    assert cells[:6] == [model.index(0, column).data() for column in range(6)]


def shown_window(qtbot, database: RelationsDatabase) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_table_is_remembered_and_built_when_the_trade_tab_is_shown(
    qtbot, database: RelationsDatabase
) -> None:
    first = shown_window(qtbot, database)
    first.table_action.trigger()
    first.close()
    second = shown_window(qtbot, database)
    assert second.table_action.isChecked()
    assert second.tabs.currentWidget() is not second.trade  # the window opens where it did, not on Trade
    assert second.trade.table is None and second.trade.chart is None  # nothing built for a hidden tab
    second.tabs.setCurrentWidget(second.trade)
    table = second.trade.table
    assert table is not None and table.isVisible()
    assert second.trade.chart is None  # the chart waits until it is asked for
    second.table_action.trigger()  # the chart again
    assert not table.isVisible()
    assert second.trade.chart is not None and second.trade.chart.isVisible()
    second.close()
    third = shown_window(qtbot, database)
    assert not third.table_action.isChecked()
    third.tabs.setCurrentWidget(third.trade)
    assert third.trade.table is None
    assert third.trade.chart is not None and third.trade.chart.isVisible()


def test_the_table_survives_a_change_of_language(qtbot, database: RelationsDatabase) -> None:
    from azkz_desktop.ui.language_menu import switch_language

    first = shown_window(qtbot, database)
    first.table_action.trigger()
    replacement = switch_language(first, "de")
    qtbot.addWidget(replacement)
    try:
        assert replacement.table_action.isChecked()
        assert replacement.tabs.currentWidget() is replacement.trade
        assert replacement.trade.table is not None and replacement.trade.table.isVisible()
    finally:
        switch_language(replacement, "en").close()


def test_a_damaged_saved_choice_means_the_chart(qtbot, database: RelationsDatabase) -> None:
    settings = QSettings()
    settings.setValue(FIGURES_AS_TABLE, "perhaps")
    settings.sync()
    window = shown_window(qtbot, database)
    assert not window.table_action.isChecked()
    window.tabs.setCurrentWidget(window.trade)
    assert window.trade.table is None and window.trade.chart is not None
