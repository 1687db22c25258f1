"""The Vietnamese texts for the core's problem codes and field names, shared by the command
line (used as they are) and the desktop app (passed through Qt's translate(), context
"Problems" / "Fields", so Qt Linguist can offer other languages). Templates use {name}
placeholders filled from the Problem's params."""

from __future__ import annotations

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
    "other_unit_code": "Đơn vị chuyển đến/đi", "parent_cosigned": "Cha mẹ cùng ký", "photo": "Ảnh",
    "idle_lock_minutes": "Tự khóa sau (phút)", "sync_minutes": "Tự động đồng bộ mỗi (phút)",
    "parent_code": "Tỉnh, thành phố",
    # fields of records as the audit log's sentences name them
    "act": "Hành vi vi phạm", "anonymous": "Nặc danh", "area": "Địa bàn", "chair": "Người chủ trì",
    "channel": "Hình thức tiếp nhận", "commitment_signed": "Đã ký cam kết",
    "completion_cert_number": "Số giấy chứng nhận chấp hành xong", "completion_date": "Ngày chấp hành xong",
    "compliant": "Chấp hành tốt", "computed_end": "Ngày kết thúc dự kiến", "counted_toward_term": "Tính vào thời hạn",
    "destination": "Nơi đến", "followup_end": "Hết thời gian theo dõi", "handling": "Hình thức xử lý",
    "helper_comment": "Nhận xét của người giúp đỡ", "issuer": "Cơ quan ban hành", "judgment_ref": "Bản án",
    "legal_basis": "Căn cứ pháp lý", "minor": "Người chưa thành niên", "override_reason": "Lý do vượt cảnh báo",
    "cccd_override_reason": "Lý do vượt cảnh báo CCCD", "period_kind": "Loại kỳ", "permitted": "Được phép",
    "police_assessment": "Đánh giá của công an", "record_number": "Số biên bản",
    "reporter_contact": "Liên lạc của người báo tin", "review_date": "Ngày rà soát",
    "self_report_received": "Đã nhận bản tự nhận xét", "sentence_kind": "Loại hình phạt", "signer": "Người ký",
    "start": "Ngày bắt đầu", "supervising_org": "Cơ quan giám sát", "supplementary_penalty": "Hình phạt bổ sung",
    "summary": "Nội dung", "officer": "Cán bộ phụ trách",
    "term_days": "Thời hạn (ngày)", "judgment_date": "Ngày tuyên án sơ thẩm",
    "supervision_start": "Ngày bắt đầu giám sát", "custody_days": "Số ngày tạm giữ, tạm giam đã trừ",
    "release_date": "Ngày chấp hành xong án phạt tù",
    "obligations_pending": "Chưa chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự",
    "obligations_done_date": "Ngày chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự",
    "national_security": "Tội xâm phạm an ninh quốc gia", "days": "Số ngày", "kind": "Loại",
}

