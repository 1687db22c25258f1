"""Vietnamese messages for import outcomes: one template per problem code, filled from the
Problem's params. The import codes live here; codes raised by the services (CCCD, dates, rules)
are repeated so an import report reads the same in the CLI, the app and a saved JSON file."""

from __future__ import annotations

from typing import Any

__all__ = ["IMPORT_MESSAGES_VI", "message_vi"]

IMPORT_MESSAGES_VI: dict[str, str] = {
    # sheet level
    "sheet_not_recognised": "không nhận ra trang tính này (không tìm thấy dòng tiêu đề cột của "
                            "danh sách đối tượng, tin tố giác, buổi răn đe hay mô hình trong "
                            "{rows} dòng đầu)",
    "file_unreadable": "không đọc được tệp: {reason}",
    "file_format": "chỉ nhận tệp .xlsx hoặc .csv (tệp .xls cũ: mở bằng Excel và lưu lại dạng .xlsx)",
    "file_encoding": "không nhận ra bảng mã của tệp CSV (hãy lưu lại dạng UTF-8)",
    # cell values
    "required": "không được để trống",
    "date_format": "ngày không đúng định dạng dd/mm/yyyy: {value}",
    "date_invalid": "ngày không tồn tại: {value}",
    "date_needs_day": "cần ghi đủ ngày, tháng, năm (dd/mm/yyyy): {value}",
    "date_out_of_range": "năm nằm ngoài khoảng {min}–{max}: {value}",
    "date_in_future": "không được là ngày trong tương lai ({value})",
    "date_too_old": "ngày quá xa trong quá khứ",
    "date_too_far": "ngày quá xa trong tương lai",
    "gender_unknown": "giới tính phải là Nam, Nữ hoặc Khác (đã ghi: {value})",
    "flag_unknown": "chỉ ghi x, Có hoặc Không (đã ghi: {value})",
    "category_unknown": "không nhận ra loại đối tượng “{value}” (ví dụ: Giáo dục tại xã, Án treo, "
                        "Tái hòa nhập cộng đồng, Đối tượng lầm lỗi)",
    "model_kind_unknown": "không nhận ra loại mô hình “{value}” (ví dụ: Nhà trọ tự quản, "
                          "4 an toàn - nhà trường, 5 tự quản)",
    "model_status_unknown": "trạng thái phải là Đang hoạt động, Tạm dừng hoặc Giải thể "
                            "(đã ghi: {value})",
    "channel_unknown": "không nhận ra hình thức tiếp nhận “{value}” (Trực tiếp, Điện thoại, "
                       "Đơn thư, Đường dây nóng, Hòm thư tố giác, Mạng xã hội / trực tuyến, Khác)",
    "months_format": "thời hạn phải là số tháng nguyên (ví dụ 6, “1 năm”, “3 tháng 10 ngày”), "
                     "không làm tròn: {value}",
    "activity_unknown": "không nhận ra loại việc “{value}” (ví dụ: Vắng mặt, Vắng mặt không phép, "
                        "Vi phạm, Đánh giá, Rút ngắn, Miễn chấp hành, Buộc chấp hành án phạt tù, "
                        "Kết án mới, Chấp hành xong, Thăm gặp)",
    "person_not_found": "không tìm thấy “{value}” trong sổ (ghi số CCCD hoặc họ tên và ngày sinh)",
    "person_ambiguous": "“{value}” trùng tên với {count} người trong sổ; ghi thêm ngày sinh hoặc số CCCD",
    "case_not_found": "“{value}” không có hồ sơ quản lý khớp (ghi Loại đối tượng, Số quyết định)",
    "case_ambiguous": "“{value}” có {count} hồ sơ khớp; ghi thêm Loại đối tượng hoặc Số quyết định",
    "case_fields_without_category": "có thông tin quyết định nhưng thiếu Loại đối tượng",
    # people
    "cccd_length": "số CCCD phải có 12 chữ số (đã nhập {got})",
    "cccd_not_digits": "số CCCD chỉ được gồm chữ số",
    "cccd_province": "mã tỉnh nơi đăng ký khai sinh {code} trong số CCCD không hợp lệ",
    "cccd_century_digit": "chữ số thứ 4 của số CCCD ({digit}) không hợp lệ",
    "cccd_birth_year_mismatch": "năm sinh theo số CCCD ({cccd_year}) khác năm sinh đã ghi "
                                "({birth_year}); kiểm tra lại số CCCD hoặc ngày sinh",
    "cccd_gender_mismatch": "giới tính theo số CCCD khác giới tính đã ghi; kiểm tra lại",
    "cccd_duplicate": "số CCCD đã thuộc về người khác trong sổ ({name})",
    "cccd_repeated_in_file": "số CCCD này đã có ở dòng {other_row} với họ tên khác ({name})",
    "id_number_format": "số giấy tờ không hợp lệ: {value}",
    "possible_duplicate": "có thể trùng với {name} (sinh {birth_date}) đã có trong sổ{cccd_note}; "
                          "chưa ghi, cần người kiểm tra xác nhận",
    "possible_duplicate_in_file": "có thể trùng với người ở dòng {other_row} ({name}); chưa ghi, "
                                  "cần người kiểm tra xác nhận",
    "person_held": "người ở dòng này đang chờ xác nhận trùng nên hồ sơ chưa được ghi",
    "not_permitted": "vai trò của bạn không được sửa trường này",
    # cases
    "rule_term_out_of_range": "thời hạn {value} tháng ngoài khoảng {min}–{max} tháng của quy "
                              "định áp dụng vào ngày quyết định ({basis})",
    "term_days_twice": "số ngày đã ghi trong cột thời hạn; không ghi lại ở cột số ngày",
    "days_format": "phải là số ngày nguyên (ví dụ 45): {value}",
    "sentence_unknown": "không nhận ra hình phạt chính “{value}” (ví dụ: Phạt tiền, Cải tạo "
                        "không giam giữ, Tù 3 năm, Tù cho hưởng án treo, Chung thân)",
    "rule_helper_overloaded": "người giúp đỡ sẽ phụ trách {count} người (tối đa {limit})",
    "case_not_open": "hồ sơ không còn đang quản lý ({status})",
    # sessions
    "attendee_not_found": "không tìm thấy “{value}” trong sổ (ghi họ tên kèm ngày sinh "
                          "“Họ tên (dd/mm/yyyy)” hoặc số CCCD; người chưa có trong sổ cần được "
                          "nhập ở trang Đối tượng trước)",
    "attendee_ambiguous": "“{value}” trùng tên với {count} người trong sổ; ghi thêm ngày sinh "
                          "“Họ tên (dd/mm/yyyy)” hoặc số CCCD",
    "attendee_repeated": "“{value}” được ghi hai lần",
    "already_attending": "người này đã có trong danh sách tham dự",
    "not_a_minor": "chỉ áp dụng với người chưa thành niên",
    "commitment_not_signed": "chưa ký bản cam kết",
    # tips
    "anonymous_with_identity": "tin nặc danh không ghi thông tin người báo",
    # generic (pydantic and store)
    "too_long": "quá dài (tối đa {max} ký tự)",
    "invalid_string_too_long": "quá dài (tối đa {max_length} ký tự)",
    "invalid_string_too_short": "không được để trống",
    "invalid_missing": "không được để trống",
    "invalid_enum": "giá trị không hợp lệ: {value}",
    "invalid_int_parsing": "phải là số: {value}",
    "invalid_less_than_equal": "quá lớn (tối đa {le})",
    "invalid_greater_than_equal": "quá nhỏ (tối thiểu {ge})",
    "store_error": "lỗi ghi dữ liệu: {reason}",
    "permission_denied": "tài khoản không có quyền ghi vào đơn vị {unit}",
}


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message_vi(code: str, params: dict[str, Any] | None = None) -> str:
    """The Vietnamese sentence for `code`; unknown codes fall back to the app's shared problem
    texts, then to the code itself with its params."""
    params = params or {}
    template = IMPORT_MESSAGES_VI.get(code)
    if template is None:
        try:  # the texts shared by the CLI and the app (plain data, no Qt)
            from desktop_app.texts import PROBLEMS_VI

            template = PROBLEMS_VI.get(code)
        except ImportError:  # pragma: no cover
            template = None
    if template is None:
        extra = ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
        return f"{code} ({extra})" if extra else code
    return template.format_map(_Keep({k: ("" if v is None else v) for k, v in params.items()}))
