"""The rules tab: the rules table (read for everyone) and a new value from a date (the chief)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.rules import FAR_PAST
from desktop_app.core.errors import ValidationFailed
from desktop_app.core.services import permissions as perm
from desktop_app.ui.dialogs.form import FormDialog
from desktop_app.ui.pages.admin.common import GREY, _alive, _field_error, _note
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table, selected_row
from desktop_app.ui.texts import (
    category_label,
    date_text,
    translate,
)

# ---------------------------------------------------------------------------------------------
# Rules

RULE_VI = {
    "term_months": QT_TRANSLATE_NOOP("Admin", "Thời hạn (tháng)"),
    "assessment": QT_TRANSLATE_NOOP("Admin", "Kỳ nhận xét, đánh giá"),
    "visit_interval_days": QT_TRANSLATE_NOOP("Admin", "Khoảng cách giữa hai lần tiếp xúc (ngày)"),
    "absence_max_fraction": QT_TRANSLATE_NOOP("Admin", "Tổng thời gian vắng mặt tối đa (phần của thời hạn)"),
    "absence_max_days_single": QT_TRANSLATE_NOOP("Admin", "Mỗi lần vắng mặt tối đa (ngày)"),
    "helper_max_persons": QT_TRANSLATE_NOOP("Admin", "Số người một người giúp đỡ phụ trách tối đa (người)"),
    "helper_appoint_working_days": QT_TRANSLATE_NOOP("Admin", "Hạn phân công người giúp đỡ (ngày làm việc)"),
    "residence_verify_working_days": QT_TRANSLATE_NOOP("Admin", "Hạn xác minh nơi cư trú (ngày làm việc)"),
    "early_termination_min_fraction": QT_TRANSLATE_NOOP("Admin", "Được chấm dứt trước thời hạn sau khi chấp hành (phần của thời hạn)"),
    "record_clearing_years": QT_TRANSLATE_NOOP("Admin", "Đương nhiên xóa án tích sau khi chấp hành xong (năm)"),
    "never_applied_years": QT_TRANSLATE_NOOP("Admin", "Coi như chưa bị áp dụng biện pháp sau (năm)"),
    "review_months": QT_TRANSLATE_NOOP("Admin", "Khoảng cách giữa hai lần rà soát (tháng)"),
    "due_soon_days": QT_TRANSLATE_NOOP("Admin", "Báo sắp đến hạn trước (ngày)"),
    "case_ending_days": QT_TRANSLATE_NOOP("Admin", "Báo hồ sơ sắp kết thúc trước (ngày)"),
    "clearing_soon_days": QT_TRANSLATE_NOOP("Admin", "Báo sắp đủ điều kiện xóa án tích trước (ngày)"),
    "report_half_year": QT_TRANSLATE_NOOP("Admin", "Kỳ báo cáo 6 tháng đầu năm (ngày/tháng)"),
    # issue 14
    "term_unit": QT_TRANSLATE_NOOP("Admin", "Cách tính thời hạn"),
    "absence_policy": QT_TRANSLATE_NOOP("Admin", "Vắng mặt không được phép"),
    "breaches_for_revocation": QT_TRANSLATE_NOOP("Admin", "Số lần vi phạm thì đề nghị Tòa án buộc chấp hành án phạt tù"),
    "age_range": QT_TRANSLATE_NOOP("Admin", "Độ tuổi áp dụng (từ đủ – dưới)"),
    "court_clearing_years": QT_TRANSLATE_NOOP("Admin", "Xóa án tích theo quyết định của Tòa án sau (năm)"),
}

# The legal text each rule comes from (DOMAIN §1), by key and, where it differs, by category.
_LAW_KEYS = {
    "nd120": QT_TRANSLATE_NOOP("Admin", "Nghị định 120/2021/NĐ-CP"),
    "thahs": QT_TRANSLATE_NOOP("Admin", "Luật Thi hành án hình sự; Thông tư 65/2019/TT-BCA"),
    "blhs_tha": QT_TRANSLATE_NOOP("Admin", "Bộ luật Hình sự; Luật Thi hành án hình sự"),
    "matuy": QT_TRANSLATE_NOOP("Admin", "Luật Phòng, chống ma túy"),
    "nd49": QT_TRANSLATE_NOOP("Admin", "Nghị định 49/2020/NĐ-CP; Thông tư 10/2024/TT-BCA"),
    "phongtrao": QT_TRANSLATE_NOOP("Admin", "Phong trào Toàn dân bảo vệ an ninh Tổ quốc"),
    "xlvphc": QT_TRANSLATE_NOOP("Admin", "Luật Xử lý vi phạm hành chính; Nghị định 120/2021/NĐ-CP"),
    "absence": QT_TRANSLATE_NOOP("Admin", "Nghị định 120/2021/NĐ-CP; Luật Thi hành án hình sự"),
    "blhs70": QT_TRANSLATE_NOOP("Admin", "Bộ luật Hình sự, Điều 70"),
    "xlvphc137": QT_TRANSLATE_NOOP("Admin", "Luật Xử lý vi phạm hành chính, Điều 137"),
    "nd09": QT_TRANSLATE_NOOP("Admin", "Nghị định 09/2019/NĐ-CP (chế độ báo cáo)"),
    "app": QT_TRANSLATE_NOOP("Admin", "Cài đặt của ứng dụng (không có văn bản quy định)"),
}
_JUDGMENT = ("suspended_sentence", "non_custodial_reform", "conditional_release")
_RULE_LAW: dict[tuple[str, str | None], str] = {
    **{("term_months", c): "nd120" for c in ("community_education", "family_management")},
    **{("term_months", c): "blhs_tha" for c in _JUDGMENT},
    ("term_months", "drug_management"): "matuy",
    **{("assessment", c): "nd120" for c in ("community_education", "family_management")},
    **{("assessment", c): "thahs" for c in _JUDGMENT},
    ("assessment", "reintegration"): "nd49", ("assessment", "drug_management"): "matuy",
    ("assessment", "community_watch"): "phongtrao",
    ("absence_max_fraction", None): "absence", ("absence_max_days_single", None): "absence",
    ("helper_max_persons", None): "nd120", ("helper_appoint_working_days", None): "nd120",
    ("residence_verify_working_days", "reintegration"): "nd49",
    ("early_termination_min_fraction", None): "xlvphc",
    ("record_clearing_years", None): "blhs70", ("never_applied_years", None): "xlvphc137",
    ("review_months", "community_watch"): "phongtrao", ("report_half_year", None): "nd09",
    ("visit_interval_days", None): "app", ("visit_interval_days", "community_watch"): "phongtrao",
    ("due_soon_days", None): "app", ("case_ending_days", None): "app", ("clearing_soon_days", None): "app",
}
# The seed rows' notes (core/domain/rules.py, written in English for developers) as people read them.
_NOTE_VI = {
    "Decree 120/2021": QT_TRANSLATE_NOOP("Admin", "Nghị định 120/2021/NĐ-CP"),
    "probation 1–5 years": QT_TRANSLATE_NOOP("Admin", "Thời gian thử thách từ 1 đến 5 năm"),
    "per judgment": QT_TRANSLATE_NOOP("Admin", "Theo bản án"),
    "remaining term": QT_TRANSLATE_NOOP("Admin", "Thời hạn tù còn lại"),
    "1 year": QT_TRANSLATE_NOOP("Admin", "1 năm"),
    "total absence ≤ 1/3 of the term": QT_TRANSLATE_NOOP("Admin", "Tổng thời gian vắng mặt không quá 1/3 thời hạn"),
    "each absence ≤ 60 days (judgment cases)": QT_TRANSLATE_NOOP("Admin", "Mỗi lần vắng mặt không quá 60 ngày (án hình sự)"),
    "after half the term": QT_TRANSLATE_NOOP("Admin", "Sau khi đã chấp hành một nửa thời hạn"),
}


def rule_name(key: str) -> str:
    """A rule's name with its unit, as people say it; the key itself for a rule this does not know."""
    return translate("Admin", RULE_VI[key]) if key in RULE_VI else key


