"""What the timeline widget's mixins (navigation, hit testing) need of the widget, for the type checker.

The mixins subclass `object` at run time (Qt's metaclass allows no Protocol among a widget's bases); under
type checking they subclass this protocol, so every attribute they use is checked without importing
widget.py, which imports them.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction

from azkz_desktop.data.models import Category
from azkz_desktop.data.timeline_index import TimelineIndex
from azkz_desktop.session import Session, TimeScale
from azkz_desktop.ui.timeline.layout import TimelineLayout


class TimelineHost(Protocol):
    session: Session
    index: TimelineIndex
    _categories: dict[str, Category]
    context_actions: list[QAction]

    @property
    def shown_mask(self) -> np.ndarray | None: ...

    def current_layout(self) -> TimelineLayout: ...

    def plot_rect(self) -> QRectF: ...

    def scale(self) -> TimeScale: ...

    def shown_lanes(self) -> list[str]: ...

    def lane_at(self, y: float) -> str | None: ...

    def zoom_to_span(self, start_day: float, end_day: float, min_days: float = 0.0) -> None: ...
