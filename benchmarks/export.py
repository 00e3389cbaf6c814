"""How fast events export to CSV, as the window and CLI do it; optionally against another version.

    python benchmarks/export.py [--events N] [--runs K] [--compare SRC]

Measures the data layer's export (query, CSV writer, atomic write with fsync) of every event, and of the
same events chosen as a selection (EventFilter(ids=…), as Export Selected does), K times each in a child
process, so that `--compare SRC` (another checkout's src/, e.g. the main branch) runs alternately with
this one on the same file and the same machine load. Then the command line `azkz-desktop export` as a
user runs it (interpreter start included) three times.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from synthetic import default_path, generate_database, is_current  # noqa: E402

CLI_RUNS = 3
# One export in a fresh interpreter: prints the seconds of the whole export and of the selection's.
CHILD = """
import json, sys, tempfile, time
from pathlib import Path
from azkz_desktop.data.database import open_database
from azkz_desktop.data.export import export_csv
from azkz_desktop.data.filters import EventFilter
database = open_database(sys.argv[1])
ids = frozenset(row[0] for row in database._connection.execute("SELECT id FROM events"))
times = {}
with tempfile.TemporaryDirectory() as folder:
    target = Path(folder) / "events.csv"
    for name, event_filter in (("all", EventFilter()), ("selection", EventFilter(ids=ids))):
        started = time.perf_counter()
        count = export_csv(database.export_rows(event_filter), target)
        times[name] = time.perf_counter() - started
print(json.dumps({"count": count, **times}))
"""


def run_child(database_path: Path, src: Path | None) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    completed = subprocess.run(
        [sys.executable, "-c", CHILD, str(database_path)], check=True, capture_output=True, text=True, env=env
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, metavar="SRC", help="another version's src/ folder")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    options = parser.parse_args(argv)
    database_path = default_path(options.events)
    if not is_current(database_path):
        generate_database(database_path, options.events)
    versions: dict[str, Path | None] = {"this": None}
    if options.compare:
        versions["compared"] = options.compare.resolve()
    samples: dict[str, dict[str, list[float]]] = {name: {"all": [], "selection": []} for name in versions}
    for _ in range(options.runs):
        for name, src in versions.items():  # alternately, so both see the same machine load
            result = run_child(database_path, src)
            samples[name]["all"].append(result["all"])
            samples[name]["selection"].append(result["selection"])
    medians = {
        name: {kind: statistics.median(values) for kind, values in kinds.items()}
        for name, kinds in samples.items()
    }
    print(f"{options.events:,} events, {options.runs} runs each, medians in seconds:")
    for name, figures in medians.items():
        where = versions[name] or "this checkout"
        print(f"  {name:<9} all {figures['all']:.3f} s, selection {figures['selection']:.3f} s  ({where})")
    if "compared" in medians:
        for kind in ("all", "selection"):
            ratio = medians["this"][kind] / medians["compared"][kind]
            print(f"  {kind}: this / compared = {ratio:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "azkz_desktop", "export", "--db", str(database_path)]
        command += ["-o", str(Path(folder) / "events.csv")]
        cli: list[float] = []
        for _ in range(CLI_RUNS):
            started = time.perf_counter()
            subprocess.run(
                command, check=True, capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            )
            cli.append(time.perf_counter() - started)
    print(
        f"command line (with interpreter start): median {statistics.median(cli):.3f} s over {CLI_RUNS} runs"
    )
    if options.json:
        options.json.write_text(
            json.dumps({"events": options.events, "medians": medians, "samples": samples})
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
