"""Before a timeline image is saved: its width and format, in one small dialog that remembers both."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from azkz_desktop.ui.translation_marks import QT_TRANSLATE_NOOP

MIN_IMAGE_WIDTH, MAX_IMAGE_WIDTH = 400, 8000
DEFAULT_IMAGE_WIDTH = 1600
FORMATS = (
    (".png", QT_TRANSLATE_NOOP("ImageOptionsDialog", "PNG image")),
    (".svg", QT_TRANSLATE_NOOP("ImageOptionsDialog", "SVG drawing")),
)


class ImageOptionsDialog(QDialog):
    """Width in pixels (the last one used, else at least 1600 or the timeline's width) and PNG or SVG."""

    def __init__(self, parent: QWidget | None, timeline_width: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Timeline Image"))
        settings = QSettings()
        remembered = settings.value("export/imageWidth", 0)
        try:
            last = int(remembered)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            last = 0
        default = (
            last if MIN_IMAGE_WIDTH <= last <= MAX_IMAGE_WIDTH else max(timeline_width, DEFAULT_IMAGE_WIDTH)
        )
        self.width_box = QSpinBox()
        self.width_box.setRange(MIN_IMAGE_WIDTH, MAX_IMAGE_WIDTH)
        self.width_box.setSingleStep(100)
        self.width_box.setSuffix(self.tr(" px"))
        self.width_box.setValue(min(default, MAX_IMAGE_WIDTH))
        self.format_box = QComboBox()
        for suffix, name in FORMATS:
            self.format_box.addItem(self.tr(name), suffix)
        chosen = self.format_box.findData(settings.value("export/imageFormat", ".png"))
        self.format_box.setCurrentIndex(max(chosen, 0))
        form = QFormLayout(self)
        form.addRow(self.tr("&Width:"), self.width_box)
        form.addRow(self.tr("&Format:"), self.format_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose File…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.width_box.setFocus()

    def width(self) -> int:
        return self.width_box.value()

    def suffix(self) -> str:
        return str(self.format_box.currentData())

    def accept(self) -> None:
        settings = QSettings()
        settings.setValue("export/imageWidth", self.width())
        settings.setValue("export/imageFormat", self.suffix())
        super().accept()
