"""The licences are in the repository, beside the bundled database, in About and in the Debian package."""

from __future__ import annotations

import tomllib
from pathlib import Path

from azkz_desktop.data.paths import bundled_licences_path
from azkz_desktop.ui.about import licences_text, unwrap

ROOT = Path(__file__).resolve().parents[1]


def test_the_code_is_mit_as_pyproject_says() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_licences_name_every_bundled_document_and_the_database_licence() -> None:
    text = (ROOT / "db" / "LICENSES.md").read_text(encoding="utf-8")
    documents = tomllib.loads((ROOT / "db" / "documents.toml").read_text(encoding="utf-8"))["document"]
    bundled = [document["id"] for document in documents if document["kind"] == "full"]
    assert bundled
    for document_id in bundled:
        assert f"`{document_id}`" in text, f"db/LICENSES.md says nothing of {document_id}"
    assert "CC BY-SA 4.0" in text and "https://creativecommons.org/licenses/by-sa/4.0/" in text
    assert "https://creativecommons.org/licenses/by-sa/3.0/" in text  # the Wikipedia article's licence
    assert "action=history" in text  # the article's authors


def test_the_copy_beside_the_database_is_the_curated_file() -> None:
    assert bundled_licences_path().read_bytes() == (ROOT / "db" / "LICENSES.md").read_bytes()
    shown = licences_text()
    curated = (ROOT / "db" / "LICENSES.md").read_text(encoding="utf-8")
    assert shown.split() == curated.split()  # the same words; only hard line breaks are joined
    assert "licensed under the Creative Commons Attribution-ShareAlike 4.0 International licence" in shown


def test_paragraphs_are_unwrapped_but_headings_and_items_kept() -> None:
    text = unwrap("# Title\nfirst line\nsecond line\n\n- item one\n  goes on\n- item two\n")
    assert text == "# Title\nfirst line second line\n\n- item one goes on\n- item two\n"


def test_an_unreadable_licence_file_is_said_plainly(tmp_path: Path) -> None:
    text = licences_text(tmp_path / "missing.md")
    assert "cannot be read" in text and "CC BY-SA 4.0" in text


def test_the_debian_copyright_file_names_cc_by_sa_and_is_packaged() -> None:
    copyright_text = (ROOT / "packaging" / "debian" / "copyright").read_text(encoding="utf-8")
    assert "License: CC-BY-SA-4.0" in copyright_text
    assert "CC BY-SA 3.0" in copyright_text and "Wikipedia contributors" in copyright_text
    stanza = copyright_text.split("Files: opt/azkz-desktop/_internal/azkz_desktop/bundled/relations.sqlite")[
        1
    ]
    assert stanza.split("\nFiles:")[0].count("License: CC-BY-SA-4.0") == 1
    script = (ROOT / "packaging" / "build_deb.sh").read_text(encoding="utf-8")
    assert 'bundled/LICENSES.md "$tree/usr/share/doc/$app/LICENSES.md"' in script
    spec = (ROOT / "packaging" / "azkz-desktop.spec").read_text(encoding="utf-8")
    assert '"bundled" / "LICENSES.md"' in spec
