"""Every exit code of the command line, in one table: the README lists them and a test keeps it true."""

from __future__ import annotations

OK = 0
USAGE = 2

# The file cannot be used as a relations database (raised as a DatabaseError when opening).
NOT_FOUND = 11
NOT_A_FILE = 12
EMPTY_FILE = 13
NOT_SQLITE = 14
DAMAGED = 15
OTHER_SCHEMA = 16
MISSING_TABLES = 17
OLDER_SCHEMA = 18
NEWER_SCHEMA = 19

# The file opens, but `check` finds problems in its content; the most serious kind sets the code.
CHECK_INTEGRITY = 20
CHECK_TYPES = 21
CHECK_DATES = 22
CHECK_SOURCES = 23
CHECK_OVERSIZED = 24
CHECK_ARRAYS = 25

SCREENSHOT_FAILED = 30
NO_DISPLAY = 31
EXPORT_FAILED = 32

MEANING = {
    OK: "success",
    USAGE: "wrong command-line arguments (an impossible date, an unknown category or event id, …)",
    NOT_FOUND: "the database file does not exist or cannot be read",
    NOT_A_FILE: "the path is a folder, not a file",
    EMPTY_FILE: "the file is empty (zero bytes)",
    NOT_SQLITE: "the file is not an SQLite database",
    DAMAGED: "the database is damaged: truncated, or corrupted so that it cannot be read",
    OTHER_SCHEMA: "an SQLite database of another kind (no schema_version)",
    MISSING_TABLES: "a relations database with tables or columns missing",
    OLDER_SCHEMA: "a schema_version older than this app reads",
    NEWER_SCHEMA: "a schema_version newer than this app reads",
    CHECK_INTEGRITY: "`check`: SQLite's integrity check found damage",
    CHECK_TYPES: "`check`: NULLs or wrong types where values are expected",
    CHECK_DATES: "`check`: dates that do not parse or do not match their precision",
    CHECK_SOURCES: "`check`: events without sources, or quotes not in their documents",
    CHECK_OVERSIZED: "`check`: enormous strings (a title, summary or quote far longer than any real one)",
    CHECK_ARRAYS: "`check`: timeline arrays missing or not matching the events (it opens slower)",
    SCREENSHOT_FAILED: "`--screenshot` could not write the PNG",
    NO_DISPLAY: "no display to open the window on (`--screenshot` needs none)",
    EXPORT_FAILED: "the export could not be written (no permission, disk full, a folder, …)",
}
