"""Synthetic relations databases of any size, for benchmarks.

The real database holds a few dozen events; the timeline must stay fluid with a million. This writes a file
with the bundled database's exact schema (copied from it, so it cannot drift) and N generated events that
look like real ones to the app: clumped around visits, mixed precision, sources quoting a real document.
The events' search index holds titles and summaries (every title has a unique number, a rare word, and
one of eight activities, a common one); the documents' one is left empty. The timeline's arrays and the
frequent words' hits are stored as the real build stores them.

    python benchmarks/synthetic.py --events 100000 [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from azkz_desktop.data.paths import bundled_database_path
from azkz_desktop.data.schema import table_statements

Columns = dict[str, list[Any]]  # a table's rows, column by column

GENERATOR_KEY = "synthetic_generator"  # an extra meta row: which generator wrote the file
GENERATOR_VERSION = "6"  # 5: the timeline arrays of format 2 (the lanes stored); 6: frequent words' hits
CHUNK = 250_000  # events turned into strings and inserted at a time
# Larger files get no search index: it would double their size and time, and search is measured up to here.
SEARCHABLE_EVENTS = 1_000_000
OUT_DIR = Path(__file__).resolve().parent / "out"
FIRST_DAY = dt.date(1990, 1, 1).toordinal()
LAST_DAY = dt.date(2025, 12, 31).toordinal()
EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()  # numpy's datetime64 counts days from here
CLUSTERED_SHARE = 0.7
PRECISION_SHARES = (0.80, 0.12, 0.08)  # day, month, year
DAY_RANGE_SHARE = 0.05
PEOPLE_SHARE = 0.05

DOCUMENT_ID = "synthetic-document"
CATEGORY_SHARES = {
    "diplomacy": 0.30,
    "treaties": 0.12,
    "economy": 0.20,
    "energy": 0.18,
    "culture": 0.12,
    "conflict": 0.08,
}
ACTIVITIES = ("meeting", "talks", "agreement", "visit", "forum", "statement", "conference", "memorandum")
TOPICS = {
    "diplomacy": ("bilateral ties", "consular affairs", "embassy work", "regional cooperation"),
    "treaties": ("mutual legal assistance", "visa rules", "investment protection", "double taxation"),
    "economy": ("trade turnover", "customs", "joint investment", "agriculture"),
    "energy": ("energy", "the Middle Corridor", "oil transit", "Caspian shipping"),
    "culture": ("education", "culture", "tourism", "sport"),
    "conflict": ("security", "border control", "peacekeeping", "counter-terrorism"),
}
PEOPLE = (
    "Synthetic Minister A",
    "Synthetic Minister B",
    "Synthetic Ambassador C",
    "Synthetic Envoy D",
    "Synthetic Deputy E",
    "Synthetic Official F",
    "Synthetic Chair G",
    "Synthetic Governor H",
)
PARAGRAPHS = (
    (
        "The two delegations met in the capital to review cooperation across the Caspian Sea.",
        "Both sides noted that trade had grown over the previous year.",
        "They agreed to meet again before the end of the year.",
    ),
    (
        "A working group on transport discussed the ferry link between the ports of Aktau and Baku.",
        "Officials said the Middle Corridor would carry more containers.",
        "New rail tariffs were proposed for transit cargo.",
    ),
    (
        "The ministers signed a memorandum on education and culture.",
        "Universities in both countries will exchange students and teachers.",
        "A festival of culture is planned for the autumn.",
    ),
    (
        "Energy companies reported on oil and gas transit through the region.",
        "A joint investment fund was discussed at the business forum.",
        "The parties confirmed their interest in security along their borders.",
    ),
)


def default_path(events: int, seed: int = 1) -> Path:
    return OUT_DIR / f"synthetic-{events}-seed{seed}.sqlite"


def chosen_database(program: str, db: Path | None, events: int) -> Path | None:
    """The database a benchmark's --db names, else the synthetic one of --events; None, having said
    on standard error which file is missing, when it does not exist (the benchmark exits with 2)."""
    database = db if db is not None else default_path(events)
    if not database.exists():
        print(f"{program}: {database}: no such database (benchmarks/synthetic.py makes it)", file=sys.stderr)
        return None
    return database


def synthetic_document() -> tuple[str, list[tuple[str, int, int]]]:
    """The document's text and every sentence in it with its [start, end) character offsets."""
    text = ""
    sentences: list[tuple[str, int, int]] = []
    for number, paragraph in enumerate(PARAGRAPHS):
        if number:
            text += "\n\n"
        for position, sentence in enumerate(paragraph):
            if position:
                text += " "
            sentences.append((sentence, len(text), len(text) + len(sentence)))
            text += sentence
    return text + "\n", sentences


