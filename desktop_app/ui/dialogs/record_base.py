"""What the record dialogs share: dates to and from Qt, enum values, and the rule-warning
override (a warning reveals an "override reason" field instead of refusing outright)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate

from desktop_app.core.errors import ValidationFailed
from desktop_app.ui.texts import translate


def _qdate(d: dt.date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate.currentDate()


def _value(v: Any) -> Any:
    """An enum member's value (the core's input models hold members), or the value itself."""
    return getattr(v, "value", v)


class _OverrideMixin:
    """Adds a hidden "reason to override" field, shown when the core answers with warnings
    only; saving again with a reason accepts the record and keeps the reason."""

    override_field = "override_reason"

    def add_override(self) -> None:
        w = self.add_line(self.override_field, translate("Form", "Lý do vẫn lưu"),  # type: ignore[attr-defined]
                          placeholder=translate("Form", "Bắt buộc khi có cảnh báo"))
        self._override_row = w
        self.form.setRowVisible(w.parentWidget(), False)  # type: ignore[attr-defined]

    def on_validation_failed(self, e: ValidationFailed) -> None:
        if e.warnings and not e.errors:
            self.form.setRowVisible(self._override_row.parentWidget(), True)  # type: ignore[attr-defined]
        self.show_problems(e.problems)  # type: ignore[attr-defined]
        if e.warnings and not e.errors:
            self._override_row.setFocus()
