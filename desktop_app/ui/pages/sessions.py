"""Warning and education sessions: create a session, add attendees by search or quick-add
(name, birth date, CCCD), mark commitments signed (and the parent's co-signature for minors),
print the attendance list (audit-logged)."""

from __future__ import annotations

import datetime as dt
import html


from PySide6.QtCore import QMarginsF, Qt, QTimer
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.dialogs.form import FormDialog, on_error_message
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table, selected_row
from desktop_app.ui.printing import open_preview
from desktop_app.ui.texts import date_text, datetime_text, partial_date_text, translate


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


class PickPersonDialog(QDialog):
    """Search-as-you-type list; Enter or double-click adds the person."""

    def __init__(self, parent, ws, ops, session_id: str):
        super().__init__(parent)
        self.ws, self.ops, self.session_id = ws, ops, session_id
        self.setWindowTitle(translate("Sessions", "Thêm người tham dự"))
        self.resize(560, 420)
        lay = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Sessions", "Gõ tên hoặc số CCCD…"))
        lay.addWidget(self.search)
        self.results = QListWidget()
        lay.addWidget(self.results)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #a40000;")
        lay.addWidget(self.error)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.add_current)
        self.results.itemActivated.connect(lambda _i: self.add_current())

    def _search(self) -> None:
        text = self.search.text()
        self.ops.query(lambda: self.ws.persons.search(text, limit=30), on_done=self._show)

    def _show(self, page) -> None:
        self.results.clear()
        for r in page.rows:
            item = QListWidgetItem(f"{r.full_name}   {partial_date_text(r.birth_date)}   {r.cccd or ''}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.results.addItem(item)
        if page.rows:
            self.results.setCurrentRow(0)

    def add_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        pid = item.data(Qt.ItemDataRole.UserRole)

        def failed(e: BaseException) -> None:
            from desktop_app.ui.texts import error_text

            self.error.setText(error_text(e))

        self.ops.op(lambda: self.ws.sessions.add_attendee({"session_id": self.session_id, "person_id": pid}),
                    on_done=lambda _c: self.accept(), on_error=failed)


class SessionsPage(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.current = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel("")
        bar.addWidget(self.summary, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (("new", translate("Sessions", "Buổi mới"), self.new_session),
                                 ("pick", translate("Sessions", "Thêm người (tìm)"), self.pick),
                                 ("quick", translate("Sessions", "Thêm nhanh"), self.quick_add),
                                 ("sign", translate("Sessions", "Ký cam kết"), self.toggle_signed),
                                 ("parent", translate("Sessions", "Cha mẹ cùng ký"), self.toggle_parent),
                                 ("print", translate("Sessions", "In danh sách"), self.print_preview)):
            b = QPushButton(label)
            b.setObjectName(f"session_{key}")
            b.clicked.connect(slot)
            bar.addWidget(b)
            self.buttons[key] = b
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
        att_box = QWidget()
        att_lay = QVBoxLayout(att_box)
        att_lay.setContentsMargins(0, 4, 0, 0)
        att_lay.setSpacing(2)
        self.att_title = QLabel()
        self.att_title.setObjectName("attendees_title")
        self.att_title.setStyleSheet("font-weight: bold;")
        self.att_title.setText(translate("Sessions", "Chọn một buổi ở bảng trên để xem và thêm người tham dự"))
        att_lay.addWidget(self.att_title)
        att_lay.addWidget(self.att_table, 1)
        split.addWidget(att_box)
        lay.addWidget(split, 1)
        ops.operation_did_execute.connect(lambda ch, _i: self.refresh() if (ch.sessions or ch.persons) else None)
        self._update_buttons()

    def refresh(self) -> None:
        self.ops.query(lambda: self.ws.sessions.list(limit=1000), on_done=self._show)

    def _show(self, page) -> None:
        keep = self.current.id if self.current else None
        self.sessions_model.set_rows(page.rows)
        total, count = sum(s.attendances for s in page.rows), page.total
        self.summary.setText(translate("Sessions", "{sessions}, %Ln lượt tham dự", None, total).format(
            sessions=translate("Sessions", "%Ln buổi", None, count)))
        for i, s in enumerate(page.rows):
            if s.id == keep:
                self.sessions_table.selectRow(i)
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
        self.att_model.set_rows(rows)
        s = self.current
        if s is None:
            return
        n = len(rows)
        title = translate("Sessions", "Người tham dự buổi {date} tại {place}: %n người", None, n)
        self.att_title.setText(title.format(date=date_text(s.date), place=s.place))

    def _update_buttons(self) -> None:
        for k in ("pick", "quick", "sign", "parent", "print"):
            self.buttons[k].setEnabled(self.current is not None)

    def _open(self, dlg):
        dlg.open()
        self._dialog = dlg
        return dlg

    def new_session(self):
        return self._open(SessionDialog(self, self.ws, self.ops))

    def pick(self):
        if self.current:
            return self._open(PickPersonDialog(self, self.ws, self.ops, self.current.id))

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
            self.ops.op(lambda: self.ws.sessions.set_commitment(a.id, signed=True, parent_cosigned=not a.parent_cosigned),
                        on_error=on_error_message(self))

    # -- printing ------------------------------------------------------------------------------
    def attendance_html(self) -> str:
        s = self.current
        rows = "".join(
            f"<tr><td>{i}</td><td>{html.escape(a.full_name)}</td><td>{partial_date_text(a.birth_date)}</td>"
            f"<td align=center>{_yes(a.commitment_signed)}</td><td align=center>{_yes(a.parent_cosigned)}</td><td></td></tr>"
            for i, a in enumerate(self.att_model.rows, 1))
        head = translate("Sessions", "DANH SÁCH NGƯỜI THAM DỰ BUỔI GỌI HỎI, RĂN ĐE, GIÁO DỤC")
        meta = translate("Sessions", "Ngày {date} — Địa điểm: {place} — Chủ trì: {chair}").format(
            date=date_text(s.date), place=html.escape(s.place), chair=html.escape(s.chair))
        cols = [translate("Sessions", "STT"), translate("Sessions", "Họ và tên"), translate("Sessions", "Ngày sinh"),
                translate("Sessions", "Ký cam kết"), translate("Sessions", "Cha mẹ cùng ký"), translate("Sessions", "Ký tên")]
        watermark = translate("Sessions", "In bởi {user} lúc {at}").format(
            user=self.ws.username, at=datetime_text(dt.datetime.now()))
        return (f"<p align=center><b>{html.escape(self.ws.unit_name.upper())}</b></p><h3 align=center>{head}</h3>"
                f"<p align=center>{meta}</p><table border=1 cellspacing=0 cellpadding=4 width=100%>"
                "<tr>" + "".join(f"<th>{c}</th>" for c in cols) + f"</tr>{rows}</table>"
                f"<p style='color:#888; font-size:8pt'>{html.escape(watermark)}</p>")

    def _document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(self.attendance_html())
        return doc

    def _printer(self) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                    QMarginsF(30, 20, 15, 20),
                                    QPageLayout.Unit.Millimeter))
        return p

    def _audit_print(self, target: str) -> None:
        sid = self.current.id
        self.ops.query(lambda: self.ws.audit.record("print", entity="warning_session", entity_id=sid,
                                                    detail={"what": "attendance_list", "target": target}),
                       on_done=lambda _r: None)

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