def _schema() -> tuple[list[str], list[str], list[str]]:
    """schema.sql's statements, the schema of record: (plain tables, indexes, virtual tables).

    Indexes are created after the rows go in (building them once is faster than updating them per row);
    creating a virtual table creates its FTS shadow tables.
    """
    tables, indexes, virtual_tables = [], [], []
    for sql in table_statements():  # the triggers come with the stored arrays
        if sql.startswith("CREATE VIRTUAL"):
            virtual_tables.append(sql)
        elif sql.startswith(("CREATE INDEX", "CREATE UNIQUE INDEX", "CREATE VIEW")):
            indexes.append(sql)
        else:
            tables.append(sql)
    return tables, indexes, virtual_tables


def _days(rng: np.random.Generator, count: int) -> np.ndarray:
    """Day ordinals: most in bursts of a few days around "visits", the rest uniform over the period."""
    clustered = round(count * CLUSTERED_SHARE)
    visits = max(1, round(2 * np.sqrt(clustered)))  # bigger databases: more visits, and busier ones
    visit_day = rng.integers(FIRST_DAY, LAST_DAY + 1, visits)
    visit_length = rng.integers(1, 6, visits)
    weight = rng.gamma(1.0, size=visits)
    visit = rng.choice(visits, size=clustered, p=weight / weight.sum())
    burst = visit_day[visit] + (rng.random(clustered) * visit_length[visit]).astype(np.int64)
    uniform = rng.integers(FIRST_DAY, LAST_DAY + 1, count - clustered)
    return rng.permutation(np.clip(np.concatenate((burst, uniform)), FIRST_DAY, LAST_DAY))


def _dates(rng: np.random.Generator, count: int) -> tuple[np.ndarray, ...]:
    """(start, end, precision, first_day, last_day) columns, computed with numpy datetime64."""
    day = _days(rng, count)
    precision = rng.choice(3, size=count, p=PRECISION_SHARES)
    ranged = (precision == 0) & (rng.random(count) < DAY_RANGE_SHARE)
    length = np.where(ranged, rng.integers(2, 6, count), 1)
    as_date = (day - EPOCH_ORDINAL).astype("datetime64[D]")
    month = as_date.astype("datetime64[M]")
    year = as_date.astype("datetime64[Y]")
    first = np.select(
        [precision == 0, precision == 1],
        [as_date, month.astype("datetime64[D]")],
        year.astype("datetime64[D]"),
    )
    last = np.select(
        [precision == 0, precision == 1],
        [as_date + (length - 1), (month + 1).astype("datetime64[D]") - 1],
        (year + 1).astype("datetime64[D]") - 1,
    )
    start = np.select(
        [precision == 0, precision == 1],
        [np.datetime_as_string(as_date), np.datetime_as_string(month)],
        np.datetime_as_string(year),
    )
    end = np.full(count, None, dtype=object)
    end[ranged] = np.datetime_as_string(last[ranged])
    names = np.array(["day", "month", "year"])[precision]
    first_day = first.astype(np.int64) + EPOCH_ORDINAL
    last_day = last.astype(np.int64) + EPOCH_ORDINAL
    return start, end, names, first_day, last_day


