"""Import from Excel/CSV (issue 5, item 1): choose a file, "Kiểm tra" runs the whole import in
a transaction that is rolled back (the outcomes are exactly those a real import would have)
and shows every row's outcome — created, updated, unchanged, possible duplicate held for a
person to confirm, or error with its column and reason — errors first; "Nhập vào sổ" is
offered only after a check of the same, unchanged file, and writes. All work runs off the UI
thread; the progress callback reaches the bar through a queued signal."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.importing import import_workbook, write_template
from desktop_app.core.importing.messages import message
from desktop_app.ui.dialogs.files import open_file_name, save_file_name  # Qt's own file dialog, in Vietnamese
from desktop_app.ui.i18n import current_language
from desktop_app.ui.ops import Task
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table
from desktop_app.ui.texts import error_text, number_text, translate

STATUS_LABEL = {"created": QT_TRANSLATE_NOOP("Import", "Tạo mới"), "updated": QT_TRANSLATE_NOOP("Import", "Cập nhật"),
                "unchanged": QT_TRANSLATE_NOOP("Import", "Không đổi"),
                "duplicate": QT_TRANSLATE_NOOP("Import", "Nghi trùng"), "error": QT_TRANSLATE_NOOP("Import", "Lỗi")}
STATUS_ORDER = {"error": 0, "duplicate": 1, "created": 2, "updated": 3, "unchanged": 4}
STATUS_COLOR = {"error": "#fde2e2", "duplicate": "#fff1c7"}
WRAP_ROWS = 1000
PART_LABEL = {"person": QT_TRANSLATE_NOOP("Import", "người"), "case": QT_TRANSLATE_NOOP("Import", "hồ sơ")}
# (label, statuses shown; None = all)
FILTERS = [(QT_TRANSLATE_NOOP("Import", "Tất cả (lỗi, nghi trùng lên đầu)"), None),
           (QT_TRANSLATE_NOOP("Import", "Cần xử lý: lỗi và nghi trùng"), {"error", "duplicate"}),
           (QT_TRANSLATE_NOOP("Import", "Chỉ lỗi"), {"error"}),
           (QT_TRANSLATE_NOOP("Import", "Chỉ nghi trùng"), {"duplicate"}),
           (QT_TRANSLATE_NOOP("Import", "Tạo mới"), {"created"}),
           (QT_TRANSLATE_NOOP("Import", "Cập nhật"), {"updated"}),
           (QT_TRANSLATE_NOOP("Import", "Không đổi"), {"unchanged"})]


def _digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _detail_text(o) -> str:
    """What a row did, in words, for created/updated/unchanged rows."""
    d = o.detail or {}
    parts = [translate("Import", "{part}: {status}").format(part=translate("Import", PART_LABEL[k]),
                                                            status=translate("Import", STATUS_LABEL[d[k]]).lower())
             for k in ("person", "case") if d.get(k) in STATUS_LABEL]
    # Counts as plain names: pyside6-lupdate skips translate() calls whose n is an expression.
    added, signed = d.get("attendees_added") or 0, d.get("commitments_set") or 0
    if added:
        parts.append(translate("Import", "thêm %Ln người tham dự", None, added))
    if signed:
        parts.append(translate("Import", "ghi nhận %Ln bản cam kết", None, signed))
    return "; ".join(parts)


def _said(e) -> str:
    """A row's problem in the interface's language, from its code and params (the catalogue)."""
    return message(e.code, e.params, lang=current_language())


def preview_rows(result) -> list[dict[str, Any]]:
    """One row per input row (sheet and file problems as rows of their own), errors first."""
    rows: list[dict[str, Any]] = []
    for e in result.file_errors:
        rows.append({"sheet": e.sheet, "row": None, "status": "error", "label": "",
                     "column": e.column or "", "message": _said(e)})
    for s in result.sheets:
        for e in s.sheet_errors:
            rows.append({"sheet": s.name, "row": e.row, "status": "error", "label": "",
                         "column": e.column or "", "message": _said(e)})
        for o in s.outcomes:
            if o.status == "error":
                columns = list(dict.fromkeys(e.column for e in o.errors if e.column))
                message = "; ".join(_said(e) for e in o.errors)
            elif o.status == "duplicate":
                columns, message = [], o.said(current_language())
            else:
                columns, message = [], _detail_text(o)
            rows.append({"sheet": s.name, "row": o.row, "status": o.status, "label": o.label,
                         "column": ", ".join(columns), "message": message})
    rows.sort(key=lambda r: (STATUS_ORDER[r["status"]], r["sheet"], r["row"] or 0))
    return rows


class PreviewModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid():
            row = self.rows[index.row()]
            if role == Qt.ItemDataRole.BackgroundRole and row["status"] in STATUS_COLOR:
                return QBrush(QColor(STATUS_COLOR[row["status"]]))
            if role == Qt.ItemDataRole.ToolTipRole and index.column() >= 3:
                return self.columns[index.column()].value(row)
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class ImportPage(QWidget):
    progressed = Signal(str, int, int)  # sheet, rows done, rows total (on the GUI thread, from the task)
    cancelled = Signal()  # a check or an import was stopped ("Dừng"): nothing was written
    checked = Signal(object)  # the dry run's ImportResult
    imported = Signal(object)  # the real import's ImportResult
    failed = Signal(str)

    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.path: Path | None = None
        self.result = None  # the last ImportResult shown
        self._checked: tuple[str, str] | None = None  # (path, sha256) of the last dry run
        self._task: Task | None = None
        self._running = False
        self.all_rows: list[dict[str, Any]] = []
        lay = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.choose_btn = QPushButton(translate("Import", "Chọn tệp Excel/CSV…"))
        self.choose_btn.setObjectName("import_choose")
        self.choose_btn.clicked.connect(self.choose_file)
        bar.addWidget(self.choose_btn)
        self.file_label = QLabel(translate("Import", "Chưa chọn tệp."))
        self.file_label.setObjectName("import_file")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.file_label, 1)
        self.check_btn = QPushButton(translate("Import", "Kiểm tra (chưa ghi)"))
        self.check_btn.setObjectName("import_check")
        self.check_btn.clicked.connect(self.check)
        bar.addWidget(self.check_btn)
        self.commit_btn = QPushButton(translate("Import", "Nhập vào sổ"))
        self.commit_btn.setObjectName("import_commit")
        self.commit_btn.setToolTip(translate("Import", "Chỉ bật sau khi đã kiểm tra đúng tệp này và tệp chưa bị sửa."))
        self.commit_btn.clicked.connect(self._ask_commit)
        bar.addWidget(self.commit_btn)
        self.template_btn = QPushButton(translate("Import", "Lưu tệp mẫu…"))
        self.template_btn.setObjectName("import_template")
        self.template_btn.clicked.connect(self.choose_template)
        bar.addWidget(self.template_btn)
        lay.addLayout(bar)

        hint = QLabel(translate("Import", "Một tệp có thể gồm các trang: người và hồ sơ, tin tố giác, buổi răn đe, "
                                   "mô hình — nhận ra theo tên trang hoặc dòng tiêu đề. “Kiểm tra” chạy thử "
                                   "toàn bộ mà không ghi gì; dòng lỗi và dòng nghi trùng không bao giờ được ghi."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        lay.addWidget(hint)

        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setMaximumWidth(260)
        self.progress.setFormat("%v / %m")
        self.progress.hide()
        status.addWidget(self.progress)
        # stops a check or an import at its next hundred rows (an import's writes roll back)
        self.stop_btn = QPushButton(translate("Import", "Dừng"))
        self.stop_btn.setObjectName("import_stop")
        self.stop_btn.clicked.connect(self.cancel)
        self.stop_btn.hide()
        status.addWidget(self.stop_btn)
        self.status = QLabel("")
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.status, 1)
        lay.addLayout(status)

        self.totals = QLabel("")
        self.totals.setObjectName("import_totals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.totals)
        self.held = QLabel("")
        self.held.setObjectName("import_held")
        self.held.setWordWrap(True)
        self.held.setStyleSheet("background: #fff1c7; padding: 4px; border: 1px solid #e0c060;")
        self.held.hide()
        lay.addWidget(self.held)

        fl = QHBoxLayout()
        fl.addWidget(QLabel(translate("Import", "Hiển thị:")))
        self.filter = QComboBox()
        self.filter.setObjectName("import_filter")
        for label, statuses in FILTERS:
            self.filter.addItem(translate("Import", label), statuses)
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        fl.addWidget(self.filter)
        self.shown = QLabel("")
        fl.addWidget(self.shown)
        fl.addStretch(1)
        lay.addLayout(fl)

        self.model = PreviewModel([
            Column(translate("Import", "Trang"), lambda r: r["sheet"], 150),
            Column(translate("Import", "Dòng"), lambda r: r["row"] if r["row"] is not None else "", 50),
            Column(translate("Import", "Kết quả"), lambda r: translate("Import", STATUS_LABEL[r["status"]]), 90),
            Column(translate("Import", "Nội dung dòng"), lambda r: r["label"], 210),
            Column(translate("Import", "Cột"), lambda r: r["column"], 150),
            Column(translate("Import", "Thông báo"), lambda r: r["message"], 400, stretch=True),
        ], self)
        self.table = make_table(self.model, "import_table")
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setMinimumSectionSize(24)
        lay.addWidget(self.table, 1)

        self.progressed.connect(self._on_progress)
        self._update_buttons()

    # -- choosing ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _f = open_file_name(self, translate("Import", "Chọn tệp cần nhập"), str(Path.home()),
                                  translate("Import", "Bảng tính (*.xlsx *.xlsm *.csv)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Chooses `path` (tests call this instead of the file dialog); runs nothing yet."""
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        self.file_label.setToolTip(str(self.path))
        self._checked = None
        self.result = None
        self.all_rows = []
        self.model.set_rows([])
        self.totals.setText("")
        self.held.hide()
        self.shown.setText("")
        self._say(translate("Import", "Bấm “Kiểm tra” để xem trước kết quả từng dòng; chưa có gì được ghi."))
        self._update_buttons()

    def choose_template(self) -> None:
        path, _f = save_file_name(self, translate("Import", "Lưu tệp mẫu"),
                                  str(Path.home() / "Mau_nhap_WardBook.xlsx"), "Excel (*.xlsx)")
        if path:
            self.save_template(path)

    def save_template(self, path: str | Path) -> None:
        self._start(translate("Import", "Đang ghi tệp mẫu…"))
        self.ops.query(lambda: write_template(path), on_error=self._fail,
                       on_done=lambda p: self._finish(translate("Import", "Đã ghi tệp mẫu {path}").format(path=p)))

    # -- running --------------------------------------------------------------------------------
    @property
    def can_commit(self) -> bool:
        return (not self._running and self.path is not None and self._checked is not None
                and self._checked[0] == str(self.path))

    def _update_buttons(self) -> None:
        idle = not self._running
        self.choose_btn.setEnabled(idle)
        self.template_btn.setEnabled(idle)
        self.check_btn.setEnabled(idle and self.path is not None)
        self.commit_btn.setEnabled(self.can_commit)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #a40000;" if error else "")
        self.status.setText(text)

    def _start(self, text: str) -> None:
        self._running = True
        self.progress.setRange(0, 0)  # until the first report says how many rows
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(text)
        self._update_buttons()

    def _finish(self, text: str = "", *, error: bool = False) -> None:
        self._running = False
        self.progress.hide()
        if text:
            self._say(text, error=error)
        self._update_buttons()

    def _on_progress(self, sheet: str, done: int, total: int) -> None:
        if not self._running:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self._say(translate("Import", "Đang xử lý trang “{sheet}”: {done}/%Ln dòng…", None, total).format(
            sheet=sheet, done=number_text(done)))

    def _run(self, work, on_done) -> None:
        """A check or an import as the Ops' task: its progress on the bar, "Dừng" cancels it."""
        self._task = self.ops.task(work, on_done=self._task_done(on_done), on_error=self._task_done(self._fail),
                                   on_progress=self.progressed.emit, on_cancelled=self._task_done(self._cancelled))
        self.stop_btn.setEnabled(True)
        self.stop_btn.show()

    def _task_done(self, fn):
        def call(*args) -> None:
            self._task = None
            self.stop_btn.hide()
            fn(*args)

        return call

    def cancel(self) -> None:
        """"Dừng": the running check or import stops at its next hundred rows; nothing is kept."""
        if self.ops.cancel(self._task):
            self.stop_btn.setEnabled(False)
            self._say(translate("Import", "Đang dừng…"))

    def _cancelled(self) -> None:
        self._checked = None
        self._finish(translate("Import", "Đã dừng: chưa ghi gì vào sổ."), error=True)
        self.cancelled.emit()

    def _fail(self, e: BaseException) -> None:
        msg = str(e) if isinstance(e, OSError) else error_text(e)
        self._finish(translate("Import", "Không thực hiện được: {msg}").format(msg=msg), error=True)
        self.failed.emit(msg)

    def check(self) -> None:
        """The dry run: every row's outcome, nothing kept."""
        if self.path is None or self._running:
            return
        path, ws = self.path, self.ws

        def work(task: Task):
            digest = _digest(path)
            return digest, import_workbook(ws, path, dry_run=True, progress=task.progress)

        self._checked = None
        self._start(translate("Import", "Đang kiểm tra {name}…").format(name=path.name))
        self._run(work, self._checked_done)

    def _checked_done(self, answer) -> None:
        digest, result = answer
        readable = not result.file_errors
        self._show(result)
        t = result.totals()
        valid = t["created"] + t["updated"]
        # "Nhập vào sổ" only when there is something to write (not for errors, suspected
        # duplicates and unchanged rows alone)
        self._checked = (str(result.path), digest) if readable and valid else None
        if not readable:
            text = translate("Import", "Không đọc được tệp — xem thông báo trong bảng.")
        elif not result.outcomes:
            text = translate("Import", "Không tìm thấy dòng dữ liệu nào để nhập.")
        elif not valid:
            text = translate("Import", "Kiểm tra xong: không có dòng nào cần ghi vào sổ (chỉ có dòng lỗi, nghi trùng "
                                       "hoặc không đổi). Sửa tệp rồi bấm “Kiểm tra” lại.")
        else:
            text = translate("Import", "Kiểm tra xong, chưa ghi gì. “Nhập vào sổ” sẽ ghi %Ln dòng hợp lệ; "
                                "dòng lỗi và nghi trùng sẽ không được ghi.", None, valid)
        self._finish(text, error=not readable)
        self.checked.emit(result)

    def _ask_commit(self) -> None:
        if not self.can_commit or self.result is None:
            return
        t = self.result.totals()
        errors, duplicates, valid = t["error_rows"], t["duplicates"], t["created"] + t["updated"]
        if errors or duplicates:
            answer = QMessageBox.question(
                self, translate("Import", "Nhập vào sổ"),
                translate("Import", "{errors} và {duplicates} sẽ KHÔNG được ghi. Ghi %Ln dòng còn lại?", None,
                          valid).format(
                    errors=translate("Import", "%Ln dòng lỗi", None, errors),
                    duplicates=translate("Import", "%Ln dòng nghi trùng", None, duplicates)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.commit()

    def commit(self) -> None:
        """The real import, only of the file just checked and only if it is unchanged."""
        if not self.can_commit:
            return
        path, expected = Path(self._checked[0]), self._checked[1]
        ws = self.ws

        def work(task: Task):
            if _digest(path) != expected:
                return None  # edited since the check: nothing written
            return import_workbook(ws, path, dry_run=False, progress=task.progress)

        self._start(translate("Import", "Đang nhập {name} vào sổ…").format(name=path.name))
        self._run(work, self._imported)

    def _imported(self, result) -> None:
        self._checked = None  # a new import needs a new check
        if result is None:
            self._finish(translate("Import", "Tệp đã bị sửa sau khi kiểm tra: chưa ghi gì. Hãy bấm “Kiểm tra” lại."),
                         error=True)
            return
        self._show(result)
        t = result.totals()
        self._finish(translate("Import", "Đã nhập vào sổ: {c} tạo mới, {u} cập nhật, {s} không đổi.").format(
            c=t["created"], u=t["updated"], s=t["unchanged"]))
        # What the import really wrote (the services' Changes and the import's audit row).
        self.ops.operation_did_execute.emit(result.changes, self)
        self.imported.emit(result)

    # -- showing ---------------------------------------------------------------------------------
    def _show(self, result) -> None:
        self.result = result
        self.all_rows = preview_rows(result)
        t = result.totals()
        head = translate("Import", "Kết quả kiểm tra (chưa ghi)") if result.dry_run else translate("Import", "Kết quả nhập")
        rows, created, updated, unchanged = t["rows"], t["created"], t["updated"], t["unchanged"]
        duplicates, errors, blank = t["duplicates"], t["error_rows"], t["skipped_blank"]
        parts = [translate("Import", "<b>{head}:</b> %Ln dòng dữ liệu", None, rows).format(head=head),
                 translate("Import", "<b>%Ln</b> tạo mới", None, created),
                 translate("Import", "<b>%Ln</b> cập nhật", None, updated),
                 translate("Import", "<b>%Ln</b> không đổi", None, unchanged),
                 translate("Import", "<span style='color:#8a5a00'><b>%Ln</b> nghi trùng</span>", None, duplicates),
                 translate("Import", "<span style='color:#a40000'><b>%Ln</b> dòng lỗi</span>", None, errors)]
        text = ", ".join(parts)
        if blank:
            text += translate("Import", "; bỏ qua %Ln dòng trống", None, blank)
        kinds = [f"“{s.name}”" for s in result.sheets if s.kind is not None]
        if kinds:
            text += "<br>" + translate("Import", "Trang đã nhận ra: {names}").format(names=", ".join(kinds))
        self.totals.setText(text)
        if duplicates:
            self.held.setText(translate("Import", "%Ln dòng nghi trùng với người đã có trong sổ hoặc trong tệp được "
                                           "giữ lại, không ghi: cần người kiểm tra xác nhận — nếu đúng là người "
                                           "khác, bổ sung số CCCD vào tệp rồi nhập lại; nếu là cùng một người, "
                                           "sửa trong hồ sơ đã có.", None, duplicates))
            self.held.show()
        else:
            self.held.hide()
        self._apply_filter()

    def _apply_filter(self) -> None:
        statuses = self.filter.currentData()
        rows = [r for r in self.all_rows if statuses is None or r["status"] in statuses]
        self.model.set_rows(rows)
        if len(rows) <= WRAP_ROWS:  # long messages on several lines; a big file stays fast
            self.table.resizeRowsToContents()
        total = len(self.all_rows)
        self.shown.setText(translate("Import", "{n} / %Ln dòng", None, total).format(n=number_text(len(rows)))
                           if total else "")
