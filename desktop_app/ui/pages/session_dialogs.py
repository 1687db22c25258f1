"""The Sessions page's dialogs: a new session, a quick add (a person not in the register yet),
one attendance corrected, and picking many attendees at once (search and tick, or paste CCCDs)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
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
    QVBoxLayout,
)

from desktop_app.ui.dialogs.form import FormDialog, no_default_buttons
from desktop_app.ui.operations import sessions as sessions_op
from desktop_app.ui.operations.persons import search_persons
from desktop_app.ui.texts import error_text, partial_date_text, translate


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
        search_persons(parent=self, ops=self.ops, ws=self.ws, text=text, limit=50,
                       on_done=lambda page: self._show(page.rows))

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

        sessions_op.find_by_cccds(parent=self, ops=self.ops, ws=self.ws, text=text, on_done=show)

    def _show_chosen(self) -> None:
        n = len(self.chosen)
        names = ", ".join(r.full_name for r in self.chosen.values())
        self.chosen_label.setText(translate("Sessions", "Đã chọn %n người", None, n) + (f": {names}" if names else ""))
        self.add_btn.setText(translate("Sessions", "Thêm %n người (Ctrl+S)", None, n))
        self.add_btn.setEnabled(n > 0)

    # -- adding and closing ---------------------------------------------------------------------
    def add_chosen(self) -> None:
        if self._saving:
            return
        if not self.chosen:  # a stray Ctrl+S: nothing to add, and the dialog says what to do
            self.error.setText(translate("Sessions", "Chưa chọn người nào. Gõ tên rồi Enter để đánh dấu, "
                                                     "hoặc dán các số CCCD."))
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

        sessions_op.add_attendees(parent=self, ops=self.ops, ws=self.ws, session_id=self.session_id, person_ids=ids,
                                  on_done=done, on_error=failed)

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