def _event_chunks(rng: np.random.Generator, count: int) -> Iterator[tuple[Columns, Columns, Columns]]:
    """Columns of the events, event_sources and event_people rows, a chunk at a time.

    Days, precisions and categories are drawn for all events at once with numpy; only the strings are
    made per chunk, so ten million events never exist as Python objects together.
    """
    start, end, precision, first_day, last_day = _dates(rng, count)
    categories = list(CATEGORY_SHARES)
    category = rng.choice(len(categories), size=count, p=list(CATEGORY_SHARES.values()))
    activity = rng.integers(0, len(ACTIVITIES), count)
    topic = rng.integers(0, 4, count)
    _, sentences = synthetic_document()
    quoted_all = rng.integers(0, len(sentences), count)
    with_people_all = rng.random(count) < PEOPLE_SHARE
    person_all = rng.integers(1, len(PEOPLE) + 1, count)
    summaries = [
        [[f"Synthetic {a} on {t}, generated for benchmarking." for t in TOPICS[c]] for a in ACTIVITIES]
        for c in categories
    ]
    titles = [
        [[f"{ACTIVITIES[a]} on {t}" for t in TOPICS[c]] for a in range(len(ACTIVITIES))] for c in categories
    ]
    for begin in range(0, count, CHUNK):
        part = slice(begin, min(begin + CHUNK, count))
        cat, act, top = category[part].tolist(), activity[part].tolist(), topic[part].tolist()
        size = len(cat)
        ids = [f"synthetic-{number:07d}" for number in range(begin, begin + size)]
        events: Columns = {
            "id": ids,
            "start": start[part].tolist(),
            "end": end[part].tolist(),
            "precision": precision[part].tolist(),
            "title": [
                f"Synthetic event {number:06d} — {titles[c][a][t]}"
                for number, c, a, t in zip(range(begin, begin + size), cat, act, top, strict=True)
            ],
            "summary": [summaries[c][a][t] for c, a, t in zip(cat, act, top, strict=True)],
            "category": [categories[c] for c in cat],
            "first_day": first_day[part].tolist(),
            "last_day": last_day[part].tolist(),
            "source_count": [1] * size,
        }
        quoted = [sentences[number] for number in quoted_all[part].tolist()]
        sources: Columns = {
            "event_id": ids,
            "position": [0] * size,
            "document_id": [DOCUMENT_ID] * size,
            "quote": [quote for quote, _, _ in quoted],
            "char_start": [begin_at for _, begin_at, _ in quoted],
            "char_end": [finish for _, _, finish in quoted],
        }
        with_people = np.flatnonzero(with_people_all[part]).tolist()
        people: Columns = {
            "event_id": [ids[row] for row in with_people],
            "person_id": person_all[part][with_people].tolist(),
        }
        yield events, sources, people


def _arrays(rng: np.random.Generator, count: int) -> dict[str, np.ndarray]:
    """The timeline arrays of the events `_event_chunks` writes with the same seed, without reading them.

    The draws repeat _event_chunks' first ones. Rowids are 1..count (a fresh table, inserted in order);
    titles differ first at their number, so their order is the order of the numbers as text.
    """
    from azkz_desktop.data.timeline_arrays import PRECISION_CODE, compute_arrays

    _, end, precision, first_day, last_day = _dates(rng, count)
    category = rng.choice(len(CATEGORY_SHARES), size=count, p=list(CATEGORY_SHARES.values()))
    codes = np.array([PRECISION_CODE[name] for name in ("day", "month", "year")])
    level = np.select([precision == "day", precision == "month"], [codes[0], codes[1]], codes[2])
    columns = {
        "rowid": np.arange(1, count + 1),
        "first_day": first_day,
        "last_day": last_day,
        "precision": level,
        "category": category,
        "is_range": np.not_equal(end, None),
        "source_count": np.ones(count),
    }
    numbers = np.char.zfill(np.arange(count).astype(str), 6)
    return compute_arrays(columns, (), len(CATEGORY_SHARES), np.argsort(numbers, kind="stable"))


def _insert(connection: sqlite3.Connection, table: str, columns: Columns) -> None:
    """Insert by column name, so a column added to the schema fails loudly only if it is required."""
    known = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    required = {name for _, name, _, not_null, default, pk in known if not_null and default is None}
    missing = required - columns.keys()
    if missing:
        raise RuntimeError(f"{table} has required columns the generator does not fill: {sorted(missing)}")
    names = [name for _, name, *_ in known if name in columns]
    quoted = ", ".join(f'"{name}"' for name in names)
    sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" for _ in names)})'
    connection.executemany(sql, zip(*(columns[name] for name in names), strict=True))


