"""A field for an administrative unit (xã, phường, tỉnh): type a few letters of the name (accents
optional) or the code, pick from the list the core offers (`ws.units.complete`, asked off the
UI thread), or type a code the register does not know yet. `code()` is what the form saves;
the core checks its format and reports a problem beside the field."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from shiboken6 import isValid

from desktop_app.ui.texts import translate

# "Xã Tích Sơn (09001)": the code at the end, in brackets
_CODE_AT_END = re.compile(r"\((\d{2}|\d{5})\)\s*$")
LOOKUP_MS = 120  # the pause after the last key before the core is asked


def unit_text(name: str | None, code: str) -> str:
    return f"{name} ({code})" if name else code


class UnitPicker(QLineEdit):
    def __init__(self, ws, ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.setMaxLength(200)
        self.setPlaceholderText(translate("Units", "gõ tên hoặc mã xã, phường (gõ không dấu được)"))
        self.choices = QStringListModel(self)
        completer = QCompleter(self.choices, self)
        # the core has already chosen and ordered the units: show its list as it is
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_MS)
        self._timer.timeout.connect(self._lookup)
        self.textEdited.connect(lambda _t: self._timer.start())
        self._asked = 0  # answers to older lookups are dropped

    def _lookup(self) -> None:
        text = self.text().strip()
        if not text or _CODE_AT_END.search(text):
            self.choices.setStringList([])
            return
        self._asked += 1
        asked, ws = self._asked, self.ws
        self.ops.query(lambda: ws.units.complete(text, limit=15), on_done=lambda units: self._offer(asked, units))

    def _offer(self, asked: int, units) -> None:
        if asked != self._asked or not isValid(self):  # a newer lookup, or the form was closed and deleted
            return
        self.choices.setStringList([unit_text(u.name, u.code) for u in units])
        if units and self.hasFocus():
            self.completer().complete()

    def code(self) -> str | None:
        """The chosen unit's code; digits typed as they are; None when empty. Anything else is
        returned as typed, for the core to refuse with a problem shown beside the field."""
        text = self.text().strip()
        if not text:
            return None
        m = _CODE_AT_END.search(text)
        return m.group(1) if m else text

    def set_unit(self, code: str | None, name: str | None = None) -> None:
        self.setText(unit_text(name, code) if code else "")
