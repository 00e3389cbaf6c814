"""Why a database cannot be used, each with its own exit code for the command line.

The codes are listed in the README. Every message names the file and says what is wrong in words a reader
of the app understands; none of them is a traceback.
"""

from __future__ import annotations


class DatabaseError(Exception):
    """A database that cannot be opened or used."""

    exit_code = 10

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class DatabaseNotFound(DatabaseError):
    exit_code = 11


class DatabaseNotAFile(DatabaseError):
    exit_code = 12


class NotADatabase(DatabaseError):
    exit_code = 13


class DatabaseCorrupt(DatabaseError):
    exit_code = 14


class WrongSchema(DatabaseError):
    exit_code = 15


class UnsupportedSchemaVersion(DatabaseError):
    exit_code = 16


class DatabaseCheckFailed(DatabaseError):
    """The file opens, but its content breaks a rule (`azkz-desktop check`)."""

    exit_code = 17
