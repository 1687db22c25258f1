""""Tạo văn bản": pick a template and make the document from the register, in a few keys.

Typing filters the list (accent-insensitive), ↓/↑ move in it, Enter makes the selected
document: the core fills it, numbers it, keeps it in the register and audits it; the .docx is
written to Documents/WardBook and opened for editing (Word, LibreOffice). Ctrl+P also makes a
PDF where the computer can (LibreOffice; on Windows Word with docx2pdf). Esc closes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import vocabulary as V
from desktop_app.core.documents.templates import fitting_categories, template_category_of_case
from desktop_app.core.textvn import fold
from desktop_app.ui.dialogs.datefield import DateField
from desktop_app.ui.i18n import current_language
from desktop_app.ui.operations import documents as docs_op
from desktop_app.ui.texts import error_text, translate

__all__ = ["MakeDocumentDialog", "documents_folder", "SUGGESTED_FOR_DUE", "suggested_for_due"]

# the template a due item asks for (DueItem.kind → template id by case category group)
SUGGESTED_FOR_DUE = {
    ("assessment", "education"): "gd-nhan-xet-giup-do",
    ("assessment", "court"): "an-nhan-xet-thang",
    ("visit", "court"): "an-nhan-xet-thang",
    ("case_ending", "education"): "gd-chung-nhan",
    ("case_ending", "court"): "an-nhan-xet-ket-thuc",
    ("revocation_request", "court"): "an-bao-cao-dinh-ky",
    ("review", "reintegration"): "tn-trinh-dien",
}
def suggested_for_due(kind: str, category: str) -> str | None:
    """The template a due item asks for: the review that is due, the end-of-term paper…"""
    return SUGGESTED_FOR_DUE.get((kind, template_category_of_case(category) or category))


def documents_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(base) / "WardBook"


def _free_name(folder: Path, stem: str) -> Path:
    path = folder / f"{stem}.docx"
    n = 2
    while path.exists():
        path = folder / f"{stem} ({n}).docx"
        n += 1
    return path


class MakeDocumentDialog(QDialog):
    made = Signal(object)  # (MadeDocument, pdf path or None)
    loaded = Signal()
    open_files = True  # tests turn opening the file in Word off
    out_dir: Path | None = None  # tests write elsewhere than Documents/WardBook

    def __init__(self, ws, ops, *, person_id: str | None = None, case_id: str | None = None,
                 session_id: str | None = None, tip_id: str | None = None, period_start: dt.date | None = None,
                 suggested: str | None = None, name: str = "", case_category: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.refs: dict[str, Any] = {k: v for k, v in (("person_id", person_id), ("case_id", case_id),
                                                        ("session_id", session_id), ("tip_id", tip_id),
                                                        ("period_start", period_start)) if v}
        self.suggested, self.name = suggested, name
        # the forms that fit what the document is for (a court case's, a session's…): the list
        # shows only those while "only fitting" is ticked (Alt+C), every form otherwise
        self.fitting = fitting_categories(case_category=case_category, session=bool(session_id),
                                          tip=bool(tip_id))
        self.templates: list[Any] = []
        self.setWindowTitle(translate("Documents", "Tạo văn bản"))
        self.resize(780, 640)
        lay = QVBoxLayout(self)
        if name:
            who = QLabel(translate("Documents", "Văn bản cho: {name}").format(name=name))
            who.setStyleSheet("font-weight: bold;")
            lay.addWidget(who)
        self.filter = QLineEdit()
        self.filter.setObjectName("doc_filter")
        self.filter.setPlaceholderText(translate("Documents", "Gõ để lọc mẫu (ví dụ: cam kết, giấy phép)…"))
        self.filter.textChanged.connect(self._fill)
        self.filter.installEventFilter(self)
        lay.addWidget(self.filter)
        self.only_fitting = QCheckBox(translate("Documents", "&Chỉ các mẫu hợp với hồ sơ này"))
        self.only_fitting.setObjectName("doc_only_fitting")
        self.only_fitting.setChecked(bool(self.fitting))
        self.only_fitting.setVisible(bool(self.fitting))
        self.only_fitting.toggled.connect(self._fill)
        lay.addWidget(self.only_fitting)
        self.list = QListWidget()
        self.list.setObjectName("doc_templates")
        self.list.currentRowChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _i: self.make())
        lay.addWidget(self.list, 1)
        self.info = QLabel("")
        self.info.setObjectName("doc_info")
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #555555;")
        lay.addWidget(self.info)
        form = QFormLayout()
        self.date = DateField(ws.today())
        self.date.setObjectName("doc_date")
        form.addRow(translate("Documents", "Ngày văn bản:"), self.date)
        self.pdf = QCheckBox(translate("Documents", "Làm thêm bản PDF"))
        self.pdf.setObjectName("doc_pdf")
        self.pdf.setEnabled(docs_op.pdf_possible())
        if not self.pdf.isEnabled():
            self.pdf.setToolTip(translate("Documents", "Máy này chưa có LibreOffice (hoặc Word và docx2pdf trên Windows)"))
        form.addRow("", self.pdf)
        lay.addLayout(form)
        self.status = QLabel("")
        self.status.setObjectName("doc_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        self.kept_title = QLabel(translate("Documents", "Văn bản đã tạo (lưu trong sổ, đã mã hóa) — Enter để mở lại:"))
        self.kept = QListWidget()
        self.kept.setObjectName("doc_kept")
        self.kept.setMaximumHeight(110)
        self.kept.itemActivated.connect(lambda _i: self.open_kept())
        self.kept_rows: list[Any] = []
        if person_id or session_id:
            lay.addWidget(self.kept_title)
            lay.addWidget(self.kept)
        row = QHBoxLayout()
        row.addStretch(1)
        self.make_btn = QPushButton(translate("Documents", "Tạo văn bản (Enter)"))
        self.make_btn.setObjectName("doc_make")
        self.make_btn.clicked.connect(lambda _=False: self.make())
        row.addWidget(self.make_btn)
        close = QPushButton(translate("Documents", "Đóng (Esc)"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        lay.addLayout(row)
        for b in (self.make_btn, close):
            b.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.make(pdf=True))
        self.filter.setFocus()
        self._load()
        self._load_kept()

    def _load_kept(self) -> None:
        if not (self.refs.get("person_id") or self.refs.get("session_id")):
            return

        def done(rows) -> None:
            self.kept_rows = list(rows)
            self.kept.clear()
            for d in self.kept_rows:
                self.kept.addItem(f"{d.doc_date:%d/%m/%Y} — {d.number} — {d.title} (v{d.template_version})")

        docs_op.kept(parent=self, ops=self.ops, ws=self.ws, person_id=self.refs.get("person_id"),
                     session_id=None if self.refs.get("person_id") else self.refs.get("session_id"), on_done=done,
                     on_error=self._error)

    def open_kept(self) -> None:
        row = self.kept.currentRow()
        if not 0 <= row < len(self.kept_rows):
            return
        d = self.kept_rows[row]
        out = _free_name(self.out_dir or documents_folder(), f"{d.doc_date:%Y%m%d}-{d.template_key}-{d.number.split('/')[0]}")

        def done(path) -> None:
            self.status.setText(translate("Documents", "Đã ghi lại bản đã lưu: {path}").format(path=path))
            if self.open_files:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        docs_op.kept_copy(parent=self, ops=self.ops, ws=self.ws, doc_id=d.id, out=out, on_done=done,
                          on_error=self._error)

    # -- loading and filtering ---------------------------------------------------------------
    def _load(self) -> None:
        def done(rows) -> None:
            self.templates = list(rows)
            self._fill()
            self.loaded.emit()

        docs_op.templates(parent=self, ops=self.ops, ws=self.ws, on=self._date() or self.ws.today(), on_done=done,
                          on_error=self._error)

    def _date(self) -> dt.date | None:
        if self.date.problem() is not None:
            return None
        d = self.date.date()
        value = d.toPython() if d.isValid() else None
        return value if isinstance(value, dt.date) else None

    def visible_templates(self) -> list[Any]:
        words = fold(self.filter.text()).split()
        lang = current_language()
        out = []
        narrow = self.fitting if self.fitting and self.only_fitting.isChecked() else None
        for t in self.templates:
            if narrow is not None and t.category not in narrow and t.key != self.suggested:
                continue
            hay = fold(f"{t.title} {t.key} {t.shown_title(lang)} {V.text('document_category', t.category, lang='vi')}")
            if all(w in hay for w in words):
                out.append(t)
        return out

    def _fill(self) -> None:
        shown = self.visible_templates()
        self.list.blockSignals(True)
        self.list.clear()
        lang = current_language()
        for t in shown:
            item = QListWidgetItem(f"{V.text('document_category', t.category, lang=lang)} — {t.shown_title(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        keys = [t.key for t in shown]
        self.list.setCurrentRow(keys.index(self.suggested) if self.suggested in keys and not self.filter.text()
                                else (0 if keys else -1))
        self._selected(self.list.currentRow())

    def _selected(self, row: int) -> None:
        shown = self.visible_templates()
        if not 0 <= row < len(shown):
            self.info.setText(translate("Documents", "Không có mẫu nào khớp."))
            self.make_btn.setEnabled(False)
            return
        t = shown[row]
        lang = current_language()
        until = t.valid_to.strftime("%d/%m/%Y") if t.valid_to else "…"
        self.info.setText(translate("Documents", "Căn cứ: {basis}. Phiên bản {version}, hiệu lực {start} – {end}.").format(
            basis=t.shown_basis(lang), version=t.version, start=t.valid_from.strftime("%d/%m/%Y"), end=until))
        self.make_btn.setEnabled(True)

    def current_template(self) -> Any | None:
        shown = self.visible_templates()
        row = self.list.currentRow()
        return shown[row] if 0 <= row < len(shown) else None

    def eventFilter(self, watched, event) -> bool:
        # ↓/↑ in the filter move in the list; Enter makes the document
        if watched is self.filter and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.make()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        # Enter is the list's (itemActivated: make) or the filter's (eventFilter): a list passes
        # it on after activating, and it must not make a second document here
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- making -------------------------------------------------------------------------------
    def make(self, pdf: bool | None = None) -> None:
        t = self.current_template()
        if t is None:
            return
        on = self._date()
        if on is None:
            self.status.setText(translate("Documents", "Ngày văn bản không hợp lệ."))
            self.date.setFocus()
            return
        folder = self.out_dir or documents_folder()
        who = fold(self.name).replace(" ", "-") if self.name else ""
        out = _free_name(folder, "-".join(p for p in (f"{on:%Y%m%d}", t.key, who) if p))
        with_pdf = self.pdf.isChecked() if pdf is None else (pdf and self.pdf.isEnabled())
        self.make_btn.setEnabled(False)
        self.status.setText(translate("Documents", "Đang tạo văn bản…"))

        def done(result) -> None:
            made, pdf_path = result
            self.make_btn.setEnabled(True)
            text = translate("Documents", "Đã tạo văn bản số {number}: {path}").format(number=made.number, path=made.path)
            if with_pdf:
                text += "\n" + (translate("Documents", "Bản PDF: {path}").format(path=pdf_path) if pdf_path else
                                translate("Documents", "Không làm được bản PDF trên máy này."))
            self.status.setText(text)
            if self.open_files:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf_path or made.path)))
            self._load_kept()
            self.made.emit(result)

        docs_op.make(parent=self, ops=self.ops, ws=self.ws, key=t.key, refs=self.refs, on=on, out=out, pdf=with_pdf,
                     on_done=done, on_error=self._error)

    def _error(self, e: BaseException) -> None:
        self.make_btn.setEnabled(True)
        self.status.setText(translate("Documents", "Không tạo được văn bản: {error}").format(error=error_text(e)))
        self.status.setStyleSheet("color: #a40000;")
        self.made.emit(None)
