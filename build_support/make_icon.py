"""Draws the WardBook icon (a shield with a star over an open register) with Qt and writes
resources/icons/wardbook.png (256 px), wardbook-<n>.png for the window icon sizes, and
resources/icons/wardbook.ico (16–256 px, PNG-compressed entries) for the Windows build.

    .venv/bin/python build_support/make_icon.py      # then commit the files it writes

Runs offscreen; the output is committed, so the build does not need to run it."""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
NAVY, GOLD, RED, PAPER = QColor("#17325c"), QColor("#e0b21b"), QColor("#c62828"), QColor("#fbf7ea")


def shield_path(s: float) -> QPainterPath:
    """A heater shield filling a square of side s."""
    m = s * 0.06
    top, left, right = m, m * 1.3, s - m * 1.3
    mid = s / 2
    p = QPainterPath()
    p.moveTo(mid, top)
    p.cubicTo(mid + s * 0.16, top + s * 0.07, right - s * 0.04, top + s * 0.06, right, top + s * 0.08)
    p.lineTo(right, s * 0.46)
    p.cubicTo(right, s * 0.72, mid + s * 0.2, s * 0.86, mid, s - m * 0.6)
    p.cubicTo(mid - s * 0.2, s * 0.86, left, s * 0.72, left, s * 0.46)
    p.lineTo(left, top + s * 0.08)
    p.cubicTo(left + s * 0.04, top + s * 0.06, mid - s * 0.16, top + s * 0.07, mid, top)
    p.closeSubpath()
    return p


def star(cx: float, cy: float, r: float) -> QPolygonF:
    pts = []
    for i in range(10):
        rad = r if i % 2 == 0 else r * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append(QPointF(cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return QPolygonF(pts)


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    shield = shield_path(s)
    p.setPen(QPen(GOLD, max(1.0, s * 0.05), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(NAVY)
    p.drawPath(shield)
    # the star on a red disc
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawEllipse(QPointF(s / 2, s * 0.37), s * 0.2, s * 0.2)
    p.setBrush(GOLD)
    p.drawPolygon(star(s / 2, s * 0.375, s * 0.16))
    if size >= 32:  # the open register under the star (lost in the smallest sizes)
        p.setBrush(PAPER)
        p.setPen(QPen(NAVY, max(1.0, s * 0.012)))
        y, h, w = s * 0.62, s * 0.13, s * 0.17
        for sign in (-1, 1):
            page = QPainterPath()
            page.moveTo(s / 2, y + s * 0.02)
            page.quadTo(s / 2 + sign * w * 0.5, y - s * 0.02, s / 2 + sign * w, y)
            page.lineTo(s / 2 + sign * w, y + h)
            page.quadTo(s / 2 + sign * w * 0.5, y + h - s * 0.03, s / 2, y + h + s * 0.02)
            page.closeSubpath()
            p.drawPath(page)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data)


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO file whose entries are PNG images (Windows Vista and later read these)."""
    blobs = [png_bytes(i) for i in images]
    head = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(head) + 16 * len(blobs)
    entries = b""
    for img, blob in zip(images, blobs):
        w = img.width()
        entries += struct.pack("<BBBBHHII", w % 256, w % 256, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return head + entries + b"".join(blobs)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    images = [draw(n) for n in ICO_SIZES]
    (OUT / "wardbook.ico").write_bytes(ico_bytes(images))
    for img in images:
        if img.width() in (32, 64, 256):
            name = "wardbook.png" if img.width() == 256 else f"wardbook-{img.width()}.png"
            (OUT / name).write_bytes(png_bytes(img))
    for f in sorted(OUT.iterdir()):
        print(f, f.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
