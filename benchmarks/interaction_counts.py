"""Instructions per interaction, counted by callgrind: a figure the machine's load does not move.

    python benchmarks/interaction_counts.py --action click [--events 100000] [--repeats 10]
        [--compare OTHER/src] [--db PATH]

Each version runs in a process of its own under `valgrind --tool=callgrind`, on the same synthetic
database (benchmarks/out/, made by `benchmarks/timeline.py` or `synthetic.py`) and with the same hash
seed. The window is opened as benchmarks/timeline.py opens it and made ready for the first click; then
each action is done four times uncounted and `repeats` times counted. Only the action is counted, from
its start until the views it changes have painted (as interactions.py times it): it runs inside
`functools.reduce`, the one function callgrind is told to count in. What is undone between two actions
(the selection cleared, the search emptied) is not counted. It prints each version's instructions per
action, in millions, and their ratio. Needs valgrind.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))
from repeated import REPEATABLE  # noqa: E402
from synthetic import chosen_database  # noqa: E402

UNCOUNTED = 4
COUNTING = [False]  # set once the uncounted actions are done


def actions(kind: str, app: Any, window: Any) -> Callable[[int], None]:
    """The action `kind` as a function of its number (repeated.repeatable), counted from its start
    until its views painted once the uncounted ones are done."""
    from interactions import _until_views_painted
    from repeated import repeatable

    def counted(views: Callable[[], list], action: Callable[[], object]) -> None:
        if COUNTING[0]:
            functools.reduce(lambda _a, _b: _until_views_painted(app, views, action), (0, 0))
        else:
            _until_views_painted(app, views, action)

    return repeatable(kind, app, window, counted)


def child(database: Path, kind: str, repeats: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from floors import shown_window
    from timeline import warm_up_after_first_paint

    app, _settings_folder, window = shown_window(database)  # the folder is removed when this returns
    warm_up_after_first_paint(app, window)
    act = actions(kind, app, window)
    for number in range(UNCOUNTED):
        act(number)
    COUNTING[0] = True
    for number in range(UNCOUNTED, UNCOUNTED + repeats):
        act(number)
    print(f"counted {repeats} of {kind}")


def run(source: str, database: Path, kind: str, repeats: int) -> float:
    """Millions of instructions per counted action of the app in `source`."""
    with tempfile.TemporaryDirectory(prefix="azkz-counts-") as folder:
        out = Path(folder) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=functools_reduce",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--child",
            str(database),
            "--action",
            kind,
            "--repeats",
            str(repeats),
        ]
        env = os.environ | {"PYTHONPATH": source, "PYTHONHASHSEED": "1", "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0 or not out.exists():
            raise SystemExit(f"interaction_counts: the run of {source} failed:\n{done.stderr[-2000:]}")
        summary = re.search(r"^summary: (\d+)", out.read_text(), re.MULTILINE)
        if summary is None:
            raise SystemExit(f"interaction_counts: {out} holds no summary line")
        return int(summary.group(1)) / repeats / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--action", choices=REPEATABLE, required=True)
    parser.add_argument("--events", type=int, default=100_000, help="which synthetic database")
    parser.add_argument("--db", type=Path, help="this database instead of a synthetic one")
    parser.add_argument("--repeats", type=int, default=10, help="counted actions (after four uncounted)")
    parser.add_argument("--compare", type=Path, help="another checkout's src folder, counted first")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child is not None:
        child(options.child, options.action, options.repeats)
        return 0
    database = chosen_database("interaction_counts", options.db, options.events)
    if database is None:
        return 2
    if shutil.which("valgrind") is None:
        print("interaction_counts: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    versions = {"this": str(BENCHMARKS.parent / "src")}
    if options.compare is not None:
        versions = {"compare": str(options.compare), **versions}
    counts = {
        name: run(source, database, options.action, options.repeats) for name, source in versions.items()
    }
    print(f"{database.name}, {options.action}: million instructions per action ({options.repeats} counted)")
    for name, count in counts.items():
        print(f"{name} ({versions[name]}): {count:.2f}")
    if "compare" in counts:
        print(f"this / compare: {counts['this'] / counts['compare']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
