"""For the crash test: forks writers on a workspace and kills each with SIGKILL at a random moment.

Run as `python workspace_crash_spawner.py WORKSPACE ROUNDS SEED`. Each round forks a writer that opens
the workspace and saves notes and own events in a loop, writing one line to a pipe after each commit
returns. After a random delay (in every other round counted from the writer's first two reports) this
process SIGKILLs it, passes every line the writer reported on to standard output, then "killed N", and
waits for "go" on standard input (the test checks the workspace meanwhile). Forking from this
single-threaded process keeps a round to a few milliseconds.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time

from azkz_desktop.data.workspace import OwnEventDraft, open_workspace


def write_forever(path: str, round_number: int, out: int) -> None:
    workspace = open_workspace(path)
    step = 0
    while True:
        step += 1
        sequence = round_number * 1_000_000 + step
        if step % 2:
            key = f"event-{step % 5}"
            workspace.set_note(key, f"{sequence} " + "words " * (step % 40))
            os.write(out, f"note {key} {sequence}\n".encode())
        else:
            event = workspace.add_own_event(
                OwnEventDraft(start="2001-02-03", title=f"t{sequence}", category="economy", source_text="s")
            )
            os.write(out, f"event {event.id} t{sequence}\n".encode())


def _first_lines(read_end: int, count: int) -> bytes:
    """What the writer reported until its first `count` lines (less if it died first)."""
    received = b""
    while received.count(b"\n") < count:
        chunk = os.read(read_end, 4096)
        if not chunk:
            break
        received += chunk
    return received


def main() -> None:
    path, rounds, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    chance = random.Random(seed)
    for round_number in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                write_forever(path, round_number, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        # Every other round the delay starts once the writer has reported a note and an event, so that
        # work gets done between kills however slow the machine; the other rounds kill at any moment,
        # opening the workspace included.
        early = _first_lines(read_end, 2) if round_number % 2 else b""
        time.sleep(chance.uniform(0.0, 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as reported:
            sys.stdout.write((early + reported.read()).decode())
        sys.stdout.write(f"killed {round_number}\n")
        sys.stdout.flush()
        if sys.stdin.readline().strip() != "go":
            return


if __name__ == "__main__":
    main()
