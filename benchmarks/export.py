"""How fast events export to CSV, as the window and CLI do it; optionally against another version.

    python benchmarks/export.py [--events N] [--runs K] [--compare SRC]

Measures the export as the window makes it (the workspace adapter's rows, the CSV writer, atomic write
with fsync) of every event, and of the same events chosen as a selection (EventFilter(ids=…), as Export
Selected does), with the peak memory of each, K times each in a child
process, so that `--compare SRC` (another checkout's src/, e.g. the main branch) runs alternately with
this one on the same file and the same machine load; CPU time is given beside wall time, as it moves
less with the load. Then the command line `azkz-desktop export` as a
user runs it (interpreter start included) three times.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

from synthetic import default_path, generate_database, is_current  # noqa: E402

CLI_RUNS = 3
# One export in a fresh interpreter, as the window makes it (the database seen through the workspace
# adapter, with no workspace): prints the seconds of the whole export and of the selection's, and the
# peak memory each added (VmHWM after each, the first after opening the database).
CHILD = """
import json, resource, sys, tempfile, time
from pathlib import Path
from azkz_desktop.data.database import open_database
from azkz_desktop.data.export import export_csv
from azkz_desktop.data.filters import EventFilter
from azkz_desktop.session.workspace_data import WorkspaceDatabase
def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
database = open_database(sys.argv[1])
window_database = WorkspaceDatabase(database, None)
ids = frozenset(row[0] for row in database._connection.execute("SELECT id FROM events"))
times, peaks = {}, {"open": peak_mb()}
with tempfile.TemporaryDirectory() as folder:
    target = Path(folder) / "events.csv"
    for name, event_filter in (("all", EventFilter()), ("selection", EventFilter(ids=ids))):
        started, cpu = time.perf_counter(), time.process_time()
        rows = window_database.export_rows(event_filter)
        count = export_csv(rows, target, columns=window_database.export_columns)
        times[name] = time.perf_counter() - started
        times[name + "_cpu"] = time.process_time() - cpu
        peaks[name] = peak_mb()
print(json.dumps({"count": count, **times, "peak_mb": peaks}))
"""


def run_child(database_path: Path, src: Path | None) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if src is not None:
        env["PYTHONPATH"] = str(src)
    completed = subprocess.run(
        [sys.executable, "-c", CHILD, str(database_path)], check=True, capture_output=True, text=True, env=env
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def busy_cpu_s() -> float:
    """CPU seconds the whole machine has spent busy (Linux /proc/stat), to spot competing processes."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


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
    kinds = ("all", "selection", "all_cpu", "selection_cpu")
    samples: dict[str, dict[str, list[float]]] = {name: {kind: [] for kind in kinds} for name in versions}
    peaks: dict[str, dict[str, float]] = {}
    busy_before, wall_before = busy_cpu_s(), time.perf_counter()
    ours_before = children_cpu_s()
    for _ in range(options.runs):
        for name, src in versions.items():  # alternately, so both see the same machine load
            result = run_child(database_path, src)
            for kind in kinds:
                samples[name][kind].append(result[kind])
            peaks[name] = result["peak_mb"]
    others = (busy_cpu_s() - busy_before) - (children_cpu_s() - ours_before)
    other_cores = max(others, 0.0) / (time.perf_counter() - wall_before)
    medians = {
        name: {kind: statistics.median(values) for kind, values in kinds.items()}
        for name, kinds in samples.items()
    }
    print(f"{options.events:,} events, {options.runs} runs each, medians in seconds:")
    for name, figures in medians.items():
        where = versions[name] or "this checkout"
        print(f"  {name:<9} all {figures['all']:.3f} s, selection {figures['selection']:.3f} s  ({where})")
        print(f"  {'':<9} CPU: all {figures['all_cpu']:.3f} s, selection {figures['selection_cpu']:.3f} s")
        peak = peaks[name]
        print(
            f"  {'':<9} peak memory: {peak['open']:.0f} MB open, {peak['all']:.0f} MB after all,"
            f" {peak['selection']:.0f} MB after the selection"
        )
    print(f"other processes kept {other_cores:.2f} cores busy meanwhile")
    if "compared" in medians:
        for kind in kinds:
            ratio = medians["this"][kind] / medians["compared"][kind]
            print(f"  {kind.replace('_', ' ')}: this / compared = {ratio:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "azkz_desktop", "export", "--db", str(database_path)]
        command += ["-o", str(Path(folder) / "events.csv")]
        cli: list[float] = []
        for _ in range(CLI_RUNS):
            started = time.perf_counter()
            # A data folder of its own: no reader's workspace is merged in, or met in a newer version.
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": folder}
            subprocess.run(command, check=True, capture_output=True, env=env)
            cli.append(time.perf_counter() - started)
    print(
        f"command line (with interpreter start): median {statistics.median(cli):.3f} s over {CLI_RUNS} runs"
    )
    if options.json:
        options.json.write_text(
            json.dumps(
                {
                    "events": options.events,
                    "medians": medians,
                    "samples": samples,
                    "peak_mb": peaks,
                    "other_cpu_cores": other_cores,
                }
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
