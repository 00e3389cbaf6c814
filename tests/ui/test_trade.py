"""The trade tab in the window: a line per basis, labels off the data, one click one action, saved safely."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import build_database
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QToolTip

from azkz_desktop.data.database import open_database
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.spans import DaySpan
from azkz_desktop.session import ChartMarker
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.trade.event_marker import EventMarker
from azkz_desktop.ui.trade.series import day_to_seconds, position, seconds_to_day

DB_DIR = Path(build_database.__file__).resolve().parent

EXTRA_TRADE = """
[[trade]]
year = 2021
basis = "kz-government"
turnover_musd = 150
statistics = "Kazakh statistics (test)"
document = "rferl-2004-03-02"
note = "=HYPERLINK(\\"http://example.org\\") a test figure."

[[trade]]
year = 2023
basis = "az-customs"
turnover_musd = 598.5
statistics = "Azerbaijani statistics (test)"
document = "rferl-2004-03-02"
note = "A second figure for 2023."

[[trade]]
year = 2024
basis = "kz-stat"
period = "H1"
turnover_musd = 280.6
document = "rferl-2004-03-02"
note = "Half a year."
"""


@pytest.fixture
def custom_database(tmp_path: Path) -> Path:
    """The real data plus a few trade figures, built the way the app's own database is."""
    source = tmp_path / "db"
    shutil.copytree(DB_DIR, source, ignore=shutil.ignore_patterns("__pycache__"))
    with (source / "trade.toml").open("a", encoding="utf-8") as file:
        file.write(EXTRA_TRADE)
    output = tmp_path / "custom.sqlite"
    build_database.build_database(source, output, built="2026-01-01")
    return output


@pytest.fixture
def trade_window(qtbot, custom_database: Path) -> MainWindow:
    window = MainWindow(open_database(custom_database))
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.tabs.setCurrentWidget(window.trade)
    qtbot.waitExposed(window)
    return window


def click_at(chart, x: float, y: float) -> None:
    """A real left click on the plot at a point given in chart coordinates."""
    view = chart.plot.getPlotItem().getViewBox()
    where = chart.plot.mapFromScene(view.mapViewToScene(QPointF(x, y)))
    QTest.mouseMove(chart.plot.viewport(), where)
    QTest.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def scene_at(chart, x: float, y: float) -> QPointF:
    return chart.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))


def marked_ids(chart) -> list[str]:
    """The events marked on the plot, in the order they were drawn."""
    return [item.event_id for item in chart.plot.getPlotItem().items if isinstance(item, EventMarker)]


def turnover(chart, basis_code: str):
    return next(s for s in chart.series if s.measure == "turnover_musd" and s.basis == basis_code)


