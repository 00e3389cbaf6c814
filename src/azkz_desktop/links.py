"""Links to events, `azkz-desktop:event/<id>`: made by "Copy Link to Event", opened by the desktop entry."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

SCHEME = "azkz-desktop"
PREFIX = f"{SCHEME}:event/"
EVENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")


def event_link(event_id: str) -> str:
    return PREFIX + quote(event_id, safe="")


def is_link(text: str) -> bool:
    return text.lower().startswith(f"{SCHEME}:")


def event_id_of(link: str) -> str:
    """The event id in a link; ValueError saying what is wrong with one that is not ours."""
    rest = link[len(SCHEME) + 1 :] if is_link(link) else ""
    rest = rest.lstrip("/")  # azkz-desktop://event/x, as some mail programs rewrite it
    if not rest.lower().startswith("event/"):
        raise ValueError(f"{link!r} is not a link to an event (expected {PREFIX}<id>)")
    event_id = unquote(rest[len("event/") :]).strip().rstrip("/")
    if not EVENT_ID.fullmatch(event_id):
        raise ValueError(f"{link!r}: {event_id!r} is not an event id")
    return event_id
