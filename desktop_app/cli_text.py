"""Text for the command line: problem codes and field names in Vietnamese (default) or English
(WARDBOOK_LANG=en). The core speaks in codes; this is where the CLI turns them into sentences.
The desktop app has its own translations through Qt Linguist."""

from __future__ import annotations

import os
from typing import Any

from desktop_app.core.errors import AuthenticationFailed, Problem, StoreError
from desktop_app.texts import (
    FIELDS_VI,
    PROBLEMS_VI,
    SYNC_ERROR_FALLBACK_VI,
    SYNC_ERRORS_VI,
    SYNC_FIELDS_VI,
    SYNC_REASONS_VI,
    SYNC_ROLES_VI,
    SYNC_STAGES_VI,
    SYNC_TABLES_VI,
    SYNC_WARNINGS_VI,
    iso_date,
    sync_error_key,
)

STORE_VI = {
    "no_register": "Chưa có sổ đăng ký trong thư mục {detail}. Hãy chạy 'wardbook init' hoặc 'wardbook demo'.",
    "register_exists": "Thư mục {detail} đã có sổ đăng ký; không ghi đè.",
    "keyslots_corrupt": "Tệp khóa (keyslots.json) bị hỏng; hãy khôi phục từ bản sao lưu.",
    "keyslots_mismatch": "Tệp khóa không thuộc sổ đăng ký này; hãy khôi phục từ bản sao lưu.",
    "not_a_register": "Tệp dữ liệu không mở được: bị hỏng, bị cắt cụt hoặc không phải sổ WardBook. Dữ liệu hiện có không bị thay đổi; hãy chạy 'wardbook doctor' hoặc khôi phục từ bản sao lưu.",
    "database_missing": "Thiếu tệp dữ liệu {detail}; hãy khôi phục từ bản sao lưu.",
    "disk_full": "Ổ đĩa đã đầy: thao tác chưa được ghi, dữ liệu cũ vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi thử lại.",
    "disk_io": "Lỗi đọc/ghi ổ đĩa: thao tác chưa được ghi.",
    "disk_write_failed": "Không ghi được tệp: {detail}",
    "backup_corrupt": "Tệp sao lưu bị hỏng hoặc không đầy đủ; không khôi phục.",
    "database_truncated": "Tệp dữ liệu bị cắt cụt (không đầy đủ). Dữ liệu hiện có không bị thay đổi; hãy khôi phục từ bản sao lưu.",
    "database_corrupt": "Tệp dữ liệu bị hỏng. Dữ liệu hiện có không bị thay đổi; hãy chạy 'wardbook doctor' hoặc khôi phục từ bản sao lưu.",
    "cannot_open": "Không mở được tệp dữ liệu: {detail}",
    "backup_exists": "Tệp sao lưu đã tồn tại: {detail}; chọn tên khác.",
    "backup_not_found": "Không tìm thấy tệp sao lưu: {detail}",
    "backup_unreadable": "Không đọc được tệp sao lưu: {detail}",
    "backup_newer_version": "Tệp sao lưu được tạo bởi phiên bản WardBook mới hơn; hãy cập nhật phần mềm.",
    "backup_verify_failed": "Kiểm tra bản sao lưu sau khi ghi không đạt; tệp đã bị xóa. Dữ liệu hiện có không bị thay đổi.",
    "backup_failed": "Không tạo được bản sao lưu: {detail}",
    "backup_other_register": "Tệp sao lưu thuộc một sổ đăng ký khác; dùng --force nếu chắc chắn.",
}

AUTH_VI = {
    "bad_credentials": "Sai tên đăng nhập hoặc mật khẩu.",
    "account_locked": "Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau {wait} giây.",
    "account_disabled": "Tài khoản đã bị vô hiệu hóa.",
}

