"""RIS, the tagged format EndNote, Zotero and Citavi import: one `TAG  - value` per line, `ER  - ` last."""

from __future__ import annotations

from azkz_desktop.data.citations.records import CitationRecord


def ris_type(record: CitationRecord) -> str:
    if record.is_journal:
        return "JOUR"
    return "ELEC" if record.url else "NEWS"


def one_line(text: str) -> str:
    return " ".join(text.split())


def ris_date(text: str) -> str:
    """RIS's DA form YYYY/MM/DD/ with missing parts left empty."""
    parts = [*text.split("-"), "", ""]
    return f"{parts[0]}/{parts[1]}/{parts[2]}/"


def ris_entry(record: CitationRecord) -> str:
    tags: list[tuple[str, str]] = [("TY", ris_type(record)), ("ID", record.id), ("TI", record.title)]
    if record.outlet:
        tags.append(("JO" if record.is_journal else "T2", record.outlet))
    if record.date is not None:
        tags.append(("PY", record.published[:4]))
        tags.append(("DA", ris_date(record.published)))
    if record.url:
        tags.append(("UR", record.url))
    if record.accessed:
        tags.append(("Y2", ris_date(record.accessed)))
    if record.language:
        tags.append(("LA", record.language))
    tags.extend(("N1", line) for line in record.note().splitlines())
    lines = [f"{tag}  - {one_line(value)}" for tag, value in tags]
    return "\n".join([*lines, "ER  - "]) + "\n"


def to_ris(records: list[CitationRecord]) -> str:
    return "\n".join(ris_entry(record) for record in records)
