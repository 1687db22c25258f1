"""Warning and education sessions: create a session, add attendees by search or quick-add
(name, birth date, CCCD), mark commitments signed (and the parent's co-signature for minors),
print the attendance list (audit-logged)."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QEvent, QMarginsF, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PermissionDenied
from desktop_app.ui.dialogs.form import FormDialog, ask_then, no_default_buttons, on_error_message, show_message
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table, selected_row
from desktop_app.ui.printing import open_preview
from desktop_app.ui.texts import date_text, datetime_text, error_text, partial_date_text, translate


def _yes(v: bool) -> str:
    return "✓" if v else ""


class SessionDialog(FormDialog):
    def __init__(self, parent, ws, ops):
        super().__init__(parent, translate("Sessions", "Tổ chức buổi gọi hỏi, răn đe, giáo dục"), ops)
        self.ws = ws
        self.add_date("date", translate("Sessions", "Ngày"))
        self.add_line("place", translate("Sessions", "Địa điểm"))
        self.add_line("chair", translate("Sessions", "Người chủ trì"), max_length=120)
        self.add_line("topic", translate("Sessions", "Nội dung"), max_length=500)
        self._dirty = False

    def values(self):
        return {"date": self.date("date"), "place": self.text("place"), "chair": self.text("chair"),
                "topic": self.text("topic")}

    def submit(self, values):
        return self.ws.sessions.create(values)


class QuickAddDialog(FormDialog):
    """A person not in the register yet: name, birth date, CCCD; then added to the session."""

    def __init__(self, parent, ws, ops, session_id: str):
        super().__init__(parent, translate("Sessions", "Thêm nhanh người tham dự"), ops)
        self.ws, self.session_id = ws, session_id
        self.add_line("full_name", translate("Sessions", "Họ và tên *"), max_length=200)
        self.add_line("birth_date", translate("Sessions", "Ngày sinh"), placeholder=translate("Person", "dd/mm/yyyy, mm/yyyy hoặc yyyy"))
        self.add_line("cccd", translate("Sessions", "Số CCCD"), max_length=20)
        self.add_check("commitment_signed", translate("Sessions", "Đã ký cam kết"))
        self._dirty = False

    def values(self):
        return {"full_name": self.text("full_name"), "birth_date": self.text("birth_date") or None,
                "cccd": self.text("cccd") or None, "signed": self.fields["commitment_signed"].isChecked()}

    def submit(self, values):
        signed = values.pop("signed")
        existing = self.ws.persons.find_by_cccd(values["cccd"]) if values["cccd"] else None
        changes = None
        if existing is None:
            changes = self.ws.persons.add(values)
            pid = changes.created_id
        else:
            pid = existing.id
        att = self.ws.sessions.add_attendee({"session_id": self.session_id, "person_id": pid,
                                             "commitment_signed": signed})
        return att | changes if changes else att


class AttendanceDialog(FormDialog):
    """Correct one attendance: the commitment, a minor's parent co-signature, a note."""

    def __init__(self, parent, ws, ops, attendance):
        super().__init__(parent, translate("Sessions", "Sửa lượt tham dự: {name}").format(name=attendance.full_name), ops)
        self.ws, self.attendance = ws, attendance
        self.add_check("commitment_signed", translate("Sessions", "Đã ký cam kết"))
        self.add_check("parent_cosigned", translate("Sessions", "Cha mẹ cùng ký"))
        self.add_line("note", translate("Sessions", "Ghi chú"), max_length=500)
        self.fields["commitment_signed"].setChecked(attendance.commitment_signed)
        self.fields["parent_cosigned"].setChecked(attendance.parent_cosigned)
        self.fields["note"].setText(attendance.note)
        if not attendance.minor:
            self.fields["parent_cosigned"].setEnabled(False)
            self.fields["parent_cosigned"].setToolTip(_parent_only_minors())
        self.fields["commitment_signed"].toggled.connect(
            lambda on: self.fields["parent_cosigned"].setChecked(False) if not on else None)
        self._dirty = False

    def values(self):
        return {"commitment_signed": self.fields["commitment_signed"].isChecked(),
                "parent_cosigned": self.fields["parent_cosigned"].isChecked(), "note": self.text("note")}

    def submit(self, values):
        return self.ws.sessions.update_attendance(self.attendance.id, **values)


