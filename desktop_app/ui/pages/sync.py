"""Sync with the provincial server (DESIGN §4): whether this register is enrolled (and the form
to enrol it with a one-time code), pending changes, the last successful sync and the last
error, "Đồng bộ ngay" (F5) with progress, the conflicts a supervisor settles, the changes the
server refused, and sync by file (bundles) for offices without a network.

Every read goes through `ops.query`; an enrolment runs on `ops.background` (the network may be
slow; reads and saves do not wait for it). Syncs are the SyncController's (ui/sync_controller.py):
this page asks it to start or stop one and shows what its signals say, as the status bar does.
The panels are mixins of their own modules: sync_enroll.py (the server box, enrolling),
sync_bundles.py (sync by file), sync_conflicts.py (conflicts and rejections); sync_common.py
holds the words and the widget makers they share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QSplitter, QVBoxLayout, QWidget

from desktop_app.core.services import permissions as perm
from desktop_app.ui.pages.sync_bundles import BundlePanel
from desktop_app.ui.pages.sync_common import (  # noqa: F401  (names others import from this module)
    BAD_STYLE,
    NOTE_STYLE,
    OK_STYLE,
    _alive,
    _button,
    failure_text,
    reason_text,
    role_text,
    stage_text,
    sync_error_text,
    table_label,
    value_text,
    warning_text,
)
from desktop_app.ui.pages.sync_conflicts import ConflictsPanel
from desktop_app.ui.pages.sync_enroll import EnrollPanel
from desktop_app.ui.texts import iso_time_text, number_text, translate


class SyncPage(EnrollPanel, BundlePanel, ConflictsPanel, QWidget):
    loaded = Signal()  # the status on screen is fresh

    def __init__(self, ws, ops, controller, parent=None):
        """`controller`: the window's SyncController, which runs the syncs this page shows."""
        super().__init__(parent)
        self.ws, self.ops, self.controller = ws, ops, controller
        self.status: dict[str, Any] | None = None
        self.labels: dict[str, str] = {}
        self._enrolling = False
        self.auto_minutes = 0
        self._just_enrolled = False
        self._result_is_recorded_error = False  # result_label shows the stored last error, not an action
        self.can_manage = ws.can(perm.MANAGE_USERS)
        lay = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(self._build_enroll_box(), 4)

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

        top.addWidget(self._build_bundle_box(), 3)
        lay.addLayout(top)

        # the outcome of the last action (sync, enrolment, bundle)
        self.result_label = QLabel("")
        self.result_label.setObjectName("sync_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.result_label)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self._build_conflict_boxes(split)
        lay.addWidget(split, 1)

        self.shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.sync_now)
        controller.started.connect(_alive(self, self._sync_started))
        controller.progressed.connect(_alive(self, self._show_progress))
        controller.stopping.connect(_alive(self, self._stopping))
        controller.finished.connect(_alive(self, self._synced))
        controller.failed.connect(_alive(self, self._sync_failed))
        controller.interval_changed.connect(_alive(self, self.set_auto_minutes))
        ops.operation_did_execute.connect(lambda _c, _i: self.refresh() if self.isVisible() else None)
        self._update_buttons()

    @property
    def running(self) -> bool:
        """A sync or an enrolment is under way."""
        return self.controller.running or self._enrolling

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
        if (st.get("clock_ahead") or st["clock_warning"]) and not self.running:
            self.stage_label.setText(warning_text("clock_ahead" if st.get("clock_ahead") else "clock_skew"))
            self.stage_label.setStyleSheet(BAD_STYLE)
        self._fill_conflicts(st["conflicts"])
        self._fill_rejections(st["rejections"])
        self._update_buttons()
        self.loaded.emit()
    def _update_buttons(self) -> None:
        c = self.selected_conflict()
        self.confirm_btn.setEnabled(self.can_manage and c is not None)
        self.swap_btn.setEnabled(self.can_manage and c is not None and c["kind"] == "field")
        self.dismiss_btn.setEnabled(self.selected_rejection() is not None)
        enrolled = bool(self.status and self.status["enrolled"])
        self.sync_btn.setEnabled(enrolled and not self.running)
        self.export_btn.setEnabled(enrolled and not self.bundle_running)
        self.import_btn.setEnabled(enrolled and not self.bundle_running)

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
    @staticmethod
    def _error(e: BaseException) -> str:
        return failure_text(e)

    # -- sync (run by the controller) ---------------------------------------------------------------
    def sync_now(self) -> None:
        """"Đồng bộ ngay" (F5): the controller's sync, unless this register is not enrolled."""
        if self.running:
            return
        if self.status is not None and not self.status["enrolled"]:
            self._say(sync_error_text("not_enrolled"), False)
            return
        self.controller.sync_now()

    def cancel(self) -> None:
        """"Dừng": the running sync stops at its next step."""
        self.controller.cancel()

    def _sync_started(self) -> None:
        self._update_buttons()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stage_label.setText(translate("Sync", "Đang đồng bộ…"))
        self.stage_label.setStyleSheet("")
        self.stop_btn.setEnabled(True)
        self.stop_btn.show()

    def _stopping(self) -> None:
        self.stop_btn.setEnabled(False)
        self.stage_label.setText(translate("Sync", "Đang dừng đồng bộ…"))

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        if not self.controller.running or self.controller.stop_requested:
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
        self.refresh()

    def _sync_failed(self, e: BaseException) -> None:
        self._finish_run()
        self._say(translate("Sync", "Đồng bộ không thành công: {error}").format(error=self._error(e)), False)
        self.refresh()
