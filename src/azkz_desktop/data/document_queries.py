"""The documents' queries: the list without texts, one document with its text or a part of it, its
length, and the full-text search over titles and texts.

A mixin of RelationsDatabase, kept apart because the documents tab and the reader ask for documents on
their own; the export (export_rows.py) builds on it to name the documents its rows cite.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from azkz_desktop.data.connection import DatabaseConnection
from azkz_desktop.data.errors import DatabaseCorrupt
from azkz_desktop.data.filter_sql import fts_query

if TYPE_CHECKING:  # made when first read, not at start-up
    from azkz_desktop.data.document_record import Document


class DocumentQueries(DatabaseConnection):
    """Documents as domain objects, their texts read only when one is asked for."""

    def documents(self, kind: str | None = None) -> list[Document]:
        """Documents without their text (the reader asks for one at a time)."""
        where, parameters = ("WHERE kind = ?", (kind,)) if kind else ("", ())
        return [
            _document(row)
            for row in self._rows(
                f"""SELECT id, kind, title, outlet, published, language, url, provenance, note, '' AS text
                    FROM documents {where} ORDER BY kind, published, id""",
                parameters,
            )
        ]

    def document(self, document_id: str, max_chars: int | None = None) -> Document | None:
        """One document with its text; with `max_chars`, only that much of the text leaves SQLite."""
        rows = self._rows(
            """SELECT id, kind, title, outlet, published, language, url, provenance, note,
                      CASE WHEN ? IS NULL THEN text ELSE substr(text, 1, ?) END AS text
               FROM documents WHERE id = ?""",
            (max_chars, max_chars, document_id),
        )
        return _document(rows[0]) if rows else None

    def document_length(self, document_id: str) -> int:
        """The length of a document's text in characters, without reading it into Python."""
        rows = self._rows("SELECT length(text) FROM documents WHERE id = ?", (document_id,))
        return int(rows[0][0] or 0) if rows else 0

    def search_documents(self, text: str) -> list[str]:
        """Ids of the documents whose title or text matches, best match first."""
        return self._search("documents", text)

    def _search(self, table: str, text: str) -> list[str]:
        query = fts_query(text)
        if not query:
            return []
        fts = f"{table}_fts"  # table is one of ours, never user input
        try:
            rows = self._rows(
                f"SELECT t.id FROM {fts} f JOIN {table} t ON t.rowid = f.rowid WHERE {fts} MATCH ?"
                " ORDER BY rank",
                (query,),
            )
        except DatabaseCorrupt as error:
            self._skip(f"search: the full-text index {fts} is damaged; nothing found ({error.problem})")
            return []
        return [row["id"] for row in rows]


def _document(row: sqlite3.Row) -> Document:
    from azkz_desktop.data.document_record import Document

    return Document(
        id=row["id"],
        kind=row["kind"],
        title=row["title"],
        outlet=row["outlet"] or "",
        published=row["published"] or "",
        language=row["language"] or "",
        url=row["url"] or "",
        provenance=row["provenance"] or "",
        note=row["note"] or "",
        text=row["text"] or "",
    )
