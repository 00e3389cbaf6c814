"""The filter as SQL: a WHERE clause with bound parameters, and a safe full-text query from typed words."""

from __future__ import annotations

import json

from azkz_desktop.data.filters import EventFilter


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match, the last as a prefix."""
    # NUL ends a string inside SQLite's FTS parser: treat it as a space.
    words = [word.replace('"', '""') for word in text.replace("\x00", " ").split()]
    if not words:
        return ""
    terms = [f'"{word}"' for word in words]
    terms[-1] += "*"
    return " ".join(terms)


def filter_clause(event_filter: EventFilter) -> tuple[str, list[object]]:
    """A WHERE clause over `events e` with bound parameters: never text pasted into SQL."""
    conditions: list[str] = []
    parameters: list[object] = []
    if event_filter.categories is not None:
        wanted = sorted(event_filter.categories)
        conditions.append(f"e.category IN ({', '.join('?' for _ in wanted)})" if wanted else "0")
        parameters.extend(wanted)
    if event_filter.people:
        names = sorted(event_filter.people)
        conditions.append(
            f"""EXISTS (SELECT 1 FROM event_people ep JOIN people p ON p.id = ep.person_id
                WHERE ep.event_id = e.id AND p.name IN ({", ".join("?" for _ in names)}))"""
        )
        parameters.extend(names)
    if event_filter.start is not None:
        conditions.append("e.last_day >= ?")
        parameters.append(event_filter.start.first_day().toordinal())
    if event_filter.end is not None:
        conditions.append("e.first_day <= ?")
        parameters.append(event_filter.end.last_day().toordinal())
    if event_filter.bilateral_only:
        conditions.append("e.multilateral IS NULL")
    query = fts_query(event_filter.text)
    if query:
        conditions.append("e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        parameters.append(query)
    if event_filter.ids is not None:
        ids = sorted(event_filter.ids)
        conditions.append("e.id IN (SELECT value FROM json_each(?))")
        parameters.append(json.dumps(ids))
    return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), parameters
