"""The trade chart's queries: every figure and target with its source, leaving out what cannot be charted.

A mixin of RelationsDatabase, kept apart because figures are read once for the chart and share nothing
with the events' queries; a database made elsewhere may hold impossible years or amounts, which are
skipped and counted in `skipped_rows`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from azkz_desktop.data.connection import DatabaseConnection

if TYPE_CHECKING:  # made when first read, not at start-up
    from azkz_desktop.data.trade_records import TradePoint, TradeTarget


class TradeQueries(DatabaseConnection):
    """Trade figures and targets, by year and by date stated."""

    def trade_points(self) -> list[TradePoint]:
        """Every trade figure with its source, by year; figures that cannot be charted are skipped."""
        from azkz_desktop.data.trade_records import TradePoint

        points = [
            TradePoint(
                year=row["year"],
                exports_musd=row["exports_musd"],
                imports_musd=row["imports_musd"],
                turnover_musd=row["turnover_musd"],
                growth_pct=row["growth_pct"],
                statistics=row["statistics"],
                document_id=row["document_id"],
                quote=row["quote"],
                year_note=row["year_note"],
                period=row["period"] or "year",
                note=row["note"],
                document_title=row["title"] or "",
                outlet=row["outlet"] or "",
                published=row["published"] or "",
                url=row["url"] or "",
                kind=row["kind"] or "full",
                basis=row["basis"] or "official-statement",
                char_start=row["char_start"] if row["in_place"] else None,
                char_end=row["char_end"] if row["in_place"] else None,
                in_place=bool(row["in_place"]),
            )
            for row in self._rows(
                """SELECT t.year, t.exports_musd, t.imports_musd, t.turnover_musd, t.growth_pct,
                          t.statistics, t.document_id, t.quote, t.year_note, t.period, t.note,
                          t.basis, t.char_start, t.char_end,
                          d.title, d.outlet, d.published, d.url, d.kind,
                          t.quote IS NOT NULL AND typeof(t.char_start) = 'integer'
                            AND typeof(t.char_end) = 'integer'
                            AND substr(d.text, t.char_start + 1, t.char_end - t.char_start) = t.quote
                            AS in_place
                   FROM trade t LEFT JOIN documents d ON d.id = t.document_id
                   WHERE typeof(t.year) = 'integer' AND t.year BETWEEN 1900 AND 2100
                     AND typeof(t.exports_musd) IN ('null', 'integer', 'real')
                     AND typeof(t.imports_musd) IN ('null', 'integer', 'real')
                     AND typeof(t.turnover_musd) IN ('null', 'integer', 'real')
                     AND typeof(t.growth_pct) IN ('null', 'integer', 'real')
                     AND abs(coalesce(t.exports_musd, 0)) < 1e9 AND abs(coalesce(t.imports_musd, 0)) < 1e9
                     AND abs(coalesce(t.turnover_musd, 0)) < 1e9 AND abs(coalesce(t.growth_pct, 0)) < 1e9
                   ORDER BY t.year, t.id"""
            )
        ]
        self._count_skipped("trade", len(points), "trade figure(s) with an impossible year or amount")
        return points

    def _count_skipped(self, table: str, kept: int, what: str) -> None:
        total = int(self._rows(f"SELECT count(*) FROM {table}")[0][0])  # table is one of ours
        if total > kept:
            self._skip(f"{total - kept} {what}")

    def trade_targets(self) -> list[TradeTarget]:
        from azkz_desktop.data.trade_records import TradeTarget

        targets = [
            TradeTarget(row["id"], row["turnover_musd"], row["stated"], row["document_id"], row["quote"])
            for row in self._rows(
                """SELECT id, turnover_musd, stated, document_id, quote FROM trade_targets
                   WHERE typeof(turnover_musd) IN ('integer', 'real') AND abs(turnover_musd) < 1e9
                     AND typeof(stated) = 'text' ORDER BY stated"""
            )
        ]
        self._count_skipped("trade_targets", len(targets), "trade target(s) with an impossible amount")
        return targets
