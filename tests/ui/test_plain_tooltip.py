"""Tooltips escape markup exactly as html.escape(quote=False) does, without loading the html module."""

from __future__ import annotations

import html

import pytest

from azkz_desktop.ui.plain_text import escape_markup, plain_tooltip

SAMPLES = [
    "",
    "plain",
    "<b>bold</b> & <i>italic</i>",
    "&amp; already escaped &lt;b&gt;",
    "quotes \" and ' stay as written",
    "a < b > c && d",
    "Azərbaycan–Қазақстан <script>alert(1)</script>",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_escape_markup_is_html_escape_without_quotes(text: str) -> None:
    assert escape_markup(text) == html.escape(text, quote=False)


def test_a_tooltip_shows_markup_as_written_and_keeps_its_lines() -> None:
    assert plain_tooltip("<b>x</b> & y\nz") == "<qt>&lt;b&gt;x&lt;/b&gt; &amp; y<br>z</qt>"
    assert plain_tooltip("") == ""
