"""Which own events pass a filter, asked of the workspace in one query, as the bundled events are asked of
the database: the window never loads every own event to filter them (100,000 take seconds and 100 MB).

The rules are the bundled events' (filters.EventFilter): categories, any of the people, a span reaching
into the dates, the ids chosen, the search words (in the event's title, summary, people and source, or in
the reader's note on it) and the starred ones. `bilateral_only` concerns the bundled data's settings and
does not leave own events out.
"""

from __future__ import annotations

import json

from azkz_desktop.data.filter_sql import fts_query
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.data.workspace.connection import WorkspaceConnection

IN_JSON = "IN (SELECT value FROM json_each(?))"


def own_ids_passing(db: WorkspaceConnection, event_filter: EventFilter) -> list[str]:
    """Ids of the own events (not deleted) passing `event_filter`, in date order (first day, last, id)."""
    f = event_filter
    conditions = ["e.deleted IS NULL"]
    parameters: list[object] = []
    if f.ids is not None:
        conditions.append(f"e.id {IN_JSON}")
        parameters.append(json.dumps(sorted(f.ids)))
    if f.categories is not None:
        conditions.append(f"e.category {IN_JSON}")
        parameters.append(json.dumps(sorted(f.categories)))
    if f.people:
        conditions.append(f"EXISTS (SELECT 1 FROM json_each(e.people) p WHERE p.value {IN_JSON})")
        parameters.append(json.dumps(sorted(f.people)))
    if f.start is not None:
        conditions.append("e.last_day >= ?")
        parameters.append(f.start.first_day().toordinal())
    if f.end is not None:
        conditions.append("e.first_day <= ?")
        parameters.append(f.end.last_day().toordinal())
    if f.starred_only:
        conditions.append("e.id IN (SELECT event_id FROM stars)")
    if f.text.strip():
        query = fts_query(f.text)
        if not query:
            return []
        conditions.append(
            """(e.rowid IN (SELECT rowid FROM own_events_fts WHERE own_events_fts MATCH ?)
                OR e.id IN (SELECT n.event_id FROM notes_fts t JOIN notes n ON n.rowid = t.rowid
                            WHERE notes_fts MATCH ?))"""
        )
        parameters += [query, query]
    rows = db.rows(
        f"""SELECT e.id FROM own_events e WHERE {" AND ".join(conditions)}
            ORDER BY e.first_day, e.last_day, e.id""",
        parameters,
    )
    return [str(row[0]) for row in rows]