# The due list's kinds (CLI). A clearing or "never applied" date is a date that comes ("đến
# hạn"), never one that is late.
DUE_KINDS_VI = {
    "assessment": "Đánh giá", "visit": "Thăm gặp", "case_ending": "Sắp hết hạn",
    "record_clearing": "Xóa án tích", "record_clearing_court": "Xóa án tích (cần quyết định của Tòa án)",
    "never_applied": "Được coi là chưa bị áp dụng", "review": "Rà soát",
    "revocation_request": "Đề nghị Tòa án buộc chấp hành án phạt tù",
}
DATE_COMES_KINDS = frozenset({"record_clearing", "record_clearing_court", "never_applied"})

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
    "rule_term_out_of_range": "thời hạn {value} tháng ngoài khoảng {min}–{max} tháng của quy định áp dụng vào ngày quyết định ({basis})",
    "rule_term_not_applicable": "loại đối tượng này không có thời hạn theo luật ({basis}): để trống thời hạn, theo dõi bằng ngày rà soát hoặc ngày xóa án tích",
    "rule_term_days_not_counted": "loại đối tượng này tính thời hạn theo tháng, không nhập số ngày ({value} ngày); không làm tròn",
    "rule_custody_only_non_custodial": "chỉ trừ thời gian tạm giữ, tạm giam vào hình phạt cải tạo không giam giữ (Bộ luật Hình sự Điều 36: 1 ngày = 3 ngày)",
    "rule_supervision_before_judgment": "ngày bắt đầu giám sát trước ngày tuyên án ({judgment_date})",
    "rule_age_below_min": "người này {age} tuổi vào ngày quyết định; biện pháp chỉ áp dụng từ đủ {min} tuổi ({basis})",
    "rule_age_not_minor": "người này {age} tuổi vào ngày quyết định; biện pháp chỉ áp dụng với người dưới {max} tuổi ({basis})",
    "rule_court_term_fixed": "thời hạn do Tòa án quyết định: không gia hạn; chỉ Tòa án rút ngắn, miễn hoặc buộc chấp hành án phạt tù (Bộ luật Hình sự Điều 65, 66)",
    "rule_early_termination_court": "chấm dứt trước thời hạn chỉ áp dụng cho biện pháp giáo dục tại xã, phường, thị trấn; án của Tòa án chỉ được rút ngắn, miễn hoặc buộc chấp hành bằng quyết định của Tòa án (ghi nhận là sự kiện)",
    "rule_helper_overloaded": "người giúp đỡ sẽ phụ trách {count} người (tối đa {limit})",
    "rule_absence_too_long": "một lần vắng mặt {days} ngày (tối đa {limit} ngày, Luật Thi hành án hình sự)",
    "rule_absence_total_exceeded": "tổng thời gian vắng mặt {total} ngày vượt 1/3 thời hạn ({limit} ngày, Nghị định 120/2021/NĐ-CP)",
    "rule_early_termination_too_soon": "chưa chấp hành đủ một nửa thời hạn (Luật Xử lý vi phạm hành chính Điều 95)",
    "end_before_start": "ngày kết thúc trước ngày bắt đầu ({start})",
    "evaluation_exists": "kỳ này đã được đánh giá",
    "case_not_open": "hồ sơ không còn đang quản lý ({status})",
    "case_already_open": "hồ sơ đang được quản lý, không cần mở lại",
    "evaluation_empty": "cần ghi nhận xét, đánh giá hoặc chọn xếp loại",
    "unknown_officer": "không có tài khoản cán bộ đang hoạt động tên {value}",
    "must_be_positive": "phải lớn hơn 0",
    "already_attending": "người này đã có trong danh sách tham dự",
    "attendance_removed": "{name} đã bị xóa khỏi danh sách buổi này, không thêm lại được",
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
    "photo_format": "ảnh phải là tệp JPEG hoặc PNG",
    "value_out_of_range": "phải từ {min} đến {max}",
    "unknown_setting": "không có cài đặt này",
    "photo_too_large": "ảnh quá lớn (tối đa {max_kb} KB)",
    "person_has_records": "người này còn {cases} hồ sơ và {attendances} lượt tham dự; không xóa được",
    "unit_change_not_after_current": "ngày hiệu lực phải sau ngày hiệu lực hiện tại của đơn vị",
    "rule_value_shape": "giá trị không đúng dạng của quy tắc này",
    "invalid_greater_than_equal": "phải từ {ge} trở lên",
    "invalid_less_than_equal": "tối đa {le}",
    "invalid_string_too_long": "quá dài (tối đa {max_length} ký tự)",
    "invalid_string_too_short": "quá ngắn (tối thiểu {min_length} ký tự)",
    "invalid_missing": "không được để trống",
    "invalid_enum": "giá trị không hợp lệ: {value} (chọn một trong: {expected})",
    "invalid_string_pattern_mismatch": "chứa ký tự không hợp lệ",
    "invalid_extra_forbidden": "trường không được hỗ trợ",
}


