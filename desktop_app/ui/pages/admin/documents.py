"""Administration → "Văn bản mẫu": the document templates (shipped and the commune's own), every
version with its legal basis and validity; the chief imports the commune's own .docx form (its
placeholders checked against the data model: unknown ones are listed and the form refused) and
previews any template filled for a made-up person (issue 18)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import vocabulary as V
from desktop_app.core.documents.templates import CATEGORIES
from desktop_app.core.textvn import fold
from desktop_app.ui.dialogs.datefield import DateField
from desktop_app.ui.dialogs.files import open_file_name
from desktop_app.ui.dialogs.form import ask_then
from desktop_app.ui.i18n import current_language
from desktop_app.ui.operations import documents as docs_op
from desktop_app.ui.pages.admin.common import BAD_STYLE, NOTE_STYLE, _alive
from desktop_app.ui.texts import error_text, translate


class TemplateMetaDialog(QDialog):
    """The metadata of a commune's form being imported: id, title, category, basis, valid from."""

    def __init__(self, parent: QWidget | None, path: Path, today: dt.date):
        super().__init__(parent)
        self.setWindowTitle(translate("AdminDocs", "Thêm văn bản mẫu của đơn vị"))
        form = QFormLayout(self)
        stem = path.stem
        self.key = QLineEdit("-".join(p for p in "".join(c if c.isalnum() else "-" for c in fold(stem)).split("-") if p))
        self.key.setObjectName("tpl_key")
        self.title = QLineEdit(stem)
        self.title.setObjectName("tpl_title")
        self.category = QComboBox()
        self.category.setObjectName("tpl_category")
        for key in CATEGORIES:
            self.category.addItem(V.text("document_category", key, lang=current_language()), key)
        self.category.setCurrentIndex(list(CATEGORIES).index("other"))
        self.basis = QLineEdit()
        self.basis.setObjectName("tpl_basis")
        self.basis.setPlaceholderText(translate("AdminDocs", "Để trống: Mẫu tham khảo"))
        self.symbol = QLineEdit("CAX")
        self.symbol.setObjectName("tpl_symbol")
        self.valid_from = DateField(today)
        form.addRow(translate("AdminDocs", "Tệp:"), QLabel(path.name))
        form.addRow(translate("AdminDocs", "Mã mẫu:"), self.key)
        form.addRow(translate("AdminDocs", "Tên văn bản:"), self.title)
        form.addRow(translate("AdminDocs", "Nhóm:"), self.category)
        form.addRow(translate("AdminDocs", "Căn cứ pháp lý:"), self.basis)
        form.addRow(translate("AdminDocs", "Ký hiệu trong số:"), self.symbol)
        form.addRow(translate("AdminDocs", "Hiệu lực từ ngày:"), self.valid_from)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def meta(self) -> dict:
        d = self.valid_from.date()
        return {"id": self.key.text().strip(), "title": self.title.text().strip(),
                "category": self.category.currentData(), "basis": self.basis.text().strip() or None,
                "symbol": self.symbol.text().strip() or "CAX",
                "valid_from": d.toPython().isoformat() if d.isValid() else None}


