"""Sync with the provincial server (DESIGN §4): whether this register is enrolled (and the form
to enrol it with a one-time code), pending changes, the last successful sync and the last
error, "Đồng bộ ngay" (F5) with progress, the conflicts a supervisor settles, the changes the
server refused, and sync by file (bundles) for offices without a network.

Every read goes through `ops.query`; a sync or an enrolment runs on `ops.background` (the
network may be slow; reads and saves do not wait for it); the main window's timer calls
`auto_sync()` every few minutes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.core.services import permissions as perm
from desktop_app.core.services.changes import Changes
from desktop_app.texts import (
    SYNC_ERROR_FALLBACK_VI,
    SYNC_ERRORS_VI,
    SYNC_REASONS_VI,
    SYNC_ROLES_VI,
    SYNC_STAGES_VI,
    SYNC_TABLES_VI,
    SYNC_WARNINGS_VI,
    sync_error_key,
)
from desktop_app.ui.dialogs.files import open_file_name, save_file_name  # Qt's own file dialog, in Vietnamese
from desktop_app.ui.texts import error_text, field_label, iso_time_text, number_text, translate

BAD_STYLE = "color: #a40000;"
OK_STYLE = "color: #1a7f37;"
NOTE_STYLE = "color: #555555;"


# -- the shared catalogues (desktop_app/texts.py), through Qt's translate() ----------------------
def sync_error_text(code: str | None) -> str:
    key = sync_error_key(code)
    template = SYNC_ERRORS_VI.get(key)
    if template is None:
        return translate("SyncErrors", SYNC_ERROR_FALLBACK_VI).format(code=code)
    return translate("SyncErrors", template)


def reason_text(reason: str | None) -> str:
    template = SYNC_REASONS_VI.get(reason or "")
    return translate("SyncReasons", template) if template else (reason or "")


def warning_text(code: str) -> str:
    template = SYNC_WARNINGS_VI.get(code.split(":", 1)[0])
    return translate("SyncWarnings", template) if template else code


def stage_text(stage: str) -> str:
    head, _, unit = stage.partition(":")
    label = SYNC_STAGES_VI.get(head)
    label = translate("SyncStages", label) if label else head
    return f"{label} {unit}" if unit else label


def table_label(table: str | None) -> str:
    label = SYNC_TABLES_VI.get(table or "")
    return translate("SyncTables", label) if label else (table or "")


def role_text(role: str | None) -> str:
    label = SYNC_ROLES_VI.get(role or "")
    return translate("SyncRoles", label) if label else (role or "")


def value_text(v: Any) -> str:
    """A conflict's value as a person reads it."""
    if isinstance(v, dict):
        return "; ".join(f"{field_label(k)}: {value_text(x)}" for k, x in v.items())
    if v is None or v == "":
        return translate("Sync", "(trống)")
    if v is True:
        return translate("Sync", "có")
    if v is False:
        return translate("Sync", "không")
    return str(v)


def _hlc_device(hlc: str | None) -> str:
    return (hlc or "").partition("-")[2]


def _alive(widget: QWidget, fn):
    def call(*args):
        if isValid(widget):
            fn(*args)

    return call


def _table(name: str, headers: list[str], widths: list[int], stretch: int) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setTabKeyNavigation(False)  # Tab leaves the table for the buttons under it
    t.setWordWrap(False)
    t.verticalHeader().hide()
    for i, w in enumerate(widths):
        t.setColumnWidth(i, w)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


def _button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAutoDefault(True)  # Enter on a focused button presses it (not only in dialogs)
    return b