# -- sync (DESIGN §4): SyncError codes, reasons the server gives for refusing a change, progress
# stages, synced tables. The CLI uses them as they are; the desktop app through translate()
# (contexts "SyncErrors", "SyncReasons", "SyncStages", "SyncTables").
SYNC_ERRORS_VI = {
    # the register and the connection
    "not_enrolled": "Sổ đăng ký này chưa đăng ký với máy chủ đồng bộ. Hãy đăng ký thiết bị bằng mã do quản trị tỉnh cấp.",
    "bad_url": "Địa chỉ máy chủ không hợp lệ; hãy nhập dạng https://tên-máy-chủ.",
    "insecure_url": "Địa chỉ máy chủ phải bắt đầu bằng https:// (http:// chỉ dùng cho máy chủ chạy trên chính máy này).",
    "server_unreachable": "Không kết nối được máy chủ đồng bộ (mất mạng, máy chủ tắt hoặc sai địa chỉ). Dữ liệu vẫn được lưu trên máy; hãy thử lại sau.",
    "server_error": "Máy chủ đồng bộ đang gặp lỗi; hãy thử lại sau. Dữ liệu trên máy không bị ảnh hưởng.",
    "server_bad_reply": "Máy chủ trả về dữ liệu không đọc được; hãy đồng bộ lại. Nếu lỗi lặp lại, báo quản trị tỉnh.",
    "server_refused": "Máy chủ từ chối yêu cầu; kiểm tra lại địa chỉ có đúng là máy chủ WardBook không.",
    "server_certificate_mismatch": "Chứng chỉ bảo mật của máy chủ không khớp với chứng chỉ đã ghi nhận; đã ngừng kết nối để an toàn. Hãy liên hệ quản trị tỉnh.",
    "protocol_mismatch": "Phiên bản phần mềm không tương thích với máy chủ; hãy cập nhật WardBook.",
    "push_stalled": "Máy chủ không xác nhận các thay đổi đã gửi; hãy đồng bộ lại. Nếu lỗi lặp lại, báo quản trị tỉnh.",
    "epoch_changed": "Máy chủ vừa được khôi phục hoặc thay đổi trong lúc đồng bộ; hãy đồng bộ lại.",
    "sync_running": "Đang có một lần đồng bộ khác chạy; hãy chờ lần đó xong.",
    "interrupted": "Lần đồng bộ bị dừng giữa chừng; phần đã làm được giữ lại, hãy đồng bộ lại.",
    "internal_error": "Lỗi không mong đợi khi đồng bộ; phần đã làm được giữ lại. Hãy thử lại, nếu lỗi lặp lại hãy báo quản trị.",
    # enrollment and the device
    "enroll_code_unknown": "Mã đăng ký không đúng; hãy kiểm tra lại mã do quản trị tỉnh cấp.",
    "enroll_code_used": "Mã đăng ký này đã được dùng; hãy xin quản trị tỉnh cấp mã mới.",
    "enroll_code_expired": "Mã đăng ký đã hết hạn; hãy xin quản trị tỉnh cấp mã mới.",
    "enroll_unit_mismatch": "Mã đăng ký được cấp cho đơn vị khác, không phải đơn vị của sổ này.",
    "device_unknown": "Máy chủ không nhận ra thiết bị này; hãy đăng ký lại thiết bị.",
    "device_revoked": "Thiết bị này đã bị thu hồi quyền đồng bộ; hãy liên hệ quản trị tỉnh để đăng ký lại.",
    "device_cloned": "Máy chủ phát hiện sổ này là bản sao của một sổ khác đang đồng bộ; hãy đăng ký lại thiết bị bằng mã mới.",
    "token_missing": "Thiếu thông tin xác thực của thiết bị; hãy đăng ký lại thiết bị.",
    "out_of_scope": "Thiết bị không có quyền với đơn vị được yêu cầu.",
    "seq_gap": "Thứ tự các thay đổi gửi lên bị gián đoạn; hãy đồng bộ lại.",
    # what the server could not read
    "invalid_request": "Máy chủ không chấp nhận dữ liệu gửi lên (không hợp lệ); hãy cập nhật WardBook.",
    "unsupported_encoding": "Máy chủ không đọc được dữ liệu nén gửi lên; hãy thử lại.",
    "bad_gzip": "Máy chủ không đọc được dữ liệu nén gửi lên; hãy thử lại.",
    "body_too_large": "Dữ liệu gửi lên vượt giới hạn của máy chủ; hãy báo quản trị tỉnh.",
    # attachments
    "blob_unknown": "Máy chủ không nhận tệp đính kèm không thuộc hồ sơ nào trong phạm vi của thiết bị.",
    "blob_missing": "Tệp đính kèm chưa được gửi lên máy chủ; lần đồng bộ sau sẽ thử lại.",
    "blob_too_large": "Tệp đính kèm quá lớn so với giới hạn của máy chủ.",
    "blob_chunk_too_large": "Phần tệp đính kèm gửi lên quá lớn; hãy cập nhật WardBook.",
    "blob_hash_mismatch": "Tệp đính kèm bị hỏng trên đường truyền; lần đồng bộ sau sẽ gửi lại.",
    "blob_offset": "Tệp đính kèm đang gửi dở; lần đồng bộ sau sẽ gửi tiếp.",
    "bad_range": "Máy chủ không trả được phần tệp đính kèm được yêu cầu; hãy đồng bộ lại.",
    # bundles (sync by file)
    "bundle_corrupt": "Tệp không phải gói dữ liệu WardBook hoặc đã bị hỏng.",
    "bundle_bad_signature": "Chữ ký của gói không khớp: gói đã bị sửa đổi hoặc không do máy chủ tạo ra. Đã từ chối.",
    "bundle_foreign": "Gói trả lời này dành cho một thiết bị khác, không phải sổ này.",
    "bundle_wrong_kind": "Đây là gói gửi đi (do máy xã tạo), phải nhập trên máy chủ tỉnh; ở đây chỉ nhập gói trả lời.",
    "bundle_not_ours": "Gói trả lời này không ứng với gói nào do sổ này xuất ra.",
    "bundle_unknown_device": "Gói do một thiết bị chưa đăng ký hoặc đã bị thu hồi tạo ra.",
    "bundle_too_large": "Gói dữ liệu quá lớn.",
}
SYNC_ERROR_FALLBACK_VI = "Không đồng bộ được ({code})."

