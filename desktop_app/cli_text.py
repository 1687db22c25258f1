"""Text for the command line: problem codes and field names in Vietnamese (default) or English
(WARDBOOK_LANG=en). The core speaks in codes; this is where the CLI turns them into sentences.
The desktop app has its own translations through Qt Linguist."""

from __future__ import annotations

import os
from typing import Any

from desktop_app.core.errors import AuthenticationFailed, Problem, StoreError

FIELDS_VI = {
    "full_name": "Họ và tên", "family_name": "Họ", "middle_name": "Chữ đệm", "given_name": "Tên",
    "birth_date": "Ngày sinh", "gender": "Giới tính", "cccd": "Số CCCD", "old_ids": "Giấy tờ cũ",
    "permanent_address": "Nơi thường trú", "current_address": "Nơi ở hiện tại",
    "password": "Mật khẩu", "new_password": "Mật khẩu mới", "username": "Tên đăng nhập",
    "admin": "Tài khoản quản trị", "unit_code": "Mã đơn vị", "unit_name": "Tên đơn vị",
    "term_months": "Thời hạn (tháng)", "helper_name": "Người giúp đỡ", "start_date": "Ngày bắt đầu",
    "decision_date": "Ngày quyết định", "effective_date": "Ngày hiệu lực", "end": "Ngày kết thúc",
    "actual_end": "Ngày kết thúc thực tế", "date": "Ngày", "period_start": "Kỳ đánh giá",
    "received_on": "Ngày tiếp nhận", "reporter_name": "Người báo tin", "content": "Nội dung",
    "established_on": "Ngày thành lập", "person_id": "Đối tượng", "case_id": "Hồ sơ",
    "category": "Loại đối tượng", "status": "Trạng thái", "months": "Số tháng", "reason": "Lý do",
    "on": "Ngày", "from": "Từ ngày", "to": "Đến ngày", "qr": "Mã QR", "role": "Vai trò",
    "other_unit_code": "Đơn vị chuyển đến/đi", "parent_cosigned": "Cha mẹ cùng ký",
}

PROBLEMS_VI = {
    "required": "không được để trống",
    "cccd_length": "phải có 12 chữ số (đã nhập {got})",
    "cccd_not_digits": "chỉ được gồm chữ số",
    "cccd_province": "mã tỉnh nơi đăng ký khai sinh {code} không hợp lệ",
    "cccd_century_digit": "chữ số thứ 4 ({digit}) không hợp lệ",
    "cccd_birth_year_mismatch": "năm sinh theo CCCD ({cccd_year}) khác năm sinh đã nhập ({birth_year})",
    "cccd_gender_mismatch": "giới tính theo CCCD khác giới tính đã nhập",
    "cccd_duplicate": "đã có người mang số CCCD này ({name})",
    "date_format": "ngày không đúng định dạng dd/mm/yyyy: {value}",
    "date_invalid": "ngày không tồn tại: {value}",
    "date_out_of_range": "năm nằm ngoài khoảng {min}–{max}",
    "date_in_future": "không được là ngày trong tương lai ({value})",
    "date_too_old": "ngày quá xa trong quá khứ",
    "date_too_far": "ngày quá xa trong tương lai",
    "password_too_short": "phải có ít nhất {min} ký tự",
    "password_needs_letter_and_digit": "phải có cả chữ và số",
    "password_is_username": "không được trùng tên đăng nhập",
    "unit_code_format": "mã đơn vị phải có 2 chữ số (tỉnh) hoặc 5 chữ số (xã): {value}",
    "rule_term_out_of_range": "thời hạn {value} tháng ngoài khoảng thường áp dụng {min}–{max} tháng",
    "rule_helper_overloaded": "người giúp đỡ sẽ phụ trách {count} người (tối đa {limit})",
    "rule_absence_too_long": "một lần vắng mặt {days} ngày (tối đa {limit} ngày)",
    "rule_absence_total_exceeded": "tổng thời gian vắng mặt {total} ngày vượt 1/3 thời hạn ({limit} ngày)",
    "rule_early_termination_too_soon": "chưa chấp hành đủ một nửa thời hạn",
    "end_before_start": "ngày kết thúc trước ngày bắt đầu ({start})",
    "evaluation_exists": "kỳ này đã được đánh giá",
    "case_not_open": "hồ sơ không còn đang quản lý ({status})",
    "must_be_positive": "phải lớn hơn 0",
    "already_attending": "người này đã có trong danh sách tham dự",
    "not_a_minor": "chỉ áp dụng với người chưa thành niên",
    "commitment_not_signed": "chưa ký bản cam kết",
    "anonymous_with_identity": "tin nặc danh không ghi thông tin người báo",
    "user_exists": "tên đăng nhập đã tồn tại: {value}",
    "not_permitted": "vai trò của bạn không được sửa trường này",
    "unknown_rule": "không có quy tắc {value}",
    "id_number_format": "số giấy tờ không hợp lệ: {value}",
    "qr_format": "không đọc được mã QR trên thẻ CCCD",
    "reactivate_needs_password": "cần đặt mật khẩu mới khi mở lại tài khoản",
    "too_long": "quá dài (tối đa {max} ký tự)",
    "invalid_string_too_long": "quá dài (tối đa {max_length} ký tự)",
    "invalid_string_too_short": "quá ngắn (tối thiểu {min_length} ký tự)",
    "invalid_missing": "không được để trống",
    "invalid_enum": "giá trị không hợp lệ: {value} (chọn một trong: {expected})",
    "invalid_string_pattern_mismatch": "chứa ký tự không hợp lệ",
    "invalid_extra_forbidden": "trường không được hỗ trợ",
}

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

    return template.format_map(_D(params))


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