def test_the_chart_draws_one_line_per_basis(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    assert chart is not None
    government = turnover(chart, "kz-government")
    assert [(p.source.year, p.value) for p in government.line] == [
        (2021, 150.0),
        (2022, 461.9),
        (2023, 529.4),
        (2024, 533.0),
    ]
    assert [(p.source.year, p.value) for p in government.others] == [(2022, 460.0)]
    statements = turnover(chart, "official-statement")
    assert statements.line == [] and not statements.joined
    assert [(p.source.year, p.value) for p in statements.others] == [
        (2010, 350.0),
        (2017, 142.1),
        (2020, 109.0),
        (2021, 135.7),
        (2023, 529.0),
        (2023, 598.47),
        (2024, 470.0),
    ]
    customs = turnover(chart, "az-customs")
    assert [(p.source.year, p.value) for p in customs.line] == [(2019, 229.6), (2023, 598.5)]
    for series in chart.series:
        assert {p.basis for p in series.all_points()} == {series.basis}
    plotted = sorted(
        (round(x), y) for scatter in chart.scatters for x, y in zip(*scatter.getData(), strict=True)
    )
    assert len(plotted) == 28
    names = [text.text() for _, text in chart.legend.entries]
    assert names[:4] == [
        "Kazakhstan's official statistics",
        "Kazakh government releases",
        "Azerbaijan's State Customs Committee",
        "Statements, unattributed reports (never joined)",
    ]


def test_growth_rates_stand_beside_their_figures_never_over_data(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    for size in ((1024, 640), (1600, 1000)):
        trade_window.resize(*size)
        QTest.qWait(50)
        labels = chart.growth_labels
        assert sorted(item.textItem.toPlainText() for item in labels.items) == [
            "+14.3% reported",
            "+40% reported",
            "+40% reported (no value)",
            "+50% reported",
        ]
        points = [scene_at(chart, p.x, p.value) for s in chart.series for p in s.all_points()]
        rects = [item.sceneBoundingRect() for item in labels.items if item.isVisible()]
        assert len(rects) == 4
        for rect in rects:
            assert not any(rect.contains(p) for p in points)
        for item, rect in zip(labels.items, rects, strict=True):
            mark = item.mark
            anchor = scene_at(chart, mark.x, mark.value if mark.value is not None else 0)
            assert abs(rect.center().x() - anchor.x()) < 160  # at its year, not across the chart


def test_a_click_on_a_figure_shows_it_and_selects_no_event(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    figure = next(p for p in turnover(chart, "official-statement").others if p.source.year == 2010)
    chart.set_events(
        [ChartMarker("trade-growth-40-percent-2023", seconds_to_day(figure.x), "An event right under it")]
    )
    trade_window.session.select([], None)
    assert "Turnover: $350 million" in chart.tooltip_at(scene_at(chart, figure.x, figure.value))
    click_at(chart, figure.x, figure.value)
    texts_shown = [label.text() for label in trade_window.details.widget().findChildren(QLabel)]
    assert "Turnover: $350 million" in texts_shown
    assert trade_window.session.selection == set()
    # Away from any figure the event marker gets the click, and the tooltip says so.
    assert chart.tooltip_at(scene_at(chart, figure.x, 900)).startswith("Economy & trade event")
    click_at(chart, figure.x, 900)
    assert trade_window.session.selection == {"trade-growth-40-percent-2023"}


def test_legend_and_goal_sit_outside_the_plot(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    for size in ((1024, 640), (1600, 1000)):
        trade_window.resize(*size)
        QTest.qWait(50)
        assert trade_window.width() == size[0]  # the chart fits; it never forces the window wider
        legend, plot = chart.legend.geometry(), chart.plot.geometry()
        assert not legend.intersects(plot)
        assert legend.bottom() < plot.top()
        for _icon, text in chart.legend.entries:
            assert chart.legend.rect().contains(text.geometry().translated(text.parentWidget().pos()))
    assert chart.legend.autoFillBackground()
    assert chart.goal_lines and all(getattr(line, "label", None) is None for line in chart.goal_lines)
    words = [text.text() for _, text in chart.legend.entries]
    assert "Goal, not data: $1,000 million turnover (stated 2023-04-10)" in words


def test_a_figure_from_a_bundled_document_opens_in_the_document(trade_window: MainWindow, qtbot) -> None:
    chart = trade_window.trade.chart
    figure = next(p for p in turnover(chart, "official-statement").others if p.source.year == 2020)
    click_at(chart, figure.x, figure.value)
    pane = trade_window.details.widget()
    assert "Turnover: $109 million" in [label.text() for label in pane.findChildren(QLabel)]
    button = next(b for b in pane.findChildren(QPushButton) if b.text() == "Open in Document")
    with qtbot.waitSignal(trade_window.details.open_document) as opened:
        button.click()
    assert opened.args == ["report-tokayev-2024-03-10", 2338, 2452]


def test_tooltips_wrap_and_no_auto_range_badge(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    item = chart.plot.getPlotItem()
    metrics = QFontMetrics(QToolTip.font())
    for series in chart.series:
        for p in series.all_points():
            text = chart.tooltip_at(scene_at(chart, p.x, p.value))
            assert text and max(metrics.horizontalAdvance(line) for line in text.splitlines()) <= 420
    click_at(chart, position(2012), 500)  # hovering and clicking used to bring up pyqtgraph's "A"
    assert item.buttonsHidden and not item.autoBtn.isVisible()


def test_following_a_stretch_without_figures_says_so(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    chart.link.setChecked(True)
    trade_window.session.set_window(DaySpan(728000.0, 729500.0))  # 1994 to 1998
    assert chart.figures_in_view() == 0
    assert chart.empty_note.isVisible()
    assert chart.empty_note.text().startswith("No trade figures for 1994–1998.")
    assert not any(scatter.isVisible() for scatter in chart.scatters)
    trade_window.session.set_window(DaySpan(733000.0, 739000.0))
    assert not chart.empty_note.isVisible() and all(s.isVisible() for s in chart.scatters)


def test_event_markers_match_the_filtered_economy_events(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    economy = [trade_window.index.ids[row] for row in trade_window.index.lanes["economy"].rows]
    assert sorted(marked_ids(chart)) == sorted(economy)
    trade_window.session.set_filter(EventFilter(text="billion"))
    assert marked_ids(chart) == ["trade-growth-40-percent-2023"]
    click_at(chart, chart._event_lines[0].value(), 900)
    assert trade_window.session.selection == {"trade-growth-40-percent-2023"}


def test_the_goal_is_a_dashed_line_named_as_a_goal(trade_window: MainWindow) -> None:
    import pyqtgraph as pg

    chart = trade_window.trade.chart
    goals = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.InfiniteLine) and i.angle == 0]
    assert len(goals) == 1
    assert goals[0].value() == 1000
    assert goals[0].pen.style() == Qt.PenStyle.DashLine
    assert goals[0].goal_words.startswith("Goal, not data")


def test_linking_follows_the_timeline_both_ways(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    chart.link.setChecked(True)
    trade_window.session.set_window(DaySpan(731000.0, 733000.0))
    assert chart.visible_days() == pytest.approx((731000.0, 733000.0), abs=0.01)
    chart.plot.setXRange(day_to_seconds(735000.0), day_to_seconds(736000.0), padding=0)
    assert trade_window.session.window.as_tuple() == pytest.approx((735000.0, 736000.0), abs=0.01)
    chart.link.setChecked(False)
    trade_window.session.set_window(DaySpan(731000.0, 733000.0))
    assert chart.visible_days() == pytest.approx((735000.0, 736000.0), abs=0.01)


def test_saving_the_chart_and_series(trade_window: MainWindow, tmp_path: Path) -> None:
    chart = trade_window.trade.chart
    png, svg, table = tmp_path / "trade.png", tmp_path / "trade.svg", tmp_path / "trade.csv"
    chart.save_chart(png)
    chart.save_chart(svg)
    count = chart.save_series(table)
    assert QImage(str(png)).height() == chart.figure.height()  # the legend is saved with the plot
    assert ElementTree.parse(svg).getroot().tag.endswith("svg")
    with table.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == [
        "year",
        "period",
        "series",
        "basis",
        "basis_name",
        "value_musd",
        "growth_pct",
        "given_by",
        "source",
        "quote_or_note",
    ]
    assert count == len(rows) - 1 == 29  # 28 plotted values and one growth rate without a value
    by_value = {(r[0], r[2], r[5]): r for r in rows[1:]}
    assert by_value[("2023", "Turnover", "598.5")][3:5] == [
        "az-customs",
        "Azerbaijan's State Customs Committee",
    ]
    assert by_value[("2022", "Turnover", "461.9")][6] == "40"
    assert by_value[("2022", "Turnover growth, reported without a value", "")][3] == "official-statement"
    # Through the one CSV writer: a note a spreadsheet would run as a formula is neutralised.
    assert by_value[("2021", "Turnover", "150")][9].startswith("'=HYPERLINK(")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".png", ".svg", ".csv")) == [
        "trade.csv",
        "trade.png",
        "trade.svg",
    ]


def test_the_app_does_not_import_pyqtgraph_until_the_tab_is_shown(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from azkz_desktop.ui.launch import application\n"
        "from azkz_desktop.data.database import open_database\n"
        "from azkz_desktop.data.paths import bundled_database_path\n"
        "from azkz_desktop.ui.main_window import MainWindow\n"
        "app = application()\n"
        "w = MainWindow(open_database(bundled_database_path())); w.show(); app.processEvents()\n"
        "print('before', 'pyqtgraph' in sys.modules)\n"
        "w.tabs.setCurrentWidget(w.trade); app.processEvents()\n"
        "print('after', 'pyqtgraph' in sys.modules, w.trade.chart is not None)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["before", "False", "after", "True", "True"]