def rule_law_text(key: str, category: str | None) -> str:
    """The legal text a rule comes from, "" when none is known."""
    law = _RULE_LAW.get((key, category)) or _RULE_LAW.get((key, None))
    return translate("Admin", _LAW_KEYS[law]) if law else ""


def rule_basis_text(basis: str) -> str:
    """V/M (DOMAIN's marks) in words."""
    return (translate("Admin", "Đã đối chiếu văn bản") if basis == "V"
            else translate("Admin", "Chưa đối chiếu, cần xác nhận"))


def rule_note_text(note: str) -> str:
    """A seed note in Vietnamese; a note the chief wrote as written."""
    return translate("Admin", _NOTE_VI[note]) if note in _NOTE_VI else note


_VALUE_WORDS = {
    "month": QT_TRANSLATE_NOOP("Admin", "hằng tháng"), "quarter": QT_TRANSLATE_NOOP("Admin", "hằng quý"), "half": QT_TRANSLATE_NOOP("Admin", "6 tháng một lần"), "year": QT_TRANSLATE_NOOP("Admin", "hằng năm"),
    "adult": QT_TRANSLATE_NOOP("Admin", "người thành niên"), "minor": QT_TRANSLATE_NOOP("Admin", "người chưa thành niên"),
    "warning": QT_TRANSLATE_NOOP("Admin", "cảnh cáo"), "fine": QT_TRANSLATE_NOOP("Admin", "phạt tiền"), "non_custodial": QT_TRANSLATE_NOOP("Admin", "cải tạo không giam giữ"),
    "suspended": QT_TRANSLATE_NOOP("Admin", "án treo"), "prison_up_to_5y": QT_TRANSLATE_NOOP("Admin", "tù đến 5 năm"), "prison_5_to_15y": QT_TRANSLATE_NOOP("Admin", "tù trên 5 đến 15 năm"),
    "prison_over_15y": QT_TRANSLATE_NOOP("Admin", "tù trên 15 năm"), "life_or_death_commuted": QT_TRANSLATE_NOOP("Admin", "tù chung thân, tử hình được giảm"),
    "none": QT_TRANSLATE_NOOP("Admin", "không có thời hạn"), "months": QT_TRANSLATE_NOOP("Admin", "theo tháng"),
    "months_days": QT_TRANSLATE_NOOP("Admin", "theo tháng và ngày"),
    "breach": QT_TRANSLATE_NOOP("Admin", "là vi phạm nghĩa vụ"), "not_counted": QT_TRANSLATE_NOOP("Admin", "không tính vào thời hạn"),
    "note": QT_TRANSLATE_NOOP("Admin", "chỉ khai báo tạm vắng"), "record": QT_TRANSLATE_NOOP("Admin", "ghi nhận"),
}


