"""Hiding a lane takes its events out of the count, the list and "Export All Shown Events"."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from azkz_desktop.ui.main_window import MainWindow


def listed_categories(window: MainWindow) -> set[str]:
    index, model = window.index, window.event_model
    return {index.categories[index.category_codes[model.row_at(p)]] for p in range(model.rowCount())}


def test_a_hidden_lane_leaves_the_count_the_list_and_the_export(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    culture = int(
        sum(1 for code in window.index.category_codes if window.index.categories[code] == "culture")
    )
    assert culture > 0
    window._lane_actions["culture"].setChecked(False)  # View → Lanes → Culture & society
    assert "culture" not in listed_categories(window)
    assert window.event_model.rowCount() == len(window.index.ids) - culture
    total = len(window.index.ids)
    assert f"{total - culture} of {total} events shown" in window.status_label.text()
    assert "1 lane hidden" in window.status_label.text()
    target = tmp_path / "shown.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    window.exporter.export_shown()
    with target.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == len(window.index.ids) - culture
    assert "Culture & society" not in {row["category"] for row in rows}
    window.reset_lanes()
    assert window.event_model.rowCount() == len(window.index.ids)
    assert "hidden" not in window.status_label.text()
