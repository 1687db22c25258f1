"""The audit tab: the newest rows matching a user and a text, and the hash chain's check."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.services import permissions as perm
from desktop_app.ui.pages.admin.audit_words import ACTION_VI, ENTITY_VI, action_label, audit_sentence, entity_label
from desktop_app.ui.pages.admin.common import BAD_STYLE, OK_STYLE, _alive, _number
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table
from desktop_app.ui.texts import (
    datetime_text,
    error_text,
    translate,
)

AUDIT_LIMIT = 2000  # rows shown: the newest ones matching the filters


def _audit_time(at: str) -> str:
    try:
        return datetime_text(dt.datetime.fromisoformat(at), seconds=True)
    except ValueError:
        return at


def audit_labels() -> dict[str, dict[str, str]]:
    """The words people read for the audit's action and entity codes, by code: what the core's
    text filter also matches (AuditService.page)."""
    return {"action_labels": {k: action_label(k) for k in ACTION_VI},
            "entity_labels": {k: entity_label(k) for k in ENTITY_VI}}


def audit_page(ws, username: str | None, text: str):
    """The newest AUDIT_LIMIT rows of `username` (all users when None) whose action, entity, ids
    or the names behind them (the person concerned, the officer) contain `text`
    (accent-insensitive), newest first, counted and filtered by the core (AuditService.page)."""
    return ws.audit.page(username=username, text=text, limit=AUDIT_LIMIT, **audit_labels())


def load_audit(ws, username: str | None, text: str) -> tuple[list, int]:
    """audit_page's rows and the number of rows of the user."""
    page = audit_page(ws, username, text)
    return list(page.rows), page.total


def audit_with_names(ws, username: str | None, text: str) -> tuple[list, int, Any]:
    """load_audit with the names behind the rows (AuditService.names)."""
    page = audit_page(ws, username, text)
    return list(page.rows), page.total, page.names


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
        anchor = _anchor_text(v.anchor)
        if v.ok:
            self.verdict.setStyleSheet(OK_STYLE)
            checked = v.checked
            self.verdict.setText(translate("Admin", "Nhật ký nguyên vẹn: %Ln dòng", None, checked)
                                 + (" — " + anchor if anchor else ""))
            self.verdict.setToolTip(checked_at)
        elif v.reason.startswith("anchor_"):  # the links hold; the anchor the server keeps does not
            self.verdict.setStyleSheet(BAD_STYLE)
            self.verdict.setText(anchor)
            self.verdict.setToolTip(translate(
                "Admin", "Máy chủ giữ mốc của nhật ký (số dòng và mã băm) sau mỗi lần đồng bộ; nhật ký trên "
                "máy này không còn nối tiếp mốc đó. Báo ngay cho quản trị cấp tỉnh.") + "\n" + checked_at)
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


def _anchor_text(a) -> str:
    """The chain against the anchor the server keeps (services/audit_anchor.AnchorVerdict)."""
    if a is None or (a.state == "none" and not a.server_flag):
        return ""  # never anchored (not enrolled, or not synced yet): the chain alone speaks
    if a.state == "cut":
        text = translate("Admin", "Nhật ký bị cắt: các dòng {first} đến {last} đã mất so với mốc máy chủ giữ "
                         "({n} dòng)").format(first=a.first_seq, last=a.last_seq, n=a.anchor_count)
    elif a.state == "rewritten":
        text = translate("Admin", "Nhật ký bị viết lại: một dòng trong khoảng {first} đến {last} không khớp mốc "
                         "máy chủ giữ").format(first=a.first_seq, last=a.last_seq)
    elif a.state == "ok":
        text = translate("Admin", "khớp mốc trên máy chủ ({n} dòng đầu)").format(n=a.anchor_count)
    else:
        text = ""
    if a.server_flag:
        flag = translate("Admin", "máy chủ đã gắn cờ máy này")
        text = text + " — " + flag if text else flag[:1].upper() + flag[1:]
    return text
