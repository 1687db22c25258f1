"""Administration: accounts and roles (add, reset a password, deactivate and reactivate), the
rules table (read for everyone, a new value from a date for the chief), the unit's settings and
administrative units, and the audit log with a check of its hash chain.

The page only hides or disables what the signed-in role may not do (`ws.can`, `may_manage`);
the core refuses it anyway, and its refusal is shown (dialog banner or a message box). All
database work goes through `ops`; nothing here touches the register on the UI thread."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.core.domain.rules import FAR_PAST
from desktop_app.core.domain.vocab import Role
from desktop_app.core.errors import ValidationFailed
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.workspace import SETTINGS
from desktop_app.core.textvn import fold
from desktop_app.ui.dialogs.form import FormDialog, ask_then, show_message
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table, selected_row
from desktop_app.ui.texts import (
    category_label,
    date_text,
    datetime_text,
    error_text,
    field_label,
    number_text,
    role_label,
    translate,
)

AUDIT_LIMIT = 2000  # rows shown: the newest ones matching the filters
AUDIT_SCAN_LIMIT = 50_000  # rows read back from the end at most when filtering by action text

GREY = QColor("#808080")
OK_STYLE = "color: #1a7f37; font-weight: bold;"
BAD_STYLE = "color: #a40000; font-weight: bold;"
NOTE_STYLE = "color: #555555;"


def _number(n: int) -> str:
    """12345 → "12.345" in Vietnamese, "12,345" in English."""
    return number_text(n)


def _alive(widget: QWidget, fn):
    """A callback that does nothing once `widget` is gone (a query may finish after the page
    was closed)."""
    def call(*args):
        if isValid(widget):
            fn(*args)

    return call


def _field_error(dlg: FormDialog, name: str, text: str) -> None:
    """An error beside one field, checked on the UI side before anything is sent to the core."""
    dlg.clear_problems()
    lbl = dlg.errors[name]
    lbl.setText(text)
    lbl.show()
    dlg.fields[name].setFocus()


def _note(text: str, wrap: bool = True) -> QLabel:
    """A grey explanation. In dialogs keep it one short line (`wrap=False`): a wrapped label in a
    form layout gets too little height and is clipped."""
    lbl = QLabel(text)
    lbl.setWordWrap(wrap)
    lbl.setStyleSheet(NOTE_STYLE)
    return lbl


# ---------------------------------------------------------------------------------------------
# Accounts


def _unit_text(code: str, names: dict[str, str]) -> str:
    name = names.get(code)
    return f"{name} ({code})" if name else code


class _PasswordPair:
    """A password field and its confirmation; a mismatch is shown beside the confirmation and
    nothing is sent."""

    def _add_passwords(self: Any, label: str) -> None:
        pw = self.add_line("password", label)
        pw.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow("", _note(translate("Admin", "Ít nhất 10 ký tự, có cả chữ và số."), wrap=False))
        again = self.add_line("confirm", translate("Admin", "Nhập lại mật khẩu *"))
        again.setEchoMode(QLineEdit.EchoMode.Password)

    def _password(self: Any) -> str:
        return self.fields["password"].text()  # not stripped: spaces are part of a password

    def _passwords_match(self: Any) -> bool:
        if self.fields["password"].text() != self.fields["confirm"].text():
            _field_error(self, "confirm", translate("Admin", "Mật khẩu nhập lại không khớp."))
            return False
        return True


class UserDialog(_PasswordPair, FormDialog):
    def __init__(self, parent, ws, ops, unit_names: dict[str, str]):
        super().__init__(parent, translate("Admin", "Thêm tài khoản"), ops)
        self.ws = ws
        self.add_line("username", translate("Admin", "Tên đăng nhập *"),
                      placeholder=translate("Admin", "chữ không dấu, số, dấu chấm; ví dụ: canbo.an"), max_length=64)
        self.add_line("full_name", translate("Admin", "Họ và tên"), max_length=120)
        roles = [r for r in Role if perm.may_manage(ws.role, r)]
        self.add_combo("role", translate("Admin", "Vai trò"), [(role_label(r.value), r.value) for r in roles])
        if ws.can(perm.ALL_UNITS):
            units = sorted(unit_names.items())
            combo = self.add_combo("unit_code", translate("Admin", "Đơn vị"),
                                   [(_unit_text(c, unit_names), c) for c, _n in units])
            combo.setCurrentIndex(max(0, combo.findData(ws.user_unit)))
        self._add_passwords(translate("Admin", "Mật khẩu *"))
        self._dirty = False

    def values(self) -> dict[str, Any]:
        v = {"username": self.text("username"), "full_name": self.text("full_name"),
             "role": self.data("role"), "password": self._password()}
        if "unit_code" in self.fields:
            v["unit_code"] = self.data("unit_code")
        return v

    def save(self) -> None:
        if self._passwords_match():
            super().save()

    def submit(self, values):
        data = {k: v for k, v in values.items() if k != "password"}
        return self.ws.users.add(data, values["password"])


class PasswordDialog(_PasswordPair, FormDialog):
    """A new password for another account: a reset (also unlocks it) or a reactivation."""

    def __init__(self, parent, ws, ops, user, *, reactivate: bool = False):
        title = (translate("Admin", "Mở lại tài khoản") if reactivate else translate("Admin", "Đặt lại mật khẩu"))
        super().__init__(parent, title, ops)
        self.ws, self.user, self.reactivate = ws, user, reactivate
        who = QLabel(f"<b>{user.username}</b>" + (f" — {user.full_name}" if user.full_name else "")
                     + f" ({role_label(user.role)})")
        self.form.addRow(translate("Admin", "Tài khoản"), who)
        if reactivate:
            self.form.addRow("", _note(translate("Admin", "Mật khẩu cũ đã bị hủy khi vô hiệu hóa; cần đặt mật khẩu mới."),
                                       wrap=False))
        self._add_passwords(translate("Admin", "Mật khẩu mới *"))
        self._dirty = False

    def values(self) -> dict[str, Any]:
        return {"password": self._password()}

    def save(self) -> None:
        if self._passwords_match():
            super().save()

    def submit(self, values):
        if self.reactivate:
            return self.ws.users.reactivate(self.user.username, values["password"])
        return self.ws.users.reset_password(self.user.username, values["password"])


class UsersTab(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.unit_names: dict[str, str] = {}
        self.last_message: QMessageBox | None = None
        self._dialog = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel("")
        bar.addWidget(self.summary, 1)
        self.add_btn = QPushButton(translate("Admin", "Thêm tài khoản…"))
        self.add_btn.clicked.connect(self.new_user)
        self.reset_btn = QPushButton(translate("Admin", "Đặt lại mật khẩu…"))
        self.reset_btn.clicked.connect(self.reset_selected)
        self.deactivate_btn = QPushButton(translate("Admin", "Vô hiệu hóa"))
        self.deactivate_btn.clicked.connect(self.deactivate_selected)
        self.reactivate_btn = QPushButton(translate("Admin", "Mở lại tài khoản…"))
        self.reactivate_btn.clicked.connect(self.reactivate_selected)
        for b in (self.add_btn, self.reset_btn, self.deactivate_btn, self.reactivate_btn):
            bar.addWidget(b)
        lay.addLayout(bar)
        if not ws.can(perm.MANAGE_USERS):
            lay.addWidget(_note(translate("Admin", "Chỉ Trưởng Công an xã và quản trị tỉnh được thêm tài khoản, "
                                            "đặt lại mật khẩu hoặc vô hiệu hóa tài khoản.")))
        self.model = RowsTableModel([
            Column(translate("Admin", "Tên đăng nhập"), lambda u: u.username, 160),
            Column(translate("Admin", "Họ và tên"), lambda u: u.full_name, 240),
            Column(translate("Admin", "Vai trò"), lambda u: role_label(u.role), 180),
            Column(translate("Admin", "Đơn vị"), lambda u: _unit_text(u.unit_code, self.unit_names), 260, stretch=True),
            Column(translate("Admin", "Trạng thái"), lambda u: translate("Admin", "Đang hoạt động") if u.active
                   else translate("Admin", "Đã vô hiệu hóa"), 140),
        ], self)
        self.table = make_table(self.model, "users_table")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.table.activated.connect(lambda _i: self.default_action())
        lay.addWidget(self.table)
        self.update_buttons()

    def refresh(self) -> None:
        ws = self.ws
        self.ops.query(lambda: (ws.users.list(), {u.code: u.name for u in ws.units.list()}),
                       on_done=_alive(self, self._show))

    def _show(self, result) -> None:
        users, self.unit_names = result
        keep = selected_row(self.table)
        self.model.set_rows(users)
        if keep is not None:
            for i, u in enumerate(users):
                if u.username == keep.username:
                    self.table.selectRow(i)
        active = sum(1 for u in users if u.active)
        total = len(users)
        self.summary.setText(translate("Admin", "{accounts}, %Ln đang hoạt động", None, active).format(
            accounts=translate("Admin", "%Ln tài khoản", None, total)))
        self.update_buttons()

    def selected(self):
        return selected_row(self.table)

    def _manageable(self, u) -> bool:
        return (u is not None and u.username != self.ws.username
                and perm.may_manage(self.ws.role, u.role))

    def update_buttons(self) -> None:
        u = self.selected()
        manage = self.ws.can(perm.MANAGE_USERS)
        ok = self._manageable(u)
        self.add_btn.setEnabled(manage)
        self.reset_btn.setEnabled(self.ws.can(perm.RESET_PASSWORD) and ok and u.active)
        self.deactivate_btn.setEnabled(manage and ok and u.active)
        self.reactivate_btn.setEnabled(manage and ok and not u.active)

    def _error(self, e: BaseException) -> None:
        self.last_message = show_message(self, error_text(e))

    # -- actions ---------------------------------------------------------------------------------
    def default_action(self):
        """Enter or a double click on an account: a new password (reset, or reactivation)."""
        if self.reset_btn.isEnabled():
            return self.reset_selected()
        if self.reactivate_btn.isEnabled():
            return self.reactivate_selected()
        return None

    def new_user(self) -> UserDialog:
        dlg = UserDialog(self, self.ws, self.ops, self.unit_names)
        dlg.open()
        self._dialog = dlg
        return dlg

    def reset_selected(self) -> PasswordDialog | None:
        u = self.selected()
        if u is None or not u.active:
            return None
        dlg = PasswordDialog(self, self.ws, self.ops, u)
        dlg.open()
        self._dialog = dlg
        return dlg

    def reactivate_selected(self) -> PasswordDialog | None:
        u = self.selected()
        if u is None or u.active:
            return None
        dlg = PasswordDialog(self, self.ws, self.ops, u, reactivate=True)
        dlg.open()
        self._dialog = dlg
        return dlg

    def deactivate_selected(self) -> QMessageBox | None:
        """Asks first; on "Vô hiệu hóa" the account's key slot is removed by the core."""
        u = self.selected()
        if u is None or not u.active:
            return None
        name = u.username
        self._dialog = ask_then(
            self, translate("Admin", "Vô hiệu hóa tài khoản"),
            translate("Admin", "Vô hiệu hóa tài khoản {user}? Mật khẩu hiện tại sẽ không mở được sổ nữa; "
                               "muốn mở lại phải đặt mật khẩu mới.").format(user=u.username),
            translate("Admin", "Vô hiệu hóa"), translate("Admin", "Hủy"),
            lambda: self.ops.op(lambda: self.ws.users.set_active(name, False), on_error=_alive(self, self._error),
                                initiator=self))
        return self._dialog


