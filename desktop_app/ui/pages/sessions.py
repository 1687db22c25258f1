"""Warning and education sessions: create a session, add attendees by search or quick-add
(name, birth date, CCCD), mark commitments signed (and the parent's co-signature for minors),
print the attendance list (audit-logged). The dialogs are in session_dialogs.py, the printed
list in session_print.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PermissionDenied
from desktop_app.ui.dialogs.form import ask_then, show_message
from desktop_app.ui.operations import sessions as op
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table, selected_row
from desktop_app.ui.pages.session_dialogs import (  # noqa: F401  (the names tests and others import from here)
    AttendanceDialog,
    PickPersonDialog,
    QuickAddDialog,
    SessionDialog,
    _parent_only_minors,
)
from desktop_app.ui.pages.session_print import _yes, attendance_document, attendance_html, attendance_printer
from desktop_app.ui.printing import open_preview
from desktop_app.ui.texts import date_text, error_text, partial_date_text, translate


class SessionsPage(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.current = None
        self._want_session: str | None = None  # select this session when the list next arrives
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel("")
        bar.addWidget(self.summary, 1)
        self.buttons: dict[str, QPushButton] = {}
        # the session's actions above the sessions; the attendees' above the attendees
        att_bar = QHBoxLayout()
        for key, label, slot, row in (("new", translate("Sessions", "Buổi mới"), self.new_session, bar),
                                      ("document", translate("Sessions", "Tạo văn bản (Ctrl+D)"), self.make_document, bar),
                                      ("print", translate("Sessions", "In danh sách"), self.print_preview, bar),
                                      ("pick", translate("Sessions", "Thêm người…"), self.pick, att_bar),
                                      ("quick", translate("Sessions", "Thêm nhanh"), self.quick_add, att_bar),
                                      ("edit", translate("Sessions", "Sửa"), self.edit_attendance, att_bar),
                                      ("sign", translate("Sessions", "Ký cam kết"), self.toggle_signed, att_bar),
                                      ("parent", translate("Sessions", "Cha mẹ cùng ký"), self.toggle_parent, att_bar),
                                      ("remove", translate("Sessions", "Xóa khỏi buổi"), self.remove_attendee, att_bar)):
            b = QPushButton(label)
            b.setObjectName(f"session_{key}")
            b.clicked.connect(lambda _=False, f=slot: f())
            row.addWidget(b)
            self.buttons[key] = b
        att_bar.addStretch(1)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.sessions_model = RowsTableModel([
            Column(translate("Sessions", "Ngày"), lambda s: date_text(s.date), 90),
            Column(translate("Sessions", "Địa điểm"), lambda s: s.place, 220),
            Column(translate("Sessions", "Chủ trì"), lambda s: s.chair, 160),
            Column(translate("Sessions", "Nội dung"), lambda s: s.topic, 300, stretch=True),
            Column(translate("Sessions", "Lượt tham dự"), lambda s: s.attendances, 100),
            Column(translate("Sessions", "Đã ký cam kết"), lambda s: s.commitments, 140),
        ], self)
        self.sessions_table = make_table(self.sessions_model, "sessions_table")
        self.sessions_table.selectionModel().selectionChanged.connect(lambda *_: self._select())
        split.addWidget(self.sessions_table)
        self.att_model = RowsTableModel([
            Column(translate("Sessions", "Họ và tên"), lambda a: a.full_name, 240, stretch=True),
            Column(translate("Sessions", "Ngày sinh"), lambda a: partial_date_text(a.birth_date), 100),
            Column(translate("Sessions", "Chưa thành niên"), lambda a: _yes(a.minor), 120),
            Column(translate("Sessions", "Ký cam kết"), lambda a: _yes(a.commitment_signed), 140),
            Column(translate("Sessions", "Cha mẹ cùng ký"), lambda a: _yes(a.parent_cosigned), 120),
        ], self)
        self.att_table = make_table(self.att_model, "attendees_table")
        self.att_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.att_table.activated.connect(lambda _i: self.edit_attendance())
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.make_document)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.att_table, activated=self.remove_attendee,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.buttons["pick"].setToolTip(translate("Sessions", "Thêm nhiều người một lần: tìm và đánh dấu, hoặc dán các số CCCD"))
        self.buttons["edit"].setToolTip(translate("Sessions", "Sửa lượt tham dự đang chọn (Enter)"))
        self.buttons["remove"].setToolTip(translate("Sessions", "Xóa người đang chọn khỏi danh sách buổi này (phím Delete)"))
        att_box = QWidget()
        att_lay = QVBoxLayout(att_box)
        att_lay.setContentsMargins(0, 4, 0, 0)
        att_lay.setSpacing(2)
        self.att_title = QLabel()
        self.att_title.setObjectName("attendees_title")
        self.att_title.setStyleSheet("font-weight: bold;")
        self.att_title.setText(translate("Sessions", "Chọn một buổi ở bảng trên để xem và thêm người tham dự"))
        att_lay.addWidget(self.att_title)
        att_lay.addLayout(att_bar)
        att_lay.addWidget(self.att_table, 1)
        split.addWidget(att_box)
        # Tab goes down the page: the session's buttons, the sessions, the attendees' buttons,
        # the attendees
        chain = [self.buttons["new"], self.buttons["document"], self.buttons["print"], self.sessions_table,
                 *(self.buttons[k] for k in ("pick", "quick", "edit", "sign", "parent", "remove")), self.att_table]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        for table in (self.sessions_table, self.att_table):
            table.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab leaves the table
        lay.addWidget(split, 1)
        ops.operation_did_execute.connect(lambda ch, _i: self.refresh() if (ch.sessions or ch.persons) else None)
        self._update_buttons()

    def refresh(self) -> None:
        op.list_sessions(parent=self, ops=self.ops, ws=self.ws, on_done=self._show)

    def _show(self, page) -> None:
        keep = self._want_session or (self.current.id if self.current else None)
        self._want_session = None
        self.sessions_model.set_rows(page.rows)
        total, count = sum(s.attendances for s in page.rows), page.total
        self.summary.setText(translate("Sessions", "{sessions}, %Ln lượt tham dự", None, total).format(
            sessions=translate("Sessions", "%Ln buổi", None, count)))
        for i, s in enumerate(page.rows):
            if s.id == keep:
                self.sessions_table.selectRow(i)
                self.sessions_table.scrollTo(self.sessions_model.index(i, 0))
                break
        self._select()

    def _select(self) -> None:
        self.current = selected_row(self.sessions_table)
        self._update_buttons()
        if self.current is None:
            self.att_model.set_rows([])
            self.att_title.setText(translate("Sessions", "Chọn một buổi ở bảng trên để xem và thêm người tham dự"))
            return
        op.list_attendees(parent=self, ops=self.ops, ws=self.ws, session_id=self.current.id,
                          on_done=self._show_attendees)

    def _show_attendees(self, rows) -> None:
        keep = selected_row(self.att_table)
        sel = self.att_table.selectionModel().selectedRows()
        at = sel[0].row() if sel else -1
        same_session = bool(self.att_model.rows) and bool(rows) and self.att_model.rows[0].session_id == rows[0].session_id
        self.att_model.set_rows(rows)
        if keep is not None and same_session:
            # the same attendance stays selected after a change to it; after a removal, the
            # one that took its place (Delete, Delete… goes down the list)
            i = next((i for i, a in enumerate(rows) if a.id == keep.id), min(at, len(rows) - 1))
            if i >= 0:
                self.att_table.selectRow(i)
        self._update_buttons()
        s = self.current
        if s is None:
            return
        n = len(rows)
        title = translate("Sessions", "Người tham dự buổi {date} tại {place}: %n người", None, n)
        self.att_title.setText(title.format(date=date_text(s.date), place=s.place))

    def _update_buttons(self) -> None:
        for k in ("pick", "quick", "print", "document"):
            self.buttons[k].setEnabled(self.current is not None)
        a = selected_row(self.att_table) if self.current is not None else None
        for k in ("edit", "sign", "remove"):
            self.buttons[k].setEnabled(a is not None)
        self.buttons["sign"].setText(translate("Sessions", "Bỏ ký cam kết") if a is not None and a.commitment_signed
                                     else translate("Sessions", "Ký cam kết"))
        # the parent's co-signature is a minor's: never a button that silently does nothing
        parent = self.buttons["parent"]
        parent.setEnabled(a is not None and a.minor)
        parent.setText(translate("Sessions", "Bỏ cha mẹ cùng ký") if a is not None and a.parent_cosigned
                       else translate("Sessions", "Cha mẹ cùng ký"))
        if a is None:
            parent.setToolTip(translate("Sessions", "Chọn một người chưa thành niên trong danh sách tham dự"))
        elif not a.minor:
            parent.setToolTip(translate("Sessions", "{name} không phải người chưa thành niên.").format(name=a.full_name)
                              + " " + _parent_only_minors())
        else:
            parent.setToolTip(translate("Sessions", "Ghi nhận cha mẹ hoặc người giám hộ cùng ký cam kết "
                                                    "(đồng thời ghi đã ký cam kết)"))
        may_delete = self.ws.can("delete_records")
        if not may_delete:
            self.buttons["remove"].setEnabled(False)
            self.buttons["remove"].setToolTip(translate("Sessions", "Chỉ trưởng Công an xã được xóa người khỏi danh sách "
                                                                    "đã lập; cán bộ có thể sửa lượt tham dự"))

    def _open(self, dlg):
        dlg.open()
        self._dialog = dlg
        return dlg

    def make_document(self):
        """"Tạo văn bản" for the selected session: its minutes, or the selected attendee's
        commitment (issue 18)."""
        from desktop_app.ui.dialogs.documents import MakeDocumentDialog

        if self.current is None:
            return None
        a = selected_row(self.att_table)
        return self._open(MakeDocumentDialog(
            self.ws, self.ops, session_id=self.current.id, person_id=a.person_id if a else None,
            name=a.full_name if a else "", suggested="rd-cam-ket" if a else "rd-bien-ban", parent=self))

    def new_session(self):
        dlg = SessionDialog(self, self.ws, self.ops)

        def saved() -> None:  # the new session is selected when the list comes back
            if dlg.result_changes is not None and dlg.result_changes.created_id:
                self._want_session = dlg.result_changes.created_id

        dlg.accepted.connect(saved)
        return self._open(dlg)

    def pick(self):
        if self.current:
            present = {a.person_id for a in self.att_model.rows}
            return self._open(PickPersonDialog(self, self.ws, self.ops, self.current.id, present))

    def edit_attendance(self):
        a = selected_row(self.att_table)
        if a is not None:
            return self._open(AttendanceDialog(self, self.ws, self.ops, a))
        return None

    def remove_attendee(self):
        a = selected_row(self.att_table)
        if a is None or self.current is None:
            return None
        if not self.ws.can("delete_records"):
            self._dialog = show_message(self, error_text(PermissionDenied("delete attendance", str(self.ws.role))))
            return None
        s = self.current
        text = translate("Sessions", "Xóa {name} khỏi danh sách tham dự buổi {date} tại {place}? "
                                     "Lượt tham dự này bị xóa (có ghi nhật ký) và không thêm lại được vào buổi này.").format(
            name=a.full_name, date=date_text(s.date), place=s.place)
        box = ask_then(self, translate("Sessions", "Xóa người tham dự"), text, translate("Sessions", "Xóa khỏi buổi"),
                       translate("Sessions", "Không xóa"),
                       lambda: op.remove_attendee(parent=self, ops=self.ops, ws=self.ws, attendance_id=a.id))
        self._dialog = box
        return box

    def quick_add(self):
        if self.current:
            return self._open(QuickAddDialog(self, self.ws, self.ops, self.current.id))

    def toggle_signed(self) -> None:
        a = selected_row(self.att_table)
        if a:
            signed = not a.commitment_signed
            op.set_commitment(parent=self, ops=self.ops, ws=self.ws, attendance_id=a.id, signed=signed,
                              parent_cosigned=a.parent_cosigned and signed)

    def toggle_parent(self) -> None:
        a = selected_row(self.att_table)
        if a:
            if not a.minor:  # the button is disabled then; a shortcut or a stale row still says why
                self._dialog = show_message(self, translate("Sessions", "{name} không phải người chưa thành niên.").format(
                    name=a.full_name) + " " + _parent_only_minors(), translate("Sessions", "Cha mẹ cùng ký"),
                    QMessageBox.Icon.Information)
                return
            op.set_commitment(parent=self, ops=self.ops, ws=self.ws, attendance_id=a.id, signed=True,
                              parent_cosigned=not a.parent_cosigned)

    # -- printing ------------------------------------------------------------------------------
    def attendance_html(self) -> str:
        return attendance_html(self.ws, self.current, self.att_model.rows)

    def _document(self) -> QTextDocument:
        return attendance_document(self.attendance_html())

    def _printer(self) -> QPrinter:
        return attendance_printer()

    def _audit_print(self, target: str) -> None:
        sid = self.current.id
        self.ops.op(lambda: self.ws.audit.record_print("warning_session", sid, target, what="attendance_list"))

    def print_to_pdf(self, path: str) -> None:
        printer = self._printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self._document().print_(printer)
        self._audit_print("pdf")

    def print_preview(self) -> QPrintPreviewDialog | None:
        """Opens the preview and returns; the printer lives as long as the preview (printing.py)."""
        if self.current is None:
            return None
        audited: list[bool] = []

        def paint(p: QPrinter) -> None:
            self._document().print_(p)
            if not audited:  # the preview repaints at every zoom or page turn: one audit row per preview
                self._audit_print("printer")
                audited.append(True)

        return open_preview(self, self._printer(), paint)
