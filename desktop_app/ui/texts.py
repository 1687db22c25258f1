"""Turning the core's codes into translated text, and dates and numbers into the interface
locale's. Source strings are Vietnamese (the default language); the Qt Linguist catalogues in
i18n/ add English (`make i18n`, desktop_app.ui.i18n loads them).

Every UI string goes through `translate("Context", "literal")` so that pyside6-lupdate finds it.
Labels kept in tables are marked where they are defined: `QT_TRANSLATE_NOOP("Context", "…")`
in UI modules; the core's and the CLI's tables (vocab.py, desktop_app/texts.py), which cannot
import Qt, are listed for lupdate in the generated desktop_app/ui/i18n_catalog.py. A count
uses Qt's plural forms: `translate("Context", "%Ln người", None, n)`. pyside6-lupdate misses a
call inside an f-string and a call whose n is not a plain name (`len(x)`, `a.b`, `d["k"]`):
assign the count to a name first (tests/ui/test_i18n.py checks every literal call is in the
catalogues)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop_app.core.domain.vocab import (
    CATEGORY_LABEL_VI,
    CONTACT_LABEL_VI,
    MODEL_KIND_LABEL_VI,
    ROLE_LABEL_VI,
    STATUS_LABEL_VI,
    TIP_CHANNEL_LABEL_VI,
)
from desktop_app.core.errors import AuthenticationFailed, Problem, StoreError
from desktop_app.texts import (
    DUE_NOTES_VI,
    FIELDS_VI,
    GENDERS_VI,
    PROBLEMS_VI,
    SYNC_FIELDS_VI,
    iso_date,
    local_time,
)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under the name pyside6-lupdate recognises: every literal
    `translate("Context", "text")` in the UI ends up in the i18n catalogues. With `n`, "%n"
    (or "%Ln", grouped digits of the locale) is the count and picks the plural form."""
    return QCoreApplication.translate(context, text, disambiguation, n)


# Officers' full names by login, read off the UI thread when the main window opens and again
# after an account changes (follow_officer_names): tables, prints and the lock screen show the
# name, the login only in a tooltip.
_OFFICERS: dict[str, str] = {}


def set_officer_names(names: dict[str, str]) -> None:
    _OFFICERS.clear()
    _OFFICERS.update(names)


def officer_text(login: str | None) -> str:
    """An officer as people read them: the full name, or the login when none is known."""
    return _OFFICERS.get(login, login) if login else ""


def officer_tip(login: str | None) -> str | None:
    """The tooltip of an officer's name: the login behind it."""
    return translate("Officer", "Tên đăng nhập: {login}").format(login=login) if login else None


def follow_officer_names(ws, ops) -> None:
    """Loads the names now (ops' worker thread) and again whenever an account changes."""
    def load() -> None:
        ops.query(ws.users.full_names, on_done=set_officer_names, on_error=lambda _e: None)

    _OFFICERS.setdefault(ws.username, ws.full_name)
    load()
    ops.operation_did_execute.connect(lambda changes, _initiator: load() if getattr(changes, "users", False) else None)


tr = translate  # short alias for dynamic texts (tables of labels); literals use translate()


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def _param_text(v):
    """A problem's parameter as the user reads it: an ISO date (the core's form) as a date."""
    d = iso_date(v)
    return v if d is None else date_text(d)


def problem_text(p: Problem) -> str:
    template = PROBLEMS_VI.get(p.code)
    if template is None:
        return p.code
    return translate("Problems", template).format_map(_Missing({k: _param_text(v) for k, v in p.params.items()}))


def due_note_text(code: str, params: dict[str, Any] | None = None) -> str:
    """A due item's legal basis (DueItem.note_code and note_params) in the interface language;
    "" when it has none."""
    template = DUE_NOTES_VI.get(code) if code else None
    if template is None:
        return code or ""
    return translate("DueNotes", template).format_map(_Missing({k: _param_text(v) for k, v in (params or {}).items()}))


def field_label(field: str | None) -> str:
    """A record's field as the user reads it (a problem's, a sync conflict's, an audited edit's);
    the field's own name when there is no label for it."""
    head = (field or "").split(".")[0]
    if head in FIELDS_VI:
        return translate("Fields", FIELDS_VI[head])
    if head in SYNC_FIELDS_VI:
        return translate("SyncFields", SYNC_FIELDS_VI[head])
    return field or ""


def _label(table: dict, key: str | None) -> str:
    if key is None:
        return ""
    for k, v in table.items():
        if k == key:
            return translate("Vocab", v)
    return key


