"""What a screen reader can do with a timeline item, as a mouse user does with a click.

An event's Press shows its details (select it, make it current, bring the detail pane forward, as Enter
does); its SetFocus makes it the current event with the timeline focused, so Left and Right step on from
there; with a workspace open, its Star stars or unstars it (the window's S, on this event alone). A
cluster's Press zooms into it, as a click does. Each item's interface holds one of these as its
action face (see `interfaces`); it looks the item up by key when asked, so an action on an item a zoom
has since retired does nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessibleActionInterface, QAction

from azkz_desktop.data.spans import exclusive_end
from azkz_desktop.ui.accessibility.timeline_items import Item

if TYPE_CHECKING:
    from azkz_desktop.ui.accessibility.timeline import TimelineItemAccessible

STAR = "Star"  # an action of our own: the name assistive technology is given, untranslated
STAR_ACTION = "starAction"  # the window's Edit → Star or Unstar (S), when a workspace is open


class TimelineItemActions(QAccessibleActionInterface):
    """The actions of one timeline item: Press, SetFocus (and Star) for an event, Press for a cluster."""

    def __init__(self, item: TimelineItemAccessible) -> None:
        super().__init__()
        self._item_interface = item

    def _item(self) -> Item | None:
        return self._item_interface.item_now()

    def _star_action(self) -> QAction | None:
        """The window's star action if it can be used now (it is disabled without a workspace)."""
        window = self._item_interface.view.view.window()
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        action = window.findChild(QAction, STAR_ACTION, direct)
        return action if action is not None and action.isEnabled() else None

    def actionNames(self) -> list[str]:
        item = self._item()
        if item is None:
            return []
        if item.is_cluster:
            return [QAccessibleActionInterface.pressAction()]
        names = [QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.setFocusAction()]
        return [*names, STAR] if self._star_action() is not None else names

    def doAction(self, name: str) -> None:
        item = self._item()
        if item is None or name not in self.actionNames():
            return
        widget = self._item_interface.view.view
        if item.is_cluster:
            if name == QAccessibleActionInterface.pressAction() and item.rows:
                rows = np.asarray(item.rows)
                first = float(widget.index.first_days[rows].min())
                end = float(exclusive_end(widget.index.last_days[rows]).max())
                widget.zoom_to_span(first, end)
            return
        event_id = item.event_id
        assert event_id is not None
        widget.session.make_current(event_id)
        if name == QAccessibleActionInterface.pressAction():
            widget.activate(event_id)
        elif name == STAR:
            star = self._star_action()
            if star is not None:
                star.trigger()  # on the selection, which is now this event alone; undoable
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def localizedActionName(self, name: str) -> str:
        if name == STAR:
            return QCoreApplication.translate("TimelineAccessible", "Star or unstar")
        return super().localizedActionName(name)

    def localizedActionDescription(self, name: str) -> str:
        item = self._item()
        if item is None:
            return ""
        if name == QAccessibleActionInterface.pressAction():
            if item.is_cluster:
                return QCoreApplication.translate("TimelineAccessible", "Zoom in to this cluster's events")
            return QCoreApplication.translate("TimelineAccessible", "Show the event's details")
        if name == QAccessibleActionInterface.setFocusAction():
            return QCoreApplication.translate("TimelineAccessible", "Make this the current event")
        if name == STAR:
            return QCoreApplication.translate(
                "TimelineAccessible", "Star the event in your workspace, or take its star away"
            )
        return super().localizedActionDescription(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        item = self._item()
        if item is None or item.is_cluster:
            return []
        if name == QAccessibleActionInterface.pressAction():
            return ["Return"]
        star = self._star_action() if name == STAR else None
        return [star.shortcut().toString()] if star is not None else []
