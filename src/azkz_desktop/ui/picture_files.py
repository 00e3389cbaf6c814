"""Save a drawing as PNG or SVG, chosen by the file name, through a temporary file renamed at the end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from azkz_desktop.data.export import ExportError, replace_atomically

PICTURE_SUFFIXES = (".png", ".svg")


def save_picture(
    path: Path, size: QSize, title: str, background: QColor, draw: Callable[[QPainter], None]
) -> None:
    """Have `draw` paint onto a PNG or an SVG of `size` at `path`; raise ExportError on any failure."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in PICTURE_SUFFIXES:
        raise ExportError(
            f"{path}: " + QCoreApplication.translate("Export", "choose a name ending in .png or .svg")
        )

    def write(temporary: Path) -> None:
        if suffix == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(temporary))
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(title)
            painter = QPainter(generator)
            draw(painter)
            painter.end()
            if temporary.stat().st_size == 0:
                raise OSError(QCoreApplication.translate("Export", "the SVG could not be written"))
            return
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(background)
        painter = QPainter(image)
        draw(painter)
        painter.end()
        # PySide6's stub types the format as bytes, but at run time it takes only a str.
        if not image.save(str(temporary), "PNG"):  # type: ignore[call-overload]
            raise OSError(QCoreApplication.translate("Export", "the PNG could not be written"))

    replace_atomically(path, write)
