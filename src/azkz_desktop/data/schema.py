"""The shape of the database file, shared by the build, the reader and `check`.

db/SCHEMA.md documents the same tables for other tools; a test keeps the two in step.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

CATEGORY_IDS = ("diplomacy", "treaties", "economy", "energy", "culture", "conflict")
DOCUMENT_KINDS = ("full", "reference")
# What a name in an event's `people` stands for; db/people.toml gives one kind per canonical name.
PERSON_KINDS = ("person", "organisation", "country", "other")
# The multilateral settings an event may have been held in (events.multilateral); db/SCHEMA.md says what
# each covers. An event without one is bilateral.
MULTILATERAL_SETTINGS = ("CIS", "Turkic states", "SCO", "Caspian", "OSCE", "CICA", "UN", "other")

# Table -> the columns the app reads. A database may have more; it may not have fewer.
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value"),
    "categories": ("id", "label", "color", "position"),
    "documents": (
        "id",
        "kind",
        "title",
        "outlet",
        "published",
        "language",
        "url",
        "provenance",
        "note",
        "text",
    ),
    "events": (
        "id",
        "start",
        "end",
        "precision",
        "title",
        "summary",
        "category",
        "date_note",
        "note",
        "first_day",
        "last_day",
        "source_count",
        "multilateral",
    ),
    "event_sources": (
        "event_id",
        "position",
        "document_id",
        "quote",
        "char_start",
        "char_end",
        "note",
    ),
    "people": ("id", "name", "kind"),
    "people_aliases": ("person_id", "alias"),
    "event_links": ("event_id", "related_id"),
    "event_people": ("event_id", "person_id"),
    "trade": (
        "id",
        "year",
        "exports_musd",
        "imports_musd",
        "turnover_musd",
        "growth_pct",
        "basis",
        "statistics",
        "period",
        "document_id",
        "quote",
        "char_start",
        "char_end",
        "year_note",
    ),
    "trade_targets": (
        "id",
        "turnover_musd",
        "stated",
        "document_id",
        "quote",
        "char_start",
        "char_end",
    ),
    "events_fts": ("title", "summary", "sources", "people"),
    "documents_fts": ("title", "text"),
}
