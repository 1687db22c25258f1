"""The Sync page's bundle panel: sync by file (USB) for offices without a network — export the
changes for the province, import its answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from desktop_app.core.services.changes import Changes
from desktop_app.ui.dialogs.files import open_file_name, save_file_name  # Qt's own file dialog, in Vietnamese
from desktop_app.ui.operations import sync as sync_op
from desktop_app.ui.pages.sync_common import NOTE_STYLE, _alive, _button, sync_error_text, warning_text
from desktop_app.ui.texts import translate


def bundle_file_name(chosen: str, unit_code: str) -> Path:
    """The file a chosen name means: ending in .wbb, without the spaces a stray key left around
    it, and the usual name when nothing is left of it (a Space then Enter in the dialog)."""
    path = Path(chosen)
    stem = path.name.strip()
    if stem.lower().endswith(".wbb"):
        stem = stem[:-4].strip()
    return path.with_name((stem or f"WardBook_{unit_code}") + ".wbb")


class BundlePanel:
    """Part of SyncPage (a mixin): the bundle box and its two actions."""

    bundle_running = False  # an export or an import runs: both actions wait for it

    def _build_bundle_box(self) -> QGroupBox:
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
        return self.bundle_box

    def choose_export(self) -> None:
        start = str(Path.home() / f"WardBook_{self.ws.unit_code}.wbb")
        path, _f = save_file_name(self, translate("Sync", "Xuất gói gửi tỉnh"), start,
                                  translate("Sync", "Gói dữ liệu WardBook (*.wbb)"))
        if path:
            self.export_bundle(bundle_file_name(path, self.ws.unit_code))

    def export_bundle(self, path: str | Path) -> None:
        def done(info: dict[str, Any]) -> None:
            n = info["ops"]  # a plain name: pyside6-lupdate skips translate() calls whose n is an expression
            said = translate("Sync", "Đã xuất gói %Ln thay đổi ra {path}. Mang tệp lên Công an tỉnh để nhập, "
                                     "rồi nhập gói trả lời tại đây.", None, n).format(path=info["path"])
            if info.get("restate"):  # every row re-sent (a restored server, an enrollment again)
                said += " " + warning_text("bundle_restate")
            self._bundle_ended()
            self._say(said, True)
            self.ops.operation_did_execute.emit(Changes(), self)

        self._bundle_started(translate("Sync", "Đang xuất gói ra {path}…").format(path=path))
        sync_op.export_bundle(parent=self, ops=self.ops, ws=self.ws, path=path, on_done=_alive(self, done),
                              on_error=_alive(self, self._bundle_failed))

    def choose_import(self) -> None:
        path, _f = open_file_name(self, translate("Sync", "Nhập gói trả lời"), str(Path.home()),
                                  translate("Sync", "Gói dữ liệu WardBook (*.wbb);;Mọi tệp (*)"))
        if path:
            self.import_bundle(path)

    def import_bundle(self, path: str | Path) -> None:
        def done(report) -> None:
            self._bundle_ended()
            r = report.as_dict()
            push_error = next((w.split(":", 1)[1] for w in r["warnings"] if w.startswith("push_error:")), None)
            if "server_restored" in r["warnings"]:  # nothing taken in: the next bundle re-sends every row
                self._say(warning_text("server_restored"), False)
            elif push_error:
                self._say(translate("Sync", "Đã nhập gói trả lời, nhưng máy chủ không nhận các thay đổi: {error}").format(
                    error=sync_error_text(push_error)), False)
            else:
                self._say(translate("Sync", "Đã nhập gói trả lời: máy chủ xác nhận {pushed} thay đổi, nhận {pulled} bản ghi.").format(
                    pushed=r["pushed"], pulled=r["pulled"]), True)
            self.ops.operation_did_execute.emit(report.changes(), self)
            self.controller.state_changed.emit()

        self._bundle_started(translate("Sync", "Đang nhập gói trả lời {path}…").format(path=path))
        sync_op.import_bundle(parent=self, ops=self.ops, ws=self.ws, path=path, on_done=_alive(self, done),
                              on_error=_alive(self, self._bundle_failed))

    def _bundle_started(self, text: str) -> None:
        """Both actions off until this one ends (a second click would start another), and a
        word on what runs: a bundle that re-sends every row, or its reply, takes a while."""
        self.bundle_running = True
        self._update_buttons()
        self._say(text, None)

    def _bundle_ended(self) -> None:
        self.bundle_running = False
        self._update_buttons()

    def _bundle_failed(self, e: BaseException) -> None:
        self._bundle_ended()
        if isinstance(e, OSError):
            text = translate("Sync", "Không đọc/ghi được tệp: {error}").format(error=e.strerror or str(e))
        else:
            text = self._error(e)
        self._say(translate("Sync", "Không thực hiện được: {error}").format(error=text), False)
