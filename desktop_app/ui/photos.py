"""A person's photo as chosen on this computer: any picture Qt reads, turned upright, scaled
down and stored as JPEG (the core keeps the bytes, encrypted, at most 2 MB)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

# A chosen picture is scaled down to fit this box (never up) and stored as JPEG: a phone photo of
# several MB becomes ~50–100 KB in the register (the core takes at most 2 MB).
PHOTO_BOX = (480, 640)
PHOTO_QUALITY = 85


def photo_jpeg(path: str) -> bytes | None:
    """The picture at `path` (any format Qt reads), turned upright by its EXIF orientation,
    scaled to fit PHOTO_BOX, as JPEG bytes; None when it cannot be read."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()  # from the header: a 50-megapixel picture is decoded small, not whole
    longest = max(PHOTO_BOX)
    if size.isValid() and (size.width() > 2 * longest or size.height() > 2 * longest):
        reader.setScaledSize(size.scaled(2 * longest, 2 * longest, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    w, h = PHOTO_BOX
    if image.width() > w or image.height() > h:
        image = image.scaled(w, h, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "JPEG", PHOTO_QUALITY)  # type: ignore[call-overload]  # (the stubs want bytes; PySide6 takes str)
    buf.close()
    return bytes(data.data())
