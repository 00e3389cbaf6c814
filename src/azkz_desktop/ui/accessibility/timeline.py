"""The timeline as a screen reader sees it: a list whose items are the painted events and clusters.

`TimelineAccessible` is the view's interface (made by the factory, owned by Qt's cache, deleted with the
widget). Its children are `TimelineItemAccessible`s, one per drawn event or cluster, known by key and
kept in a ChildCache: they ask the view for the item behind their key on every question, so none holds
on to a layout that has since been recomputed. `TimelineSpeaker` tells assistive technology what
changed: focus moves with Left/Right, and zoom, pan or a filter is announced once it settles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget

from azkz_desktop.ui.accessibility.child_cache import ChildCache
from azkz_desktop.ui.accessibility.interfaces import interface_pointer, no_interface
from azkz_desktop.ui.accessibility.item_actions import TimelineItemActions
from azkz_desktop.ui.accessibility.timeline_items import (
    Item,
    ItemKey,
    cluster_name,
    current_item,
    event_key,
    event_name,
    layout_items,
    shown_count,
    window_announcement,
)
from azkz_desktop.ui.category_names import category_labels
from azkz_desktop.ui.session_binding import bind

if TYPE_CHECKING:
    from shiboken6 import VoidPtr

    from azkz_desktop.ui.timeline.widget import TimelineWidget

CONTEXT = "TimelineAccessible"
SETTLE_MS = 400  # announce the window once zooming or panning has paused this long


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class TimelineAccessible(QAccessibleWidget):
    """The timeline view: a list of its drawn events and clusters, in date order."""

    def __init__(self, widget: TimelineWidget) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self.view = widget
        self.children: ChildCache[TimelineItemAccessible] = ChildCache()
        self._items: list[Item] = []
        self._positions: dict[ItemKey, int] = {}
        self._made_for: tuple[object, str] | None = None  # the layout and current event of _items
        self.speaker = TimelineSpeaker(widget, self)
        cache = self.children
        # Qt deletes this interface when the widget goes; the children must leave Qt's cache first.
        widget.destroyed.connect(lambda *_: cache.clear())

    # ---- the items of the current layout ------------------------------------------------------------

    def items(self) -> list[Item]:
        """The items in reading order; recomputed when the layout or the current event changed."""
        layout = self.view.current_layout()
        current = self.view.session.current
        made_for = self._made_for
        if made_for is None or made_for[0] is not layout or made_for[1] != current:
            self._made_for = (layout, current)
            index = self.view.index
            items = layout_items(layout, index, self.view.shown_mask)
            if current and event_key(current) not in {item.key for item in items}:
                extra = current_item(layout, index, current)
                if extra is not None:
                    items.append(extra)
                    items.sort(key=lambda item: (item.x0, item.center_y))
            self._items = items
            self._positions = {item.key: number for number, item in enumerate(items)}
        return self._items

    def item(self, key: ItemKey) -> Item | None:
        items = self.items()
        position = self._positions.get(key)
        return None if position is None else items[position]

    def prune(self) -> None:
        """Forget the interfaces of items no longer drawn."""
        self.items()
        self.children.retain(self._positions.keys())

    def child_for(self, key: ItemKey) -> TimelineItemAccessible | None:
        if self.item(key) is None:
            return None
        return self.children.get(key, lambda: TimelineItemAccessible(self, key))

    def name_of(self, item: Item) -> str:
        index = self.view.index
        session = self.view.session
        if item.is_cluster:
            return cluster_name(index, item.rows, session.starred_mask)
        labels = category_labels(self.view.categories)
        row, starred = item.rows[0], session.starred_mask
        on = starred is not None and len(starred) == len(index) and bool(starred[row])
        return event_name(index, row, labels, on)

    # ---- QAccessibleInterface ------------------------------------------------------------------------

    def childCount(self) -> int:
        return len(self.items())

    def child(self, number: int) -> QAccessibleInterface | None:
        items = self.items()
        if not 0 <= number < len(items):
            return None
        return self.child_for(items[number].key)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        key = getattr(child, "key", None)
        self.items()
        return self._positions.get(key, -1) if key is not None else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        point = self.view.mapFromGlobal(QPoint(x, y))
        for item in reversed(self.items()):  # the last drawn is on top
            if item.x0 <= point.x() <= item.x1 and abs(point.y() - item.center_y) <= item.half_height:
                return self.child_for(item.key)
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        current = self.view.session.current
        if not current or not self.view.hasFocus():
            return None
        return self.child_for(event_key(current))

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.view.accessibleName() or QCoreApplication.translate("TimelineAccessible", "Timeline")
        if kind == QAccessible.Text.Description:
            return self.view.accessibleDescription() or QCoreApplication.translate(
                "TimelineAccessible",
                "Events by date. Left and Right: previous and next event; Enter: details; "
                "plus and minus: zoom; Shift with Left and Right: move in time",
            )
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.multiSelectable = True
        return state


class TimelineItemAccessible(QAccessibleInterface):
    """One drawn event or cluster, known by key; everything else is asked of the view when needed."""

    def __init__(self, view: TimelineAccessible, key: ItemKey) -> None:
        super().__init__()
        self.view = view
        self.key = key
        self.actions = TimelineItemActions(self)  # Press, SetFocus: what a click does

    def item_now(self) -> Item | None:
        """The item behind the key in the present layout, or None once it is no longer drawn."""
        if not shiboken6.isValid(self.view) or not shiboken6.isValid(self.view.view):
            return None
        return self.view.item(self.key)

    def isValid(self) -> bool:
        return self.item_now() is not None

    def interface_cast(self, kind: QAccessible.InterfaceType) -> VoidPtr:
        if kind == QAccessible.InterfaceType.ActionInterface:
            return interface_pointer(self.actions)
        return no_interface()

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        if not shiboken6.isValid(self.view):
            return None
        return self.view.view.window().windowHandle()

    def parent(self) -> QAccessibleInterface | None:
        return self.view if shiboken6.isValid(self.view) else None

    def child(self, number: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        item = self.item_now()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return self.view.name_of(item)
        if kind == QAccessible.Text.Description and item.is_cluster:
            return QCoreApplication.translate("TimelineAccessible", "Zoom in to tell these events apart")
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """The names are the data's; nothing is editable."""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self.item_now()
        if item is None:
            state.invalid = True
            return state
        widget = self.view.view
        state.selectable = True
        state.focusable = not item.is_cluster
        event_id = item.event_id
        if event_id is not None:
            state.selected = event_id in widget.session.selection
            state.focused = widget.hasFocus() and event_id == widget.session.current
        plot = widget.plot_rect()
        state.offscreen = item.x1 < plot.left() or item.x0 > plot.right()
        return state

    def rect(self) -> QRect:
        """Where the item is drawn, in screen coordinates, clipped to the view."""
        item = self.item_now()
        if item is None:
            return QRect()
        widget = self.view.view
        local = QRect(
            round(item.x0),
            round(item.center_y - item.half_height),
            max(round(item.x1 - item.x0), 1),
            round(2 * item.half_height),
        ).intersected(widget.rect())
        return QRect(widget.mapToGlobal(local.topLeft()), local.size())


