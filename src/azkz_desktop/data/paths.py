"""Where the bundled database lies, in a source checkout, an installed wheel or a frozen app."""

from __future__ import annotations

from pathlib import Path

BUNDLED_DATABASE_NAME = "relations.sqlite"


def bundled_database_path() -> Path:
    """The database that ships with the app; it is opened read-only and never written."""
    return Path(__file__).resolve().parent.parent / "bundled" / BUNDLED_DATABASE_NAME
