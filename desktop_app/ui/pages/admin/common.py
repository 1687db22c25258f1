"""What the Administration tabs share: colours, notes beside fields, callbacks that outlive
no widget."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.ui.dialogs.form import FormDialog
from desktop_app.ui.texts import (
    number_text,
)

GREY = QColor("#808080")
OK_STYLE = "color: #1a7f37; font-weight: bold;"
BAD_STYLE = "color: #a40000; font-weight: bold;"
NOTE_STYLE = "color: #555555;"


def _number(n: int) -> str:
    """12345 → "12.345" in Vietnamese, "12,345" in English."""
    return number_text(n)


def _alive(widget: QWidget, fn):
    """A callback that does nothing once `widget` is gone (a query may finish after the page
    was closed)."""
    def call(*args):
        if isValid(widget):
            fn(*args)

    return call


def _field_error(dlg: FormDialog, name: str, text: str) -> None:
    """An error beside one field, checked on the UI side before anything is sent to the core."""
    dlg.clear_problems()
    lbl = dlg.errors[name]
    lbl.setText(text)
    lbl.show()
    dlg.fields[name].setFocus()


def _note(text: str, wrap: bool = True) -> QLabel:
    """A grey explanation. In dialogs keep it one short line (`wrap=False`): a wrapped label in a
    form layout gets too little height and is clipped."""
    lbl = QLabel(text)
    lbl.setWordWrap(wrap)
    lbl.setStyleSheet(NOTE_STYLE)
    return lbl


# ---------------------------------------------------------------------------------------------
# Accounts


def _unit_text(code: str, names: dict[str, str]) -> str:
    name = names.get(code)
    return f"{name} ({code})" if name else code

