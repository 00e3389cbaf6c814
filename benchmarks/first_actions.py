"""The first interaction after a launch, each in a fresh process: what a person's first click, toggle,
rubber band or search costs once the window has shown and got ready in its pause.

    python benchmarks/first_actions.py [--events 100000 | --db PATH] [--launches 7] [--compare OTHER/src]
        [--actions click,toggle,band,common-new] [--json FILE]

Every launch is a process of its own (PYTHONPATH naming the version's src): the window opened as
benchmarks/timeline.py opens it, its warm-up run to the end (as the pause before a first click gives it
time to), then the action done once as repeated.repeatable does it, timed until its views painted, and
then four more of the same kind, whose median is that launch's steady time. With --compare, the two
versions' launches alternate. It prints, per action and version, the median and the highest first time
over the launches, the median steady time, and their ratio; --json writes every launch's times.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))
from repeated import REPEATABLE  # noqa: E402
from synthetic import chosen_database  # noqa: E402

FIRST_ACTIONS = [kind for kind in REPEATABLE if kind != "band-new"]  # a first band is a new one anyway
STEADY = 4  # actions after the first, whose median is the launch's steady time


def child(database: Path, kind: str) -> None:
    """One launch: the first action's time and the steady ones', in ms, as JSON on standard output."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from floors import shown_window
    from interactions import _until_views_painted
    from repeated import repeatable
    from timeline import warm_up_after_first_paint

    app, _settings_folder, window = shown_window(database)
    warm_up_after_first_paint(app, window)
    times: list[float] = []

    def timed(views: Any, action: Any) -> None:
        began = time.perf_counter()
        _until_views_painted(app, views, action)
        times.append((time.perf_counter() - began) * 1000)

    act = repeatable(kind, app, window, timed)
    for number in range(1 + STEADY):
        act(number)
    print(json.dumps({"first": times[0], "steady": times[1:]}))


def launch(source: str, database: Path, kind: str) -> dict[str, Any]:
    env = os.environ | {"PYTHONPATH": source, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, __file__, "--child", str(database), "--actions", kind]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"first_actions: the launch of {source} failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="which synthetic database")
    parser.add_argument("--db", type=Path, help="this database instead of a synthetic one")
    parser.add_argument("--launches", type=int, default=7, help="launches per action and version")
    parser.add_argument("--compare", type=Path, help="another checkout's src folder")
    parser.add_argument(
        "--actions", default=",".join(FIRST_ACTIONS), help="comma-separated, of: " + ", ".join(REPEATABLE)
    )
    parser.add_argument("--json", type=Path, help="also write every launch's times here")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    kinds = [kind for kind in options.actions.split(",") if kind]
    unknown = [kind for kind in kinds if kind not in REPEATABLE]
    if unknown or not kinds:
        print(f"first_actions: not an action: {', '.join(unknown) or '(none)'}", file=sys.stderr)
        return 2
    if options.child is not None:
        child(options.child, kinds[0])
        return 0
    database = chosen_database("first_actions", options.db, options.events)
    if database is None:
        return 2
    if options.launches < 1:
        print("first_actions: --launches must be at least 1", file=sys.stderr)
        return 2
    versions = {"this": str(BENCHMARKS.parent / "src")}
    if options.compare is not None:
        versions = {"compare": str(options.compare), **versions}
    print(f"{database.name}, {options.launches} launches per action and version (ms)")
    figures: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for kind in kinds:
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in versions}
        for _ in range(options.launches):
            for name, source in versions.items():
                runs[name].append(launch(source, database, kind))
        figures[kind] = runs
        for name, results in runs.items():
            firsts = [result["first"] for result in results]
            steady = statistics.median(statistics.median(result["steady"]) for result in results)
            first = statistics.median(firsts)
            print(
                f"{kind:10} {name:7}: first {first:6.1f} (highest {max(firsts):6.1f}), "
                f"steady {steady:5.1f}, first ÷ steady {first / steady:4.2f}"
            )
    if options.json is not None:
        options.json.write_text(json.dumps({"database": str(database), "actions": figures}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
