"""Text for the command line: the core speaks in codes with parameters; this is where the CLI
turns them into sentences, from the one catalogue (desktop_app/vocabulary), in Vietnamese
(default) or English (WARDBOOK_LANG=en). The desktop app words the widgets through Qt Linguist."""

from __future__ import annotations

from typing import Any

from desktop_app.core.errors import AuthenticationFailed, Problem, StoreError
from desktop_app.texts import iso_date, sync_error_key
from desktop_app.vocabulary import fill, has, language, text

__all__ = ["auth_text", "english", "field_label", "iso_date", "problem_text", "store_text", "sync_error_text",
           "sync_field_label", "sync_reason_text", "sync_role_text", "sync_stage_text", "sync_table_label",
           "sync_warning_text"]


def english() -> bool:
    return language() == "en"


def _fmt(template: str, params: dict[str, Any]) -> str:
    return fill(template, params)


def field_label(field: str) -> str:
    head = field.split(".")[0]
    label = text("field", head, default="") if has("field", head) else ""
    return f"{label} ({field})" if label else field


def problem_text(p: Problem) -> str:
    body = text("problem", p.code, p.params)
    kind = text("severity", "warning" if p.severity == "warning" else "error")
    return f"{field_label(p.field)}: {body} [{kind}: {p.code}]"


def store_text(e: StoreError) -> str:
    detail = str(e).split(": ", 1)[1] if ": " in str(e) else ""
    return text("store", e.code, {"detail": detail}, default=str(e)) if has("store", e.code) else str(e)


def auth_text(e: AuthenticationFailed) -> str:
    return text("auth", e.reason, {"wait": int(e.retry_after or 0) + 1})


# -- sync -------------------------------------------------------------------------------------------
def sync_error_text(code: str | None) -> str:
    """A sentence for a SyncError code (or a recorded last error); the code in brackets so that
    a person reporting it can quote it."""
    key = sync_error_key(code)
    if key and key != "unknown" and has("sync_error", key):
        return f"{text('sync_error', key)} [{code}]"
    return text("sync_error", "unknown", {"code": code})


def _label(group: str, key: str | None) -> str:
    return text(group, key) if key and has(group, key) else (key or "")


def sync_reason_text(reason: str | None) -> str:
    return _label("sync_reason", reason)


def sync_warning_text(code: str) -> str:
    return _label("sync_warning", code.split(":", 1)[0]) if has("sync_warning", code.split(":", 1)[0]) else code


def sync_stage_text(stage: str) -> str:
    """"push" → "Gửi thay đổi"; "pull:25101" → "Nhận dữ liệu 25101"."""
    head, _, unit = stage.partition(":")
    label = _label("sync_stage", head)
    return f"{label} {unit}" if unit else label


def sync_table_label(table: str | None) -> str:
    return _label("sync_table", table)


def sync_field_label(field: str | None) -> str:
    if field and has("field", field):
        return text("field", field)
    return _label("sync_field", field)


def sync_role_text(role: str | None) -> str:
    return _label("sync_role", role)