# ---------------------------------------------------------------------------------------------
# Rules

RULE_VI = {
    "term_months": QT_TRANSLATE_NOOP("Admin", "Thời hạn (tháng)"),
    "assessment": QT_TRANSLATE_NOOP("Admin", "Kỳ nhận xét, đánh giá"),
    "visit_interval_days": QT_TRANSLATE_NOOP("Admin", "Khoảng cách giữa hai lần tiếp xúc (ngày)"),
    "absence_max_fraction": QT_TRANSLATE_NOOP("Admin", "Tổng thời gian vắng mặt tối đa (phần của thời hạn)"),
    "absence_max_days_single": QT_TRANSLATE_NOOP("Admin", "Mỗi lần vắng mặt tối đa (ngày)"),
    "helper_max_persons": QT_TRANSLATE_NOOP("Admin", "Số người một người giúp đỡ phụ trách tối đa (người)"),
    "helper_appoint_working_days": QT_TRANSLATE_NOOP("Admin", "Hạn phân công người giúp đỡ (ngày làm việc)"),
    "residence_verify_working_days": QT_TRANSLATE_NOOP("Admin", "Hạn xác minh nơi cư trú (ngày làm việc)"),
    "early_termination_min_fraction": QT_TRANSLATE_NOOP("Admin", "Được chấm dứt trước thời hạn sau khi chấp hành (phần của thời hạn)"),
    "record_clearing_years": QT_TRANSLATE_NOOP("Admin", "Đương nhiên xóa án tích sau khi chấp hành xong (năm)"),
    "never_applied_years": QT_TRANSLATE_NOOP("Admin", "Coi như chưa bị áp dụng biện pháp sau (năm)"),
    "review_months": QT_TRANSLATE_NOOP("Admin", "Khoảng cách giữa hai lần rà soát (tháng)"),
    "due_soon_days": QT_TRANSLATE_NOOP("Admin", "Báo sắp đến hạn trước (ngày)"),
    "case_ending_days": QT_TRANSLATE_NOOP("Admin", "Báo hồ sơ sắp kết thúc trước (ngày)"),
    "clearing_soon_days": QT_TRANSLATE_NOOP("Admin", "Báo sắp đủ điều kiện xóa án tích trước (ngày)"),
    "report_half_year": QT_TRANSLATE_NOOP("Admin", "Kỳ báo cáo 6 tháng đầu năm (ngày/tháng)"),
    # issue 14
    "term_unit": QT_TRANSLATE_NOOP("Admin", "Cách tính thời hạn"),
    "absence_policy": QT_TRANSLATE_NOOP("Admin", "Vắng mặt không được phép"),
    "breaches_for_revocation": QT_TRANSLATE_NOOP("Admin", "Số lần vi phạm thì đề nghị Tòa án buộc chấp hành án phạt tù"),
    "age_range": QT_TRANSLATE_NOOP("Admin", "Độ tuổi áp dụng (từ đủ – dưới)"),
    "court_clearing_years": QT_TRANSLATE_NOOP("Admin", "Xóa án tích theo quyết định của Tòa án sau (năm)"),
}