FIELDS_EN: dict[str, str] = {}
PROBLEMS_EN = {
    "required": "is required", "cccd_length": "must have 12 digits (got {got})",
    "cccd_duplicate": "another person has this CCCD ({name})",
    "date_format": "not a dd/mm/yyyy date: {value}", "date_in_future": "must not be in the future ({value})",
    "password_too_short": "must have at least {min} characters",
    "cccd_birth_year_mismatch": "CCCD birth year ({cccd_year}) differs from the birth year ({birth_year})",
    "cccd_gender_mismatch": "CCCD gender differs from the gender entered",
    "rule_term_out_of_range": "term {value} months is outside the usual {min}–{max}",
}
AUTH_EN = {"bad_credentials": "Wrong user name or password.",
           "account_locked": "Account locked after repeated failures; retry in {wait} s.",
           "account_disabled": "Account disabled."}


def english() -> bool:
    return os.environ.get("WARDBOOK_LANG", "vi").lower().startswith("en")


def _fmt(template: str, params: dict[str, Any]) -> str:
    class _D(dict):
        def __missing__(self, k: str) -> str:
            return "?"

    def shown(v: Any) -> Any:  # an ISO date (the core's form) as dd/mm/yyyy
        d = iso_date(v)
        return v if d is None else d.strftime("%d/%m/%Y")

    return template.format_map(_D({k: shown(v) for k, v in params.items()}))


def field_label(field: str) -> str:
    head = field.split(".")[0]
    label = (FIELDS_EN if english() else FIELDS_VI).get(head)
    return f"{label} ({field})" if label else field


def problem_text(p: Problem) -> str:
    catalogue = PROBLEMS_EN if english() else PROBLEMS_VI
    template = catalogue.get(p.code) or PROBLEMS_VI.get(p.code)
    body = _fmt(template, p.params) if template else p.code
    if english():
        kind = "warning" if p.severity == "warning" else "error"
    else:
        kind = "cảnh báo" if p.severity == "warning" else "lỗi"
    return f"{field_label(p.field)}: {body} [{kind}: {p.code}]"


def store_text(e: StoreError) -> str:
    detail = str(e).split(": ", 1)[1] if ": " in str(e) else ""
    template = STORE_VI.get(e.code)
    return _fmt(template, {"detail": detail}) if template else str(e)


def auth_text(e: AuthenticationFailed) -> str:
    template = (AUTH_EN if english() else AUTH_VI).get(e.reason, e.reason)
    return _fmt(template, {"wait": int(e.retry_after or 0) + 1})


OVERRIDE_HINT_VI = "Có cảnh báo theo quy tắc: ghi lý do bằng --override-reason để vẫn lưu."


# -- sync -------------------------------------------------------------------------------------------
def sync_error_text(code: str | None) -> str:
    """A sentence for a SyncError code (or a recorded last error), Vietnamese; the code in
    brackets so that a person reporting it can quote it."""
    key = sync_error_key(code)
    template = SYNC_ERRORS_VI.get(key)
    return f"{template} [{code}]" if template else _fmt(SYNC_ERROR_FALLBACK_VI, {"code": code})


def sync_reason_text(reason: str | None) -> str:
    return SYNC_REASONS_VI.get(reason or "", reason or "")


def sync_warning_text(code: str) -> str:
    return SYNC_WARNINGS_VI.get(code.split(":", 1)[0], code)


def sync_stage_text(stage: str) -> str:
    """"push" → "Gửi thay đổi"; "pull:25101" → "Nhận dữ liệu 25101"."""
    head, _, unit = stage.partition(":")
    label = SYNC_STAGES_VI.get(head, head)
    return f"{label} {unit}" if unit else label


def sync_table_label(table: str | None) -> str:
    return SYNC_TABLES_VI.get(table or "", table or "")


def sync_field_label(field: str | None) -> str:
    return FIELDS_VI.get(field or "") or SYNC_FIELDS_VI.get(field or "") or (field or "")


def sync_role_text(role: str | None) -> str:
    return SYNC_ROLES_VI.get(role or "", role or "")
