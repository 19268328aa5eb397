"""The icon in the sizes desktops ask for, drawn from resources/icons/stillroom.svg.

`python packaging/icons.py OUT` writes OUT/hicolor/<n>x<n>/apps/stillroom.png for the
freedesktop sizes and OUT/hicolor/scalable/apps/stillroom.svg (the Linux desktop entry's
icon), and OUT/stillroom.ico and OUT/stillroom.icns for a Windows or macOS build of the same
spec. Qt draws the SVG (offscreen, no display needed); Pillow writes the .ico and .icns.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "stillroom.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def drawn(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_icons(out: Path) -> list[Path]:
    """Every icon file, written under `out`; the paths in the order written."""
    if QGuiApplication.instance() is None:
        QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG Qt can draw")
    written = []
    for size in SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / "stillroom.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not drawn(renderer, size).save(str(path)):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / "stillroom.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    largest = Image.open(written[SIZES.index(256)])
    largest.save(out / "stillroom.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(written[SIZES.index(512)]).save(out / "stillroom.icns")
    written += [out / "stillroom.ico", out / "stillroom.icns"]
    return written


if __name__ == "__main__":
    for written_path in write_icons(Path(sys.argv[1])):
        print(written_path)