def _word(key: Any) -> str:
    w = _VALUE_WORDS.get(str(key))
    return translate("Admin", w) if w else str(key)


def rule_value_text(key: str, value: Any, sep: str = "; ") -> str:
    """A rule value as an officer reads it; JSON for shapes this does not know. `sep` joins the
    entries of a table of numbers (a newline in the edit dialog)."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str) and value in _VALUE_WORDS:
        return _word(value)
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) and value[1] is None:
        return translate("Admin", "từ {lo}").format(lo=value[0])
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        if key.endswith("_fraction"):
            return f"{value[0]}/{value[1]}"
        return str(value[0]) if value[0] == value[1] else f"{value[0]}–{value[1]}"
    if isinstance(value, dict):
        if set(value) == {"period", "due_day"}:
            return translate("Admin", "{period}, hạn ngày {day} kỳ sau").format(
                period=_word(value["period"]), day=value["due_day"])
        if set(value) == {"from", "to"} and all(isinstance(v, list) and len(v) == 2 for v in value.values()):
            (fm, fd), (tm, td) = value["from"], value["to"]
            return translate("Admin", "từ {fd:02d}/{fm:02d} đến {td:02d}/{tm:02d}").format(fd=fd, fm=fm, td=td, tm=tm)
        if all(isinstance(v, (int, float)) for v in value.values()):
            return sep.join(f"{_word(k)}: {v}" for k, v in value.items())
    return json.dumps(value, ensure_ascii=False)


def _in_force(r, on: dt.date) -> bool:
    return r.valid_from <= on and (r.valid_to is None or on < r.valid_to)


class _RulesModel(RowsTableModel):
    """Rows not in force today are grey; the rule's key is the name's tooltip, the value as
    stored (JSON) the value's."""

    def __init__(self, columns, today, parent=None):
        super().__init__(columns, parent)
        self.today = today

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid():
            r = self.rows[index.row()]
            if role == Qt.ItemDataRole.ForegroundRole and not _in_force(r, self.today()):
                return GREY
        return super().data(index, role)


