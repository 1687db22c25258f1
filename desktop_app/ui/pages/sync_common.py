"""What the Sync page's panels share: the words for the sync's codes (the shared catalogues of
desktop_app/texts.py, through Qt's translate()), the styles, and the table and button makers."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget, QWidget
from shiboken6 import isValid

from desktop_app.texts import (
    SYNC_ERROR_FALLBACK_VI,
    SYNC_ERRORS_VI,
    SYNC_REASONS_VI,
    SYNC_ROLES_VI,
    SYNC_STAGES_VI,
    SYNC_TABLES_VI,
    SYNC_WARNINGS_VI,
    sync_error_key,
)
from desktop_app.ui.texts import error_text, field_label, translate

BAD_STYLE = "color: #a40000;"
OK_STYLE = "color: #1a7f37;"
NOTE_STYLE = "color: #555555;"


def sync_error_text(code: str | None) -> str:
    key = sync_error_key(code)
    template = SYNC_ERRORS_VI.get(key)
    if template is None:
        return translate("SyncErrors", SYNC_ERROR_FALLBACK_VI).format(code=code)
    return translate("SyncErrors", template)


def reason_text(reason: str | None) -> str:
    template = SYNC_REASONS_VI.get(reason or "")
    return translate("SyncReasons", template) if template else (reason or "")


def warning_text(code: str) -> str:
    template = SYNC_WARNINGS_VI.get(code.split(":", 1)[0])
    return translate("SyncWarnings", template) if template else code


def stage_text(stage: str) -> str:
    head, _, unit = stage.partition(":")
    label = SYNC_STAGES_VI.get(head)
    label = translate("SyncStages", label) if label else head
    return f"{label} {unit}" if unit else label


def table_label(table: str | None) -> str:
    label = SYNC_TABLES_VI.get(table or "")
    return translate("SyncTables", label) if label else (table or "")


def role_text(role: str | None) -> str:
    label = SYNC_ROLES_VI.get(role or "")
    return translate("SyncRoles", label) if label else (role or "")


def value_text(v: Any) -> str:
    """A conflict's value as a person reads it."""
    if isinstance(v, dict):
        return "; ".join(f"{field_label(k)}: {value_text(x)}" for k, x in v.items())
    if v is None or v == "":
        return translate("Sync", "(trống)")
    if v is True:
        return translate("Sync", "có")
    if v is False:
        return translate("Sync", "không")
    return str(v)


def _hlc_device(hlc: str | None) -> str:
    return (hlc or "").partition("-")[2]


def _alive(widget: QWidget, fn):
    def call(*args):
        if isValid(widget):
            fn(*args)

    return call


def _table(name: str, headers: list[str], widths: list[int], stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setTabKeyNavigation(False)  # Tab leaves the table for the buttons under it
    t.setWordWrap(False)
    t.verticalHeader().hide()
    for i, w in enumerate(widths):
        t.setColumnWidth(i, w)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def _button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAutoDefault(True)  # Enter on a focused button presses it (not only in dialogs)
    return b



def failure_text(e: BaseException) -> str:
    """Why a sync action failed: a SyncError's code in words, else the error's own text."""
    from desktop_app.core.sync.transport import SyncError

    if isinstance(e, SyncError):
        return sync_error_text(e.code)
    return error_text(e)
