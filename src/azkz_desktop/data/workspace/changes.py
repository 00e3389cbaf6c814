"""What one import or merge changed, so that Edit → Undo can take exactly that back, and Redo redo it.

A `ChangeSet` holds, for every star, note and own event the import or merge touched, its state before
and after. Undoing writes the states before, redoing the states after, each in one transaction. An item
someone changed since (another window, another process) no longer has the state expected: it is left as
it is and counted as kept, never overwritten.

Texts are never lost to an undo: a note that leaves through it goes to the note history, like any
replaced note, and the history keeps what the import or merge added to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from azkz_desktop.data.workspace.records import OwnEvent
from azkz_desktop.data.workspace.states import (
    NoteState,
    StarState,
    event_mark,
    event_marks,
    event_states,
    note_states,
    put_events,
    put_note_state,
    put_star_state,
    star_states,
)
from azkz_desktop.data.workspace.workspace import Workspace

S = TypeVar("S")


@dataclass
class ChangeSet:
    """(before, after) per event id of each kind of thing changed; nothing is in it that stayed the same."""

    stars: dict[str, tuple[StarState, StarState]] = field(default_factory=dict)
    notes: dict[str, tuple[NoteState, NoteState]] = field(default_factory=dict)
    events: dict[str, tuple[OwnEvent | None, OwnEvent | None]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.stars) + len(self.notes) + len(self.events)

    @classmethod
    def between(cls, before: Snapshot, after: Snapshot) -> ChangeSet:
        """The changes from one snapshot to another of the same ids."""
        return cls(
            _differing(before.stars, after.stars),
            _differing(before.notes, after.notes),
            {
                event_id: (old, after.events[event_id])
                for event_id, old in before.events.items()
                if event_mark(old) != event_mark(after.events[event_id])
            },
        )


@dataclass(frozen=True)
class Snapshot:
    """The stars, notes and own events of some ids at one moment (inside a transaction)."""

    stars: dict[str, StarState]
    notes: dict[str, NoteState]
    events: dict[str, OwnEvent | None]

    @classmethod
    def of(
        cls,
        db: sqlite3.Connection,
        star_ids: Collection[str] = (),
        note_ids: Collection[str] = (),
        event_ids: Collection[str] = (),
    ) -> Snapshot:
        return cls(star_states(db, star_ids), note_states(db, note_ids), event_states(db, event_ids))


@dataclass(frozen=True)
class ChangeOutcome:
    """How many items an undo or redo wrote, and how many it kept because they had changed since."""

    applied: int
    kept: int


def undo_changes(workspace: Workspace, changes: ChangeSet) -> ChangeOutcome:
    """Write back the states before, in one transaction."""
    return workspace.connection.write(lambda db: _apply(db, changes, backwards=True))


def redo_changes(workspace: Workspace, changes: ChangeSet) -> ChangeOutcome:
    """Write the states after again, in one transaction."""
    return workspace.connection.write(lambda db: _apply(db, changes, backwards=False))


def _apply(db: sqlite3.Connection, changes: ChangeSet, backwards: bool) -> ChangeOutcome:
    reason = "undone" if backwards else "redone"
    applied = kept = 0

    def each(pairs: Mapping[str, tuple[S, S]], now: Mapping[str, S], put: Callable[[str, S], None]) -> None:
        nonlocal applied, kept
        for event_id, (before, after) in pairs.items():
            expected, target = (after, before) if backwards else (before, after)
            if now[event_id] != expected:
                kept += 1
                continue
            put(event_id, target)
            applied += 1

    each(changes.stars, star_states(db, changes.stars.keys()), lambda i, s: put_star_state(db, i, s))
    each(
        changes.notes,
        note_states(db, changes.notes.keys()),
        lambda i, s: put_note_state(db, i, s, reason),
    )
    marks = event_marks(db, changes.events.keys())
    targets: dict[str, OwnEvent | None] = {}
    for event_id, (before, after) in changes.events.items():
        expected, target = (after, before) if backwards else (before, after)
        if marks.get(event_id) != event_mark(expected):
            kept += 1
            continue
        targets[event_id] = target
    if targets:
        put_events(db, targets)
    applied += len(targets)
    return ChangeOutcome(applied, kept)


def _differing(before: Mapping[str, S], after: Mapping[str, S]) -> dict[str, tuple[S, S]]:
    return {key: (old, after[key]) for key, old in before.items() if old != after[key]}