class TimelineSpeaker(QObject):
    """Sends the timeline's focus and announcement events; lives as a child of the widget."""

    def __init__(self, widget: TimelineWidget, view: TimelineAccessible) -> None:
        super().__init__(widget)
        self._widget = widget
        self._view = view
        self.last_announcement = ""
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.announce_window)
        session = widget.session
        bind(session.window_changed, widget, self._changed)
        bind(session.filter_changed, widget, self._changed)
        bind(session.lanes_changed, widget, self._changed)
        # After the whole step (select, then perhaps move the window), not half-way through it.
        bind(session.current_changed, widget, lambda *_: QTimer.singleShot(0, self, self.focus_current))
        bind(session.stars_changed, widget, self.name_current)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self, self.focus_current)  # after Qt has told of the view's own focus
        return False

    def _changed(self, *_: object) -> None:
        self._settle.start()

    def focus_current(self) -> None:
        """Tell assistive technology that focus is on the current event (Left/Right, Tab into the view)."""
        if not self._widget.hasFocus() or not shiboken6.isValid(self._view):
            return
        child = self._view.focusChild()
        if child is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))

    def name_current(self) -> None:
        """A star put on or taken off: the focused event's name ("…, starred") changed."""
        if not self._widget.hasFocus() or not shiboken6.isValid(self._view):
            return
        child = self._view.focusChild()
        if child is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.NameChanged))

    def announce_window(self) -> None:
        """Say what is now in view: "Showing 2022 to 2024, 44 events"."""
        if not shiboken6.isValid(self._view):
            return
        self._view.prune()
        start, end = self._widget.session.window.as_tuple()
        text = window_announcement(start, end, shown_count(self._view.items()))
        self.last_announcement = text
        if not self._widget.isVisible():
            return
        QAccessible.updateAccessibility(QAccessibleEvent(self._view, QAccessible.Event.ObjectReorder))
        announcement = QAccessibleAnnouncementEvent(self._widget, text)
        announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(announcement)