def rule_columns() -> list[Column]:
    """The rules table's columns: names, units and legal texts, never the rule's key (its
    tooltip); what people read first fits 1366 px, the dates and notes after."""
    dash = "—"
    return [
        Column(translate("Admin", "Quy tắc"), lambda r: rule_name(r.key), 265, tip=lambda r: r.key),
        Column(translate("Admin", "Áp dụng cho"), lambda r: category_label(r.category) if r.category
               else translate("Admin", "Mọi loại đối tượng"), 190),
        Column(translate("Admin", "Giá trị"), lambda r: rule_value_text(r.key, r.value), 170,
               tip=lambda r: json.dumps(r.value, ensure_ascii=False)),
        Column(translate("Admin", "Văn bản căn cứ"), lambda r: rule_law_text(r.key, r.category), 220),
        Column(translate("Admin", "Đối chiếu"), lambda r: rule_basis_text(r.basis), 175),
        Column(translate("Admin", "Từ ngày"), lambda r: dash if r.valid_from <= FAR_PAST else date_text(r.valid_from), 82),
        Column(translate("Admin", "Đến ngày"), lambda r: date_text(r.valid_to) if r.valid_to else dash, 82),
        Column(translate("Admin", "Ghi chú"), lambda r: rule_note_text(r.note), 160),
    ]


class RuleDialog(FormDialog):
    """A new value of one rule from a date; the value in force until then is kept for the
    records made under it."""

    def __init__(self, parent, ws, ops, rule):
        super().__init__(parent, translate("Admin", "Sửa quy tắc"), ops)
        self.ws, self.rule = ws, rule
        self.setMinimumWidth(640)
        name = QLabel(f"<b>{rule_name(rule.key)}</b>")
        name.setToolTip(rule.key)
        self.form.addRow(translate("Admin", "Quy tắc"), name)
        law = rule_law_text(rule.key, rule.category)
        if law:
            self.form.addRow(translate("Admin", "Văn bản căn cứ"), QLabel(law))
        self.form.addRow(translate("Admin", "Áp dụng cho"), QLabel(
            category_label(rule.category) if rule.category else translate("Admin", "Mọi loại đối tượng")))
        # One entry a line, not word-wrapped: a wrapped label in a form gets too little height.
        self.form.addRow(translate("Admin", "Giá trị đang chọn"), QLabel(rule_value_text(rule.key, rule.value, "\n")))
        example = json.dumps(rule.value, ensure_ascii=False)
        line = self.add_line("value", translate("Admin", "Giá trị mới (JSON) *"), placeholder=example, max_length=2000)
        line.setText(example)
        line.setCursorPosition(0)  # a long value shows its beginning
        line.setToolTip(translate("Admin", "Cùng dạng với giá trị đang có: {example}").format(example=example))
        self.form.addRow("", _note(translate("Admin", "Viết dạng JSON, giống giá trị đang có trong ô."), wrap=False))
        today = ws.today()
        self.add_date("valid_from", translate("Admin", "Áp dụng từ ngày"), QDate(today.year, today.month, today.day))
        self.form.addRow("", _note(translate("Admin", "Trước ngày này vẫn áp dụng giá trị cũ."), wrap=False))
        self.add_line("note", translate("Admin", "Căn cứ, ghi chú"), max_length=300)
        self.parsed: Any = None
        self._dirty = False

    def save(self) -> None:
        raw = self.fields["value"].text().strip()
        if not raw:
            _field_error(self, "value", translate("Admin", "Chưa nhập giá trị."))
            return
        try:
            self.parsed = json.loads(raw)
        except json.JSONDecodeError as e:
            msg = translate("Admin", "Không phải JSON hợp lệ (ký tự thứ {pos}): ví dụ đúng {example}")
            _field_error(self, "value", msg.format(pos=e.pos + 1,
                                                   example=json.dumps(self.rule.value, ensure_ascii=False)))
            return
        super().save()

    def values(self) -> dict[str, Any]:
        return {"value": self.parsed, "valid_from": self.date("valid_from"), "note": self.text("note")}

    def on_validation_failed(self, e: ValidationFailed) -> None:
        self.show_problems(e.problems)
        for p in e.problems:
            if p.code == "rule_value_shape" and p.field == "value":
                lbl = self.errors["value"]
                lbl.setText(lbl.text() + " " + translate("Admin", "(dạng đúng: {expected})").format(
                    expected=p.params.get("expected", "")))

    def submit(self, values):
        return self.ws.rule_table.set(self.rule.key, values["value"], category=self.rule.category,
                                      valid_from=values["valid_from"], note=values["note"])


