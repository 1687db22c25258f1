"""Print previews that cannot outlive what they draw on.

QPrintPreviewDialog keeps a plain C++ pointer to the QPrinter it is given and draws on it
whenever it repaints its pages (opening, zoom, page setup, "Print"). A QPrinter created in
Python and referenced only by a local variable or a temporary is deleted by Python when the
function returns: the next repaint then writes through a dangling pointer and the whole app
dies (segmentation fault). Every preview of the app opens through `open_preview`, which keeps
the printer, the paint callback and the dialog in one place until Qt has destroyed the dialog,
and opens it without a nested event loop."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

# token -> (printer, dialog, paint): held until the dialog's C++ object is gone
_alive: dict[int, tuple[QPrinter, QPrintPreviewDialog, Callable[[QPrinter], None]]] = {}
_next = [0]


def a4_printer(margins_mm: tuple[float, float, float, float] = (30, 20, 15, 20)) -> QPrinter:
    """An A4 portrait printer with the margins of an administrative document (left, top,
    right, bottom, in millimetres). The caller keeps it referenced while it is used."""
    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    p.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                QMarginsF(*margins_mm), QPageLayout.Unit.Millimeter))
    return p


def open_preview(parent: QWidget, printer: QPrinter, paint: Callable[[QPrinter], None],
                 title: str | None = None) -> QPrintPreviewDialog:
    """Opens a (window-modal) print preview of `printer`, whose pages `paint(printer)` draws,
    and returns at once. The printer stays alive until the dialog is destroyed, which happens
    when it is closed."""
    dlg = QPrintPreviewDialog(printer, parent)
    if title:
        dlg.setWindowTitle(title)
    _next[0] += 1
    token = _next[0]
    _alive[token] = (printer, dlg, paint)
    dlg.paintRequested.connect(paint)
    dlg.finished.connect(lambda *_a: _back_to(parent))
    dlg.finished.connect(dlg.deleteLater)
    # emitted by ~QObject, after the dialog and its children (which use the printer) are gone
    dlg.destroyed.connect(lambda *_a, t=token: _alive.pop(t, None))
    dlg.open()
    return dlg


def _back_to(parent: QWidget) -> None:
    """The keyboard back in the window the preview came from (its shortcuts, Ctrl+P again)."""
    import shiboken6

    if shiboken6.isValid(parent) and parent.isVisible():
        parent.window().activateWindow()
        parent.window().raise_()


def previews_open() -> int:
    """How many previews still hold their printer (for tests)."""
    return len(_alive)
