"""Two processes on one workspace: no "database is locked", and no update lost.

The workspace's answer is BEGIN IMMEDIATE (a writer takes the lock before reading what it changes), a
busy timeout and a retry loop; a note overwritten by the other process is kept in the note history.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from azkz_desktop.data.workspace import open_workspace

WRITES = 150
WRITER = """
import sys
from azkz_desktop.data.workspace import OwnEventDraft, open_workspace
path, name, writes = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.stdin.readline()  # both start together
workspace = open_workspace(path)
for number in range(writes):
    workspace.toggle_star(f"{name}-{number}")
    replaced = workspace.set_note("shared", f"{name} {number}")
    if replaced is not None and not replaced.text.startswith(name):
        print(replaced.text, flush=True)  # the other process's version that this save replaced
    workspace.add_own_event(
        OwnEventDraft(start="2010", title=f"{name} {number}", category="culture", source_text="s")
    )
workspace.close()
"""


def test_two_processes_lose_no_update(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite"
    open_workspace(path).close()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, str(WRITES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("left", "right")
    ]
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.close()
    outputs = []
    errors = []
    for writer in writers:
        assert writer.stdout is not None and writer.stderr is not None
        outputs.append(writer.stdout.read())
        errors.append(writer.stderr.read())
        writer.wait(timeout=120)
        writer.stdout.close()
        writer.stderr.close()
    assert [writer.returncode for writer in writers] == [0, 0], errors
    assert not any("locked" in text for text in errors)
    with open_workspace(path) as workspace:
        expected = {f"{name} {number}" for name in ("left", "right") for number in range(WRITES)}
        assert workspace.starred_ids() == {text.replace(" ", "-") for text in expected}
        assert {event.title for event in workspace.own_events()} == expected
        current = workspace.note("shared")
        assert current is not None
        texts = {current.text} | {note.text for note in workspace.note_history("shared")}
        # Every version that one process's save replaced in the other's name is kept (a process typing
        # over its own save of a moment ago keeps no copy: that is one person's draft of one note).
        replaced = [line for output in outputs for line in output.splitlines()]
        assert replaced, "the two processes never interleaved"
        missing = [text for text in replaced if text not in texts]
        assert not missing, f"lost updates: {missing[:5]}"
        assert current.text in {f"left {WRITES - 1}", f"right {WRITES - 1}"}
