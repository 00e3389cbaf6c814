"""The trade tab: sourced points only, gaps kept, disagreements shown, tied to the timeline, saved safely."""

from __future__ import annotations

import csv
import math
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import build_database
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from azkz_desktop.data.database import open_database
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.models import TradePoint
from azkz_desktop.ui.main_window import MainWindow
from azkz_desktop.ui.trade.series import build_series, day_to_seconds, position, seconds_to_day

DB_DIR = Path(build_database.__file__).resolve().parent

EXTRA_TRADE = """
[[trade]]
year = 2021
turnover_musd = 150
statistics = "Kazakh statistics (test)"
document = "rferl-2004-03-02"
note = "A test figure."

[[trade]]
year = 2023
turnover_musd = 598.5
statistics = "Azerbaijani statistics (test)"
document = "rferl-2004-03-02"
note = "A second figure for 2023."

[[trade]]
year = 2024
period = "H1"
turnover_musd = 280.6
document = "rferl-2004-03-02"
note = "Half a year."
"""


def point(year: int, turnover: float | None = None, period: str = "year", quote: str | None = None, **extra):
    return TradePoint(year, None, None, turnover, None, None, "doc", quote, None, period=period, **extra)


def test_gaps_between_years_stay_gaps() -> None:
    series = build_series([point(2005, 10), point(2006, 12), point(2010, 30), point(2011, 31)])[0]
    xs, ys = series.line_arrays()
    assert len(xs) == 5
    assert math.isnan(xs[2]) and math.isnan(ys[2])
    assert ys[:2] == [10, 12] and ys[3:] == [30, 31]


def test_two_sources_for_one_year_give_two_points() -> None:
    series = build_series([point(2023, 529.4), point(2023, 598.47), point(2024, 280.6, "H1")])[0]
    assert [p.value for p in series.line] == [529.4]
    assert [p.value for p in series.others] == [598.47]
    assert [p.value for p in series.partial] == [280.6]
    assert series.partial[0].x == position(2024, "H1") < position(2024)


def test_the_tooltip_names_year_value_series_and_source() -> None:
    source = point(
        2020,
        109,
        quote="from $109 million",
        document_title="Interview",
        outlet="Report",
        published="2024-03-10",
    )
    chart_point = build_series([source])[0].line[0]
    text = chart_point.describe()
    assert text.splitlines()[:2] == ["Turnover: $109.0 million", "2020"]
    assert "Source: Interview · Report · 2024-03-10" in text
    assert "“from $109 million”" in text


def test_day_and_chart_time_convert_both_ways() -> None:
    assert seconds_to_day(day_to_seconds(730000.25)) == pytest.approx(730000.25)
    assert day_to_seconds(719163) == 0.0  # 1 January 1970


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


def test_the_chart_shows_the_database_figures(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    assert chart is not None
    turnover = chart.series[0]
    assert [(p.source.year, p.value) for p in turnover.line] == [
        (2010, 350.0),
        (2017, 142.1),
        (2019, 229.6),
        (2020, 109.0),
        (2021, 135.7),
        (2022, 461.9),
        (2023, 529.4),
        (2024, 533.0),
    ]
    assert [(p.source.year, p.value) for p in turnover.others] == [
        (2021, 150.0),
        (2022, 460.0),
        (2023, 529.0),
        (2023, 598.47),
        (2023, 598.5),
        (2024, 470.0),
    ]
    assert [(p.source.year, p.source.period) for p in turnover.partial] == [
        (2022, "H1"),
        (2024, "H1"),
        (2024, "H1"),
        (2024, "H1"),
        (2025, "H1"),
    ]
    exports = chart.series[1]
    assert [(p.source.year, p.value) for p in exports.line] == [(2005, 129.0), (2019, 205.0), (2022, 375.3)]
    plotted = sorted(
        (round(x), y) for scatter in chart.scatters for x, y in zip(*scatter.getData(), strict=True)
    )
    assert len(plotted) == 26
    _, ys = turnover.line_arrays()
    assert math.isnan(ys[3])  # 2017 to 2019: no 2018 turnover, so the line breaks


def test_hovering_a_point_shows_its_source(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    scatter = chart.scatters[0]
    spot = next(s for s in scatter.points() if s.data().source.year == 2020)
    tip = scatter.opts["tip"](x=spot.pos().x(), y=spot.pos().y(), data=spot.data())
    assert "Turnover: $109.0 million" in tip
    assert "Report (relaying the newspaper Azerbaijan)" in tip


def test_clicking_a_point_opens_its_source_in_the_detail_pane(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    others = next(s for s in chart.scatters if s.name() == "Turnover: another source")
    spot = next(s for s in others.points() if s.data().value == 598.5)
    others.sigClicked.emit(others, [spot], None)
    texts = [label.text() for label in trade_window.details.widget().findChildren(QLabel)]
    assert "Trade figure" in texts and "Turnover: $598.5 million" in texts
    assert "A second figure for 2023." in texts
    assert "www.rferl.org/a/1051730.html" in texts


def test_event_markers_match_the_filtered_economy_events(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    economy = [trade_window.index.ids[row] for row in trade_window.index.lanes["economy"].rows]
    assert sorted(chart.event_marker_ids()) == sorted(economy)
    trade_window.state.set_filter(EventFilter(text="billion"))
    assert chart.event_marker_ids() == ["trade-growth-40-percent-2023"]
    line = chart._event_lines[0]
    line.sigClicked.emit(line, None)
    assert trade_window.state.selection == {"trade-growth-40-percent-2023"}


def test_the_goal_is_a_dashed_line_labelled_as_a_goal(trade_window: MainWindow) -> None:
    import pyqtgraph as pg

    chart = trade_window.trade.chart
    goals = [i for i in chart.plot.getPlotItem().items if isinstance(i, pg.InfiniteLine) and i.angle == 0]
    assert len(goals) == 1
    assert goals[0].value() == 1000
    assert goals[0].label.format.startswith("Goal, not data")


def test_linking_follows_the_timeline_both_ways(trade_window: MainWindow) -> None:
    chart = trade_window.trade.chart
    chart.link.setChecked(True)
    trade_window.state.set_window(731000.0, 733000.0)
    assert chart.visible_days() == pytest.approx((731000.0, 733000.0), abs=0.01)
    chart.plot.setXRange(day_to_seconds(735000.0), day_to_seconds(736000.0), padding=0)
    assert trade_window.state.window == pytest.approx((735000.0, 736000.0), abs=0.01)
    chart.link.setChecked(False)
    trade_window.state.set_window(731000.0, 733000.0)
    assert chart.visible_days() == pytest.approx((735000.0, 736000.0), abs=0.01)


def test_saving_the_chart_and_series(trade_window: MainWindow, tmp_path: Path) -> None:
    chart = trade_window.trade.chart
    png, svg, table = tmp_path / "trade.png", tmp_path / "trade.svg", tmp_path / "trade.csv"
    chart.save_chart(png)
    chart.save_chart(svg)
    count = chart.save_series(table)
    assert not QImage(str(png)).isNull()
    assert ElementTree.parse(svg).getroot().tag.endswith("svg")
    with table.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["year", "period", "series", "value_musd", "statistics", "source", "quote_or_note"]
    assert count == len(rows) - 1 == 26
    assert rows[1 + [r[:4] for r in rows[1:]].index(["2023", "year", "Turnover", "598.5"])][:4] == [
        "2023",
        "year",
        "Turnover",
        "598.5",
    ]
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
