"""The keyboard across the app's windows.

It never lands nowhere: when one of the app's windows closes (a form, a question, a person's
file, the lock screen) and no window of the app is active, the app activates the one beneath
it itself. A window manager usually does this; without one (a bare X server, a kiosk session)
or with one that does not, the next key would otherwise be lost and the main window's keys
(Alt+1…0, Ctrl+N, Ctrl+L) would not work until a mouse click. And Ctrl+L locks from any
window, not only the main one."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from shiboken6 import isValid


class ActivationKeeper(QObject):
    """Installed on the application by the main window (`main`, the last resort)."""

    def __init__(self, main: QWidget):
        super().__init__(main)
        self.main = main

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.Hide and isinstance(obj, QWidget) and obj.isWindow()
                and obj.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)):
            parent = obj.parentWidget()
            QTimer.singleShot(0, lambda: self.give_back(parent))
        return False

    def give_back(self, parent: QWidget | None) -> None:
        """Activates, when no window of the app is active: the open modal dialog, else the
        nearest shown window under the closed one (a question's form, else the form's file…),
        else the main window."""
        if QApplication.activeWindow() is not None or QApplication.activePopupWidget() is not None:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            modal.activateWindow()
            return
        while parent is not None and isValid(parent):
            w = parent.window()
            if w.isVisible():
                w.activateWindow()
                return
            parent = w.parentWidget()
        if isValid(self.main) and self.main.isVisible():
            self.main.activateWindow()


class LockKeyEverywhere(QObject):
    """Ctrl+L locks from any window of the app: a form, a question or a person's file has the
    keyboard too (the main window's shortcut is for the main window only, and a form open on
    it blocks it), and the password typed next must go to the lock screen, never into a field."""

    def __init__(self, lock):
        super().__init__()
        self.lock = lock

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_L
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier and not event.isAutoRepeat()):
            self.lock()
            return True
        return False


def keep_carets(windows: list[QWidget]) -> Callable[[], None]:
    """Before windows are hidden (the lock screen): returns what puts back, once they are shown
    again, the caret of each line field that had the keyboard. A dialog shown again gives its
    field the focus as Tab does, which selects the whole text: the next key would replace what
    was typed before the lock."""
    saved = [(f, f.cursorPosition()) for w in windows
             if isinstance(f := w.focusWidget(), QLineEdit) and not f.hasSelectedText()]

    def restore() -> None:
        for f, pos in saved:
            if isValid(f):
                f.deselect()
                f.setCursorPosition(pos)

    return restore
