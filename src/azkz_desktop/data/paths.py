"""Where the bundled database lies, in a source checkout, an installed wheel or a frozen app."""

from __future__ import annotations

from pathlib import Path

BUNDLED_DATABASE_NAME = "relations.sqlite"
LICENCES_NAME = "LICENSES.md"


def bundled_database_path() -> Path:
    """The database that ships with the app; it is opened read-only and never written."""
    return Path(__file__).resolve().parent.parent / "bundled" / BUNDLED_DATABASE_NAME


def bundled_licences_path() -> Path:
    """The licences and attribution of the data (db/LICENSES.md, copied beside the database by the build)."""
    return bundled_database_path().with_name(LICENCES_NAME)


def resource_path(name: str) -> Path:
    """One of the app's resource files (the icon): in the package when frozen, else the checkout's."""
    package = Path(__file__).resolve().parent.parent
    inside = package / "resources" / name
    if inside.exists():
        return inside
    return package.parent.parent / "resources" / name