# The legal text each rule comes from (DOMAIN §1), by key and, where it differs, by category.
_LAW_KEYS = {
    "nd120": QT_TRANSLATE_NOOP("Admin", "Nghị định 120/2021/NĐ-CP"),
    "thahs": QT_TRANSLATE_NOOP("Admin", "Luật Thi hành án hình sự; Thông tư 65/2019/TT-BCA"),
    "blhs_tha": QT_TRANSLATE_NOOP("Admin", "Bộ luật Hình sự; Luật Thi hành án hình sự"),
    "matuy": QT_TRANSLATE_NOOP("Admin", "Luật Phòng, chống ma túy"),
    "nd49": QT_TRANSLATE_NOOP("Admin", "Nghị định 49/2020/NĐ-CP; Thông tư 10/2024/TT-BCA"),
    "phongtrao": QT_TRANSLATE_NOOP("Admin", "Phong trào Toàn dân bảo vệ an ninh Tổ quốc"),
    "xlvphc": QT_TRANSLATE_NOOP("Admin", "Luật Xử lý vi phạm hành chính; Nghị định 120/2021/NĐ-CP"),
    "absence": QT_TRANSLATE_NOOP("Admin", "Nghị định 120/2021/NĐ-CP; Luật Thi hành án hình sự"),
    "blhs70": QT_TRANSLATE_NOOP("Admin", "Bộ luật Hình sự, Điều 70"),
    "xlvphc137": QT_TRANSLATE_NOOP("Admin", "Luật Xử lý vi phạm hành chính, Điều 137"),
    "nd09": QT_TRANSLATE_NOOP("Admin", "Nghị định 09/2019/NĐ-CP (chế độ báo cáo)"),
    "app": QT_TRANSLATE_NOOP("Admin", "Cài đặt của ứng dụng (không có văn bản quy định)"),
}
_JUDGMENT = ("suspended_sentence", "non_custodial_reform", "conditional_release")
_RULE_LAW: dict[tuple[str, str | None], str] = {
    **{("term_months", c): "nd120" for c in ("community_education", "family_management")},
    **{("term_months", c): "blhs_tha" for c in _JUDGMENT},
    ("term_months", "drug_management"): "matuy",
    **{("assessment", c): "nd120" for c in ("community_education", "family_management")},
    **{("assessment", c): "thahs" for c in _JUDGMENT},
    ("assessment", "reintegration"): "nd49", ("assessment", "drug_management"): "matuy",
    ("assessment", "community_watch"): "phongtrao",
    ("absence_max_fraction", None): "absence", ("absence_max_days_single", None): "absence",
    ("helper_max_persons", None): "nd120", ("helper_appoint_working_days", None): "nd120",
    ("residence_verify_working_days", "reintegration"): "nd49",
    ("early_termination_min_fraction", None): "xlvphc",
    ("record_clearing_years", None): "blhs70", ("never_applied_years", None): "xlvphc137",
    ("review_months", "community_watch"): "phongtrao", ("report_half_year", None): "nd09",
    ("visit_interval_days", None): "app", ("visit_interval_days", "community_watch"): "phongtrao",
    ("due_soon_days", None): "app", ("case_ending_days", None): "app", ("clearing_soon_days", None): "app",
}
# The seed rows' notes (core/domain/rules.py, written in English for developers) as people read them.
_NOTE_VI = {
    "Decree 120/2021": QT_TRANSLATE_NOOP("Admin", "Nghị định 120/2021/NĐ-CP"),
    "probation 1–5 years": QT_TRANSLATE_NOOP("Admin", "Thời gian thử thách từ 1 đến 5 năm"),
    "per judgment": QT_TRANSLATE_NOOP("Admin", "Theo bản án"),
    "remaining term": QT_TRANSLATE_NOOP("Admin", "Thời hạn tù còn lại"),
    "1 year": QT_TRANSLATE_NOOP("Admin", "1 năm"),
    "total absence ≤ 1/3 of the term": QT_TRANSLATE_NOOP("Admin", "Tổng thời gian vắng mặt không quá 1/3 thời hạn"),
    "each absence ≤ 60 days (judgment cases)": QT_TRANSLATE_NOOP("Admin", "Mỗi lần vắng mặt không quá 60 ngày (án hình sự)"),
    "after half the term": QT_TRANSLATE_NOOP("Admin", "Sau khi đã chấp hành một nửa thời hạn"),
}


def rule_name(key: str) -> str:
    """A rule's name with its unit, as people say it; the key itself for a rule this does not know."""
    return translate("Admin", RULE_VI[key]) if key in RULE_VI else key


def rule_law_text(key: str, category: str | None) -> str:
    """The legal text a rule comes from, "" when none is known."""
    law = _RULE_LAW.get((key, category)) or _RULE_LAW.get((key, None))
    return translate("Admin", _LAW_KEYS[law]) if law else ""


def rule_basis_text(basis: str) -> str:
    """V/M (DOMAIN's marks) in words."""
    return (translate("Admin", "Đã đối chiếu văn bản") if basis == "V"
            else translate("Admin", "Chưa đối chiếu, cần xác nhận"))


def rule_note_text(note: str) -> str:
    """A seed note in Vietnamese; a note the chief wrote as written."""
    return translate("Admin", _NOTE_VI[note]) if note in _NOTE_VI else note


