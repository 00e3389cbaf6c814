"""The trade chart's words and colours: bases (whose statistics a figure is) and measures.

The set of bases is the build's (db/record_fields.py TRADE_BASES, documented in db/SCHEMA.md); a basis
this app does not know, from a database made elsewhere, is shown by its code, in grey, never joined.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("TradeChart", text)


@dataclass(frozen=True)
class Basis:
    code: str
    name: str  # in words, for the legend, tooltips and the CSV
    color: str
    joined: bool  # whether consecutive years are joined by a line
    description: str = ""  # what the basis covers, for the legend's tooltip


def bases() -> dict[str, Basis]:
    """The known bases in legend order, with translated names."""
    return {
        basis.code: basis
        for basis in (
            Basis(
                "kz-stat",
                QCoreApplication.translate("TradeChart", "Kazakhstan's official statistics"),
                "#1f66b3",
                True,
                QCoreApplication.translate(
                    "TradeChart", "Figures the source credits to Kazakhstan's statistics office"
                ),
            ),
            Basis(
                "kz-government",
                QCoreApplication.translate("TradeChart", "Kazakh government releases"),
                "#2e8b57",
                True,
                QCoreApplication.translate(
                    "TradeChart",
                    "Figures from the Kazakh President's or Prime Minister's press service, the government "
                    "or a ministry, naming no statistic",
                ),
            ),
            Basis(
                "az-customs",
                QCoreApplication.translate("TradeChart", "Azerbaijan's State Customs Committee"),
                "#c0392b",
                True,
                QCoreApplication.translate(
                    "TradeChart", "Figures the source credits to Azerbaijan's State Customs Committee"
                ),
            ),
            Basis(
                "az-stat",
                QCoreApplication.translate("TradeChart", "Azerbaijan's State Statistics Committee"),
                "#8e44ad",
                True,
                QCoreApplication.translate(
                    "TradeChart", "Figures the source credits to Azerbaijan's State Statistics Committee"
                ),
            ),
            Basis(
                "official-statement",
                QCoreApplication.translate("TradeChart", "Statements, unattributed reports (never joined)"),
                "#b8860b",
                False,
                QCoreApplication.translate(
                    "TradeChart",
                    "A figure an official states without naming a statistic, or a report gives without "
                    "saying whose it is: each stands alone, never joined to another",
                ),
            ),
        )
    }


def basis(code: str) -> Basis:
    return bases().get(code) or Basis(code, code, "#808080", False)


def measure_names() -> dict[str, str]:
    return {
        "turnover_musd": QCoreApplication.translate("TradeChart", "Turnover"),
        "exports_musd": QCoreApplication.translate("TradeChart", "Kazakh exports to Azerbaijan"),
        "imports_musd": QCoreApplication.translate("TradeChart", "Kazakh imports from Azerbaijan"),
    }


# Symbol and line style per measure: colour says the basis, shape says the measure.
MEASURE_SYMBOLS = {"turnover_musd": "o", "exports_musd": "d", "imports_musd": "t1"}
MEASURE_LINES = {"turnover_musd": "solid", "exports_musd": "dash", "imports_musd": "dot"}
