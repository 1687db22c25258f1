"""First start (create a register or open the demo one), login, and the lock screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.units import PROVINCES_2025
from desktop_app.core.errors import AuthenticationFailed, ValidationFailed
from desktop_app.core.textvn import text_collation_key
from desktop_app.ui.texts import error_text, field_label, problem_text, translate

# exec() result of a start dialog whose user chose another interface language: the caller
# installs it and shows the dialog again (desktop_app.ui.app).
LANGUAGE_CHANGED = 2


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.lay = QVBoxLayout(self)
        self.error = QLabel("")
        self.error.setObjectName("login_error")
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.setMinimumWidth(440)

    def add_language_row(self) -> QComboBox:
        """"Ngôn ngữ: [Tiếng Việt ▾]" at the bottom of a start dialog: each language is listed in
        itself; choosing one saves it and rebuilds the dialog in it at once."""
        from desktop_app.ui import i18n

        row = QHBoxLayout()
        row.addStretch(1)
        label = QLabel(translate("Login", "Ngôn ngữ / Language:"))
        row.addWidget(label)
        self.language = QComboBox(objectName="language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._language_chosen)
        row.addWidget(self.language)
        self.lay.addLayout(row)
        return self.language

    def _language_chosen(self, _index: int) -> None:
        from desktop_app.ui import i18n

        code = self.language.currentData()
        if code == i18n.current_language():
            return
        i18n.save_language(code)
        self.chosen_language = code
        self.done(LANGUAGE_CHANGED)

    def show_error(self, e: BaseException | str) -> None:
        if isinstance(e, ValidationFailed):
            text = "\n".join(f"{field_label(p.field)}: {problem_text(p)}" for p in e.problems)
        else:
            text = e if isinstance(e, str) else error_text(e)
        self.error.setText(text)
        self.error.show()


class FirstRunDialog(_Dialog):
    """No register yet: create one (unit, chief's account) or open the demo register."""

    def __init__(self, data_dir: Path, ops, parent: QWidget | None = None):
        super().__init__(parent, translate("Start", "WardBook — Bắt đầu"))
        self.data_dir, self.ops = data_dir, ops
        self.workspace = None
        intro = QLabel(translate("Start", "Chưa có sổ đăng ký trên máy này.\nThư mục dữ liệu: {dir}").format(dir=str(data_dir)))
        intro.setWordWrap(True)
        self.lay.addWidget(intro)
        form = QFormLayout()
        self.unit_code = QLineEdit(objectName="unit_code")
        self.unit_code.setPlaceholderText("09123")
        self.unit_name = QLineEdit(objectName="unit_name")
        self.unit_name.setPlaceholderText(translate("Start", "Xã Tích Sơn"))
        # the commune's province: its police heads the commune's official documents
        self.province = QComboBox(objectName="province")
        self.province.addItem(translate("Start", "— chọn tỉnh, thành phố —"), None)
        for code, name in sorted(PROVINCES_2025.items(), key=lambda cn: text_collation_key(cn[1])):
            self.province.addItem(f"{name} ({code})", code)
        self.unit_code.textChanged.connect(
            lambda t: self.province.setEnabled(len(t.strip()) != 2))  # a province office has none above
        self.username = QLineEdit(objectName="username")
        self.full_name = QLineEdit(objectName="full_name")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(objectName="password2", echoMode=QLineEdit.EchoMode.Password)
        for label, w in ((translate("Start", "Mã đơn vị (xã 5 số, tỉnh 2 số)"), self.unit_code),
                         (translate("Start", "Tên đơn vị"), self.unit_name),
                         (translate("Start", "Thuộc tỉnh, thành phố"), self.province),
                         (translate("Start", "Tên đăng nhập của trưởng Công an xã"), self.username),
                         (translate("Start", "Họ và tên"), self.full_name),
                         (translate("Start", "Mật khẩu (≥ 10 ký tự, có chữ và số)"), self.password),
                         (translate("Start", "Nhập lại mật khẩu"), self.password2)):
            form.addRow(label, w)
        self.lay.addLayout(form)
        self.lay.addWidget(self.error)
        self.progress = QProgressBar()
        self.progress.hide()
        self.lay.addWidget(self.progress)
        buttons = QDialogButtonBox()
        self.create_btn = buttons.addButton(translate("Start", "Tạo sổ đăng ký mới"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_btn = buttons.addButton(translate("Start", "Mở sổ mẫu (dữ liệu giả lập)"), QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(translate("Start", "Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_btn.clicked.connect(self.create)
        self.demo_btn.clicked.connect(self.demo)
        cancel.clicked.connect(self.reject)
        self.lay.addWidget(buttons)
        self.add_language_row()

    def _check_passwords(self) -> bool:
        if self.password.text() != self.password2.text():
            self.show_error(translate("Start", "Hai lần nhập mật khẩu không khớp."))
            self.password2.setFocus()
            return False
        if not self.username.text().strip():
            self.show_error(translate("Start", "Hãy nhập tên đăng nhập."))
            self.username.setFocus()
            return False
        return True

    def _busy(self, busy: bool) -> None:
        self.create_btn.setEnabled(not busy)
        self.demo_btn.setEnabled(not busy)

    def _done(self, ws) -> None:
        self.workspace = ws
        self.accept()

    def _failed(self, e: BaseException) -> None:
        self._busy(False)
        self.progress.hide()
        self.show_error(e)

    def create(self) -> None:
        if not self._check_passwords():
            return
        from desktop_app.core.services.workspace import Workspace

        unit_code = self.unit_code.text().strip()
        args = dict(unit_code=unit_code, unit_name=self.unit_name.text().strip(),
                    admin=self.username.text().strip(), password=self.password.text(),
                    full_name=self.full_name.text().strip(),
                    parent_code=self.province.currentData() if len(unit_code) != 2 else None)
        self._busy(True)
        self.ops.query(lambda: Workspace.create(self.data_dir, **args), on_done=self._done, on_error=self._failed)

    def demo(self) -> None:
        if not self._check_passwords():
            return
        from desktop_app.demo import create_demo

        username, password = self.username.text().strip(), self.password.text()
        self._busy(True)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.ops.query(lambda: create_demo(self.data_dir, username=username, password=password, profile="commune"),
                       on_done=self._done, on_error=self._failed)


class LoginDialog(_Dialog):
    def __init__(self, data_dir: Path, ops, parent: QWidget | None = None, username: str = ""):
        super().__init__(parent, translate("Login", "WardBook — Đăng nhập"))
        self.data_dir, self.ops = data_dir, ops
        self.workspace = None
        form = QFormLayout()
        self.username = QLineEdit(username, objectName="username")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(translate("Login", "Tên đăng nhập"), self.username)
        form.addRow(translate("Login", "Mật khẩu"), self.password)
        self.lay.addLayout(form)
        self.lay.addWidget(self.error)
        self.ok = QPushButton(translate("Login", "Đăng nhập"), objectName="login_button")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.login)
        self.lay.addWidget(self.ok)
        self.add_language_row()
        (self.password if username else self.username).setFocus()

    def login(self) -> None:
        from desktop_app.core.services.workspace import Workspace

        user, pw = self.username.text().strip(), self.password.text()
        if not user:  # nothing to check a password against: say what is missing
            self.show_error(translate("Login", "Chưa nhập tên đăng nhập."))
            self.username.setFocus()
            return
        if not pw:  # a stray Enter: no attempt (five wrong ones lock the account)
            self.show_error(translate("Login", "Chưa nhập mật khẩu."))
            self.password.setFocus()
            return
        self.ok.setEnabled(False)

        def failed(e: BaseException) -> None:
            self.ok.setEnabled(True)
            self.password.clear()
            self.password.setFocus()
            self.show_error(e)

        def done(ws) -> None:
            self.workspace = ws
            self.accept()

        self.ops.query(lambda: Workspace.open(self.data_dir, user, pw), on_done=done, on_error=failed)


class LockDialog(_Dialog):
    """Shown after the idle time (`idle`) or when the user locks the screen (Ctrl+L, the status
    bar's button): the same user's password again. The windows underneath are hidden, not
    closed, so unsaved form input is kept. The user is named by full name, the login in the
    tooltip."""

    unlocked = Signal()

    def __init__(self, ws, ops, parent: QWidget | None = None, *, idle: bool = False):
        name = getattr(ws, "full_name", "") or ws.username
        super().__init__(parent, translate("Lock", "WardBook — Đã khóa — {user}").format(user=name))
        self.ws, self.ops = ws, ops
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        head = QLabel(translate("Lock", "Đã khóa — {user}").format(user=name), objectName="lock_user")
        head.setStyleSheet("font-size: 14pt; font-weight: bold;")
        head.setToolTip(translate("Lock", "Tên đăng nhập: {login}").format(login=ws.username))
        self.lay.addWidget(head)
        if idle:
            text = translate("Lock", "Màn hình đã tự khóa do không thao tác. Nhập mật khẩu để tiếp tục.")
        else:
            text = translate("Lock", "Bạn đã khóa màn hình. Nhập mật khẩu để tiếp tục.")
        msg = QLabel(text, objectName="lock_message")
        msg.setWordWrap(True)
        self.lay.addWidget(msg)
        self.password = QLineEdit(objectName="lock_password", echoMode=QLineEdit.EchoMode.Password)
        self.lay.addWidget(self.password)
        self.lay.addWidget(self.error)
        self.ok = QPushButton(translate("Lock", "Mở khóa"), objectName="unlock_button")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.try_unlock)
        self.lay.addWidget(self.ok)

    def try_unlock(self) -> None:
        pw = self.password.text()
        if not pw:  # a stray Enter: no attempt (five wrong ones lock the account)
            self.show_error(translate("Lock", "Chưa nhập mật khẩu."))
            self.password.setFocus()
            return
        self.ok.setEnabled(False)

        def failed(e: BaseException) -> None:
            self.ok.setEnabled(True)
            self.password.clear()
            self.password.setFocus()
            if isinstance(e, AuthenticationFailed) and e.reason == "bad_credentials":
                self.show_error(translate("Lock", "Sai mật khẩu."))  # no name was asked here
            else:
                self.show_error(e)

        def done(_ok) -> None:
            self.unlocked.emit()
            self.accept()

        self.ops.query(lambda: self.ws.users.verify_password(pw), on_done=done, on_error=failed)

    def reject(self) -> None:  # Esc does not get past the lock
        return
