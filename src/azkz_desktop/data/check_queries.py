"""The SQL of `azkz-desktop check`: what the reader tolerates but a sound database should not contain.

A mixin of RelationsDatabase, kept beside check.py, which turns these findings into its report.
"""

from __future__ import annotations

import json
import sqlite3

from azkz_desktop.data.connection import DatabaseConnection
from azkz_desktop.data.connection import quote_identifier as _quote
from azkz_desktop.data.schema import MULTILATERAL_SETTINGS, PERSON_KINDS

# Longer than any real value: shown cut short in the window and reported by `check`.
OVERSIZED_TEXT = 100_000
# (table, key column, {column: expected SQLite type}) for `check`'s type test.
TYPED_COLUMNS = (
    (
        "events",
        "id",
        {
            "id": "text",
            "start": "text",
            "precision": "text",
            "title": "text",
            "summary": "text",
            "category": "text",
            "first_day": "integer",
            "last_day": "integer",
            "source_count": "integer",
        },
    ),
    ("event_sources", "event_id", {"event_id": "text", "document_id": "text", "position": "integer"}),
    ("documents", "id", {"id": "text", "kind": "text", "title": "text", "text": "text"}),
    ("categories", "id", {"id": "text", "label": "text", "color": "text"}),
    ("trade", "id", {"year": "integer", "document_id": "text"}),
)
SIZED_COLUMNS = (
    ("events", "id", ("title", "summary", "date_note", "note")),
    ("event_sources", "event_id", ("quote", "note")),
    ("documents", "id", ("title", "outlet", "note", "provenance")),
)


class CheckQueries(DatabaseConnection):
    """The questions `check` asks of a database."""

    def event_dates(self) -> list[tuple[object, object, object, object]]:
        """Every event's raw (id, start, end, precision), for checking."""
        rows = self._rows('SELECT id, start, "end", precision FROM events ORDER BY id')
        return [tuple(row) for row in rows]

    def integrity_problems(self) -> list[str]:
        """What `PRAGMA integrity_check` finds; empty when the file is sound."""
        try:
            rows = self._connection.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as error:
            return [str(error)]
        return [row[0] for row in rows if row[0] != "ok"]

    def type_problems(self) -> list[str]:
        """Values that are NULL or of the wrong type where the app expects a type (for `check`)."""
        problems: list[str] = []
        for table, key, columns in TYPED_COLUMNS:
            for column, expected in columns.items():
                rows = self._connection.execute(
                    f"SELECT {_quote(key)}, typeof({_quote(column)}) FROM {_quote(table)}"
                    f" WHERE typeof({_quote(column)}) <> ? LIMIT 50",
                    (expected,),
                ).fetchall()
                problems += [
                    f"{table} {record!r}: {column} is {found}, not {expected}" for record, found in rows
                ]
        for column in ("exports_musd", "imports_musd", "turnover_musd", "growth_pct"):
            numeric = f"typeof({column}) IN ('null', 'integer', 'real')"
            rows = self._connection.execute(
                f"SELECT id, typeof({column}) FROM trade WHERE NOT {numeric}"
            ).fetchall()
            problems += [f"trade {record!r}: {column} is {found}, not a number" for record, found in rows]
        return problems

    def oversized_texts(self) -> list[tuple[str, str, str, int]]:
        """(table, record, column, length) of texts longer than OVERSIZED_TEXT characters."""
        found: list[tuple[str, str, str, int]] = []
        for table, key, columns in SIZED_COLUMNS:
            for column in columns:
                rows = self._connection.execute(
                    f"SELECT {_quote(key)}, length({_quote(column)}) FROM {_quote(table)}"
                    f" WHERE length({_quote(column)}) > ? LIMIT 50",
                    (OVERSIZED_TEXT,),
                ).fetchall()
                found += [(table, str(record), column, int(length)) for record, length in rows]
        return found

    def vocabulary_problems(self) -> list[str]:
        """Multilateral settings and kinds of people outside the documented sets (for `check`)."""
        settings = json.dumps(list(MULTILATERAL_SETTINGS))
        kinds = json.dumps(list(PERSON_KINDS))
        rows = self._rows(
            """SELECT 'event ' || quote(id) || ': multilateral ' || quote(multilateral) AS problem
               FROM events WHERE multilateral IS NOT NULL
                 AND multilateral NOT IN (SELECT value FROM json_each(?))
               UNION ALL
               SELECT 'person ' || quote(name) || ': kind ' || quote(kind) FROM people
               WHERE kind IS NULL OR kind NOT IN (SELECT value FROM json_each(?))
               ORDER BY problem""",
            (settings, kinds),
        )
        return [f"{row['problem']} is not one of the documented values" for row in rows]

    def miscounted_sources(self) -> list[str]:
        """Events whose source_count disagrees with their sources (unsourced ones are reported apart)."""
        rows = self._rows(
            """SELECT id FROM events e
               WHERE source_count IS NOT (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id)
                 AND EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)
               ORDER BY id"""
        )
        return [row["id"] for row in rows]

    def unsourced_events(self) -> list[str]:
        rows = self._rows(
            """SELECT id FROM events e
               WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)
               ORDER BY id"""
        )
        return [row["id"] for row in rows]
