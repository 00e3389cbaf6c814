"""The timeline's context menu: over a lane's name, moving or hiding that lane; everywhere, the actions
the main window adds (zoom, export, citations). A mixin of TimelineWidget; its texts keep the widget's
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QWidget

from azkz_desktop.ui.category_names import category_label
from azkz_desktop.ui.guard import guarded
from azkz_desktop.ui.menu_text import menu_text
from azkz_desktop.ui.timeline.geometry import GUTTER_WIDTH

if TYPE_CHECKING:
    from azkz_desktop.ui.timeline.host import TimelineHost as _Base
else:
    _Base = object


class ContextMenu(_Base):
    """Right click (or the menu key) on the timeline."""

    @guarded()
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(cast(QWidget, self))
        lane = self.lane_at(event.pos().y())
        if lane is not None and event.pos().x() < GUTTER_WIDTH:
            label = menu_text(category_label(self._categories[lane]))
            menu.addAction(
                QCoreApplication.translate("TimelineWidget", "Move “%1” Up").replace("%1", label),
                lambda: self.session.move_lane(lane, -1),
            )
            menu.addAction(
                QCoreApplication.translate("TimelineWidget", "Move “%1” Down").replace("%1", label),
                lambda: self.session.move_lane(lane, 1),
            )
            menu.addAction(
                QCoreApplication.translate("TimelineWidget", "Hide “%1”").replace("%1", label),
                lambda: self.session.set_lane_visible(lane, False),
            )
            menu.addSeparator()
        for action in self.context_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())
