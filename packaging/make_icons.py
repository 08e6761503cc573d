"""Render resources/icons/onrecord.svg into the PNG, ICO and ICNS files each platform needs.

Usage: python packaging/make_icons.py [OUT_DIR]   (default: resources/icons, next to the SVG)
Qt's QSvgRenderer draws each size from the vector source; Pillow packs the ICO and ICNS.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "onrecord.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # Linux hicolor theme (plus the SVG itself)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows shell, taskbar, installer
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # macOS: 16-512 pt at 1x and 2x (Pillow's set)


def render(size: int) -> Image.Image:
    """Draw the SVG at size x size pixels, antialiased, on a transparent background."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def make_icons(out_dir: Path) -> list[Path]:
    """Write onrecord-<N>.png, onrecord.ico and onrecord.icns into out_dir; return the paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    images = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    written = []
    for size in PNG_SIZES:
        path = out_dir / f"onrecord-{size}.png"
        images[size].save(path)
        written.append(path)
    ico = out_dir / "onrecord.ico"
    images[256].save(
        ico, sizes=[(s, s) for s in ICO_SIZES], append_images=[images[s] for s in ICO_SIZES]
    )
    icns = out_dir / "onrecord.icns"
    images[1024].save(icns, append_images=[images[s] for s in ICNS_SIZES[:-1]])
    return [*written, ico, icns]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SVG.parent
    for path in make_icons(target):
        print(path)
