"""Citizen tips: register a tip (channel, content, reporter or anonymous), mark it valuable,
record the result. The reporter's identity comes back empty from the core for roles that may
not see it; the page shows that it is hidden rather than blank."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.domain.vocab import TipChannel
from desktop_app.ui.dialogs.form import FormDialog
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table, selected_row
from desktop_app.ui.texts import channel_label, date_text, translate


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

    def refresh(self) -> None:
        self.ops.query(lambda: self.ws.tips.list(limit=2000), on_done=self._show)

    def _show(self, page) -> None:
        self.model.set_rows(page.rows)
        valuable, total = sum(1 for t in page.rows if t.valuable), page.total
        self.summary.setText(translate("Tips", "{tips}, %Ln tin có giá trị", None, valuable).format(
            tips=translate("Tips", "%Ln tin", None, total)))

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



