"""Counted phrases ("1 event", "5 events", "5 событий") with each language's plural forms.

Qt picks the plural form from the number when a message is marked plural, and lupdate marks it only
in `self.tr(text, "", n)` inside a QObject class. QObject classes call that themselves; code outside
one calls a method here. English's own singular forms come from the catalogue azkz_desktop_en.ts.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject


class Counted(QObject):
    """The counted phrases of code outside QObject classes, one method a phrase (context "Counted")."""

    def events(self, n: int) -> str:
        return self.tr("%n events", "", n)

    def sources(self, n: int) -> str:
        return self.tr("%n sources", "", n)

    def selected_events(self, n: int) -> str:
        return self.tr("%n selected events", "", n)

    def events_from(self, n: int) -> str:
        """ "%n events from %1": %1 is the period, filled in by the caller."""
        return self.tr("%n events from %1", "", n)

    def source_citations(self, n: int) -> str:
        return self.tr("%n source citations", "", n)

    def trade_figures(self, n: int) -> str:
        return self.tr("%n trade figures", "", n)

    def starred(self, n: int) -> str:
        """ "2 starred": how many of a cluster's events the reader starred (its accessible name)."""
        return self.tr("%n starred", "", n)

    def import_of_events(self, n: int) -> str:
        """What Edit → Undo calls a CSV import ("Undo Import of 120 Events")."""
        return self.tr("Import of %n Events", "", n)

    def events_on(self, n: int) -> str:
        """ "%n events, %1": %1 is when, filled in by the caller (a cluster's tooltip)."""
        return self.tr("%n events, %1", "", n)

    def of_selected(self, n: int) -> str:
        """ "%1 of %n selected": %1 is how many of the n, filled in by the caller."""
        return self.tr("%1 of %n selected", "", n)

    def cited_reports(self, n: int) -> str:
        return self.tr("Plus %n cited public reports (see each event's sources).", "", n)


@cache
def counted() -> Counted:
    """The one Counted object (its texts follow the translators installed when each is asked for)."""
    return Counted()