SYNC_REASONS_VI = {
    "out_of_scope": "bản ghi thuộc đơn vị ngoài phạm vi của thiết bị",
    "not_permitted": "quyền của thiết bị không cho phép thao tác này (ví dụ xóa)",
    "unknown_row": "máy chủ chưa từng nhận bản ghi này",
    "unknown_field": "trường dữ liệu không được máy chủ hỗ trợ",
    "invalid_value": "giá trị không hợp lệ",
    "wrong_table": "mã bản ghi trùng với một bản ghi loại khác",
    "schema_too_new": "dữ liệu theo phiên bản mới hơn máy chủ; cần cập nhật máy chủ",
    "invalid_local_op": "thay đổi lưu trên máy bị hỏng, không gửi được",
}

SYNC_WARNINGS_VI = {
    "clock_skew": "Đồng hồ của máy tính này (hoặc của một máy khác) lệch nhiều so với máy chủ; hãy chỉnh lại ngày giờ.",
    "check_mismatch": "Dữ liệu trên máy chưa khớp hoàn toàn với máy chủ; lần đồng bộ sau sẽ kiểm tra lại.",
}

SYNC_STAGES_VI = {
    "meta": "Kết nối máy chủ", "push": "Gửi thay đổi", "restate": "Gửi lại toàn bộ dữ liệu",
    "attachments": "Tệp đính kèm", "pull": "Nhận dữ liệu", "check": "Kiểm tra đối chiếu",
}

SYNC_TABLES_VI = {
    "person": "Người", "id_document": "Giấy tờ", "case_file": "Hồ sơ", "contact": "Thăm gặp, làm việc",
    "evaluation": "Đánh giá", "absence": "Vắng mặt", "violation": "Vi phạm", "case_event": "Diễn biến hồ sơ",
    "warning_session": "Buổi răn đe", "attendance": "Lượt tham dự", "tip": "Tin tố giác",
    "security_model": "Mô hình phong trào",
}

SYNC_ROLES_VI = {  # what an enrolled device may do (sync_server's DeviceRole)
    "officer": "Cán bộ (không được xóa)", "chief": "Trưởng Công an xã", "province_admin": "Quản trị tỉnh",
    "viewer": "Chỉ xem (chỉ nhận dữ liệu)",
}

SYNC_FIELDS_VI = {  # the fields a conflict may name that FIELDS_VI does not
    "occupation": "Nghề nghiệp", "phone": "Số điện thoại", "note": "Ghi chú", "ethnicity": "Dân tộc",
    "religion": "Tôn giáo", "aliases": "Tên gọi khác", "health_note": "Sức khỏe", "photo_sha256": "Ảnh",
    "decision_number": "Số quyết định", "officer": "Cán bộ phụ trách", "summary": "Nội dung",
    "result": "Kết quả xử lý", "valuable": "Đánh giá tin", "deleted": "Xóa bản ghi", "kind": "Loại",
    "place": "Địa điểm", "topic": "Chủ đề", "name": "Tên", "classification": "Xếp loại",
}


def iso_date(value: object):
    """A problem parameter holding a date in the core's form ("2026-11-28") as a date; None
    for anything else. The CLI and the app show it in their own date format."""
    import datetime as dt

    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def sync_error_key(code: str | None) -> str:
    """The catalogue key of a SyncError code or a recorded last error ("internal_error:
    ValueError" → "internal_error")."""
    return (code or "").split(":", 1)[0].strip()


def local_time(iso: str | None):
    """A stored timestamp (UTC when it has no offset) as an aware datetime in this computer's
    time zone; None for none or for text that is not a timestamp."""
    import datetime as dt

    if not iso:
        return None
    try:
        t = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone()


def local_time_text(iso: str | None) -> str:
    """A stored UTC timestamp ("2026-05-20T03:31:05+00:00") as this computer's local time,
    "20/05/2026 10:31"; "" for none, the text itself when it is not a timestamp."""
    t = local_time(iso)
    if t is None:
        return iso or ""
    return t.strftime("%d/%m/%Y %H:%M")
