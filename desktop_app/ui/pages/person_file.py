"""A person's file: photo, identity, residences, every case with its timeline, sessions
attended, and the actions of daily work (visit, assessment, absence, violation, extend,
transfer, close). Opening it is audit-logged by the core."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.vocab import OPEN_STATUSES
from desktop_app.core.reports.service import ReportExports
from desktop_app.ui.dialogs import records as R
from desktop_app.ui.dialogs.files import open_file_name  # Qt's own file dialog, in Vietnamese
from desktop_app.ui.dialogs.form import ask_then, show_message
from desktop_app.ui.dialogs.transfer import TransferDialog
from desktop_app.ui.exporting import ask_xlsx_path, run_export
from desktop_app.ui.operations import persons as persons_op
from desktop_app.ui.operations import visits as visits_op
from desktop_app.ui.pages.person_file_print import PHOTO_URL as PHOTO_URL  # re-exported
from desktop_app.ui.pages.person_file_print import PersonFilePrinting, timeline_kind
from desktop_app.ui.photos import PHOTO_BOX as PHOTO_BOX  # re-exported
from desktop_app.ui.photos import photo_jpeg as photo_jpeg
from desktop_app.ui.texts import (
    category_label,
    contact_label,
    date_text,
    gender_label,
    officer_text,  # officers by full name
    officer_tip,  # officers by full name
    partial_date_text,
    status_label,
    translate,
)

# The timeline's records that can be corrected and removed here, and the dialog of each.
CORRECTABLE = {"contact": R.ContactDialog, "evaluation": R.EvaluationDialog,
               "absence": R.AbsenceDialog, "violation": R.ViolationDialog}


# The timeline's detail column: what kind of contact, period, absence or event (codes from the core).
PERIOD_KIND = {"month": QT_TRANSLATE_NOOP("PersonFile", "Tháng"), "quarter": QT_TRANSLATE_NOOP("PersonFile", "Quý"),
               "half": QT_TRANSLATE_NOOP("PersonFile", "6 tháng"), "year": QT_TRANSLATE_NOOP("PersonFile", "Năm")}
ABSENCE_KIND = {"permitted": QT_TRANSLATE_NOOP("PersonFile", "Có phép"),
                "unauthorised": QT_TRANSLATE_NOOP("PersonFile", "Không phép")}


def _timeline_detail(kind: str, subkind: str) -> str:
    if kind == "contact":
        return contact_label(subkind)
    if kind == "evaluation" and subkind in PERIOD_KIND:
        return translate("PersonFile", PERIOD_KIND[subkind])
    if kind == "absence" and subkind in ABSENCE_KIND:
        return translate("PersonFile", ABSENCE_KIND[subkind])
    if kind == "event" and subkind in R.EVENT_LABELS:
        return translate("Vocab", R.EVENT_LABELS[subkind])
    if kind == "violation":
        return ""
    return subkind


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab leaves the table
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _titled(title: QLabel, table: QTableWidget) -> QWidget:
    """A table under its bold title (the splitter's pane)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 4, 0, 0)
    lay.setSpacing(2)
    title.setStyleSheet("font-weight: bold;")
    title.setBuddy(table)
    lay.addWidget(title)
    lay.addWidget(table, 1)
    return box


def _fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.setItem(i, j, QTableWidgetItem(v))
    for col in range(t.columnCount() - 1):  # the last one stretches (resizing it would undo that on a refill)
        t.resizeColumnToContents(col)


class PersonFileDialog(PersonFilePrinting, QDialog):
    loaded = Signal()
    exported = Signal(object)  # the ListExport written
    _quiet_export = False  # tests turn the confirmation box off

    def __init__(self, ws, ops, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.ops, self.person_id = ws, ops, person_id
        self.person = None
        self.cases = []
        self._sessions = []
        self._viewed = False
        self.setWindowTitle(translate("PersonFile", "Hồ sơ đối tượng"))
        self.resize(1100, 700)
        # Everything in a scroll area: on a small screen (1366×768 at 125 %, a taskbar) the file
        # scrolls instead of being cut off below the screen's edge.
        body = QWidget()
        outer = QVBoxLayout(body)
        scroll = QScrollArea()
        scroll.setObjectName("person_file_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing (it still follows the focus)
        scroll.setWidget(body)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(scroll)
        top = QHBoxLayout()
        photo_col = QVBoxLayout()
        self.photo = QLabel(translate("PersonFile", "(chưa có ảnh)"))
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(120, 160)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setWordWrap(True)
        self.photo.setStyleSheet("border: 1px solid #999; background: #f4f4f4;")
        photo_col.addWidget(self.photo)
        self.photo_bytes: bytes | None = None
        self._photo_sha: str | None = None  # whose bytes are on screen
        self.choose_photo_btn = QPushButton(translate("PersonFile", "Chọn ảnh…"))
        self.choose_photo_btn.setObjectName("action_photo")
        self.choose_photo_btn.clicked.connect(lambda _=False: self.choose_photo())
        photo_col.addWidget(self.choose_photo_btn)
        self.remove_photo_btn = QPushButton(translate("PersonFile", "Bỏ ảnh"))
        self.remove_photo_btn.setObjectName("action_remove_photo")
        self.remove_photo_btn.clicked.connect(lambda _=False: self.remove_photo())
        self.remove_photo_btn.setEnabled(False)
        photo_col.addWidget(self.remove_photo_btn)
        photo_col.addStretch(1)
        top.addLayout(photo_col)
        ident = QGroupBox(translate("PersonFile", "Nhân thân"))
        self.ident_form = QFormLayout(ident)
        self.labels: dict[str, QLabel] = {}
        for key, label in (("full_name", translate("PersonFile", "Họ và tên")),
                           ("birth", translate("PersonFile", "Ngày sinh")),
                           ("gender", translate("PersonFile", "Giới tính")),
                           ("cccd", translate("PersonFile", "Số CCCD")),
                           ("old_ids", translate("PersonFile", "Giấy tờ cũ")),
                           ("permanent", translate("PersonFile", "Nơi thường trú")),
                           ("current", translate("PersonFile", "Nơi ở hiện tại")),
                           ("sensitive", translate("PersonFile", "Dân tộc / Tôn giáo"))):
            lbl = QLabel("")
            lbl.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lbl.setWordWrap(True)
            self.labels[key] = lbl
            self.ident_form.addRow(translate("PersonFile", "{label}:").format(label=label), lbl)
        top.addWidget(ident, 1)
        # the actions in two columns (a long single column set the dialog's height), Tab going
        # left to right, top to bottom; the record actions above, the outputs below
        actions = QGridLayout()
        record_actions: list[QPushButton] = []
        outputs: list[QPushButton] = []
        self.buttons: dict[str, QPushButton] = {}
        for key, label in (("edit", translate("PersonFile", "Sửa nhân thân")),
                           ("new_case", translate("PersonFile", "Lập hồ sơ mới")),
                           ("edit_case", translate("PersonFile", "Sửa hồ sơ quản lý")),
                           ("visit", translate("PersonFile", "Ghi thăm gặp (Ctrl+G)")),
                           ("evaluation", translate("PersonFile", "Đánh giá định kỳ")),
                           ("absence", translate("PersonFile", "Vắng mặt")),
                           ("violation", translate("PersonFile", "Vi phạm")),
                           ("event", translate("PersonFile", "Gia hạn / chuyển")),
                           ("close", translate("PersonFile", "Kết thúc hồ sơ")),
                           ("reopen", translate("PersonFile", "Mở lại hồ sơ")),
                           ("transfer", translate("PersonFile", "Chuyển địa bàn"))):
            if (key == "reopen" and not ws.can("reopen_cases")) or (key == "transfer"
                                                                    and not ws.can("transfer_records")):
                continue  # the chief's (the core refuses anyone else)
            b = QPushButton(label)
            b.setObjectName(f"action_{key}")
            b.clicked.connect(lambda _=False, k=key: self.act(k))
            record_actions.append(b)
            self.buttons[key] = b
        if ws.can("export"):
            b = QPushButton(translate("PersonFile", "Xuất Excel"))
            b.setObjectName("action_export")
            b.clicked.connect(lambda _=False: self.export_xlsx())
            outputs.append(b)
            self.buttons["export"] = b
        b = QPushButton(translate("PersonFile", "Tạo văn bản (Ctrl+D)"))
        b.setObjectName("action_document")
        b.clicked.connect(lambda _=False: self.make_document())
        outputs.append(b)
        self.buttons["document"] = b
        b = QPushButton(translate("PersonFile", "In hồ sơ (Ctrl+P)"))
        b.setObjectName("action_print")
        b.clicked.connect(lambda _=False: self.print_preview())
        outputs.append(b)
        self.buttons["print"] = b
        for i, b in enumerate(record_actions):
            actions.addWidget(b, i // 2, i % 2)
        gap = (len(record_actions) + 1) // 2
        actions.setRowStretch(gap, 1)
        for i, b in enumerate(outputs):
            actions.addWidget(b, gap + 1 + i // 2, i % 2)
        top.addLayout(actions)
        outer.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        self.case_table = _table([translate("PersonFile", "Loại"), translate("PersonFile", "Trạng thái"),
                                  translate("PersonFile", "Số QĐ"), translate("PersonFile", "Bắt đầu"),
                                  translate("PersonFile", "Kết thúc dự kiến"), translate("PersonFile", "Người giúp đỡ"),
                                  translate("PersonFile", "Cán bộ")])
        self.case_table.setObjectName("case_table")
        self.case_table.itemSelectionChanged.connect(self._show_timeline)
        self.case_table.doubleClicked.connect(lambda _i: self.act("edit_case"))
        self.case_table.installEventFilter(self)  # Enter: edit the case
        self.case_title = QLabel()
        split.addWidget(_titled(self.case_title, self.case_table))
        self.timeline = _table([translate("PersonFile", "Ngày"), translate("PersonFile", "Loại"),
                                translate("PersonFile", "Chi tiết"), translate("PersonFile", "Nội dung")])
        self.timeline.setObjectName("timeline")
        self.timeline.setToolTip(translate("PersonFile", "Enter hoặc nhấp đúp: sửa mục đã chọn; Delete: xóa"))
        self.timeline.doubleClicked.connect(lambda _i: self.edit_entry())
        self.timeline.installEventFilter(self)  # Enter: correct the line
        self.timeline.itemSelectionChanged.connect(self._entry_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.timeline, activated=self.remove_entry,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.timeline_title = QLabel()
        pane = _titled(self.timeline_title, self.timeline)
        row = QHBoxLayout()
        self.edit_entry_btn = QPushButton(translate("PersonFile", "Sửa mục đã chọn"))
        self.edit_entry_btn.setObjectName("action_edit_entry")
        self.edit_entry_btn.clicked.connect(lambda _=False: self.edit_entry())
        row.addWidget(self.edit_entry_btn)
        self.remove_entry_btn = QPushButton(translate("PersonFile", "Xóa mục đã chọn"))
        self.remove_entry_btn.setObjectName("action_remove_entry")
        self.remove_entry_btn.clicked.connect(lambda _=False: self.remove_entry())
        self.remove_entry_btn.setVisible(ws.can("delete_records"))  # the chief's (the core refuses anyone else)
        row.addWidget(self.remove_entry_btn)
        row.addStretch(1)
        pane.layout().addLayout(row)
        split.addWidget(pane)
        self.sessions = _table([translate("PersonFile", "Ngày"), translate("PersonFile", "Địa điểm"),
                                translate("PersonFile", "Nội dung buổi răn đe")])
        self.sessions_title = QLabel()
        split.addWidget(_titled(self.sessions_title, self.sessions))
        split.setSizes([150, 330, 120])
        outer.addWidget(split, 1)
        for b in self.findChildren(QPushButton):  # a stray Enter presses no button (docs/user-guide.vi.md)
            b.setAutoDefault(False)
        self.case_table.setFocus()  # not on a button: a stray Space presses nothing
        QShortcut(QKeySequence("Ctrl+G"), self, activated=lambda: self.act("visit"))
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_preview)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.make_document)
        ops.operation_did_execute.connect(self._changed)
        # No button answers Enter on its own: Enter in a table opens the selected line (a
        # QDialog would otherwise press its first button, "Chọn ảnh…").
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.reload()

    def _changed(self, ch, initiator) -> None:
        if isinstance(initiator, TransferDialog) and initiator.person.id == self.person_id:
            self.accept()  # the person left this commune: their file closes
        elif ch.persons or ch.cases or ch.visits:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Never larger than the screen's free area (a small laptop screen at 125 %): the
        content scrolls inside instead."""
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            frame = self.frameGeometry().size() - self.geometry().size()
            w = min(self.width(), free.width() - frame.width())
            h = min(self.height(), free.height() - frame.height())
            if (w, h) != (self.width(), self.height()):
                self.resize(max(w, 320), max(h, 240))
        super().showEvent(event)

    def eventFilter(self, watched, event) -> bool:
        """Enter in the case table edits the case, in the timeline corrects the line. Taken
        here, not from the view's `activated`: the view leaves Enter unhandled, and a QDialog
        would then press the default button of any of its child windows (an open record
        dialog's "Lưu")."""
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            if watched is self.case_table:
                self.act("edit_case")
                return True
            if watched is self.timeline:
                self.edit_entry()
                return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        """Reads the file again. Only the first read of a dialog is audited as a view: the ones
        that follow a save (here or elsewhere) are refreshes of what is already on screen."""
        audit, self._viewed = not self._viewed, True
        # the photo on screen is not read again
        persons_op.load_person_file(parent=self, ops=self.ops, ws=self.ws, person_id=self.person_id, audit=audit,
                                    photo_sha256=self._photo_sha, photo_bytes=self.photo_bytes, on_done=self._show)

    def _show(self, result) -> None:
        p, cases, timelines, sessions, photo = result
        self.person, self.cases, self._timelines, self._sessions = p, cases, timelines, sessions
        self._show_photo(p, photo)
        self.setWindowTitle(translate("PersonFile", "Hồ sơ: {name}").format(name=p.full_name))
        L = self.labels
        L["full_name"].setText(f"<b>{p.full_name}</b>" + (f" ({p.aliases})" if p.aliases else ""))
        L["birth"].setText(partial_date_text(p.birth_date))
        L["gender"].setText(gender_label(p.gender))
        L["cccd"].setText(p.cccd or "—")
        L["old_ids"].setText(", ".join(f"{d.kind.upper()} {d.number}" for d in p.old_ids) or "—")
        L["permanent"].setText(p.permanent_address or "—")
        L["current"].setText(p.current_address or "—")
        L["sensitive"].setText(translate("PersonFile", "(không có quyền xem)") if p.ethnicity is None
                               else " / ".join(x for x in (p.ethnicity, p.religion) if x) or "—")
        selected = self.case_table.currentRow()
        _fill(self.case_table, [[category_label(c.category), status_label(c.status), c.decision_number,
                                 date_text(c.start_date), date_text(c.computed_end), c.helper_name, officer_text(c.officer)]
                                for c in cases])
        for i, c in enumerate(cases):  # the officer's login behind the name
            if c.officer and self.case_table.item(i, 6) is not None:
                self.case_table.item(i, 6).setToolTip(officer_tip(c.officer))
        if cases:
            self.case_table.selectRow(selected if 0 <= selected < len(cases) else 0)
        self._show_timeline()
        _fill(self.sessions, [[date_text(s.date), s.place, s.topic] for s in sessions])
        n_cases, n_sessions = len(cases), len(sessions)  # (pyside6-lupdate misses a call inside translate's arguments)
        self.case_title.setText(translate("PersonFile", "Hồ sơ quản lý, giáo dục: %n", None, n_cases))
        self.sessions_title.setText(translate("PersonFile", "Buổi răn đe, giáo dục đã tham dự: %n", None, n_sessions))
        has_case = bool(cases)
        for k in ("visit", "evaluation", "absence", "violation", "event", "close", "edit_case"):
            self.buttons[k].setEnabled(has_case)
        self._case_selected()
        self.loaded.emit()

    def _show_photo(self, p, photo: bytes | None) -> None:
        self.photo_bytes = photo
        self.remove_photo_btn.setEnabled(bool(p.photo_sha256))
        if photo and p.photo_sha256 == self._photo_sha:
            return  # the same picture as on screen
        self._photo_sha = p.photo_sha256 if photo else None
        pix = QPixmap()
        if photo and pix.loadFromData(photo):
            self.photo.setPixmap(pix.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.setPixmap(QPixmap())
            # named by the row but not here yet: a photo taken on another laptop comes with the next sync
            self.photo.setText(translate("PersonFile", "(ảnh chưa về, sẽ có sau lần đồng bộ tới)")
                               if p.photo_sha256 else translate("PersonFile", "(chưa có ảnh)"))

    def choose_photo(self, path: str | None = None) -> QMessageBox | None:
        """Asks for a picture (JPEG, PNG, BMP…), scales it down, stores it as the person's photo.
        A file that is not a picture gets a message (returned), nothing is stored."""
        if self.person is None:
            return None
        if path is None:
            path, _ = open_file_name(self, translate("PersonFile", "Chọn ảnh của đối tượng"), "",
                                     translate("PersonFile", "Ảnh (*.jpg *.jpeg *.png *.bmp)"))
            if not path:
                return None
        data = photo_jpeg(path)
        if data is None:
            self._dialog = show_message(
                self, translate("PersonFile", "Tệp này không phải ảnh hoặc đã hỏng: {path}").format(path=path),
                translate("PersonFile", "Không đọc được ảnh"))
            return self._dialog
        persons_op.set_photo(parent=self, ops=self.ops, ws=self.ws, person_id=self.person_id, data=data)
        return None

    def remove_photo(self) -> QMessageBox | None:
        """Asks first (Enter keeps the photo); on "Bỏ ảnh" the core takes it off the file."""
        if self.person is None or not self.person.photo_sha256:
            return None
        pid = self.person_id
        self._dialog = ask_then(
            self, translate("PersonFile", "Bỏ ảnh"),
            translate("PersonFile", "Bỏ ảnh của {name} khỏi hồ sơ?").format(name=self.person.full_name),
            translate("PersonFile", "Bỏ ảnh"), translate("PersonFile", "Giữ ảnh"),
            lambda: persons_op.remove_photo(parent=self, ops=self.ops, ws=self.ws, person_id=pid))
        return self._dialog

    def current_case(self):
        row = self.case_table.currentRow()
        return self.cases[row] if 0 <= row < len(self.cases) else None

    def _show_timeline(self) -> None:
        case = self.current_case()
        entries = self._timelines.get(case.id, []) if case else []
        n = len(entries)
        if case:
            title = translate("PersonFile", "Diễn biến — {category}: %n mục", None, n)
            self.timeline_title.setText(title.format(category=category_label(case.category)))
        else:
            self.timeline_title.setText(translate("PersonFile", "Diễn biến: chưa có hồ sơ"))
        chosen = self.current_entry()
        self._entries = entries
        edited = translate("PersonFile", "{kind} (đã sửa)")
        _fill(self.timeline, [[date_text(e.date),
                               edited.format(kind=timeline_kind(e.kind)) if e.edited else timeline_kind(e.kind),
                               _timeline_detail(e.kind, e.subkind), e.summary]
                              for e in entries])
        for i, e in enumerate(entries):
            if e.edited:
                self.timeline.item(i, 1).setToolTip(
                    translate("PersonFile", "Đã sửa sau khi ghi; nội dung cũ còn trong nhật ký"))
            if chosen is not None and e.id == chosen.id:
                self.timeline.selectRow(i)
        self._case_selected()
        self._entry_selected()

    def _case_selected(self) -> None:
        case = self.current_case()
        closed = case is not None and case.status not in OPEN_STATUSES
        if "reopen" in self.buttons:
            self.buttons["reopen"].setEnabled(closed)
        self.buttons["close"].setEnabled(case is not None and not closed)

    def current_entry(self):
        """The selected line of the timeline (a TimelineEntry), or None."""
        row = self.timeline.currentRow()
        entries = getattr(self, "_entries", [])
        if not self.timeline.selectionModel().hasSelection():
            return None
        return entries[row] if 0 <= row < len(entries) else None

    def _entry_selected(self) -> None:
        e = self.current_entry()
        correctable = e is not None and e.kind in CORRECTABLE
        self.edit_entry_btn.setEnabled(correctable)
        self.remove_entry_btn.setEnabled(correctable)

    def edit_entry(self) -> None:
        """Opens the selected contact, assessment, absence or violation in its dialog, filled,
        to correct it (the core keeps the old values in the audit trail)."""
        e, case = self.current_entry(), self.current_case()
        if e is None or case is None or e.kind not in CORRECTABLE:
            return
        ws, ops = self.ws, self.ops

        def opened(record) -> None:
            dialog = CORRECTABLE[e.kind]
            self._dialog = dialog(self, ws, ops, case.id, record_id=e.id, record=record)
            self._dialog.open()

        visits_op.load_record(parent=self, ops=ops, ws=ws, kind=e.kind, record_id=e.id, on_done=opened)

    def remove_entry(self) -> QMessageBox | None:
        """Asks first, naming the person and the record (Enter keeps it); then removes it."""
        e = self.current_entry()
        if e is None or e.kind not in CORRECTABLE or self.person is None or not self.ws.can("delete_records"):
            return None
        what = translate("PersonFile", "{kind} ngày {date}").format(kind=timeline_kind(e.kind).lower(),
                                                                     date=date_text(e.date))
        if e.summary:
            what += f" «{e.summary[:60]}{'…' if len(e.summary) > 60 else ''}»"
        text = translate("PersonFile", "Xóa {what} khỏi hồ sơ của {name}? Mục này biến khỏi diễn biến; "
                                       "nội dung cũ vẫn còn trong nhật ký.").format(what=what, name=self.person.full_name)
        ws, kind, rid = self.ws, e.kind, e.id
        self._dialog = ask_then(self, translate("PersonFile", "Xóa mục"), text,
                                translate("PersonFile", "Xóa"), translate("PersonFile", "Giữ lại"),
                                lambda: visits_op.remove_record(parent=self, ops=self.ops, ws=ws, kind=kind,
                                                                record_id=rid))
        return self._dialog

    def act(self, key: str) -> None:
        ws, ops = self.ws, self.ops
        case = self.current_case()
        name = self.person.full_name if self.person else ""
        if key == "edit" and self.person:
            dlg = R.PersonDialog(self, ws, ops, self.person)
        elif key == "transfer" and self.person:
            dlg = TransferDialog(self, ws, ops, self.person,
                                 open_cases=sum(c.status in OPEN_STATUSES for c in self.cases))
        elif key == "new_case":
            dlg = R.CaseDialog(self, ws, ops, self.person_id)
        elif case is None:  # Ctrl+G on a person without a case: say why nothing opens
            if self.person is not None and key in ("visit", "evaluation", "absence", "violation", "event", "close"):
                self._dialog = show_message(self, translate(
                    "PersonFile", "{name} chưa có hồ sơ quản lý nào: lập hồ sơ trước (nút “Lập hồ sơ mới”).").format(
                    name=name), translate("PersonFile", "Chưa có hồ sơ"), QMessageBox.Icon.Information)
            return
        elif key == "reopen" and case.status in OPEN_STATUSES:
            return
        else:
            dlg = {"visit": lambda: R.ContactDialog(self, ws, ops, case.id),
                   "evaluation": lambda: R.EvaluationDialog(self, ws, ops, case.id),
                   "absence": lambda: R.AbsenceDialog(self, ws, ops, case.id),
                   "violation": lambda: R.ViolationDialog(self, ws, ops, case.id),
                   "event": lambda: R.EventDialog(self, ws, ops, case.id),
                   "edit_case": lambda: R.CaseDialog(self, ws, ops, self.person_id, case=case),
                   "close": lambda: R.CloseCaseDialog(self, ws, ops, case.id, case=case, person_name=name),
                   "reopen": lambda: R.ReopenCaseDialog(self, ws, ops, case, person_name=name)}[key]()
        dlg.open()
        self._dialog = dlg  # keep a reference while it is open

    def make_document(self):
        """"Tạo văn bản": a template filled for this person and the selected case (issue 18)."""
        from desktop_app.ui.dialogs.documents import MakeDocumentDialog

        case = self.current_case()
        self._document_dialog = MakeDocumentDialog(
            self.ws, self.ops, person_id=self.person_id, case_id=case.id if case else None,
            name=self.person.full_name if self.person else "", case_category=case.category if case else None,
            parent=self)
        self._document_dialog.open()
        return self._document_dialog

    # -- export and print -----------------------------------------------------------------------
    def export_xlsx(self, path: str | None = None) -> None:
        if self.person is None:
            return
        path = path or ask_xlsx_path(self, "ho-so")
        if not path:
            return
        pid = self.person_id
        run_export(self, self.ops, lambda: ReportExports.of(self.ws).person_file(pid, path),
                   on_done=self.exported.emit, quiet=self._quiet_export)
