"""A bundled document or a cited public report, as the data layer hands it to the reader and the About box.

Apart from models.py (which still names it) so that a launch, which shows no document, does not make
its class; `models.Document` loads this module when first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from azkz_desktop.data.citation import Citation


@dataclass(frozen=True)
class Document:
    """A bundled document (`kind == "full"`, with its text) or a cited public report (`"reference"`)."""

    id: str
    kind: str
    title: str
    outlet: str
    published: str
    language: str
    url: str
    provenance: str
    note: str
    text: str = ""

    @property
    def is_reference(self) -> bool:
        return self.kind == "reference"

    @property
    def cited(self) -> Citation:
        return Citation(self.title, self.outlet, self.published, self.url, self.kind)
