"""The timeline's input: wheel and pinch zoom, dragging, clicks, the tooltip and keys, as session calls.

A mixin of TimelineWidget, kept apart because it only translates Qt's input events: what is under the
pointer comes from hit testing, where the window goes from navigation, and the state is the session's.
The context menu stays in widget.py, where its words are translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QRubberBand, QToolTip

from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.timeline.geometry import DRAG_THRESHOLD, KEY_ZOOM, PAN_FRACTION, WHEEL_ZOOM_PER_NOTCH
from azkz_desktop.ui.timeline.tooltip import plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QWidget

    from azkz_desktop.session import TimeScale
    from azkz_desktop.ui.timeline.hit_testing import HitTesting
    from azkz_desktop.ui.timeline.navigation import Navigation

    class _Base(Navigation, HitTesting, QWidget):
        """What the input handlers use of the TimelineWidget they are mixed into (widget.py imports this
        module, so the widget itself cannot be named as the base for the type checker)."""

        _press: QPoint | None
        _press_scale: TimeScale | None
        _panning: bool
        _rubber_band: QRubberBand | None

        def activate(self, event_id: str) -> None: ...

else:
    _Base = object


class InputEvents(_Base):
    """Turns the wheel, pinch, mouse, tooltip and key events of the widget into zoom, pan and selection."""

    @guarded()
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if delta.x() and abs(delta.x()) > abs(delta.y()):
            self.pan_by_fraction(-delta.x() / 120 * PAN_FRACTION)
        elif delta.y():
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.pan_by_fraction(-delta.y() / 120 * PAN_FRACTION)
            else:
                self.zoom_at(event.position().x(), WHEEL_ZOOM_PER_NOTCH ** (delta.y() / 120))
        event.accept()

    @guarded(False)
    def event(self, event: QEvent) -> bool:
        pinch = Qt.NativeGestureType.ZoomNativeGesture
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == pinch:
            self.zoom_at(event.position().x(), 1.0 + event.value())
            return True
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: object) -> None:
        position = QPointF(event.pos())  # type: ignore[attr-defined]
        text = self.tooltip_text(position)
        if text:
            # Plain text from the database, never markup; as paragraphs, so long titles wrap.
            QToolTip.showText(event.globalPos(), plain_tooltip(text), self)  # type: ignore[attr-defined]
        else:
            QToolTip.hideText()

    # ---- mouse ---------------------------------------------------------------------------------------

    @guarded()
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press = event.position().toPoint()
        self._press_scale = self.scale()
        self._panning = False
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._rubber_band = QRubberBand(QRubberBand.Shape.Rectangle, self)
            self._rubber_band.setGeometry(QRectF(event.position(), event.position()).toRect())
            self._rubber_band.show()
        event.accept()

    @guarded()
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        position = event.position().toPoint()
        if self._rubber_band is not None:
            self._rubber_band.setGeometry(QRectF(self._press, position).normalized().toRect())
            return
        if not self._panning and (position - self._press).manhattanLength() >= DRAG_THRESHOLD:
            self._panning = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._panning and self._press_scale is not None:
            self.session.set_window(self._press_scale.panned_by(position.x() - self._press.x()))

    @guarded()
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if self._rubber_band is not None:
            band = self._rubber_band.geometry()
            self._rubber_band.deleteLater()
            self._rubber_band = None
            self.select_band(QRectF(band), add=bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
            return
        if self._panning:
            self._panning = False
            self.unsetCursor()
            return
        self.click(QPointF(press), event.modifiers())

    @guarded()
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event_id = self.event_at(event.position())
        if event_id is not None:
            self.session.make_current(event_id)
            self.activate(event_id)

    # ---- keyboard ------------------------------------------------------------------------------------

    @guarded()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_center(KEY_ZOOM)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_center(1 / KEY_ZOOM)
        elif key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.fit_all()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self.pan_by_fraction(PAN_FRACTION if key == Qt.Key.Key_Right else -PAN_FRACTION)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.session.current:
            self.activate(self.session.current)
        elif key == Qt.Key.Key_Escape:
            self.session.clear_selection()
        else:
            return super().keyPressEvent(event)
        event.accept()