class SyncPage(QWidget):
    sync_started = Signal()
    state_changed = Signal()  # enrolled, synced or failed, a conflict or rejection settled
    loaded = Signal()  # the status on screen is fresh
    _progress = Signal(str, int, int)

    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.status: dict[str, Any] | None = None
        self.labels: dict[str, str] = {}
        self.running = False
        self.auto_minutes = 0
        self._just_enrolled = False
        self._result_is_recorded_error = False  # result_label shows the stored last error, not an action
        self.can_manage = ws.can(perm.MANAGE_USERS)
        lay = QVBoxLayout(self)

        top = QHBoxLayout()
        # -- the server and enrolment -------------------------------------------------------
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
        top.addWidget(self.server_box, 4)

        # -- where the sync stands, and "sync now" ---------------------------------------------
        self.status_box = QGroupBox(translate("Sync", "Tình trạng đồng bộ"))
        st = QVBoxLayout(self.status_box)
        grid = QFormLayout()
        self.pending_label = QLabel("—")
        self.pending_label.setObjectName("sync_pending")
        self.pending_label.setWordWrap(True)  # the per-table breakdown can be long (and longer in English)
        self.last_sync_label = QLabel("—")
        self.last_sync_label.setObjectName("sync_last_sync")
        self.error_label = QLabel("—")
        self.error_label.setObjectName("sync_last_error")
        self.error_label.setWordWrap(True)
        grid.addRow(translate("Sync", "Thay đổi chờ gửi:"), self.pending_label)
        grid.addRow(translate("Sync", "Đồng bộ thành công lần cuối:"), self.last_sync_label)
        grid.addRow(translate("Sync", "Lỗi lần đồng bộ trước:"), self.error_label)
        st.addLayout(grid)
        row = QHBoxLayout()
        self.sync_btn = _button(translate("Sync", "Đồng bộ ngay (F5)"), "sync_now")
        self.sync_btn.clicked.connect(self.sync_now)
        # Stops a running sync at its next step (between push batches and pull pages: what was
        # acknowledged or applied is kept; the next sync goes on from there)
        self.stop_btn = _button(translate("Sync", "Dừng"), "sync_stop")
        self.stop_btn.clicked.connect(self.cancel)
        self.stop_btn.hide()
        self._cancel: threading.Event | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.progress.hide()
        row.addWidget(self.sync_btn)
        row.addWidget(self.stop_btn)
        row.addWidget(self.progress, 1)
        st.addLayout(row)
        self.stage_label = QLabel("")
        self.stage_label.setObjectName("sync_stage")
        self.stage_label.setWordWrap(True)
        st.addWidget(self.stage_label)
        self.auto_label = QLabel("")
        self.auto_label.setStyleSheet(NOTE_STYLE)
        self.auto_label.setWordWrap(True)
        st.addWidget(self.auto_label)
        st.addStretch(1)
        top.addWidget(self.status_box, 4)

        # -- sync by file ----------------------------------------------------------------------
        self.bundle_box = QGroupBox(translate("Sync", "Đồng bộ bằng tệp (USB)"))
        bl = QVBoxLayout(self.bundle_box)
        note = QLabel(translate("Sync", "Khi không có mạng: xuất gói thay đổi (đã mã hóa, ký số) mang lên "
                                        "Công an tỉnh, rồi nhập gói trả lời mang về."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        bl.addWidget(note)
        self.export_btn = _button(translate("Sync", "Xuất gói gửi tỉnh…"), "sync_bundle_export")
        self.export_btn.clicked.connect(self.choose_export)
        self.import_btn = _button(translate("Sync", "Nhập gói trả lời…"), "sync_bundle_import")
        self.import_btn.clicked.connect(self.choose_import)
        bl.addWidget(self.export_btn)
        bl.addWidget(self.import_btn)
        bl.addStretch(1)
        top.addWidget(self.bundle_box, 3)
        lay.addLayout(top)

        # the outcome of the last action (sync, enrolment, bundle)
        self.result_label = QLabel("")
        self.result_label.setObjectName("sync_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.result_label)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        # -- conflicts -------------------------------------------------------------------------
        self.conflicts_box = QGroupBox(translate("Sync", "Xung đột cần xử lý"))
        cl = QVBoxLayout(self.conflicts_box)
        explain = QLabel(translate(
            "Sync", "Hai máy cùng sửa một thông tin trước khi kịp đồng bộ: máy chủ đã giữ giá trị sửa sau cùng. "
                    "Hãy giữ nguyên giá trị đó, hoặc dùng giá trị bị thay (được gửi đi như một lần sửa mới)."))
        explain.setWordWrap(True)
        explain.setStyleSheet(NOTE_STYLE)
        cl.addWidget(explain)
        self.conflicts = _table("sync_conflicts", [
            translate("Sync", "Hồ sơ"), translate("Sync", "Thông tin"), translate("Sync", "Giá trị đang dùng"),
            translate("Sync", "Giá trị bị thay"), translate("Sync", "Người sửa bị thay"), translate("Sync", "Lúc"),
        ], [230, 130, 190, 190, 140, 120], 3)
        self.conflicts.itemSelectionChanged.connect(self._conflict_selected)
        cl.addWidget(self.conflicts, 1)
        self.conflict_detail = QLabel("")
        self.conflict_detail.setObjectName("sync_conflict_detail")
        self.conflict_detail.setWordWrap(True)
        cl.addWidget(self.conflict_detail)
        crow = QHBoxLayout()
        self.confirm_btn = _button(translate("Sync", "Giữ giá trị đang dùng"), "sync_conflict_confirm")
        self.confirm_btn.clicked.connect(lambda: self.resolve_selected("confirm"))
        self.swap_btn = _button(translate("Sync", "Dùng giá trị bị thay"), "sync_conflict_swap")
        self.swap_btn.clicked.connect(lambda: self.resolve_selected("swap"))
        crow.addWidget(self.confirm_btn)
        crow.addWidget(self.swap_btn)
        crow.addStretch(1)
        if not self.can_manage:
            note = QLabel(translate("Sync", "Trưởng Công an xã xử lý các xung đột."))
            note.setStyleSheet(NOTE_STYLE)
            crow.addWidget(note)
        cl.addLayout(crow)
        split.addWidget(self.conflicts_box)
        # -- rejections ------------------------------------------------------------------------
        self.rejections_box = QGroupBox(translate("Sync", "Thay đổi bị máy chủ từ chối"))
        rl = QVBoxLayout(self.rejections_box)
        self.rejections = _table("sync_rejections", [
            translate("Sync", "Hồ sơ"), translate("Sync", "Lý do máy chủ từ chối"),
            translate("Sync", "Thay đổi bị từ chối"), translate("Sync", "Lúc"),
        ], [230, 420, 300, 120], 2)
        self.rejections.itemSelectionChanged.connect(self._update_buttons)
        rl.addWidget(self.rejections, 1)
        rrow = QHBoxLayout()
        self.dismiss_btn = _button(translate("Sync", "Đã xem, bỏ khỏi danh sách"), "sync_rejection_dismiss")
        self.dismiss_btn.clicked.connect(self.dismiss_selected)
        rnote = QLabel(translate("Sync", "Thay đổi bị từ chối không được lưu trên máy chủ; nếu vẫn cần, "
                                         "hãy nhập lại đúng quy định."))
        rnote.setWordWrap(True)
        rnote.setStyleSheet(NOTE_STYLE)
        rrow.addWidget(self.dismiss_btn)
        rrow.addWidget(rnote, 1)
        rl.addLayout(rrow)
        split.addWidget(self.rejections_box)
        lay.addWidget(split, 1)

        self.shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.sync_now)
        self._progress.connect(self._show_progress)
        ops.operation_did_execute.connect(lambda _c, _i: self.refresh() if self.isVisible() else None)
        self._update_buttons()

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.ws

        def load():
            from desktop_app.core.sync.client import status

            st = status(ws)
            refs = [(c["table"], c["row_id"]) for c in st["conflicts"]]
            refs += [(r["table"], r["row_id"]) for r in st["rejections"]]
            return st, ws.sync_state.row_labels(refs) if refs else {}

        self.ops.query(load, on_done=_alive(self, self._show))

    def _show(self, loaded) -> None:
        st, self.labels = loaded
        self.status = st
        if st["enrolled"]:
            self.state_label.setText(translate(
                "Sync", "Đã đăng ký với máy chủ {url}\nĐơn vị {unit}, quyền của thiết bị: {role}.").format(
                    url=st["server_url"], unit=st["unit_code"], role=role_text(st["role"])))
            self.state_label.setStyleSheet("")
        else:
            self.state_label.setText(translate(
                "Sync", "Thiết bị chưa đăng ký với máy chủ đồng bộ. Nhập địa chỉ máy chủ và mã đăng ký "
                        "dùng một lần do quản trị Công an tỉnh cấp."))
            self.state_label.setStyleSheet(BAD_STYLE)
        self.enroll_form.setVisible(not st["enrolled"])
        # once enrolled, only the word that enrolment went through stays
        self.enroll_message.setVisible(not st["enrolled"] or self._just_enrolled)
        # the total here; by kind of record (a dozen kinds after an import) in the tooltip
        by_table = sorted(st["pending_by_table"].items(), key=lambda kv: -kv[1])
        self.pending_label.setText(number_text(st["pending"]))
        self.pending_label.setToolTip("\n".join(f"{table_label(t)}: {number_text(n)}" for t, n in by_table))
        self.last_sync_label.setText(iso_time_text(st["last_sync"]) or translate("Sync", "chưa có"))
        # the form says whether and when; the full sentence goes in the line under the boxes
        if st["last_error"]:
            when = iso_time_text(st["last_error_at"])
            full = sync_error_text(st["last_error"])
            self.error_label.setText(translate("Sync", "có, lúc {when}").format(when=when) if when
                                     else translate("Sync", "có"))
            self.error_label.setToolTip(full)
            self.error_label.setStyleSheet(BAD_STYLE)
            if not self.result_label.text() or self._result_is_recorded_error:
                self._say(translate("Sync", "Lần đồng bộ trước không thành công: {error}").format(error=full), False)
                self._result_is_recorded_error = True
        else:
            self.error_label.setText(translate("Sync", "không có"))
            self.error_label.setToolTip("")
            self.error_label.setStyleSheet("")
            if self._result_is_recorded_error:
                self._say("", None)
        if st["clock_warning"] and not self.running:
            self.stage_label.setText(warning_text("clock_skew"))
            self.stage_label.setStyleSheet(BAD_STYLE)
        self._fill_conflicts(st["conflicts"])
        self._fill_rejections(st["rejections"])
        self._update_buttons()
        self.loaded.emit()

    def _row_text(self, table: str, row_id: str) -> str:
        who = self.labels.get(row_id)
        if who:
            return translate("Sync", "{table}: {who}").format(table=table_label(table), who=who)
        return f"{table_label(table)} {row_id[:8]}…"

    def _fill_conflicts(self, conflicts: list[dict[str, Any]]) -> None:
        keep = self.selected_conflict()
        count = len(conflicts)  # a plain name: pyside6-lupdate skips translate() calls whose n is an expression
        self.conflicts_box.setTitle(translate("Sync", "Xung đột cần xử lý (%Ln)", None, count))
        self.conflicts.setRowCount(len(conflicts))
        for i, c in enumerate(conflicts):
            if c["kind"] == "delete_beats_edit":
                cells = [self._row_text(c["table"], c["row_id"]), translate("Sync", "Xóa bản ghi"),
                         translate("Sync", "Đã xóa"), value_text(c["lost_value"])]
            else:
                cells = [self._row_text(c["table"], c["row_id"]), field_label(c["field"]),
                         value_text(c["kept_value"]), value_text(c["lost_value"])]
            cells += [c.get("lost_by") or "", iso_time_text(c.get("created_at"))]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, c)
                self.conflicts.setItem(i, j, item)
        if keep is not None:
            for i, c in enumerate(conflicts):
                if c["id"] == keep["id"]:
                    self.conflicts.selectRow(i)
        if self.selected_conflict() is None and conflicts:
            self.conflicts.selectRow(0)
        self._conflict_selected()

    def _fill_rejections(self, rejections: list[dict[str, Any]]) -> None:
        keep = self.selected_rejection()
        count = len(rejections)
        self.rejections_box.setTitle(translate("Sync", "Thay đổi bị máy chủ từ chối (%Ln)", None, count))
        self.rejections.setRowCount(len(rejections))
        for i, r in enumerate(rejections):
            fields = r.get("fields") or {}
            change = "; ".join(f"{field_label(k)}: {value_text(v)}" for k, v in fields.items()
                               if k not in ("search_text", "sort_key"))
            cells = [self._row_text(r["table"], r["row_id"]), reason_text(r["reason"]), change,
                     iso_time_text(r.get("at"))]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                # the server's own wording (for whoever supports the office) in the tooltip
                item.setToolTip(f"{text}\n({r['detail']})" if j == 1 and r.get("detail") else text)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r)
                self.rejections.setItem(i, j, item)
        if keep is not None:
            for i, r in enumerate(rejections):
                if r["op_id"] == keep["op_id"]:
                    self.rejections.selectRow(i)
        if self.selected_rejection() is None and rejections:
            self.rejections.selectRow(0)

    @staticmethod
    def _selected(table: QTableWidget) -> dict[str, Any] | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_conflict(self) -> dict[str, Any] | None:
        return self._selected(self.conflicts)

    def selected_rejection(self) -> dict[str, Any] | None:
        return self._selected(self.rejections)

    def _conflict_selected(self) -> None:
        """The two actions say whose value each one keeps: this computer's, the server's (the
        other computer's), or — on a third computer — the value in use and the one replaced."""
        c = self.selected_conflict()
        if c is None:
            self.confirm_btn.setText(translate("Sync", "Giữ giá trị đang dùng"))
            self.swap_btn.setText(translate("Sync", "Dùng giá trị bị thay"))
            self.conflict_detail.setText("")
            self._update_buttons()
            return
        me = self.ws.device_id
        lost_mine = c.get("lost_device") == me
        kept_mine = _hlc_device(c.get("kept_hlc")) == me
        kept, lost = value_text(c["kept_value"]), value_text(c["lost_value"])
        if c["kind"] == "delete_beats_edit":
            self.confirm_btn.setText(translate("Sync", "Xác nhận đã xóa"))
            self.swap_btn.setText(translate("Sync", "Không khôi phục được (đã xóa)"))
            self.conflict_detail.setText(translate(
                "Sync", "{row} đã bị xóa trong khi {who} sửa: {edit}. Việc xóa được giữ; phần sửa được lưu ở đây để đối chiếu.").format(
                    row=self._row_text(c["table"], c["row_id"]),
                    who=translate("Sync", "máy này") if lost_mine else (c.get("lost_by") or translate("Sync", "máy khác")),
                    edit=lost))
        else:
            if lost_mine:
                self.confirm_btn.setText(translate("Sync", "Nhận giá trị máy chủ: “{v}”").format(v=kept))
                self.swap_btn.setText(translate("Sync", "Giữ giá trị của tôi: “{v}”").format(v=lost))
            elif kept_mine:
                self.confirm_btn.setText(translate("Sync", "Giữ giá trị của tôi: “{v}”").format(v=kept))
                self.swap_btn.setText(translate("Sync", "Nhận giá trị máy khác: “{v}”").format(v=lost))
            else:
                self.confirm_btn.setText(translate("Sync", "Giữ giá trị đang dùng: “{v}”").format(v=kept))
                self.swap_btn.setText(translate("Sync", "Dùng giá trị bị thay: “{v}”").format(v=lost))
            self.conflict_detail.setText(translate(
                "Sync", "{row}, {field}: đang dùng “{kept}”{kept_whose}; bị thay “{lost}”{lost_whose}.").format(
                    row=self._row_text(c["table"], c["row_id"]), field=field_label(c["field"]), kept=kept, lost=lost,
                    kept_whose=translate("Sync", " (sửa trên máy này)") if kept_mine else "",
                    lost_whose=(translate("Sync", " (sửa trên máy này)") if lost_mine else
                                translate("Sync", " (do {who} sửa)").format(who=c["lost_by"]) if c.get("lost_by") else "")))
        self._update_buttons()

    def _update_buttons(self) -> None:
        c = self.selected_conflict()
        self.confirm_btn.setEnabled(self.can_manage and c is not None)
        self.swap_btn.setEnabled(self.can_manage and c is not None and c["kind"] == "field")
        self.dismiss_btn.setEnabled(self.selected_rejection() is not None)
        enrolled = bool(self.status and self.status["enrolled"])
        self.sync_btn.setEnabled(enrolled and not self.running)
        self.export_btn.setEnabled(enrolled)
        self.import_btn.setEnabled(enrolled)

    def set_auto_minutes(self, minutes: float) -> None:
        self.auto_minutes = minutes
        if minutes > 0:
            self.auto_label.setText(translate("Sync", "Tự động đồng bộ khi mở sổ và mỗi {n} phút (khi đã đăng ký).").format(
                n=f"{minutes:g}"))
        else:
            self.auto_label.setText(translate("Sync", "Tự động đồng bộ: tắt."))

    def _say(self, text: str, ok: bool | None) -> None:
        """The outcome of the last action: green when it all went through, red when it failed,
        plain when it went through with something to look at (ok=None)."""
        self.result_label.setText(text)
        self.result_label.setStyleSheet("" if ok is None else OK_STYLE if ok else BAD_STYLE)
        self._result_is_recorded_error = False

    # -- enrolment -------------------------------------------------------------------------------
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
        ws = self.ws
        self.running = True
        self.enroll_btn.setEnabled(False)
        self.enroll_message.setText(translate("Sync", "Đang đăng ký với máy chủ…"))
        self.enroll_message.setStyleSheet(NOTE_STYLE)

        def work():
            from desktop_app.core.sync.client import enroll

            return enroll(ws, url, code, fingerprint=fingerprint)

        self.ops.background(work, on_done=_alive(self, self._enrolled), on_error=_alive(self, self._enroll_failed))

    def _enrolled(self, info: dict[str, Any]) -> None:
        self.running = False
        self._just_enrolled = True
        if self.status is not None:
            self.status["enrolled"] = True  # until the refresh below lands
        self.enroll_btn.setEnabled(True)
        self.code_edit.clear()
        self.enroll_message.setText(translate("Sync", "Đã đăng ký thiết bị: đơn vị {name} ({unit}). Đang đồng bộ lần đầu…").format(
            name=info.get("unit_name") or "", unit=info["unit_code"]))
        self.enroll_message.setStyleSheet(OK_STYLE)
        self.state_changed.emit()
        self.refresh()
        self.sync_now()
        self.sync_btn.setFocus()

    def _enroll_failed(self, e: BaseException) -> None:
        self.running = False
        self.enroll_btn.setEnabled(True)
        self.enroll_message.setText(translate("Sync", "Đăng ký không thành công: {error}").format(error=self._error(e)))
        self.enroll_message.setStyleSheet(BAD_STYLE)
        self.code_edit.setFocus()
        self.code_edit.selectAll()

    @staticmethod
    def _error(e: BaseException) -> str:
        from desktop_app.core.sync.transport import SyncError

        if isinstance(e, SyncError):
            return sync_error_text(e.code)
        return error_text(e)

    # -- sync --------------------------------------------------------------------------------------
    def auto_sync(self) -> None:
        """The main window's timer: a sync when the register is enrolled and none is running;
        failures only show here and in the status bar (no window pops up)."""
        if self.running:
            return

        def decide(state) -> None:
            if state.enrolled and not self.running:
                self.sync_now()

        self.ops.query(self.ws.sync_state.state, on_done=_alive(self, decide))

    def sync_now(self) -> None:
        if self.running:
            return
        if self.status is not None and not self.status["enrolled"]:
            self._say(sync_error_text("not_enrolled"), False)
            return
        self.running = True
        self._update_buttons()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stage_label.setText(translate("Sync", "Đang đồng bộ…"))
        self.stage_label.setStyleSheet("")
        self.sync_started.emit()
        ws, emit = self.ws, self._progress.emit
        cancel = self._cancel = threading.Event()
        self.stop_btn.setEnabled(True)
        self.stop_btn.show()

        def progress(stage: str, done: int, total: int) -> None:
            if cancel.is_set():
                from desktop_app.core.sync.transport import SyncError

                raise SyncError("interrupted", "stopped by the user")
            try:
                emit(stage, done, total)
            except RuntimeError:  # the page is gone (the app is closing): the sync goes on
                pass

        def work():
            from desktop_app.core.sync.client import sync

            return sync(ws, progress=progress)

        self.ops.background(work, on_done=_alive(self, self._synced), on_error=_alive(self, self._sync_failed))

    def cancel(self) -> None:
        """Stops the running sync at its next step (the app's close asks for it too)."""
        if not self.running or self._cancel is None:
            return
        self._cancel.set()
        self.stop_btn.setEnabled(False)
        self.stage_label.setText(translate("Sync", "Đang dừng đồng bộ…"))

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        if not self.running or (self._cancel is not None and self._cancel.is_set()):
            return
        label = stage_text(stage)
        if stage == "meta":
            self.stage_label.setText(translate("Sync", "{stage}…").format(stage=label))
        elif total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.stage_label.setText(translate("Sync", "{stage}: {done}/{total}").format(stage=label, done=done, total=total))
        else:
            self.progress.setRange(0, 0)
            self.stage_label.setText(translate("Sync", "{stage}: đến phiên bản {n}").format(stage=label, n=done))

    def _finish_run(self) -> None:
        self.running = False
        self._cancel = None
        self.stop_btn.hide()
        self.progress.hide()
        self.stage_label.setText("")
        self._update_buttons()

    def _synced(self, report) -> None:
        self._finish_run()
        r = report.as_dict()
        pushed, pulled, rejected, conflicts = r["pushed"], r["pulled"], r["rejected"], r["conflicts"]
        parts = [translate("Sync", "gửi %Ln thay đổi", None, pushed),
                 translate("Sync", "nhận %Ln bản ghi", None, pulled)]
        if rejected:
            parts.append(translate("Sync", "%Ln thay đổi bị từ chối", None, rejected))
        if conflicts:
            parts.append(translate("Sync", "%Ln xung đột mới", None, conflicts))
        text = translate("Sync", "Đồng bộ xong: {parts}.").format(parts=", ".join(parts))
        for w in r["warnings"]:
            text += "\n" + warning_text(w)
        self._say(text, None if (r["warnings"] or rejected or conflicts) else True)  # green only when all went in
        self.ops.operation_did_execute.emit(report.changes(), self)  # pages show what came in
        self.refresh()
        self.state_changed.emit()

    def _sync_failed(self, e: BaseException) -> None:
        self._finish_run()
        self._say(translate("Sync", "Đồng bộ không thành công: {error}").format(error=self._error(e)), False)
        self.refresh()
        self.state_changed.emit()

    # -- conflicts and rejections ---------------------------------------------------------------
    def resolve_selected(self, action: str) -> None:
        """"confirm" keeps the value in use; "swap" writes the replaced value as a new change
        (sent at the next sync)."""
        c = self.selected_conflict()
        if c is None or not self.can_manage or (action == "swap" and c["kind"] != "field"):
            return
        ws, cid = self.ws, c["id"]

        def work():
            from desktop_app.core.sync.client import resolve_conflict

            return resolve_conflict(ws, cid, action)

        def done(_changes) -> None:
            self._say(translate("Sync", "Đã xử lý xung đột; giá trị mới được gửi ở lần đồng bộ tới.") if action == "swap"
                      else translate("Sync", "Đã xác nhận giá trị đang dùng."), True)
            self.state_changed.emit()

        self.ops.op(work, on_done=_alive(self, done), on_error=_alive(self, self._action_failed), initiator=self)

    def dismiss_selected(self) -> None:
        r = self.selected_rejection()
        if r is None:
            return
        ws, op_id = self.ws, r["op_id"]

        def work():
            from desktop_app.core.sync.client import dismiss_rejection

            dismiss_rejection(ws, op_id)
            return Changes()

        self.ops.op(work, on_done=_alive(self, lambda _c: self.state_changed.emit()),
                    on_error=_alive(self, self._action_failed), initiator=self)

    def _action_failed(self, e: BaseException) -> None:
        self._say(translate("Sync", "Không thực hiện được: {error}").format(error=self._error(e)), False)
        self.refresh()

    # -- bundles -----------------------------------------------------------------------------------
    def choose_export(self) -> None:
        start = str(Path.home() / f"WardBook_{self.ws.unit_code}.wbb")
        path, _f = save_file_name(self, translate("Sync", "Xuất gói gửi tỉnh"), start,
                                  translate("Sync", "Gói dữ liệu WardBook (*.wbb)"))
        if path:
            if not path.lower().endswith(".wbb"):
                path += ".wbb"
            self.export_bundle(path)

    def export_bundle(self, path: str | Path) -> None:
        ws = self.ws

        def work():
            from desktop_app.core.sync.bundle import bundle_export

            return bundle_export(ws, Path(path))

        def done(info: dict[str, Any]) -> None:
            n = info["ops"]  # a plain name: pyside6-lupdate skips translate() calls whose n is an expression
            self._say(translate("Sync", "Đã xuất gói %Ln thay đổi ra {path}. Mang tệp lên Công an tỉnh để nhập, "
                                        "rồi nhập gói trả lời tại đây.", None, n).format(path=info["path"]), True)
            self.ops.operation_did_execute.emit(Changes(), self)

        self.ops.query(work, on_done=_alive(self, done), on_error=_alive(self, self._bundle_failed))

    def choose_import(self) -> None:
        path, _f = open_file_name(self, translate("Sync", "Nhập gói trả lời"), str(Path.home()),
                                  translate("Sync", "Gói dữ liệu WardBook (*.wbb);;Mọi tệp (*)"))
        if path:
            self.import_bundle(path)

    def import_bundle(self, path: str | Path) -> None:
        ws = self.ws

        def work():
            from desktop_app.core.sync.bundle import bundle_import

            return bundle_import(ws, Path(path))

        def done(report) -> None:
            r = report.as_dict()
            push_error = next((w.split(":", 1)[1] for w in r["warnings"] if w.startswith("push_error:")), None)
            if push_error:
                self._say(translate("Sync", "Đã nhập gói trả lời, nhưng máy chủ không nhận các thay đổi: {error}").format(
                    error=sync_error_text(push_error)), False)
            else:
                self._say(translate("Sync", "Đã nhập gói trả lời: máy chủ xác nhận {pushed} thay đổi, nhận {pulled} bản ghi.").format(
                    pushed=r["pushed"], pulled=r["pulled"]), True)
            self.ops.operation_did_execute.emit(report.changes(), self)
            self.state_changed.emit()

        self.ops.query(work, on_done=_alive(self, done), on_error=_alive(self, self._bundle_failed))

    def _bundle_failed(self, e: BaseException) -> None:
        if isinstance(e, OSError):
            text = translate("Sync", "Không đọc/ghi được tệp: {error}").format(error=e.strerror or str(e))
        else:
            text = self._error(e)
        self._say(translate("Sync", "Không thực hiện được: {error}").format(error=text), False)
