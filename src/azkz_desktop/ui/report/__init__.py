"""The PDF report (and its printout) of a set of events: cover, timeline, entries, numbered sources."""
