"""CSL-JSON, the citation format of Zotero, Mendeley, pandoc and every CSL processor."""

from __future__ import annotations

import json
from typing import Any

from azkz_desktop.data.citations.records import CitationRecord


def csl_type(record: CitationRecord) -> str:
    if record.is_journal:
        return "article-journal"
    return "webpage" if record.url else "article-newspaper"


def date_parts(text: str) -> dict[str, list[list[int]]] | None:
    parts = [int(part) for part in text.split("-") if part.isdigit()]
    return {"date-parts": [parts]} if parts else None


def csl_item(record: CitationRecord) -> dict[str, Any]:
    """One CSL-JSON item; empty fields are left out, as the schema expects."""
    item: dict[str, Any] = {"id": record.id, "type": csl_type(record), "title": record.title}
    if record.outlet:
        item["container-title"] = record.outlet
    if issued := date_parts(record.published):
        item["issued"] = issued
    if record.url:
        item["URL"] = record.url
    if accessed := date_parts(record.accessed):
        item["accessed"] = accessed
    if record.language:
        item["language"] = record.language
    item["note"] = record.note()
    return item


def to_csl_json(records: list[CitationRecord]) -> str:
    """A JSON array of CSL items, UTF-8 letters kept as they are."""
    return json.dumps([csl_item(record) for record in records], ensure_ascii=False, indent=2) + "\n"