class RulesTab(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self._dialog = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel("")
        bar.addWidget(self.summary, 1)
        self.edit_btn = QPushButton(translate("Admin", "Sửa…"))
        self.edit_btn.setToolTip(translate("Admin", "Đặt giá trị mới cho quy tắc đang chọn, áp dụng từ một ngày"))
        self.edit_btn.clicked.connect(self.edit_selected)
        self.edit_btn.setVisible(ws.can(perm.EDIT_RULES))
        bar.addWidget(self.edit_btn)
        lay.addLayout(bar)
        legend = translate("Admin", "Cột “Đối chiếu” cho biết giá trị đã được đối chiếu với văn bản "
                             "đã công bố hay còn cần xác nhận. "
                             "Dòng chữ xám: giá trị không còn hoặc chưa có hiệu lực hôm nay.")
        if not ws.can(perm.EDIT_RULES):
            legend += " " + translate("Admin", "Chỉ Trưởng Công an xã được sửa quy tắc.")
        lay.addWidget(_note(legend))
        self.model = _RulesModel(rule_columns(), ws.today, self)
        self.table = make_table(self.model, "rules_table")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.setWordWrap(False)
        lay.addWidget(self.table)
        self.update_buttons()

    def refresh(self) -> None:
        self.ops.query(self.ws.rule_table.list, on_done=_alive(self, self._show))

    def _show(self, rows) -> None:
        order: dict[str, int] = {}
        for r in rows:
            order.setdefault(r.key, len(order))
        rows = sorted(rows, key=lambda r: (order[r.key], r.category or "", r.valid_from))
        keep = selected_row(self.table)
        self.model.set_rows(rows)
        if keep is not None:
            for i, r in enumerate(rows):
                if (r.key, r.category, r.valid_from) == (keep.key, keep.category, keep.valid_from):
                    self.table.selectRow(i)
        today = self.ws.today()
        in_force = sum(1 for r in rows if _in_force(r, today))
        history = len(rows) - in_force
        self.summary.setText(translate("Admin", "{rules}, %Ln dòng lịch sử", None, history).format(
            rules=translate("Admin", "%Ln quy tắc đang áp dụng", None, in_force)))
        self.update_buttons()

    def update_buttons(self) -> None:
        self.edit_btn.setEnabled(self.ws.can(perm.EDIT_RULES) and selected_row(self.table) is not None)

    def edit_selected(self) -> RuleDialog | None:
        r = selected_row(self.table)
        if r is None or not self.ws.can(perm.EDIT_RULES):
            return None
        dlg = RuleDialog(self, self.ws, self.ops, r)
        dlg.open()
        self._dialog = dlg
        return dlg

