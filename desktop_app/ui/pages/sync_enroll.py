"""The Sync page's enrolment panel: whether this register is enrolled with the provincial server,
and the form that enrols it with a one-time code (on `ops.background`: the network may be slow)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.operations import sync as sync_op
from desktop_app.ui.pages.sync_common import BAD_STYLE, NOTE_STYLE, OK_STYLE, _alive, _button
from desktop_app.ui.texts import translate


class EnrollPanel:
    """Part of SyncPage (a mixin): the server box and enrolling."""

    def _build_enroll_box(self) -> QGroupBox:
        self.server_box = QGroupBox(translate("Sync", "Máy chủ đồng bộ cấp tỉnh"))
        sv = QVBoxLayout(self.server_box)
        self.state_label = QLabel(translate("Sync", "Đang đọc tình trạng…"))
        self.state_label.setObjectName("sync_enrolment")
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sv.addWidget(self.state_label)
        self.enroll_form = QWidget()
        form = QFormLayout(self.enroll_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("sync_server_url")
        self.url_edit.setPlaceholderText("https://dongbo.congan.tinh.vn")
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("sync_enroll_code")
        self.code_edit.setPlaceholderText("ABCD-EFGH-JKLM")
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setObjectName("sync_fingerprint")
        self.fingerprint_edit.setPlaceholderText(translate("Sync", "nếu quản trị tỉnh cung cấp"))
        form.addRow(translate("Sync", "Địa chỉ máy chủ:"), self.url_edit)
        form.addRow(translate("Sync", "Mã đăng ký:"), self.code_edit)
        form.addRow(translate("Sync", "Vân tay chứng chỉ:"), self.fingerprint_edit)
        self.enroll_btn = _button(translate("Sync", "Đăng ký thiết bị"), "sync_enroll")
        self.enroll_btn.clicked.connect(self.enroll)
        form.addRow("", self.enroll_btn)
        self.url_edit.returnPressed.connect(self.code_edit.setFocus)
        self.code_edit.returnPressed.connect(self.enroll)
        self.fingerprint_edit.returnPressed.connect(self.enroll)
        sv.addWidget(self.enroll_form)
        self.enroll_message = QLabel("")
        self.enroll_message.setObjectName("sync_enroll_message")
        self.enroll_message.setWordWrap(True)
        sv.addWidget(self.enroll_message)
        if not self.can_manage:
            for w in (self.url_edit, self.code_edit, self.fingerprint_edit, self.enroll_btn):
                w.setEnabled(False)
            self.enroll_message.setText(translate(
                "Sync", "Chỉ trưởng Công an xã hoặc quản trị tỉnh đăng ký được thiết bị."))
            self.enroll_message.setStyleSheet(NOTE_STYLE)
        sv.addStretch(1)
        return self.server_box

    def enroll(self) -> None:
        if not self.can_manage or self.running:
            return
        url, code = self.url_edit.text().strip(), self.code_edit.text().strip()
        fingerprint = self.fingerprint_edit.text().strip() or None
        if not url or not code:
            self.enroll_message.setText(translate("Sync", "Hãy nhập địa chỉ máy chủ và mã đăng ký."))
            self.enroll_message.setStyleSheet(BAD_STYLE)
            (self.url_edit if not url else self.code_edit).setFocus()
            return
        self._enrolling = True
        self._update_buttons()
        self.enroll_btn.setEnabled(False)
        self.enroll_message.setText(translate("Sync", "Đang đăng ký với máy chủ…"))
        self.enroll_message.setStyleSheet(NOTE_STYLE)

        sync_op.enroll(parent=self, ops=self.ops, ws=self.ws, url=url, code=code, fingerprint=fingerprint,
                       on_done=_alive(self, self._enrolled), on_error=_alive(self, self._enroll_failed))

    def _enrolled(self, info: dict[str, Any]) -> None:
        self._enrolling = False
        self._just_enrolled = True
        if self.status is not None:
            self.status["enrolled"] = True  # until the refresh below lands
        self.enroll_btn.setEnabled(True)
        self.code_edit.clear()
        self.enroll_message.setText(translate("Sync", "Đã đăng ký thiết bị: đơn vị {name} ({unit}). Đang đồng bộ lần đầu…").format(
            name=info.get("unit_name") or "", unit=info["unit_code"]))
        self.enroll_message.setStyleSheet(OK_STYLE)
        self.controller.state_changed.emit()
        self.refresh()
        self.sync_now()
        self.sync_btn.setFocus()

    def _enroll_failed(self, e: BaseException) -> None:
        self._enrolling = False
        self._update_buttons()
        self.enroll_btn.setEnabled(True)
        self.enroll_message.setText(translate("Sync", "Đăng ký không thành công: {error}").format(error=self._error(e)))
        self.enroll_message.setStyleSheet(BAD_STYLE)
        self.code_edit.setFocus()
        self.code_edit.selectAll()