def _page_layout() -> QPageLayout:
    """The attendance list's page: A4 portrait, a wider left margin for binding."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(25, 15, 15, 15), QPageLayout.Unit.Millimeter)


def _parent_only_minors() -> str:
    return translate("Sessions", "Chỉ người chưa thành niên (dưới 18 tuổi vào ngày tổ chức buổi) mới cần cha mẹ "
                                 "hoặc người giám hộ cùng ký cam kết.")


class PickPersonDialog(QDialog):
    """Add many attendees at once: search (accent-insensitive, in the core) and tick the
    results — Enter in the search field ticks the highlighted one, so names can be typed one
    after another — and/or paste CCCD numbers, one a line (the ones naming nobody are listed).
    "Thêm" (Ctrl+S) adds everyone ticked in one write."""

    def __init__(self, parent, ws, ops, session_id: str, present: set[str] | frozenset[str] = frozenset()):
        super().__init__(parent)
        self.ws, self.ops, self.session_id = ws, ops, session_id
        self.present = set(present)  # persons already at the session
        self.chosen: dict[str, Any] = {}  # person id -> row, in the order ticked
        self._saving = False
        self.setWindowTitle(translate("Sessions", "Thêm người tham dự"))
        self.resize(820, 520)
        lay = QVBoxLayout(self)
        cols = QHBoxLayout()
        left = QVBoxLayout()
        find_lbl = QLabel(translate("Sessions", "&Tìm theo tên hoặc số CCCD (gõ không dấu được), Enter để chọn:"))
        self.search = QLineEdit()
        self.search.setObjectName("attendees_search")
        self.search.setPlaceholderText(translate("Sessions", "Gõ tên hoặc số CCCD…"))
        self.search.setClearButtonEnabled(True)
        find_lbl.setBuddy(self.search)
        left.addWidget(find_lbl)
        left.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("attendees_results")
        self.results.setToolTip(translate("Sessions", "Dấu cách hoặc Enter: chọn / bỏ chọn người đang đánh dấu"))
        left.addWidget(self.results, 1)
        cols.addLayout(left, 3)
        right = QVBoxLayout()
        paste_lbl = QLabel(translate("Sessions", "Hoặc &dán số CCCD, mỗi dòng một số:"))
        self.cccds = QPlainTextEdit()
        self.cccds.setObjectName("attendees_cccds")
        self.cccds.setTabChangesFocus(True)
        paste_lbl.setBuddy(self.cccds)
        right.addWidget(paste_lbl)
        right.addWidget(self.cccds, 1)
        self.find_btn = QPushButton(translate("Sessions", "Chọn theo các số đã dán"))
        self.find_btn.setObjectName("attendees_find_cccds")
        self.find_btn.setAutoDefault(False)
        self.find_btn.clicked.connect(self.find_cccds)
        right.addWidget(self.find_btn)
        self.not_found = QLabel("")
        self.not_found.setObjectName("attendees_not_found")
        self.not_found.setWordWrap(True)
        self.not_found.setStyleSheet("color: #a40000;")
        self.not_found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.not_found)
        cols.addLayout(right, 2)
        lay.addLayout(cols, 1)
        self.chosen_label = QLabel("")
        self.chosen_label.setObjectName("attendees_chosen")
        self.chosen_label.setWordWrap(True)
        lay.addWidget(self.chosen_label)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.add_btn = self.buttons.addButton(translate("Sessions", "Thêm (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_btn.setObjectName("attendees_add")
        close_btn = self.buttons.addButton(translate("Sessions", "Đóng (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        for b in (self.add_btn, close_btn):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.buttons.accepted.connect(self.add_chosen)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        self.results.itemChanged.connect(self._item_changed)
        self.results.itemDoubleClicked.connect(self._toggle_item)  # Enter: keyPressEvent below
        self._show_chosen()
        self.search.setFocus()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible:
            no_default_buttons(self)  # the dialog's own rule: QDialogButtonBox made "Thêm" default on show

    # -- choosing -------------------------------------------------------------------------------
    def _search(self) -> None:
        text = self.search.text()
        if not text.strip():
            self._show([])
            return
        self.ops.query(lambda: self.ws.persons.search(text, limit=50).rows, on_done=self._show)

    def _show(self, rows) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for r in rows:
            self._add_item(r)
        self.results.blockSignals(False)
        if rows:
            self.results.setCurrentRow(0)

    def _add_item(self, r) -> QListWidgetItem:
        text = "   ".join(x for x in (r.full_name, partial_date_text(r.birth_date), r.cccd or "", r.current_address) if x)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, r)
        if r.id in self.present:
            item.setText(translate("Sessions", "{person} — đã có trong danh sách").format(person=text))
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        else:
            item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.id in self.chosen else Qt.CheckState.Unchecked)
        self.results.addItem(item)
        return item

    def _item_changed(self, item: QListWidgetItem) -> None:
        r = item.data(Qt.ItemDataRole.UserRole)
        if r is None or r.id in self.present:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen.setdefault(r.id, r)
        else:
            self.chosen.pop(r.id, None)
        self._show_chosen()

    def _toggle_item(self, item: QListWidgetItem | None) -> None:
        if item is None or not (item.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            return
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def toggle_current(self) -> None:
        self._toggle_item(self.results.currentItem())

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                # tick the highlighted person, then the next name can be typed at once
                self.toggle_current()
                self.search.selectAll()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                self.results.setFocus()  # onto the highlighted person, where Enter would tick
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(obj, event)

    def find_cccds(self) -> None:
        text = self.cccds.toPlainText()

        def show(result) -> None:
            found, missing = result
            for r in found:
                if r.id not in self.present:
                    self.chosen.setdefault(r.id, r)
            if found:  # the persons found, ticked, in the list; else the list stays as it was
                self._show(found)
            self._show_chosen()
            msgs = []
            if missing:
                n = len(missing)
                msgs.append(translate("Sessions", "Không tìm thấy %n số:", None, n) + " " + ", ".join(missing))
            there = [r.full_name for r in found if r.id in self.present]
            if there:
                msgs.append(translate("Sessions", "Đã có trong danh sách: {names}").format(names=", ".join(there)))
            self.not_found.setText("\n".join(msgs))

        self.ops.query(lambda: self.ws.sessions.find_by_cccds(text), on_done=show)

    def _show_chosen(self) -> None:
        n = len(self.chosen)
        names = ", ".join(r.full_name for r in self.chosen.values())
        self.chosen_label.setText(translate("Sessions", "Đã chọn %n người", None, n) + (f": {names}" if names else ""))
        self.add_btn.setText(translate("Sessions", "Thêm %n người (Ctrl+S)", None, n))
        self.add_btn.setEnabled(n > 0)

    # -- adding and closing ---------------------------------------------------------------------
    def add_chosen(self) -> None:
        if not self.chosen or self._saving:
            return
        ids = list(self.chosen)
        self._saving = True

        def failed(e: BaseException) -> None:
            self._saving = False
            self.error.setText(error_text(e))

        def done(_c) -> None:
            self._saving = False
            self.chosen.clear()
            self.accept()

        self.ops.op(lambda: self.ws.sessions.add_attendees(self.session_id, ids), on_done=done, on_error=failed)

    def reject(self) -> None:
        if self.chosen and not self._saving:
            n = len(self.chosen)
            answer = QMessageBox.question(
                self, translate("Sessions", "Chưa thêm"),
                translate("Sessions", "Đã chọn %n người nhưng chưa thêm vào danh sách. Bỏ các lựa chọn này?", None, n),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Save) or (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_chosen()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.results:
                self.toggle_current()
            return  # Enter never adds nor closes by itself
        super().keyPressEvent(event)


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
        chain = [self.buttons["new"], self.buttons["print"], self.sessions_table,
                 *(self.buttons[k] for k in ("pick", "quick", "edit", "sign", "parent", "remove")), self.att_table]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        for table in (self.sessions_table, self.att_table):
            table.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab leaves the table
        lay.addWidget(split, 1)
        ops.operation_did_execute.connect(lambda ch, _i: self.refresh() if (ch.sessions or ch.persons) else None)
        self._update_buttons()

    def refresh(self) -> None:
        self.ops.query(lambda: self.ws.sessions.list(limit=1000), on_done=self._show)

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
        sid = self.current.id
        self.ops.query(lambda: self.ws.sessions.attendees(sid), on_done=self._show_attendees)

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
        for k in ("pick", "quick", "print"):
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
                       lambda: self.ops.op(lambda: self.ws.sessions.remove_attendee(a.id),
                                           on_error=on_error_message(self)))
        self._dialog = box
        return box

    def quick_add(self):
        if self.current:
            return self._open(QuickAddDialog(self, self.ws, self.ops, self.current.id))

    def toggle_signed(self) -> None:
        a = selected_row(self.att_table)
        if a:
            signed = not a.commitment_signed
            self.ops.op(lambda: self.ws.sessions.set_commitment(a.id, signed=signed,
                                                                parent_cosigned=a.parent_cosigned and signed),
                        on_error=on_error_message(self))

    def toggle_parent(self) -> None:
        a = selected_row(self.att_table)
        if a:
            if not a.minor:  # the button is disabled then; a shortcut or a stale row still says why
                self._dialog = show_message(self, translate("Sessions", "{name} không phải người chưa thành niên.").format(
                    name=a.full_name) + " " + _parent_only_minors(), translate("Sessions", "Cha mẹ cùng ký"),
                    QMessageBox.Icon.Information)
                return
            self.ops.op(lambda: self.ws.sessions.set_commitment(a.id, signed=True, parent_cosigned=not a.parent_cosigned),
                        on_error=on_error_message(self))

    # -- printing ------------------------------------------------------------------------------
    def attendance_html(self) -> str:
        s = self.current
        # the page's whole width; "Ký tên" wide enough to sign in, each row tall enough
        widths = (6, 28, 14, 10, 10, 32)
        rows = "".join(
            f"<tr><td align=center>{i}</td><td>{html.escape(a.full_name)}</td><td>{partial_date_text(a.birth_date)}</td>"
            f"<td align=center>{_yes(a.commitment_signed)}</td><td align=center>{_yes(a.parent_cosigned)}</td>"
            "<td>&nbsp;<br>&nbsp;</td></tr>"
            for i, a in enumerate(self.att_model.rows, 1))
        head = translate("Sessions", "DANH SÁCH NGƯỜI THAM DỰ BUỔI GỌI HỎI, RĂN ĐE, GIÁO DỤC")
        meta = translate("Sessions", "Ngày {date} — Địa điểm: {place} — Chủ trì: {chair}").format(
            date=date_text(s.date), place=html.escape(s.place), chair=html.escape(s.chair))
        cols = [translate("Sessions", "STT"), translate("Sessions", "Họ và tên"), translate("Sessions", "Ngày sinh"),
                translate("Sessions", "Ký cam kết"), translate("Sessions", "Cha mẹ cùng ký"), translate("Sessions", "Ký tên")]
        watermark = translate("Sessions", "In bởi {user} lúc {at}").format(
            user=self.ws.full_name, at=datetime_text(dt.datetime.now()))
        return (f"<p align=center><b>{html.escape(self.ws.unit_name.upper())}</b></p><h3 align=center>{head}</h3>"
                f"<p align=center>{meta}</p><table border=1 cellspacing=0 cellpadding=5 width=100%>"
                "<thead><tr>" + "".join(f"<th width={w}%>{c}</th>" for c, w in zip(cols, widths))
                + f"</tr></thead>{rows}</table>"
                f"<p style='color:#888; font-size:8pt'>{html.escape(watermark)}</p>")

    def _document(self) -> QTextDocument:
        doc = QTextDocument()
        # laid out on the printer's page inside its margins (without a page size Qt adds 2 cm
        # margins of its own and the list came out narrow)
        # (QTextDocument lays out in 96-dpi pixels and scales that to the printer)
        doc.setPageSize(_page_layout().paintRect(QPageLayout.Unit.Point).size() * (96 / 72))
        doc.setDocumentMargin(0)
        font = doc.defaultFont()
        font.setPointSizeF(10)
        doc.setDefaultFont(font)
        doc.setHtml(self.attendance_html())
        return doc

    def _printer(self) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setPageLayout(_page_layout())
        return p

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
        return open_preview(self, self._printer(),
                            lambda p: (self._document().print_(p), self._audit_print("printer")))



