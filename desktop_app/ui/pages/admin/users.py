"""The accounts tab: add an account, reset a password, deactivate and reactivate."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.vocab import Role
from desktop_app.core.services import permissions as perm
from desktop_app.ui.dialogs.form import FormDialog, ask_then, show_message
from desktop_app.ui.pages.admin.common import _alive, _field_error, _note, _unit_text
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table, selected_row
from desktop_app.ui.texts import (
    error_text,
    role_label,
    translate,
)


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
                and perm.may_manage(self.ws.role, u.role) and not self.ws.users.certifies_me(u.username))

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