def _copy_rows(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> None:
    cursor = source.execute(f'SELECT * FROM "{table}"')
    rows = cursor.fetchall()
    names = [description[0] for description in cursor.description]
    _insert(target, table, {name: [row[i] for row in rows] for i, name in enumerate(names)})


def _fingerprint(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """The schema (every CREATE statement) and the generator version, to tell a stale cached file.

    The timeline arrays' table is left out, so that a package from before it can be measured on the same
    files (it reads the rows instead).
    """
    schema = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'timeline_arrays%'"
        " ORDER BY type, name"
    ).fetchall()
    version = connection.execute("SELECT value FROM meta WHERE key = ?", (GENERATOR_KEY,)).fetchone()
    return [*schema, ("meta", GENERATOR_KEY, version[0] if version else "")]


def is_current(path: Path) -> bool:
    """Whether a cached database has the bundled database's schema and this generator's version."""
    bundled = sqlite3.connect(f"{bundled_database_path().as_uri()}?mode=ro", uri=True)
    cached = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        expected = [*_fingerprint(bundled)[:-1], ("meta", GENERATOR_KEY, GENERATOR_VERSION)]
        return _fingerprint(cached) == expected
    except sqlite3.DatabaseError:
        return False
    finally:
        bundled.close()
        cached.close()


def generate_database(path: Path, events: int, seed: int = 1) -> Path:
    """Write a database of `events` synthetic events at `path`.

    A file already there is reused if its schema still matches the bundled database's (the schema
    evolves; a stale synthetic file would be rejected by the app or measure the wrong thing).
    """
    path = Path(path)
    if path.exists() and is_current(path):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    source = sqlite3.connect(f"{bundled_database_path().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(temporary, isolation_level=None)
    try:
        tables, indexes, virtual_tables = _schema()
        text, _ = synthetic_document()
        target.execute("PRAGMA journal_mode = OFF")
        target.execute("PRAGMA synchronous = OFF")
        target.execute("BEGIN")
        for sql in tables:
            target.execute(sql)
        _copy_rows(source, target, "meta")
        _copy_rows(source, target, "categories")
        _insert(target, "meta", {"key": [GENERATOR_KEY], "value": [GENERATOR_VERSION]})
        document = {
            "id": DOCUMENT_ID,
            "kind": "full",
            "title": "Synthetic source document",
            "outlet": "benchmarks/synthetic.py",
            "published": "2025",
            "language": "en",
            "url": "",
            "provenance": f"Generated for benchmarks (seed {seed}); every synthetic event quotes it.",
            "note": "",
            "text": text,
        }
        _insert(target, "documents", {name: [value] for name, value in document.items()})
        _insert(
            target,
            "people",
            {"id": list(range(1, len(PEOPLE) + 1)), "name": list(PEOPLE), "kind": ["person"] * len(PEOPLE)},
        )
        for event_columns, source_columns, people_columns in _event_chunks(
            np.random.default_rng(seed), events
        ):
            _insert(target, "events", event_columns)
            _insert(target, "event_sources", source_columns)
            _insert(target, "event_people", people_columns)
        for sql in indexes + virtual_tables:
            target.execute(sql)
        if events <= SEARCHABLE_EVENTS:
            # Titles and summaries, filled inside SQLite: enough for common and rare words to be found.
            target.execute(
                "INSERT INTO events_fts (rowid, title, summary, sources, people)"
                " SELECT rowid, title, summary, '', '' FROM events"
            )
        from azkz_desktop.data.search_postings import store_postings
        from azkz_desktop.data.timeline_arrays import store_arrays

        store_arrays(target, _arrays(np.random.default_rng(seed), events), list(CATEGORY_SHARES))
        store_postings(target)  # as the build stores them (nothing when there is no search index)
        target.execute("COMMIT")
        target.close()
        os.replace(temporary, path)
    finally:
        source.close()
        target.close()
        temporary.unlink(missing_ok=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, help="default: benchmarks/out/synthetic-N-seedS.sqlite")
    options = parser.parse_args(argv)
    path = options.output or default_path(options.events, options.seed)
    began = time.perf_counter()
    generate_database(path, options.events, options.seed)
    print(f"{path}: {options.events} events in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