class DocumentsTab(QWidget):
    loaded = Signal()
    added = Signal(object)  # the TemplateInfo stored, or None when refused
    withdrawn = Signal(str)  # the key of a published form withdrawn
    open_files = True  # tests turn opening the preview in Word off

    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.rows: list = []
        lay = QVBoxLayout(self)
        note = QLabel(translate("AdminDocs", "Văn bản mẫu có sẵn và mẫu riêng của đơn vị. Mẫu riêng là tệp Word (.docx) "
                                             "có trường dữ liệu như {{ person.full_name }}, {{ unit.police_upper }}, "
                                             "{{ doc.date.words }} (xem Hướng dẫn sử dụng)."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        lay.addWidget(note)
        bar = QHBoxLayout()
        self.add_btn = QPushButton(translate("AdminDocs", "Thêm mẫu của đơn vị…"))
        self.add_btn.setObjectName("tpl_add")
        self.add_btn.clicked.connect(lambda _=False: self.add_template())
        self.add_btn.setVisible(ws.can("edit_rules"))
        bar.addWidget(self.add_btn)
        # a province register's admin publishes a form to every commune of the province (sync)
        self.publish_btn = QPushButton(translate("AdminDocs", "Ban hành cho toàn tỉnh…"))
        self.publish_btn.setObjectName("tpl_publish")
        self.publish_btn.setToolTip(translate("AdminDocs", "Các xã, phường của tỉnh nhận mẫu này khi đồng bộ."))
        self.publish_btn.clicked.connect(lambda _=False: self.add_template(publish=True))
        self.publish_btn.setVisible(ws.can("edit_rules") and len(ws.unit_code) == 2
                                    and str(ws.role) == "province_admin")
        bar.addWidget(self.publish_btn)
        self.withdraw_btn = QPushButton(translate("AdminDocs", "Thu hồi mẫu đã ban hành…"))
        self.withdraw_btn.setObjectName("tpl_withdraw")
        self.withdraw_btn.setToolTip(translate("AdminDocs", "Các xã không còn thấy mẫu này sau lần đồng bộ tới; "
                                                            "văn bản đã tạo vẫn giữ."))
        self.withdraw_btn.clicked.connect(lambda _=False: self.withdraw_selected())
        self.withdraw_btn.setVisible(not self.publish_btn.isHidden())  # the province admin's, as publishing
        self.withdraw_btn.setEnabled(False)
        bar.addWidget(self.withdraw_btn)
        self.preview_btn = QPushButton(translate("AdminDocs", "Xem thử mẫu đang chọn"))
        self.preview_btn.setObjectName("tpl_preview")
        self.preview_btn.clicked.connect(lambda _=False: self.preview())
        bar.addWidget(self.preview_btn)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.message = QLabel("")
        self.message.setObjectName("tpl_message")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("tpl_table")
        self.table.setHorizontalHeaderLabels([
            translate("AdminDocs", "Mã"), translate("AdminDocs", "Tên văn bản"), translate("AdminDocs", "Nhóm"),
            translate("AdminDocs", "Căn cứ"), translate("AdminDocs", "Phiên bản"), translate("AdminDocs", "Hiệu lực"),
            translate("AdminDocs", "Nguồn")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab leaves the table
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, w in enumerate((150, 300, 170, 260, 70, 170)):
            self.table.setColumnWidth(col, w)
        self.table.activated.connect(lambda _i: self.preview())
        self.table.currentCellChanged.connect(lambda *_a: self._selection_changed())
        lay.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        docs_op.templates(parent=self, ops=self.ops, ws=self.ws, on=None, all_versions=True,
                          on_done=_alive(self, self._show))

    def _show(self, rows) -> None:
        lang = current_language()
        order = list(CATEGORIES)
        self.rows = sorted(rows, key=lambda t: (order.index(t.category), t.key, t.version))
        self.table.setRowCount(len(self.rows))
        for i, t in enumerate(self.rows):
            until = t.valid_to.strftime("%d/%m/%Y") if t.valid_to else "…"
            origin = (translate("AdminDocs", "Có sẵn") if t.origin == "shipped"
                      else translate("AdminDocs", "Tỉnh ban hành") if t.origin == "province"
                      else translate("AdminDocs", "Của đơn vị"))
            for j, value in enumerate((t.key, t.shown_title(lang), V.text("document_category", t.category, lang=lang),
                                       t.shown_basis(lang), str(t.version),
                                       f"{t.valid_from:%d/%m/%Y} – {until}", origin)):
                self.table.setItem(i, j, QTableWidgetItem(value))
        if self.rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._selection_changed()
        self.loaded.emit()

    def _selected(self):
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selection_changed(self) -> None:
        t = self._selected()
        self.withdraw_btn.setEnabled(t is not None and t.origin == "province")

    def withdraw_selected(self):
        """Asks first ("Hủy" is the default); the province's form leaves every commune's list."""
        t = self._selected()
        if t is None or t.origin != "province" or self.withdraw_btn.isHidden():
            return None
        key, version = t.key, t.version

        def done(_r) -> None:
            self._say(translate("AdminDocs", "Đã thu hồi mẫu {id} (phiên bản {version}); các xã không còn thấy "
                                             "mẫu này sau lần đồng bộ tới.").format(id=key, version=version))
            self.refresh()
            self.withdrawn.emit(key)

        self._dialog = ask_then(
            self, translate("AdminDocs", "Thu hồi văn bản mẫu"),
            translate("AdminDocs", "Thu hồi mẫu {title} (phiên bản {version}) đã ban hành cho toàn tỉnh?").format(
                title=t.title, version=version),
            translate("AdminDocs", "Thu hồi"), translate("AdminDocs", "Hủy"),
            lambda: docs_op.withdraw(parent=self, ops=self.ops, ws=self.ws, key=key, version=version,
                                     on_done=_alive(self, done),
                                     on_error=_alive(self, lambda e: self._say(error_text(e), bad=True))))
        return self._dialog

    def _say(self, text: str, bad: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(BAD_STYLE if bad else NOTE_STYLE)

    def add_template(self, path: str | None = None, meta: dict | None = None, publish: bool = False) -> None:
        if path is None:
            path, _ = open_file_name(self, translate("AdminDocs", "Chọn văn bản mẫu (.docx)"), "",
                                     translate("AdminDocs", "Văn bản Word (*.docx)"))
            if not path:
                return
        if meta is None:
            dlg = TemplateMetaDialog(self, Path(path), self.ws.today())
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            meta = dlg.meta()
        meta = {k: v for k, v in meta.items() if v is not None}

        def done(info) -> None:
            text = (translate("AdminDocs", "Đã ban hành mẫu {id} (phiên bản {version}) cho toàn tỉnh; các xã nhận "
                                           "được khi đồng bộ.") if publish
                    else translate("AdminDocs", "Đã thêm mẫu {id} (phiên bản {version})."))
            self._say(text.format(id=info.key, version=info.version))
            self.refresh()
            self.added.emit(info)

        def failed(e: BaseException) -> None:
            self._say(translate("AdminDocs", "Không nhận mẫu: {error}").format(error=error_text(e)), bad=True)
            self.added.emit(None)

        docs_op.add_template(parent=self, ops=self.ops, ws=self.ws, path=Path(path), meta=meta, publish=publish,
                             on_done=_alive(self, done), on_error=_alive(self, failed))

    def preview(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        t = self.rows[row]
        out = Path(tempfile.mkdtemp(prefix="wardbook-xem-thu-")) / f"{t.key}.v{t.version}.docx"

        def done(path) -> None:
            self._say(translate("AdminDocs", "Bản xem thử: {path}").format(path=path))
            if self.open_files:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        docs_op.preview(parent=self, ops=self.ops, ws=self.ws, source=t, out=out, on_done=_alive(self, done),
                        on_error=_alive(self, lambda e: self._say(error_text(e), bad=True)))
