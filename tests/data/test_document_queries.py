"""The documents' queries and the full-text search: documents without their text or with it, and words
typed into either search box never break a query.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from azkz_desktop.data.database import RelationsDatabase, fts_query
from azkz_desktop.data.filters import EventFilter


def test_documents_list_without_text_and_document_with_text(bundled: RelationsDatabase) -> None:
    documents = bundled.documents()
    assert {document.id for document in documents} >= {"wikipedia-en-2012", "azertac-de-2023-04-10"}
    assert all(document.text == "" for document in documents)
    references = bundled.documents("reference")
    assert references and all(
        document.is_reference and document.url.startswith(("https://", "http://")) for document in references
    )
    assert {document.kind for document in bundled.documents("full")} == {"full"}
    german = bundled.document("azertac-de-2023-04-10")
    assert german is not None
    assert german.language == "de"
    assert "Handelsumsatz" in german.text


@pytest.mark.parametrize("word", ["Handelsumsatz", "Glasfaserleitungen", "handelsumsatz", "Prasident"])
def test_search_documents_finds_the_german_document(bundled: RelationsDatabase, word: str) -> None:
    assert bundled.search_documents(word) == ["azertac-de-2023-04-10"]


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("", ""),
        ("   ", ""),
        ("Aliyev", '"Aliyev"*'),
        ("Ilham Aliyev", '"Ilham" "Aliyev"*'),
        ('a"b', '"a""b"*'),
        ("AND OR", '"AND" "OR"*'),
        ("*", '"*"*'),
        ('"', '""""*'),
    ],
)
def test_fts_query_quotes_every_word(text: str, query: str) -> None:
    assert fts_query(text) == query


@pytest.mark.parametrize(
    "text", ['a"b', "AND OR", "*", '"', "NEAR(", "(", ")", "-", "^", "a:b", "NOT", "'", "", "\x00", "a\x00b"]
)
def test_search_survives_odd_input(bundled: RelationsDatabase, text: str) -> None:
    assert isinstance(bundled.filtered_event_ids(EventFilter(text=text)), list)
    assert isinstance(bundled.search_documents(text), list)


@settings(database=None, deadline=None, max_examples=200)
@given(st.text(st.characters(codec="utf-8"), max_size=40))
def test_search_never_raises(bundled: RelationsDatabase, text: str) -> None:
    assert all(isinstance(item, str) for item in bundled.filtered_event_ids(EventFilter(text=text)))
    assert all(isinstance(item, str) for item in bundled.search_documents(text))
