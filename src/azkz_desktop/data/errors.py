"""Why a database cannot be used, each with its own exit code (see azkz_desktop.exit_codes).

Every message names the file and says what is wrong in words a reader of the app understands; none of them
is a traceback.
"""

from __future__ import annotations

from azkz_desktop import exit_codes


class DatabaseError(Exception):
    """A database that cannot be opened or used."""

    exit_code = exit_codes.DAMAGED

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class DatabaseNotFound(DatabaseError):
    exit_code = exit_codes.NOT_FOUND


class DatabaseNotAFile(DatabaseError):
    exit_code = exit_codes.NOT_A_FILE


class EmptyDatabaseFile(DatabaseError):
    exit_code = exit_codes.EMPTY_FILE


class NotADatabase(DatabaseError):
    exit_code = exit_codes.NOT_SQLITE


class DatabaseCorrupt(DatabaseError):
    exit_code = exit_codes.DAMAGED


class WrongSchema(DatabaseError):
    """An SQLite file of another kind altogether."""

    exit_code = exit_codes.OTHER_SCHEMA


class MissingTables(DatabaseError):
    """A relations database with tables or columns missing."""

    exit_code = exit_codes.MISSING_TABLES


class UnsupportedSchemaVersion(DatabaseError):
    exit_code = exit_codes.NEWER_SCHEMA


class OlderSchemaVersion(UnsupportedSchemaVersion):
    exit_code = exit_codes.OLDER_SCHEMA


class NewerSchemaVersion(UnsupportedSchemaVersion):
    exit_code = exit_codes.NEWER_SCHEMA
