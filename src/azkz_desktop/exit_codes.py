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
WINDOW_FAILED = 33

# Files that are not ours, and standard output.
OUTPUT_NOT_OURS = 40
OUTPUT_READ_ONLY = 41
STDOUT_FAILED = 42

# Stopped by a signal: 128 + its number, as a shell reports it; nothing half-written is left.
INTERRUPTED_SIGHUP = 129
INTERRUPTED_SIGINT = 130
INTERRUPTED_SIGTERM = 143

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
    CHECK_ARRAYS: (
        "`check`: timeline arrays missing or not matching the events (it opens slower),"
        " or stored search hits not matching the search index"
    ),
    SCREENSHOT_FAILED: "`--screenshot` could not write the PNG",
    NO_DISPLAY: "no display to open the window on (`--screenshot` needs none)",
    EXPORT_FAILED: "the export could not be written (no permission, disk full, a folder, …)",
    WINDOW_FAILED: "the window could not be built from this database (the log has the details)",
    OUTPUT_NOT_OURS: "the output name is a block device, socket or other special file: left as it is "
    "(a FIFO or character device such as /dev/stdout is written directly)",
    OUTPUT_READ_ONLY: "the output file exists and is read-only: left as it is",
    STDOUT_FAILED: "standard output is closed or cannot be written (`>&-`, a full disk, …)",
    INTERRUPTED_SIGHUP: "stopped by SIGHUP (the terminal closed); no temporary file is left",
    INTERRUPTED_SIGINT: "stopped by SIGINT (Ctrl-C); no temporary file is left",
    INTERRUPTED_SIGTERM: "stopped by SIGTERM; no temporary file is left",
}

# The workspace (stars, notes, own events) and its imports.
WORKSPACE_NOT_OURS = 50
WORKSPACE_NEWER = 51
WORKSPACE_DAMAGED = 52
WORKSPACE_WRITE_FAILED = 53
WORKSPACE_BUSY = 54
IMPORT_UNREADABLE = 55
IMPORT_REJECTED = 56

MEANING.update(
    {
        WORKSPACE_NOT_OURS: "the file is not an azkz-desktop workspace (it is left untouched)",
        WORKSPACE_NEWER: "the workspace was written by a newer azkz-desktop (it is left untouched)",
        WORKSPACE_DAMAGED: "the workspace failed its integrity check; it was renamed aside, not deleted",
        WORKSPACE_WRITE_FAILED: "a change could not be saved (disk full, read-only); nothing saved is lost",
        WORKSPACE_BUSY: "another process kept the workspace locked too long; try again",
        IMPORT_UNREADABLE: "the file to import cannot be read (missing, not UTF-8, not CSV, not a workspace)",
        IMPORT_REJECTED: "rows of the CSV were rejected, so nothing was imported (see the report)",
    }
)