_VALUE_WORDS = {
    "month": QT_TRANSLATE_NOOP("Admin", "hằng tháng"), "quarter": QT_TRANSLATE_NOOP("Admin", "hằng quý"), "half": QT_TRANSLATE_NOOP("Admin", "6 tháng một lần"), "year": QT_TRANSLATE_NOOP("Admin", "hằng năm"),
    "adult": QT_TRANSLATE_NOOP("Admin", "người thành niên"), "minor": QT_TRANSLATE_NOOP("Admin", "người chưa thành niên"),
    "warning": QT_TRANSLATE_NOOP("Admin", "cảnh cáo"), "fine": QT_TRANSLATE_NOOP("Admin", "phạt tiền"), "non_custodial": QT_TRANSLATE_NOOP("Admin", "cải tạo không giam giữ"),
    "suspended": QT_TRANSLATE_NOOP("Admin", "án treo"), "prison_up_to_5y": QT_TRANSLATE_NOOP("Admin", "tù đến 5 năm"), "prison_5_to_15y": QT_TRANSLATE_NOOP("Admin", "tù trên 5 đến 15 năm"),
    "prison_over_15y": QT_TRANSLATE_NOOP("Admin", "tù trên 15 năm"), "life_or_death_commuted": QT_TRANSLATE_NOOP("Admin", "tù chung thân, tử hình được giảm"),
    "none": QT_TRANSLATE_NOOP("Admin", "không có thời hạn"), "months": QT_TRANSLATE_NOOP("Admin", "theo tháng"),
    "months_days": QT_TRANSLATE_NOOP("Admin", "theo tháng và ngày"),
    "breach": QT_TRANSLATE_NOOP("Admin", "là vi phạm nghĩa vụ"), "not_counted": QT_TRANSLATE_NOOP("Admin", "không tính vào thời hạn"),
    "note": QT_TRANSLATE_NOOP("Admin", "chỉ khai báo tạm vắng"), "record": QT_TRANSLATE_NOOP("Admin", "ghi nhận"),
}


def _word(key: Any) -> str:
    w = _VALUE_WORDS.get(str(key))
    return translate("Admin", w) if w else str(key)


def rule_value_text(key: str, value: Any, sep: str = "; ") -> str:
    """A rule value as an officer reads it; JSON for shapes this does not know. `sep` joins the
    entries of a table of numbers (a newline in the edit dialog)."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value in _VALUE_WORDS:
        return _word(value)
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) and value[1] is None:
        return translate("Admin", "từ {lo}").format(lo=value[0])
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        if key.endswith("_fraction"):
            return f"{value[0]}/{value[1]}"
        return str(value[0]) if value[0] == value[1] else f"{value[0]}–{value[1]}"
    if isinstance(value, dict):
        if set(value) == {"period", "due_day"}:
            return translate("Admin", "{period}, hạn ngày {day} kỳ sau").format(
                period=_word(value["period"]), day=value["due_day"])
        if set(value) == {"from", "to"} and all(isinstance(v, list) and len(v) == 2 for v in value.values()):
            (fm, fd), (tm, td) = value["from"], value["to"]
            return translate("Admin", "từ {fd:02d}/{fm:02d} đến {td:02d}/{tm:02d}").format(fd=fd, fm=fm, td=td, tm=tm)
        if all(isinstance(v, (int, float)) for v in value.values()):
            return sep.join(f"{_word(k)}: {v}" for k, v in value.items())
    return json.dumps(value, ensure_ascii=False)


def _in_force(r, on: dt.date) -> bool:
    return r.valid_from <= on and (r.valid_to is None or on < r.valid_to)


class _RulesModel(RowsTableModel):
    """Rows not in force today are grey; the rule's key is the name's tooltip, the value as
    stored (JSON) the value's."""

    def __init__(self, columns, today, parent=None):
        super().__init__(columns, parent)
        self.today = today

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid():
            r = self.rows[index.row()]
            if role == Qt.ItemDataRole.ForegroundRole and not _in_force(r, self.today()):
                return GREY
        return super().data(index, role)


def rule_columns() -> list[Column]:
    """The rules table's columns: names, units and legal texts, never the rule's key (its
    tooltip); what people read first fits 1366 px, the dates and notes after."""
    dash = "—"
    return [
        Column(translate("Admin", "Quy tắc"), lambda r: rule_name(r.key), 265, tip=lambda r: r.key),
        Column(translate("Admin", "Áp dụng cho"), lambda r: category_label(r.category) if r.category
               else translate("Admin", "Mọi loại đối tượng"), 190),
        Column(translate("Admin", "Giá trị"), lambda r: rule_value_text(r.key, r.value), 170,
               tip=lambda r: json.dumps(r.value, ensure_ascii=False)),
        Column(translate("Admin", "Văn bản căn cứ"), lambda r: rule_law_text(r.key, r.category), 220),
        Column(translate("Admin", "Đối chiếu"), lambda r: rule_basis_text(r.basis), 175),
        Column(translate("Admin", "Từ ngày"), lambda r: dash if r.valid_from <= FAR_PAST else date_text(r.valid_from), 82),
        Column(translate("Admin", "Đến ngày"), lambda r: date_text(r.valid_to) if r.valid_to else dash, 82),
        Column(translate("Admin", "Ghi chú"), lambda r: rule_note_text(r.note), 160),
    ]


class RuleDialog(FormDialog):
    """A new value of one rule from a date; the value in force until then is kept for the
    records made under it."""

    def __init__(self, parent, ws, ops, rule):
        super().__init__(parent, translate("Admin", "Sửa quy tắc"), ops)
        self.ws, self.rule = ws, rule
        self.setMinimumWidth(640)
        name = QLabel(f"<b>{rule_name(rule.key)}</b>")
        name.setToolTip(rule.key)
        self.form.addRow(translate("Admin", "Quy tắc"), name)
        law = rule_law_text(rule.key, rule.category)
        if law:
            self.form.addRow(translate("Admin", "Văn bản căn cứ"), QLabel(law))
        self.form.addRow(translate("Admin", "Áp dụng cho"), QLabel(
            category_label(rule.category) if rule.category else translate("Admin", "Mọi loại đối tượng")))
        # One entry a line, not word-wrapped: a wrapped label in a form gets too little height.
        self.form.addRow(translate("Admin", "Giá trị đang chọn"), QLabel(rule_value_text(rule.key, rule.value, "\n")))
        example = json.dumps(rule.value, ensure_ascii=False)
        line = self.add_line("value", translate("Admin", "Giá trị mới (JSON) *"), placeholder=example, max_length=2000)
        line.setText(example)
        line.setCursorPosition(0)  # a long value shows its beginning
        line.setToolTip(translate("Admin", "Cùng dạng với giá trị đang có: {example}").format(example=example))
        self.form.addRow("", _note(translate("Admin", "Viết dạng JSON, giống giá trị đang có trong ô."), wrap=False))
        today = ws.today()
        self.add_date("valid_from", translate("Admin", "Áp dụng từ ngày"), QDate(today.year, today.month, today.day))
        self.form.addRow("", _note(translate("Admin", "Trước ngày này vẫn áp dụng giá trị cũ."), wrap=False))
        self.add_line("note", translate("Admin", "Căn cứ, ghi chú"), max_length=300)
        self.parsed: Any = None
        self._dirty = False

    def save(self) -> None:
        raw = self.fields["value"].text().strip()
        if not raw:
            _field_error(self, "value", translate("Admin", "Chưa nhập giá trị."))
            return
        try:
            self.parsed = json.loads(raw)
        except json.JSONDecodeError as e:
            msg = translate("Admin", "Không phải JSON hợp lệ (ký tự thứ {pos}): ví dụ đúng {example}")
            _field_error(self, "value", msg.format(pos=e.pos + 1,
                                                   example=json.dumps(self.rule.value, ensure_ascii=False)))
            return
        super().save()

    def values(self) -> dict[str, Any]:
        return {"value": self.parsed, "valid_from": self.date("valid_from"), "note": self.text("note")}

    def on_validation_failed(self, e: ValidationFailed) -> None:
        self.show_problems(e.problems)
        for p in e.problems:
            if p.code == "rule_value_shape" and p.field == "value":
                lbl = self.errors["value"]
                lbl.setText(lbl.text() + " " + translate("Admin", "(dạng đúng: {expected})").format(
                    expected=p.params.get("expected", "")))

    def submit(self, values):
        return self.ws.rule_table.set(self.rule.key, values["value"], category=self.rule.category,
                                      valid_from=values["valid_from"], note=values["note"])


