"""The reader's workspace in the window: stars, notes, own events, their undo, import and transfer."""
