"""The Sync page's conflicts and rejections panels: the conflicts a supervisor settles (keep the
value in use, or write the replaced one as a new change) and the changes the server refused."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout

from desktop_app.ui.operations import sync as sync_op
from desktop_app.ui.pages.sync_common import (
    NOTE_STYLE,
    _alive,
    _button,
    _hlc_device,
    _table,
    reason_text,
    table_label,
    value_text,
)
from desktop_app.ui.texts import field_label, iso_time_text, translate


class ConflictsPanel:
    """Part of SyncPage (a mixin): the conflicts box, the rejections box, and settling them."""

    def _build_conflict_boxes(self, split: QSplitter) -> None:
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
            # the fields a person knows by name (not the internal ones a re-sent whole row carries)
            change = "; ".join(f"{field_label(k)}: {value_text(v)}" for k, v in fields.items()
                               if k not in ("search_text", "sort_key") and field_label(k) != k)
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

    def resolve_selected(self, action: str) -> None:
        """"confirm" keeps the value in use; "swap" writes the replaced value as a new change
        (sent at the next sync)."""
        c = self.selected_conflict()
        if c is None or not self.can_manage or (action == "swap" and c["kind"] != "field"):
            return
        def done(_changes) -> None:
            self._say(translate("Sync", "Đã xử lý xung đột; giá trị mới được gửi ở lần đồng bộ tới.") if action == "swap"
                      else translate("Sync", "Đã xác nhận giá trị đang dùng."), True)
            self.controller.state_changed.emit()

        sync_op.resolve_conflict(parent=self, ops=self.ops, ws=self.ws, conflict_id=c["id"], action=action,
                                 on_done=_alive(self, done), on_error=_alive(self, self._action_failed))

    def dismiss_selected(self) -> None:
        r = self.selected_rejection()
        if r is None:
            return
        sync_op.dismiss_rejection(parent=self, ops=self.ops, ws=self.ws, op_id=r["op_id"],
                                  on_done=_alive(self, lambda _c: self.controller.state_changed.emit()),
                                  on_error=_alive(self, self._action_failed))

    def _action_failed(self, e: BaseException) -> None:
        self._say(translate("Sync", "Không thực hiện được: {error}").format(error=self._error(e)), False)
        self.refresh()
