"""Links to events: made and read back; anything else is refused with a clear message."""

from __future__ import annotations

import pytest

from azkz_desktop.links import event_id_of, event_link, is_link


def test_link_round_trip() -> None:
    assert event_link("ilham-aliyev-state-visit-2004") == "azkz-desktop:event/ilham-aliyev-state-visit-2004"
    assert event_id_of(event_link("a.b_c-1")) == "a.b_c-1"
    assert event_id_of("AZKZ-DESKTOP://event/x-1/") == "x-1"  # as some mail programs rewrite it
    assert is_link("azkz-desktop:event/x") and not is_link("check")


@pytest.mark.parametrize(
    ("link", "problem"),
    [
        ("azkz-desktop:document/x", "is not a link to an event"),
        ("azkz-desktop:event/", "'' is not an event id"),
        ("azkz-desktop:event/%3Cb%3E", "'<b>' is not an event id"),
        ("azkz-desktop:event/" + "x" * 300, "is not an event id"),
    ],
)
def test_malformed_links_say_what_is_wrong(link: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        event_id_of(link)
