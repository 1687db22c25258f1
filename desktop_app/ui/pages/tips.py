"""Citizen tips: register a tip (channel, content, reporter or anonymous), mark it valuable,
record the result. The reporter's identity comes back empty from the core for roles that may
not see it; the page shows that it is hidden rather than blank. The list is searched
(accent-insensitive) and filtered by received dates, assessment and status in the core."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.domain.dates import parse_date
from desktop_app.core.domain.vocab import TipChannel
from desktop_app.core.errors import ValidationFailed
from desktop_app.ui.dialogs.form import FormDialog
from desktop_app.ui.operations.tips import list_tips
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table, selected_row
from desktop_app.ui.texts import channel_label, date_text, number_text, problem_text, translate


def _reporter(t) -> str:
    if t.anonymous:
        return translate("Tips", "Nặc danh")
    if t.reporter_name is None:
        return translate("Tips", "(được bảo vệ)")
    return t.reporter_name


def _valuable(t) -> str:
    return {True: translate("Tips", "Có giá trị"), False: translate("Tips", "Không có giá trị"), None: translate("Tips", "Chưa đánh giá")}[t.valuable]


class TipDialog(FormDialog):
    def __init__(self, parent, ws, ops):
        super().__init__(parent, translate("Tips", "Tiếp nhận tin tố giác tội phạm"), ops)
        self.ws = ws
        self.add_date("received_on", translate("Tips", "Ngày tiếp nhận"))
        self.add_combo("channel", translate("Tips", "Hình thức"), [(channel_label(c.value), c.value) for c in TipChannel])
        self.add_check("anonymous", translate("Tips", "Nặc danh"))
        self.add_line("reporter_name", translate("Tips", "Người báo tin"), max_length=120)
        self.add_line("reporter_contact", translate("Tips", "Liên hệ người báo tin"))
        self.add_text("content", translate("Tips", "Nội dung tin *"))
        self.add_combo("valuable", translate("Tips", "Đánh giá"), [(translate("Tips", "Chưa đánh giá"), None),
                                                           (translate("Tips", "Có giá trị"), True), (translate("Tips", "Không có giá trị"), False)])
        self.fields["anonymous"].toggled.connect(self._anonymous)
        self._dirty = False

    def _anonymous(self, on: bool) -> None:
        for k in ("reporter_name", "reporter_contact"):
            self.fields[k].setEnabled(not on)
            if on:
                self.fields[k].clear()

    def values(self) -> dict[str, Any]:
        return {"received_on": self.date("received_on"), "channel": self.data("channel"),
                "anonymous": self.fields["anonymous"].isChecked(), "reporter_name": self.text("reporter_name"),
                "reporter_contact": self.text("reporter_contact"), "content": self.text("content"),
                "valuable": self.data("valuable")}

    def submit(self, values):
        return self.ws.tips.add(values)


class TipResultDialog(FormDialog):
    def __init__(self, parent, ws, ops, tip):
        super().__init__(parent, translate("Tips", "Đánh giá và kết quả xử lý tin"), ops)
        self.ws, self.tip = ws, tip
        self.add_combo("valuable", translate("Tips", "Đánh giá"), [(translate("Tips", "Chưa đánh giá"), None),
                                                           (translate("Tips", "Có giá trị"), True), (translate("Tips", "Không có giá trị"), False)])
        self.fields["valuable"].setCurrentIndex(self.fields["valuable"].findData(tip.valuable))
        self.add_text("result", translate("Tips", "Kết quả xử lý"))
        self.fields["result"].setPlainText(tip.result)
        self._dirty = False

    def values(self):
        return {"valuable": self.data("valuable"), "result": self.text("result")}

    def submit(self, values):
        return self.ws.tips.mark(self.tip.id, **values)


class TipsPage(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel("")
        bar.addWidget(self.summary, 1)
        self.new_btn = QPushButton(translate("Tips", "Tiếp nhận tin mới"))
        self.new_btn.clicked.connect(self.new_tip)
        self.mark_btn = QPushButton(translate("Tips", "Đánh giá / kết quả"))
        self.mark_btn.clicked.connect(self.mark_selected)
        bar.addWidget(self.new_btn)
        bar.addWidget(self.mark_btn)
        lay.addLayout(bar)
        lay.addLayout(self._filter_bar(ws))
        self.model = RowsTableModel([
            Column(translate("Tips", "Ngày"), lambda t: date_text(t.received_on), 90),
            Column(translate("Tips", "Hình thức"), lambda t: channel_label(t.channel), 130),
            Column(translate("Tips", "Người báo tin"), _reporter, 160),
            Column(translate("Tips", "Nội dung"), lambda t: t.content, 380, stretch=True),
            Column(translate("Tips", "Đánh giá"), _valuable, 110),
            Column(translate("Tips", "Kết quả"), lambda t: t.result, 200),
        ], self)
        self.table = make_table(self.model, "tips_table")
        self.table.activated.connect(lambda _i: self.mark_selected())
        lay.addWidget(self.table)
        ops.operation_did_execute.connect(lambda ch, _i: self.refresh() if ch.tips else None)
        self._generation = 0
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for w in (self.date_from, self.date_to):
            w.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.rating, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def _filter_bar(self, ws) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("tips_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("Tips", "Tìm nội dung, kết quả, người báo tin… (Ctrl+F)") if ws.can("view_tip_reporter")
            else translate("Tips", "Tìm nội dung, kết quả xử lý… (Ctrl+F)"))
        self.search.setToolTip(translate("Tips", "Gõ không dấu được; tin hiện ra khi có đủ mọi từ đã gõ"))
        bar.addWidget(self.search, 3)
        self.date_from = QLineEdit()
        self.date_to = QLineEdit()
        for w, name, label in ((self.date_from, "tips_from", translate("Tips", "Từ ngày")),
                               (self.date_to, "tips_to", translate("Tips", "Đến ngày"))):
            w.setObjectName(name)
            w.setPlaceholderText(translate("Tips", "dd/mm/yyyy"))
            w.setClearButtonEnabled(True)
            w.setMaximumWidth(130)
            lbl = QLabel(label)
            lbl.setBuddy(w)
            lbl.setMinimumWidth(lbl.sizeHint().width())  # the search field gives way, not the label
            w.setToolTip(translate("Tips", "Gõ ngày như 1/11/2026 hoặc 01/11/26; để trống là không giới hạn"))
            bar.addWidget(lbl)
            bar.addWidget(w)
        self.rating = QComboBox()
        self.rating.setObjectName("tips_rating")
        for text, value in ((translate("Tips", "Mọi đánh giá"), None), (translate("Tips", "Có giá trị"), "valuable"),
                            (translate("Tips", "Không có giá trị"), "not_valuable"),
                            (translate("Tips", "Chưa đánh giá"), "unrated")):
            self.rating.addItem(text, value)
        bar.addWidget(self.rating, 1)
        self.status = QComboBox()
        self.status.setObjectName("tips_status")
        for text, value in ((translate("Tips", "Mọi tình trạng"), None),
                            (translate("Tips", "Chưa xử lý xong"), "pending"),
                            (translate("Tips", "Đã xử lý xong"), "handled")):
            self.status.addItem(text, value)
        self.status.setToolTip(translate("Tips", "Đã xử lý xong: tin đã được đánh giá và đã ghi kết quả xử lý"))
        bar.addWidget(self.status, 1)
        self.date_error = QLabel("")
        self.date_error.setObjectName("tips_date_error")
        self.date_error.setStyleSheet("color: #a40000;")
        self.date_error.hide()
        bar.addWidget(self.date_error)
        return bar

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _date(self, w: QLineEdit):
        """The date typed in a filter field (None when empty); an impossible one is said beside
        the fields and raises ValidationFailed."""
        text = w.text().strip()
        if not text:
            return None
        return parse_date(text, field=w.objectName(), today=self.ws.today())

    def filters(self) -> dict:
        """The list's filters as the core takes them; ValidationFailed for a wrong date."""
        return dict(query=self.search.text(), date_from=self._date(self.date_from), date_to=self._date(self.date_to),
                    rating=self.rating.currentData(), status=self.status.currentData())

    def _filtering(self) -> bool:
        return bool(self.search.text().strip() or self.date_from.text().strip() or self.date_to.text().strip()
                    or self.rating.currentData() or self.status.currentData())

    def refresh(self) -> None:
        errors = []
        for w in (self.date_from, self.date_to):
            try:
                self._date(w)
                w.setStyleSheet("")
            except ValidationFailed as e:
                w.setStyleSheet("border: 1px solid #a40000;")
                errors.append(problem_text(e.problems[0]))
        self.date_error.setText("; ".join(dict.fromkeys(errors)))
        self.date_error.setVisible(bool(errors))
        if errors:
            return  # the list stays as it was until the date can be read
        filters = self.filters()
        self._generation += 1
        gen = self._generation

        def show(page) -> None:
            if gen == self._generation:  # an older keystroke's answer is dropped
                self._show(page)

        list_tips(parent=self, ops=self.ops, ws=self.ws, on_done=show, **filters)

    def _show(self, page) -> None:
        keep = selected_row(self.table)
        self.model.set_rows(page.rows)
        if keep is not None:
            for i, t in enumerate(page.rows):
                if t.id == keep.id:
                    self.table.selectRow(i)
                    break
        valuable, total = sum(1 for t in page.rows if t.valuable), page.total
        text = translate("Tips", "{tips}, %Ln tin có giá trị", None, valuable).format(
            tips=translate("Tips", "%Ln tin", None, total))
        if self._filtering():
            text = translate("Tips", "Đang lọc: {found}").format(found=text)
        if len(page.rows) < total:
            text += " " + translate("Tips", "(hiển thị {n} tin mới nhất)").format(n=number_text(len(page.rows)))
        self.summary.setText(text)

    def new_tip(self) -> TipDialog:
        dlg = TipDialog(self, self.ws, self.ops)
        dlg.open()
        self._dialog = dlg
        return dlg

    def mark_selected(self):
        tip = selected_row(self.table)
        if tip is None:
            return None
        dlg = TipResultDialog(self, self.ws, self.ops, tip)
        dlg.open()
        self._dialog = dlg
        return dlg