def category_label(key: str | None) -> str:
    return _label(CATEGORY_LABEL_VI, key)


def status_label(key: str | None) -> str:
    return _label(STATUS_LABEL_VI, key)


def contact_label(key: str | None) -> str:
    return _label(CONTACT_LABEL_VI, key)


def model_kind_label(key: str | None) -> str:
    return _label(MODEL_KIND_LABEL_VI, key)


def channel_label(key: str | None) -> str:
    return _label(TIP_CHANNEL_LABEL_VI, key)


def role_label(key: str | None) -> str:
    return _label(ROLE_LABEL_VI, key)


def gender_label(key: str | None) -> str:
    """A gender code in words (the catalogue's group "gender", translated in context "Genders")."""
    return translate("Genders", GENDERS_VI[key]) if key in GENDERS_VI else ""


def date_format() -> str:
    """The Qt date format of the interface locale with a four-digit year: dd/MM/yyyy in
    Vietnamese (DOMAIN §5) and in British English; used by the date fields too."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Vietnamese:
        return "dd/MM/yyyy"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_text(d: dt.date | None) -> str:
    if not d:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), date_format())


def datetime_text(t: dt.datetime | None, *, seconds: bool = False) -> str:
    """A moment in local time: "20/05/2026 07:10" (time after the date, 24-hour clock)."""
    if t is None:
        return ""
    if t.tzinfo is not None:
        t = t.astimezone()
    q = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second))
    return QLocale().toString(q, date_format() + (" HH:mm:ss" if seconds else " HH:mm"))


def iso_time_text(iso: str | None, *, seconds: bool = False) -> str:
    """A stored ISO timestamp (UTC when it has no offset) in local time; "" for none, the text
    itself when it is not a timestamp."""
    t = local_time(iso)
    if t is None:
        return iso or ""
    return datetime_text(t, seconds=seconds)


def number_text(n: int | float) -> str:
    """12345 → "12.345" in Vietnamese, "12,345" in English."""
    if isinstance(n, float) and not n.is_integer():
        return QLocale().toString(n, "f", 1)
    return QLocale().toString(int(n))


def partial_date_text(stored: str | None) -> str:
    if not stored:
        return ""
    from desktop_app.core.domain.dates import PartialDate

    return PartialDate.from_storage(stored).display()


def error_text(e: BaseException) -> str:
    """A sentence for any error the core raises on purpose; a generic one otherwise."""
    from desktop_app.core.errors import NotFound, PermissionDenied, ValidationFailed

    if isinstance(e, ValidationFailed):
        return "\n".join(f"{field_label(p.field)}: {problem_text(p)}" for p in e.problems)
    if isinstance(e, AuthenticationFailed):
        if e.reason == "account_locked":
            wait = int(e.retry_after or 0) + 1
            return translate("Errors", "Tài khoản tạm khóa do nhập sai nhiều lần; thử lại sau %n giây.", None, wait)
        if e.reason == "account_disabled":
            return translate("Errors", "Tài khoản đã bị vô hiệu hóa.")
        if e.reason == "account_not_certified":
            return translate("Errors", "Tài khoản không có chứng nhận hợp lệ của trưởng công an (vai trò, đơn vị "
                                       "hoặc khóa của tài khoản không khớp); hãy báo trưởng công an.")
        return translate("Errors", "Sai tên đăng nhập hoặc mật khẩu.")
    if isinstance(e, PermissionDenied):
        return translate("Errors", "Vai trò của bạn không được phép thực hiện thao tác này.")
    if isinstance(e, NotFound):
        return translate("Errors", "Không tìm thấy bản ghi (có thể đã bị xóa).")
    if isinstance(e, StoreError):
        return {
            "disk_full": translate("Errors", "Ổ đĩa đã đầy: thao tác chưa được ghi, dữ liệu cũ vẫn nguyên vẹn."),
            "not_a_register": translate("Errors", "Tệp dữ liệu bị hỏng hoặc không phải sổ WardBook; dữ liệu không bị thay đổi."),
            "no_register": translate("Errors", "Chưa có sổ đăng ký trong thư mục dữ liệu."),
            "register_exists": translate("Errors", "Thư mục dữ liệu đã có sổ đăng ký."),
        }.get(e.code, translate("Errors", "Không dùng được sổ đăng ký: {code}").format(code=e.code))
    return translate("Errors", "Lỗi không mong đợi: {error}").format(error=type(e).__name__)


def format_args(template: str, **params: Any) -> str:
    return template.format_map(_Missing(params))
