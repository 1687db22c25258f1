"""One way to ask for a file: Qt's own file dialog, not the system's. The system dialog cannot
be translated (on Linux without a desktop and in some Windows set-ups it comes up in English:
"Look in", "File name", "Save"); Qt's own reads its words from i18n/qtbase_vi.ts (context
QFileDialog), so it is Vietnamese like the rest of the app, and it behaves the same on every
computer. Every page asks through these two functions."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

OPTIONS = QFileDialog.Option.DontUseNativeDialog


def open_file_name(parent: QWidget | None, caption: str, directory: str = "", filters: str = "") -> tuple[str, str]:
    """(path, chosen filter); path "" when cancelled."""
    return QFileDialog.getOpenFileName(parent, caption, directory, filters, "", OPTIONS)


def save_file_name(parent: QWidget | None, caption: str, directory: str = "", filters: str = "") -> tuple[str, str]:
    """(path, chosen filter); path "" when cancelled. Qt's dialog asks before replacing a file."""
    return QFileDialog.getSaveFileName(parent, caption, directory, filters, "", OPTIONS)
