"""Audit rows in words: action and entity labels, details and whole sentences with names."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.texts import AUDIT_ACTIONS_VI, AUDIT_ENTITIES_VI
from desktop_app.ui.pages.admin.rules import rule_name, rule_value_text
from desktop_app.ui.texts import (
    category_label,
    date_text,
    field_label,
    role_label,
    translate,
)

# ---------------------------------------------------------------------------------------------
# Audit log

# The catalogue's groups "audit_action" and "audit_entity" (translated in contexts
# "AuditActions" and "AuditEntities").
ACTION_VI = AUDIT_ACTIONS_VI
ENTITY_VI = AUDIT_ENTITIES_VI


def action_label(action: str) -> str:
    return translate("AuditActions", ACTION_VI[action]) if action in ACTION_VI else action


def entity_label(entity: str) -> str:
    return translate("AuditEntities", ENTITY_VI[entity]) if entity in ENTITY_VI else entity


# The keys of audit details (the core's words) as the log shows them; others by their field
# label (desktop_app.texts.FIELDS_VI), else as they are.
AUDIT_DETAIL_KEYS = {
    "count": QT_TRANSLATE_NOOP("Audit", "Số dòng"), "file": QT_TRANSLATE_NOOP("Audit", "Tệp"),
    "format": QT_TRANSLATE_NOOP("Audit", "Định dạng"), "warnings": QT_TRANSLATE_NOOP("Audit", "Cảnh báo"),
    "watermark": QT_TRANSLATE_NOOP("Audit", "Dấu in"), "what": QT_TRANSLATE_NOOP("Audit", "Nội dung"),
    "target": QT_TRANSLATE_NOOP("Audit", "In ra"), "rows": QT_TRANSLATE_NOOP("Audit", "Số dòng"),
    "pushed": QT_TRANSLATE_NOOP("Audit", "Đã gửi"), "pulled": QT_TRANSLATE_NOOP("Audit", "Đã nhận"),
    "ops": QT_TRANSLATE_NOOP("Audit", "Số thay đổi"), "bytes": QT_TRANSLATE_NOOP("Audit", "Số byte"),
    "bundle_id": QT_TRANSLATE_NOOP("Audit", "Mã gói"), "units": QT_TRANSLATE_NOOP("Audit", "Đơn vị"),
    "unit": QT_TRANSLATE_NOOP("Audit", "Đơn vị"), "totals": QT_TRANSLATE_NOOP("Audit", "Tổng"),
    "table": QT_TRANSLATE_NOOP("Audit", "Bảng"), "size": QT_TRANSLATE_NOOP("Audit", "Kích thước"),
    "server_url": QT_TRANSLATE_NOOP("Audit", "Máy chủ"), "rejected": QT_TRANSLATE_NOOP("Audit", "Bị từ chối"),
    "recovered": QT_TRANSLATE_NOOP("Audit", "Khôi phục"), "query": QT_TRANSLATE_NOOP("Audit", "Từ khóa"),
    "persons": QT_TRANSLATE_NOOP("Audit", "Số người"), "path": QT_TRANSLATE_NOOP("Audit", "Đường dẫn"),
    "officer": QT_TRANSLATE_NOOP("Audit", "Cán bộ"), "value": QT_TRANSLATE_NOOP("Audit", "Giá trị"),
    "valid_from": QT_TRANSLATE_NOOP("Audit", "Hiệu lực từ"), "profile": QT_TRANSLATE_NOOP("Audit", "Kiểu dữ liệu mẫu"),
    "by_unit": QT_TRANSLATE_NOOP("Audit", "Theo đơn vị"), "anonymous": QT_TRANSLATE_NOOP("Audit", "Nặc danh"),
    "channel": QT_TRANSLATE_NOOP("Audit", "Hình thức"), "server_epoch": QT_TRANSLATE_NOOP("Audit", "Mã phiên máy chủ"),
    "first_id": QT_TRANSLATE_NOOP("Audit", "Mã dòng đầu"), "before": QT_TRANSLATE_NOOP("Audit", "Trước"),
    "after": QT_TRANSLATE_NOOP("Audit", "Sau"),
}
# Columns the core keeps for search and sorting: an edit changes them too, nothing to read there
_INTERNAL_FIELDS = {"search_text", "sort_key", "birth_year"}


def _detail_key(key: str) -> str:
    if key in AUDIT_DETAIL_KEYS:
        return translate("Audit", AUDIT_DETAIL_KEYS[key])
    return field_label(key)


def _detail_value(v: Any) -> str:
    if v is None or v == "":
        return "—"
    if isinstance(v, bool):
        return translate("Audit", "có") if v else translate("Audit", "không")
    if isinstance(v, (str, int, float)):
        return str(v)
    if isinstance(v, list) and all(isinstance(x, (str, int, float)) for x in v):
        return ", ".join(str(x) for x in v)
    if isinstance(v, dict) and all(isinstance(x, (str, int, float, type(None))) for x in v.values()):
        return ", ".join(f"{k}: {_detail_value(x)}" for k, x in v.items())
    return json.dumps(v, ensure_ascii=False)


def audit_detail_text(detail: dict | None) -> str:
    """An audit entry's detail as a line to read: an edit as "Field: old → new", the rest as
    "Key: value" (JSON only for deeper shapes)."""
    if not detail:
        return ""
    parts = []
    for key, v in detail.items():
        if key == "changes" and isinstance(v, dict):
            for f, change in v.items():
                if f in _INTERNAL_FIELDS:
                    continue
                if isinstance(change, list) and len(change) == 2:
                    parts.append(f"{field_label(f)}: {_detail_value(change[0])} → {_detail_value(change[1])}")
                else:
                    parts.append(f"{field_label(f)}: {_detail_value(change)}")
        elif key == "role" and isinstance(v, str):
            parts.append(f"{_detail_key(key)}: {role_label(v)}")
        else:
            parts.append(f"{_detail_key(key)}: {_detail_value(v)}")
    return "; ".join(parts)


# What a record is, inside a sentence ("Thêm lượt tham dự của …").
ENTITY_OBJ = {
    "person": QT_TRANSLATE_NOOP("Audit", "người"), "id_document": QT_TRANSLATE_NOOP("Audit", "giấy tờ tùy thân"),
    "attachment": QT_TRANSLATE_NOOP("Audit", "tệp đính kèm"), "case_file": QT_TRANSLATE_NOOP("Audit", "hồ sơ quản lý"),
    "contact": QT_TRANSLATE_NOOP("Audit", "lần tiếp xúc"), "evaluation": QT_TRANSLATE_NOOP("Audit", "nhận xét, đánh giá"),
    "absence": QT_TRANSLATE_NOOP("Audit", "lần vắng mặt"), "violation": QT_TRANSLATE_NOOP("Audit", "vi phạm"),
    "case_event": QT_TRANSLATE_NOOP("Audit", "sự kiện hồ sơ"), "warning_session": QT_TRANSLATE_NOOP("Audit", "buổi răn đe"),
    "attendance": QT_TRANSLATE_NOOP("Audit", "lượt tham dự"), "tip": QT_TRANSLATE_NOOP("Audit", "tin tố giác"),
    "security_model": QT_TRANSLATE_NOOP("Audit", "mô hình"),
}
# Fields whose values are ids or names already in the sentence
_SENTENCE_SKIP = _INTERNAL_FIELDS | {"id", "person_id", "case_id", "session_id", "full_name", "family_name",
                                     "middle_name", "given_name", "photo_sha256", "unit_code",
                                     "current_unit_code", "current_unit_scheme", "permanent_unit_code",
                                     "permanent_unit_scheme", "last_assessed_period", "last_contact_date"}


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _obj(entity: str) -> str:
    return translate("Audit", ENTITY_OBJ[entity]) if entity in ENTITY_OBJ else entity_label(entity).lower()


def _field_value(field: str, v: Any, users: dict[str, str]) -> str:
    if field == "category" and isinstance(v, str) and v:
        return category_label(v)
    if field in ("officer", "chair") and isinstance(v, str) and v in users:
        return users[v]
    if isinstance(v, str) and _ISO_DATE.fullmatch(v):
        return _iso_date_text(v)
    return _detail_value(v)


def _fields_text(fields: dict, users: dict[str, str]) -> str:
    return "; ".join(f"{field_label(f)}: {_field_value(f, v, users)}" for f, v in fields.items()
                     if f not in _SENTENCE_SKIP and not f.endswith("_id"))


def _changes_text(changes: dict, users: dict[str, str]) -> str:
    parts = []
    for f, change in changes.items():
        if f in _SENTENCE_SKIP or f.endswith("_id"):
            continue
        if isinstance(change, list) and len(change) == 2:
            parts.append(translate("Audit", "{field} ({old} → {new})").format(
                field=field_label(f), old=_field_value(f, change[0], users), new=_field_value(f, change[1], users)))
        else:
            parts.append(field_label(f))
    return "; ".join(parts)


def audit_sentence(entry, people: dict[str, str] | None = None, users: dict[str, str] | None = None) -> str:
    """An audit row as a sentence with people's and officers' names (the core gives codes, ids
    and the names behind them: AuditService.names): "Xem hồ sơ của Nguyễn Văn A",
    "Sửa lượt tham dự của Nguyễn Văn A: Đã ký cam kết (không → có)", "In hồ sơ của … ra máy in".
    Rows this does not know fall back to "Key: value" (audit_detail_text)."""
    people, users = people or {}, users or {}
    action, entity, d = entry.action, entry.entity, entry.detail or {}
    pid = entry.person_id or (entry.entity_id if entity == "person" else None)
    person = people.get(pid or "", "") if pid else ""
    user = users.get(entry.entity_id, entry.entity_id) if entity == "user" else ""

    def of(text: str) -> str:  # "… của <person>" when a person is named
        if not person:
            return text
        if entity == "person" and action in ("create", "edit", "delete"):
            return translate("Audit", "{what} {person}").format(what=text, person=person)
        return translate("Audit", "{what} của {person}").format(what=text, person=person)

    def tail(head: str, rest: str) -> str:
        return f"{head}: {rest}" if rest else head

    if action == "view_person":
        return translate("Audit", "Xem hồ sơ của {person}").format(person=person or "—")
    if action == "view_tip_reporter":
        listed = d.get("listed")
        if isinstance(listed, list):
            n = len(listed)
            return translate("Audit", "Xem tên người báo tin của %Ln tin trong danh sách", None, n)
        return translate("Audit", "Xem tên người báo tin")
    if action == "create":
        fields = d.get("fields") if isinstance(d.get("fields"), dict) else {
            k: v for k, v in d.items() if k not in ("fields",)}
        return tail(of(translate("Audit", "Thêm {what}").format(what=_obj(entity))), _fields_text(fields, users))
    if action == "edit":
        changes = d.get("changes") if isinstance(d.get("changes"), dict) else {}
        extra = {k: v for k, v in d.items() if k != "changes"}
        text = tail(of(translate("Audit", "Sửa {what}").format(what=_obj(entity))), _changes_text(changes, users))
        return text + ("; " + audit_detail_text(extra) if extra else "")
    if action == "delete":
        return of(translate("Audit", "Xóa {what}").format(what=_obj(entity)))
    if action == "bulk_create" and isinstance(d.get("count"), int):
        count = d["count"]
        return translate("Audit", "Thêm %Ln dòng {what}", None, count).format(what=_obj(d.get("table", entity)))
    if action == "print":
        what = {"person_file": of(translate("Audit", "In hồ sơ")),
                "attendance_list": translate("Audit", "In danh sách tham dự buổi răn đe")}.get(
            d.get("what", ""), of(translate("Audit", "In {what}").format(what=_obj(entity))))
        target = d.get("target")
        if target == "printer":
            return translate("Audit", "{what} ra máy in").format(what=what)
        if target == "pdf":
            return translate("Audit", "{what} ra tệp PDF").format(what=what)
        return what
    if action == "document_made":  # issue 18: a document filled from the register
        text = translate("Audit", "Tạo văn bản “{title}” số {number}").format(
            title=d.get("title", ""), number=d.get("number", ""))
        return translate("Audit", "{what} cho {person}").format(what=text, person=person) if person else text
    if action == "template_added":
        return translate("Audit", "Thêm văn bản mẫu “{title}” ({id}, phiên bản {version})").format(
            title=d.get("title", ""), id=d.get("id", ""), version=d.get("version", ""))
    if action == "export" and entity == "document":
        return of(translate("Audit", "Ghi lại văn bản đã lưu"))
    if action == "export":
        what = {"report": translate("Audit", "Xuất báo cáo"), "people_list": translate("Audit", "Xuất danh sách người"),
                "due_list": translate("Audit", "Xuất danh sách việc đến hạn"),
                "person_file": of(translate("Audit", "Xuất hồ sơ")),
                "register": translate("Audit", "Xuất toàn bộ sổ")}.get(entity, action_label(action))
        if entity == "report" and d.get("from") and d.get("to"):
            what = translate("Audit", "{what} từ {start} đến {end}").format(
                what=what, start=_iso_date_text(d["from"]), end=_iso_date_text(d["to"]))
        if d.get("file"):
            return translate("Audit", "{what} ra tệp {file}").format(what=what, file=d["file"])
        return what
    if action in ("user_added", "password_reset", "user_activated", "user_deactivated"):
        name = users.get(entry.entity_id, "")
        who = f"{name} ({entry.entity_id})" if name and name != entry.entity_id else entry.entity_id
        text = {"user_added": translate("Audit", "Thêm tài khoản {user}"),
                "password_reset": translate("Audit", "Đặt lại mật khẩu của {user}"),
                "user_activated": translate("Audit", "Mở lại tài khoản của {user}"),
                "user_deactivated": translate("Audit", "Vô hiệu hóa tài khoản của {user}")}[action].format(user=who)
        if action == "user_added" and isinstance(d.get("role"), str):
            text += translate("Audit", ", vai trò {role}").format(role=role_label(d["role"]))
        return text
    if action == "rule_changed":
        text = translate("Audit", "Quy tắc “{rule}”").format(rule=rule_name(entry.entity_id))
        if d.get("category"):
            text += f" ({category_label(d['category'])})"
        if "value" in d:
            text += translate("Audit", ": giá trị mới {value}").format(value=rule_value_text(entry.entity_id, d["value"]))
        if d.get("valid_from"):
            text += translate("Audit", ", áp dụng từ {date}").format(date=_iso_date_text(d["valid_from"]))
        return text
    if action == "setting_changed" and "after" in d:
        return translate("Audit", "{setting}: {before} → {after}").format(
            setting=field_label(entry.entity_id), before=_detail_value(d.get("before")), after=_detail_value(d["after"]))
    if action == "login_failed":
        who = users.get(entry.entity_id, entry.entity_id)
        if d.get("reason") == "account_locked":
            return translate("Audit", "Tài khoản {user} bị tạm khóa do nhập sai nhiều lần").format(user=who)
        if d.get("reason") == "account_not_certified":
            return translate("Audit", "Tài khoản {user} bị từ chối: không có chứng nhận hợp lệ").format(user=who)
        return translate("Audit", "Sai mật khẩu khi đăng nhập vào tài khoản {user}").format(user=who)
    if action == "backup" and d.get("file"):
        return translate("Audit", "Sao lưu ra tệp {file}").format(file=d["file"])
    if action == "restore" and d.get("file"):
        return translate("Audit", "Khôi phục từ tệp {file}").format(file=d["file"])
    if action == "import" and d.get("file"):
        return translate("Audit", "Nhập dữ liệu từ tệp {file}").format(file=d["file"])
    if action in ("login", "unlock", "unlock_failed", "password_changed"):
        return ""
    detail = audit_detail_text(d)
    if person:
        return tail(of(entity_label(entity)), detail) if entity else tail(person, detail)
    if user and user != entry.entity_id:
        return tail(user, detail)
    return detail


def _iso_date_text(v: Any) -> str:
    try:
        return date_text(dt.date.fromisoformat(str(v)[:10]))
    except ValueError:
        return str(v)