class RulesTab(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self._dialog = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel("")
        bar.addWidget(self.summary, 1)
        self.edit_btn = QPushButton(translate("Admin", "Sửa…"))
        self.edit_btn.setToolTip(translate("Admin", "Đặt giá trị mới cho quy tắc đang chọn, áp dụng từ một ngày"))
        self.edit_btn.clicked.connect(self.edit_selected)
        self.edit_btn.setVisible(ws.can(perm.EDIT_RULES))
        bar.addWidget(self.edit_btn)
        lay.addLayout(bar)
        legend = translate("Admin", "Cột “Đối chiếu” cho biết giá trị đã được đối chiếu với văn bản "
                             "đã công bố hay còn cần xác nhận. "
                             "Dòng chữ xám: giá trị không còn hoặc chưa có hiệu lực hôm nay.")
        if not ws.can(perm.EDIT_RULES):
            legend += " " + translate("Admin", "Chỉ Trưởng Công an xã được sửa quy tắc.")
        lay.addWidget(_note(legend))
        self.model = _RulesModel(rule_columns(), ws.today, self)
        self.table = make_table(self.model, "rules_table")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.setWordWrap(False)
        lay.addWidget(self.table)
        self.update_buttons()

    def refresh(self) -> None:
        self.ops.query(self.ws.rule_table.list, on_done=_alive(self, self._show))

    def _show(self, rows) -> None:
        order: dict[str, int] = {}
        for r in rows:
            order.setdefault(r.key, len(order))
        rows = sorted(rows, key=lambda r: (order[r.key], r.category or "", r.valid_from))
        keep = selected_row(self.table)
        self.model.set_rows(rows)
        if keep is not None:
            for i, r in enumerate(rows):
                if (r.key, r.category, r.valid_from) == (keep.key, keep.category, keep.valid_from):
                    self.table.selectRow(i)
        today = self.ws.today()
        in_force = sum(1 for r in rows if _in_force(r, today))
        history = len(rows) - in_force
        self.summary.setText(translate("Admin", "{rules}, %Ln dòng lịch sử", None, history).format(
            rules=translate("Admin", "%Ln quy tắc đang áp dụng", None, in_force)))
        self.update_buttons()

    def update_buttons(self) -> None:
        self.edit_btn.setEnabled(self.ws.can(perm.EDIT_RULES) and selected_row(self.table) is not None)

    def edit_selected(self) -> RuleDialog | None:
        r = selected_row(self.table)
        if r is None or not self.ws.can(perm.EDIT_RULES):
            return None
        dlg = RuleDialog(self, self.ws, self.ops, r)
        dlg.open()
        self._dialog = dlg
        return dlg


# ---------------------------------------------------------------------------------------------
# Unit


LEVEL_VI = {"province": QT_TRANSLATE_NOOP("Admin", "Tỉnh, thành phố"), "commune": QT_TRANSLATE_NOOP("Admin", "Xã, phường, đặc khu")}


class UnitTab(QWidget):
    META_KEYS = ("unit_code", "unit_name", "register_id", "device_id", "created_at")

    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        lay = QVBoxLayout(self)
        box = QGroupBox(translate("Admin", "Sổ đăng ký của đơn vị"))
        form = QFormLayout(box)
        self.info: dict[str, QLabel] = {}
        labels = {
            "unit_code": translate("Admin", "Mã đơn vị"),
            "unit_name": translate("Admin", "Tên đơn vị"),
            "register_id": translate("Admin", "Mã sổ đăng ký"),
            "device_id": translate("Admin", "Mã máy này"),
            "created_at": translate("Admin", "Ngày lập sổ"),
            "data_dir": translate("Admin", "Thư mục dữ liệu"),
            "user": translate("Admin", "Người đang đăng nhập"),
        }
        for key, label in labels.items():
            val = QLabel("")
            val.setObjectName(f"unit_{key}")
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                        | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            form.addRow(label, val)
            self.info[key] = val
        # Known without the database: shown at once, confirmed from the register's meta on refresh.
        self.info["unit_code"].setText(ws.unit_code)
        self.info["unit_name"].setText(ws.unit_name)
        self.info["data_dir"].setText(str(ws.data_dir))
        self.info["user"].setText(f"{ws.username} — {role_label(ws.role.value)}")
        form.addRow("", _note(translate("Admin", "Thông tin này được ghi khi lập sổ và dùng để đồng bộ; "
                                          "không sửa trong ứng dụng.")))
        lay.addWidget(box)
        lay.addWidget(self._settings_box())
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>" + translate("Admin", "Đơn vị hành chính") + "</b>"))
        self.summary = QLabel("")
        head.addWidget(self.summary, 1)
        lay.addLayout(head)
        self.names: dict[str, str] = {}
        self.model = RowsTableModel([
            Column(translate("Admin", "Mã"), lambda u: u.code, 80),
            Column(translate("Admin", "Tên đơn vị"), lambda u: u.name, 300, stretch=True),
            Column(translate("Admin", "Cấp"), lambda u: translate("Admin", LEVEL_VI[u.level]) if u.level in LEVEL_VI else u.level,
                   160),
            Column(translate("Admin", "Trực thuộc"), lambda u: _unit_text(u.parent_code, self.names) if u.parent_code else "",
                   260),
            Column(translate("Admin", "Hiệu lực từ"), lambda u: date_text(u.valid_from), 110),
        ], self)
        self.table = make_table(self.model, "units_table")
        lay.addWidget(self.table, 1)

    def _settings_box(self) -> QGroupBox:
        """The register's settings on this computer (the chief's to change): the auto-lock
        time and the background sync interval."""
        box = QGroupBox(translate("Admin", "Cài đặt của sổ trên máy này"))
        row = QHBoxLayout(box)
        self.settings: dict[str, QSpinBox] = {}
        for name, label_text, suffix in (
                ("idle_lock_minutes", translate("Admin", "Tự khóa màn hình sau"), translate("Admin", " phút không thao tác")),
                ("sync_minutes", translate("Admin", "Tự động đồng bộ mỗi"), translate("Admin", " phút (0: tắt)"))):
            label = QLabel(label_text)
            row.addWidget(label)
            spin = QSpinBox(objectName=name)
            spin.setRange(SETTINGS[name].lo, SETTINGS[name].hi)
            spin.setSuffix(suffix)
            label.setBuddy(spin)
            row.addWidget(spin)
            self.settings[name] = spin
        self.settings_save = QPushButton(translate("Admin", "Lưu cài đặt"), objectName="settings_save")
        self.settings_save.clicked.connect(self.save_settings)
        row.addWidget(self.settings_save)
        self.settings_note = _note("")
        row.addWidget(self.settings_note, 1)
        chief = self.ws.can(perm.EDIT_RULES)
        for w in (*self.settings.values(), self.settings_save):
            w.setEnabled(chief)
        if not chief:
            self.settings_note.setText(translate("Admin", "Chỉ Trưởng Công an xã thay đổi được."))
        return box

    def save_settings(self) -> None:
        values = {name: spin.value() for name, spin in self.settings.items()}
        self.settings_save.setEnabled(False)

        def saved(_changes) -> None:
            self.settings_save.setEnabled(True)
            self.settings_note.setStyleSheet(OK_STYLE)
            self.settings_note.setText(translate("Admin", "Đã lưu cài đặt."))

        def failed(e: BaseException) -> None:
            self.settings_save.setEnabled(True)
            self.settings_note.setStyleSheet(BAD_STYLE)
            self.settings_note.setText(error_text(e))

        self.ops.op(lambda: self.ws.set_settings(values), on_done=_alive(self, saved),
                    on_error=_alive(self, failed), initiator=self)

    def refresh(self) -> None:
        ws = self.ws
        self.ops.query(lambda: ({k: ws.meta(k) for k in self.META_KEYS}, ws.units.list(),
                                {n: ws.setting(n) for n in self.settings}), on_done=_alive(self, self._show))

    def _show(self, result) -> None:
        meta, units, settings = result
        for name, value in settings.items():
            self.settings[name].setValue(value)
        for k in self.META_KEYS:
            v = meta.get(k, "")
            if k == "created_at" and v:
                try:
                    v = datetime_text(dt.datetime.fromisoformat(v))
                except ValueError:
                    pass
            self.info[k].setText(v)
        self.names = {u.code: u.name for u in units}
        # The register's own unit first, then communes, then provinces, each by code.
        own = self.ws.unit_code
        units = sorted(units, key=lambda u: (u.code != own, u.level != "commune", u.code))
        self.model.set_rows(units)
        communes = sum(1 for u in units if u.level == "commune")
        total, provinces = len(units), len(units) - communes
        self.summary.setText(translate("Admin", "%Ln đơn vị đang có hiệu lực ({communes}; {provinces})", None, total).format(
            communes=translate("Admin", "%Ln xã, phường", None, communes),
            provinces=translate("Admin", "%Ln tỉnh, thành phố", None, provinces)))


# ---------------------------------------------------------------------------------------------
# Audit log

ACTION_VI = {
    "register_created": QT_TRANSLATE_NOOP("Audit", "Lập sổ"), "demo_created": QT_TRANSLATE_NOOP("Audit", "Tạo dữ liệu mẫu"),
    "login": QT_TRANSLATE_NOOP("Audit", "Đăng nhập"), "login_failed": QT_TRANSLATE_NOOP("Audit", "Đăng nhập sai"), "unlock": QT_TRANSLATE_NOOP("Audit", "Mở khóa màn hình"),
    "unlock_failed": QT_TRANSLATE_NOOP("Audit", "Mở khóa sai mật khẩu"),
    "user_added": QT_TRANSLATE_NOOP("Audit", "Thêm tài khoản"), "password_changed": QT_TRANSLATE_NOOP("Audit", "Đổi mật khẩu"), "password_reset": QT_TRANSLATE_NOOP("Audit", "Đặt lại mật khẩu"),
    "user_activated": QT_TRANSLATE_NOOP("Audit", "Mở lại tài khoản"), "user_deactivated": QT_TRANSLATE_NOOP("Audit", "Vô hiệu hóa tài khoản"),
    "create": QT_TRANSLATE_NOOP("Audit", "Thêm"), "bulk_create": QT_TRANSLATE_NOOP("Audit", "Thêm hàng loạt"), "edit": QT_TRANSLATE_NOOP("Audit", "Sửa"), "delete": QT_TRANSLATE_NOOP("Audit", "Xóa"),
    "view_person": QT_TRANSLATE_NOOP("Audit", "Xem hồ sơ người"), "view_tip_reporter": QT_TRANSLATE_NOOP("Audit", "Xem người báo tin"),
    "rule_override": QT_TRANSLATE_NOOP("Audit", "Vượt cảnh báo quy tắc"), "rule_changed": QT_TRANSLATE_NOOP("Audit", "Sửa quy tắc"), "units_loaded": QT_TRANSLATE_NOOP("Audit", "Nạp đơn vị hành chính"),
    "print": QT_TRANSLATE_NOOP("Audit", "In"), "export": QT_TRANSLATE_NOOP("Audit", "Xuất dữ liệu"), "report": QT_TRANSLATE_NOOP("Audit", "Lập báo cáo"), "backup": QT_TRANSLATE_NOOP("Audit", "Sao lưu"), "restore": QT_TRANSLATE_NOOP("Audit", "Khôi phục"),
    "rebuild_index": QT_TRANSLATE_NOOP("Audit", "Dựng lại chỉ mục tìm kiếm"),
    "setting_changed": QT_TRANSLATE_NOOP("Audit", "Đổi cài đặt"),
    "reopen": QT_TRANSLATE_NOOP("Audit", "Mở lại hồ sơ"),
}

ENTITY_VI = {
    "person": QT_TRANSLATE_NOOP("Audit", "Người"), "id_document": QT_TRANSLATE_NOOP("Audit", "Giấy tờ tùy thân"), "attachment": QT_TRANSLATE_NOOP("Audit", "Tệp đính kèm"), "app_user": QT_TRANSLATE_NOOP("Audit", "Tài khoản"),
    "case_file": QT_TRANSLATE_NOOP("Audit", "Hồ sơ"), "contact": QT_TRANSLATE_NOOP("Audit", "Tiếp xúc"), "evaluation": QT_TRANSLATE_NOOP("Audit", "Nhận xét"),
    "absence": QT_TRANSLATE_NOOP("Audit", "Vắng mặt"), "violation": QT_TRANSLATE_NOOP("Audit", "Vi phạm"), "case_event": QT_TRANSLATE_NOOP("Audit", "Sự kiện hồ sơ"),
    "warning_session": QT_TRANSLATE_NOOP("Audit", "Buổi răn đe"), "attendance": QT_TRANSLATE_NOOP("Audit", "Tham dự"), "tip": QT_TRANSLATE_NOOP("Audit", "Tin tố giác"),
    "security_model": QT_TRANSLATE_NOOP("Audit", "Mô hình"), "user": QT_TRANSLATE_NOOP("Audit", "Tài khoản"), "rule": QT_TRANSLATE_NOOP("Audit", "Quy tắc"), "admin_unit": QT_TRANSLATE_NOOP("Audit", "Đơn vị"),
    "register": QT_TRANSLATE_NOOP("Audit", "Sổ đăng ký"), "report": QT_TRANSLATE_NOOP("Audit", "Báo cáo"),
    "setting": QT_TRANSLATE_NOOP("Audit", "Cài đặt"),
}


def action_label(action: str) -> str:
    return translate("Audit", ACTION_VI[action]) if action in ACTION_VI else action


def entity_label(entity: str) -> str:
    return translate("Audit", ENTITY_VI[entity]) if entity in ENTITY_VI else entity


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


def _audit_time(at: str) -> str:
    try:
        return datetime_text(dt.datetime.fromisoformat(at), seconds=True)
    except ValueError:
        return at


def _audit_count(ws, username: str | None) -> int:
    """How many rows the filter matches, through the paging API only (rows are ordered by seq):
    doubling probes, then a binary search between the last offset with a row and the first
    without."""
    def has(offset: int) -> bool:
        return bool(ws.audit.list(username=username, limit=1, offset=offset))

    first = len(ws.audit.list(username=username, limit=AUDIT_LIMIT))
    if first < AUDIT_LIMIT:
        return first  # the usual commune register: one page holds it all
    lo, hi = AUDIT_LIMIT - 1, AUDIT_LIMIT
    while has(hi):
        lo, hi = hi, hi * 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if has(mid):
            lo = mid
        else:
            hi = mid
    return hi


def load_audit(ws, username: str | None, text: str) -> tuple[list, int]:
    """The newest AUDIT_LIMIT rows of `username` (all users when None) whose action, entity, ids
    or the names behind them (the person concerned, the officer) contain `text`
    (accent-insensitive), newest first; and the number of rows of the user."""
    total = _audit_count(ws, username)
    needle = fold(text)
    out: list = []
    end, scanned = total, 0
    while end > 0 and len(out) < AUDIT_LIMIT and scanned < AUDIT_SCAN_LIMIT:
        start = max(0, end - AUDIT_LIMIT)
        rows = ws.audit.list(username=username, limit=end - start, offset=start)
        names = ws.audit.names(rows) if needle else None  # a person's or an officer's name finds their rows
        for r in reversed(rows):
            if not needle or needle in fold(" ".join((
                    r.action, action_label(r.action), r.entity, entity_label(r.entity), r.entity_id,
                    r.person_id or "", names.people.get(r.person_id or "", ""),
                    names.users.get(r.username, ""), names.users.get(r.entity_id, "") if r.entity == "user" else ""))):
                out.append(r)
        scanned += len(rows)
        end = start
    return out[:AUDIT_LIMIT], total


def audit_with_names(ws, username: str | None, text: str) -> tuple[list, int, Any]:
    """load_audit with the names behind the rows (AuditService.names)."""
    rows, total = load_audit(ws, username, text)
    return rows, total, ws.audit.names(rows)


class AuditTab(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.allowed = ws.can(perm.READ_AUDIT)
        self.stale = False
        lay = QVBoxLayout(self)
        self.table = None
        self.model = None
        if not self.allowed:
            self.no_access = QLabel(translate("Admin", "Bạn không có quyền xem nhật ký hệ thống.\n"
                                                "Chỉ Trưởng Công an xã và quản trị tỉnh được xem và kiểm tra nhật ký."))
            self.no_access.setObjectName("audit_no_access")
            self.no_access.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.no_access.setWordWrap(True)
            lay.addWidget(self.no_access, 1)
            return
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Admin", "Người dùng:")))
        self.user_filter = QComboBox()
        self.user_filter.setObjectName("audit_user")
        self.user_filter.addItem(translate("Admin", "Mọi người dùng"), None)
        self.user_filter.setMinimumWidth(180)
        self.user_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.user_filter)
        bar.addSpacing(12)
        bar.addWidget(QLabel(translate("Admin", "Thao tác:")))
        self.action_filter = QLineEdit()
        self.action_filter.setObjectName("audit_action")
        self.action_filter.setPlaceholderText(translate("Admin", "lọc theo thao tác, loại dữ liệu, họ tên hoặc mã, ví dụ: đăng nhập"))
        self.action_filter.setClearButtonEnabled(True)
        self.action_filter.setMinimumWidth(280)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.action_filter.textChanged.connect(lambda _t: self._debounce.start())
        bar.addWidget(self.action_filter, 1)
        bar.addSpacing(12)
        self.verify_btn = QPushButton(translate("Admin", "Kiểm tra tính toàn vẹn"))
        self.verify_btn.setToolTip(translate("Admin", "Tính lại chuỗi mã băm của toàn bộ nhật ký để phát hiện "
                                               "dòng bị sửa, xóa hoặc đảo thứ tự"))
        self.verify_btn.clicked.connect(self.verify)
        bar.addWidget(self.verify_btn)
        lay.addLayout(bar)
        status = QHBoxLayout()
        self.summary = QLabel("")
        status.addWidget(self.summary, 1)
        self.verdict = QLabel("")
        self.verdict.setObjectName("audit_verdict")
        status.addWidget(self.verdict)
        lay.addLayout(status)
        self.people: dict[str, str] = {}
        self.users: dict[str, str] = {}
        self.model = RowsTableModel([
            Column(translate("Admin", "STT"), lambda a: a.seq, 70),
            Column(translate("Admin", "Thời gian"), lambda a: _audit_time(a.at), 150),
            Column(translate("Admin", "Người dùng"), lambda a: self.users.get(a.username, a.username), 160,
                   tip=lambda a: a.username),
            Column(translate("Admin", "Thao tác"), lambda a: action_label(a.action), 150),
            Column(translate("Admin", "Loại dữ liệu"), lambda a: entity_label(a.entity), 110,
                   tip=lambda a: a.entity_id or None),
            Column(translate("Admin", "Người liên quan"), lambda a: self.people.get(a.person_id or "", "")
                   if a.person_id else "", 170, tip=lambda a: a.person_id),
            Column(translate("Admin", "Chi tiết"), lambda a: audit_sentence(a, self.people, self.users), 300,
                   stretch=True),
        ], self)
        self.table = make_table(self.model, "audit_table")
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole detail is the cell's tooltip
        lay.addWidget(self.table, 1)

    def refresh(self) -> None:
        if not self.allowed:
            return
        self.stale = False
        ws, user, text = self.ws, self.user_filter.currentData(), self.action_filter.text().strip()
        self.ops.query(lambda: (audit_with_names(ws, user, text), ws.users.full_names()),
                       on_done=_alive(self, self._show), on_error=_alive(self, self._error))

    def _show(self, result) -> None:
        (rows, total, names), full_names = result
        self.people, self.users = names.people, names.users
        users = sorted(full_names)
        self.model.set_rows(rows)
        known = [self.user_filter.itemData(i) for i in range(1, self.user_filter.count())]
        if known != users:
            current = self.user_filter.currentData()
            self.user_filter.blockSignals(True)
            while self.user_filter.count() > 1:
                self.user_filter.removeItem(1)
            for u in users:
                self.user_filter.addItem(full_names[u], u)
                self.user_filter.setItemData(self.user_filter.count() - 1, u, Qt.ItemDataRole.ToolTipRole)
            self.user_filter.setCurrentIndex(max(0, self.user_filter.findData(current)))
            self.user_filter.blockSignals(False)
        if self.user_filter.currentData() is None:
            text = translate("Admin", "Hiện {n} dòng mới nhất (tối đa {limit}) trong %Ln dòng nhật ký", None, total)
        else:
            text = translate("Admin", "Hiện {n} dòng mới nhất (tối đa {limit}) trong %Ln dòng của người dùng này",
                             None, total)
        self.summary.setText(text.format(n=_number(len(rows)), limit=_number(AUDIT_LIMIT)))

    def _error(self, e: BaseException) -> None:
        self.summary.setText(error_text(e))

    def verify(self) -> None:
        if not self.allowed:
            return
        self.verify_btn.setEnabled(False)
        self.verdict.setStyleSheet("")
        self.verdict.setText(translate("Admin", "Đang kiểm tra nhật ký…"))
        self.ops.query(self.ws.audit.verify, on_done=_alive(self, self._verdict),
                       on_error=_alive(self, self._verify_error))

    def _verdict(self, v) -> None:
        self.verify_btn.setEnabled(True)
        checked_at = translate("Admin", "Kiểm tra lúc {time}").format(time=datetime_text(dt.datetime.now(), seconds=True))
        if v.ok:
            self.verdict.setStyleSheet(OK_STYLE)
            checked = v.checked
            self.verdict.setText(translate("Admin", "Nhật ký nguyên vẹn: %Ln dòng", None, checked))
            self.verdict.setToolTip(checked_at)
        else:
            self.verdict.setStyleSheet(BAD_STYLE)
            self.verdict.setText(translate("Admin", "Nhật ký bị can thiệp tại dòng {seq}").format(seq=v.first_broken_seq))
            self.verdict.setToolTip({
                "hash_mismatch": translate("Admin", "Nội dung dòng này đã bị sửa sau khi ghi."),
                "link_mismatch": translate("Admin", "Dòng này không nối đúng với dòng trước (bị sửa, xóa hoặc đảo thứ tự)."),
                "gap": translate("Admin", "Thiếu dòng: có dòng đã bị xóa."),
            }.get(v.reason, v.reason) + "\n" + checked_at)

    def _verify_error(self, e: BaseException) -> None:
        self.verify_btn.setEnabled(True)
        self.verdict.setStyleSheet(BAD_STYLE)
        self.verdict.setText(error_text(e))


# ---------------------------------------------------------------------------------------------


class LanguageChooser(QWidget):
    """The interface language of this computer, beside the tabs: saved at once, used from the
    next start (the login window also offers it, and applies it at once)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        from desktop_app.ui import i18n

        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 4, 2)
        label = QLabel(translate("Admin", "Ngôn ngữ / Language:"))
        lay.addWidget(label)
        self.combo = QComboBox()
        self.combo.setObjectName("admin_language")
        for code, name in i18n.LANGUAGES.items():  # each language named in itself
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(i18n.saved_language())))
        self.combo.setToolTip(translate("Admin", "Ngôn ngữ giao diện trên máy này; áp dụng khi mở lại WardBook."))
        label.setBuddy(self.combo)
        lay.addWidget(self.combo)
        self.note = QLabel(translate("Admin", "Áp dụng khi mở lại WardBook."))
        self.note.setObjectName("admin_language_note")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        lay.addWidget(self.note)
        self.combo.currentIndexChanged.connect(self._chosen)

    def _chosen(self, _index: int) -> None:
        from desktop_app.ui import i18n

        code = self.combo.currentData()
        i18n.save_language(code)
        self.note.setVisible(code != i18n.current_language())


class AdminPage(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        self.users = UsersTab(ws, ops)
        self.rules = RulesTab(ws, ops)
        self.unit = UnitTab(ws, ops)
        self.audit = AuditTab(ws, ops)
        self.tabs.addTab(self.users, translate("Admin", "Tài khoản", "tab"))
        self.tabs.addTab(self.rules, translate("Admin", "Quy tắc", "tab"))
        self.tabs.addTab(self.unit, translate("Admin", "Đơn vị"))
        self.tabs.addTab(self.audit, translate("Admin", "Nhật ký"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.language = LanguageChooser()
        self.tabs.setCornerWidget(self.language, Qt.Corner.TopRightCorner)
        lay.addWidget(self.tabs)
        ops.operation_did_execute.connect(self._changed)

    def refresh(self) -> None:
        for tab in (self.users, self.rules, self.unit, self.audit):
            tab.refresh()

    def _changed(self, changes, _initiator) -> None:
        if changes.users or changes.units:
            self.users.refresh()
        if changes.rules:
            self.rules.refresh()
        if changes.units:
            self.unit.refresh()
        if changes.audit and self.audit.allowed:
            # Every write adds audit rows: reload only when the log is in view.
            if self.audit.isVisible():
                self.audit.refresh()
            else:
                self.audit.stale = True

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.audit and self.audit.stale:
            self.audit.refresh()
