"""Accessible interfaces for the painted views (timeline, overview), and the trade figures as a table.

Screen readers learn about a widget through Qt's accessibility interfaces. Qt's own widgets have them;
the views we paint ourselves get theirs from the factory installed at start-up (`install`).
"""

from __future__ import annotations

from azkz_desktop.ui.accessibility.factory import install

__all__ = ["install"]
