"""Render resources/azkz-desktop.svg to the icons the hicolor theme and the installers use.

    .venv/bin/python packaging/render_icons.py          # rewrite the icons in resources/
    .venv/bin/python packaging/render_icons.py --check  # exit 1 if one is missing or out of date

Writes azkz-desktop-<size>.png (16 to 256 px, for the hicolor theme), azkz-desktop.ico (Windows: the
PNGs in an ICO container) and azkz-desktop.icns (macOS: PNGs from 16 to 512 px in an ICNS container).
They are committed, so a build needs no renderer; run this after editing the SVG. --check compares
pixels with a small tolerance, since antialiasing may differ in the last bit between machines.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SVG = RESOURCES / "azkz-desktop.svg"
SIZES = (16, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x variants share the pixels of the next size).
ICNS_TYPES = {
    16: [b"icp4"],
    32: [b"icp5", b"ic11"],
    64: [b"icp6", b"ic12"],
    128: [b"ic07"],
    256: [b"ic08", b"ic13"],
    512: [b"ic09", b"ic14"],
}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"render_icons: cannot encode the {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNG-compressed (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    elements = b""
    for size, types in ICNS_TYPES.items():
        for kind in types:
            elements += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def png_images(name: str, content: bytes) -> list[bytes]:
    """The PNG images a .png, .ico or .icns file holds, in order."""
    if name.endswith(".png"):
        return [content]
    images = []
    if name.endswith(".ico"):
        (count,) = struct.unpack_from("<H", content, 4)
        for index in range(count):
            size, offset = struct.unpack_from("<II", content, 6 + 16 * index + 8)
            images.append(content[offset : offset + size])
    else:  # .icns
        position = 8
        while position + 8 <= len(content):
            (length,) = struct.unpack_from(">I", content, position + 4)
            images.append(content[position + 8 : position + length])
            position += max(length, 8)
    return images


def pixels(png: bytes) -> QImage:
    image = QImage()
    image.loadFromData(png, "PNG")
    return image.convertToFormat(QImage.Format.Format_RGBA8888)


def looks_the_same(name: str, old: bytes, new: bytes, tolerance: int = 8) -> bool:
    """Same images, same sizes, every channel of every pixel within `tolerance` of the other."""
    try:
        olds, news = png_images(name, old), png_images(name, new)
    except struct.error:
        return False
    if len(olds) != len(news):
        return False
    for old_png, new_png in zip(olds, news, strict=True):
        a, b = pixels(old_png), pixels(new_png)
        if a.isNull() or a.size() != b.size():
            return False
        size = a.width() * a.height() * 4
        old_bytes, new_bytes = bytes(a.constBits())[:size], bytes(b.constBits())[:size]
        if any(abs(x - y) > tolerance for x, y in zip(old_bytes, new_bytes, strict=True)):
            return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the PNGs are up to date")
    options = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"render_icons: {SVG}: not a valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in sorted({*SIZES, *ICNS_TYPES})}
    outputs = {f"azkz-desktop-{size}.png": pngs[size] for size in SIZES}
    outputs["azkz-desktop.ico"] = ico({size: pngs[size] for size in (16, 32, 48, 64, 128, 256)})
    outputs["azkz-desktop.icns"] = icns(pngs)
    stale = []
    for name, content in outputs.items():
        target = RESOURCES / name
        if options.check:
            if not target.is_file() or not looks_the_same(name, target.read_bytes(), content):
                stale.append(name)
            continue
        target.write_bytes(content)
        print(f"wrote {target.relative_to(RESOURCES.parent)}")
    if stale:
        print(f"render_icons: out of date: {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
