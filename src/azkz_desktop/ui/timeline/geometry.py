"""Where things sit in a timeline drawing of a given size, and how far one step of input moves it: shared by
the widget, the overview strip and export, so they agree."""

from __future__ import annotations

from PySide6.QtCore import QRectF

GUTTER_WIDTH = 176.0  # lane names, left of the plot
RIGHT_MARGIN = 12.0
TOP_MARGIN = 6.0
AXIS_HEIGHT = 28.0
MIN_LANE_HEIGHT = 34.0

WHEEL_ZOOM_PER_NOTCH = 1.25  # one notch of the wheel, in the timeline and the overview strip alike
KEY_ZOOM = 1.5  # + and -, and the View menu's Zoom In and Out
PAN_FRACTION = 0.1  # of the window's length, per Shift+arrow or sideways notch
DRAG_THRESHOLD = 4  # pixels a press must move before it pans instead of clicking


def plot_rect(width: float, height: float) -> QRectF:
    """Where lanes are drawn in a drawing of `width` by `height`: right of the lane names, above the axis."""
    return QRectF(
        GUTTER_WIDTH,
        TOP_MARGIN,
        max(width - GUTTER_WIDTH - RIGHT_MARGIN, 10.0),
        max(height - TOP_MARGIN - AXIS_HEIGHT, 10.0),
    )
