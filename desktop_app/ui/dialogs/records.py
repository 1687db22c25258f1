"""The dialogs of a person's file: person, case, visit/contact, assessment, absence, violation,
case event and closing. Each validates in the core and shows problems beside the fields; rule
warnings reveal an "override reason" field instead of refusing outright."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QWidget
from shiboken6 import isValid

from desktop_app.core.domain.vocab import (
    COURT_CATEGORIES,
    CaseCategory,
    ContactKind,
    Gender,
    PeriodKind,
    SentenceKind,
)
from desktop_app.core.errors import Problem, ValidationFailed
from desktop_app.ui.dialogs.form import FormDialog
from desktop_app.ui.dialogs.record_base import _OverrideMixin, _qdate, _value
from desktop_app.ui.texts import category_label, contact_label, gender_label, translate


class PersonDialog(_OverrideMixin, FormDialog):
    """New person, or edit one (`person` given). Accepts the text a USB QR scanner types from
    a CCCD card in the "Mã QR" field and fills the other fields from it."""

    def __init__(self, parent: QWidget | None, ws, ops, person=None):
        super().__init__(parent, translate("Person", "Sửa nhân thân") if person else translate("Person", "Thêm người"), ops)
        self.ws, self.person = ws, person
        self.qr = self.add_line("qr", translate("Person", "Quét mã QR CCCD"),
                                placeholder=translate("Person", "Đặt con trỏ ở đây rồi quét thẻ"), max_length=500)
        self.qr.returnPressed.connect(self.fill_from_qr)
        self.add_line("full_name", translate("Person", "Họ và tên *"), max_length=200)
        self.add_line("birth_date", translate("Person", "Ngày sinh"), placeholder=translate("Person", "dd/mm/yyyy, mm/yyyy hoặc yyyy"), max_length=20)
        self.add_combo("gender", translate("Person", "Giới tính"), [("", None)] + [(gender_label(g.value), g.value) for g in Gender])
        self.add_line("cccd", translate("Person", "Số CCCD"), placeholder="001090000123", max_length=20)
        self.add_line("permanent_address", translate("Person", "Nơi thường trú"))
        self.add_unit("permanent_unit_code", translate("Person", "Xã, phường thường trú"), ws)
        self.add_line("current_address", translate("Person", "Nơi ở hiện tại"))
        self.add_unit("current_unit_code", translate("Person", "Xã, phường nơi ở"), ws)
        self.add_line("occupation", translate("Person", "Nghề nghiệp"), max_length=120)
        self.add_line("phone", translate("Person", "Điện thoại"), max_length=30)
        if ws.can("view_sensitive"):
            self.add_line("ethnicity", translate("Person", "Dân tộc"), max_length=60)
            self.add_line("religion", translate("Person", "Tôn giáo"), max_length=60)
        self.add_text("note", translate("Person", "Ghi chú"))
        self.override_field = "cccd_override_reason"
        self.add_override()
        if person is not None:
            self._load(person)
        self._dirty = False
        self.fields["full_name"].setFocus()

    def _load(self, p) -> None:
        from desktop_app.ui.texts import partial_date_text

        self.fields["full_name"].setText(p.full_name)
        self.fields["birth_date"].setText(partial_date_text(p.birth_date))
        idx = self.fields["gender"].findData(p.gender)
        self.fields["gender"].setCurrentIndex(max(idx, 0))
        for k in ("cccd", "permanent_address", "current_address", "occupation", "phone"):
            self.fields[k].setText(getattr(p, k) or "")
        for k in ("ethnicity", "religion"):
            if k in self.fields:
                self.fields[k].setText(getattr(p, k) or "")
        self.fields["note"].setPlainText(p.note)
        for k in ("permanent_unit_code", "current_unit_code"):
            self.fields[k].set_unit(getattr(p, k))
        self.set_units_named(self.ws, ("permanent_unit_code", "current_unit_code"))
        if p.cccd_override_reason:
            self.fields["cccd_override_reason"].setText(p.cccd_override_reason)

    def fill_from_qr(self) -> None:
        from desktop_app.core.domain.cccd import parse_cccd_qr

        if not self.qr.text().strip():
            return  # Enter in the empty field: just the next field (FormDialog)
        try:
            data = parse_cccd_qr(self.qr.text())
        except ValidationFailed as e:
            self.show_problems(e.problems)
            return
        self.clear_problems()
        self.fields["full_name"].setText(data.full_name)
        self.fields["birth_date"].setText(data.birth_date.strftime("%d/%m/%Y"))
        self.fields["gender"].setCurrentIndex(max(self.fields["gender"].findData(data.gender), 0))
        self.fields["cccd"].setText(data.cccd)
        self.fields["permanent_address"].setText(data.address)
        if not self.text("current_address"):
            self.fields["current_address"].setText(data.address)
        self.qr.clear()
        self.fields["occupation"].setFocus()

    def values(self) -> dict[str, Any]:
        v = {k: self.text(k) for k in ("full_name", "birth_date", "cccd", "permanent_address",
                                       "current_address", "occupation", "phone", "note",
                                       "cccd_override_reason")}
        for k in ("ethnicity", "religion"):
            if k in self.fields:
                v[k] = self.text(k)
        v["gender"] = self.data("gender")
        for k in ("permanent_unit_code", "current_unit_code"):
            v[k] = self.fields[k].code()
        v["birth_date"] = v["birth_date"] or None
        v["cccd"] = v["cccd"] or None
        return v

    def submit(self, values: dict[str, Any]):
        if self.person is None:
            return self.ws.persons.add(values)
        return self.ws.persons.update(self.person.id, values)


# The main penalty, for the record-clearing date (Criminal Code Art. 70).
SENTENCE_LABELS = {
    SentenceKind.WARNING: QT_TRANSLATE_NOOP("Vocab", "Cảnh cáo"),
    SentenceKind.FINE: QT_TRANSLATE_NOOP("Vocab", "Phạt tiền"),
    SentenceKind.NON_CUSTODIAL: QT_TRANSLATE_NOOP("Vocab", "Cải tạo không giam giữ"),
    SentenceKind.SUSPENDED: QT_TRANSLATE_NOOP("Vocab", "Án treo"),
    SentenceKind.PRISON_UP_TO_5Y: QT_TRANSLATE_NOOP("Vocab", "Tù đến 5 năm"),
    SentenceKind.PRISON_5_TO_15Y: QT_TRANSLATE_NOOP("Vocab", "Tù trên 5 năm đến 15 năm"),
    SentenceKind.PRISON_OVER_15Y: QT_TRANSLATE_NOOP("Vocab", "Tù trên 15 năm"),
    SentenceKind.LIFE_OR_DEATH_COMMUTED: QT_TRANSLATE_NOOP("Vocab", "Tù chung thân, tử hình được giảm án"),
}


class CaseDialog(_OverrideMixin, FormDialog):
    """Open a case, or correct one (`case` given: every field, the officer in charge chosen
    from the register's accounts by full name, the login in the tooltip)."""

    DATES = ("decision_date", "start_date", "judgment_date", "supervision_start", "release_date")

    def __init__(self, parent: QWidget | None, ws, ops, person_id: str, case=None):
        super().__init__(parent, translate("Case", "Sửa hồ sơ quản lý") if case is not None
                         else translate("Case", "Lập hồ sơ quản lý"), ops)
        self.ws, self.person_id, self.case = ws, person_id, case
        # a new case starts with no category: one the person did not choose is never saved
        self.add_combo("category", translate("Case", "Loại đối tượng *"),
                       ([] if case is not None else [(translate("Case", "— chọn loại đối tượng —"), None)])
                       + [(category_label(c.value), c.value) for c in CaseCategory])
        self.add_line("decision_number", translate("Case", "Số quyết định"), max_length=60)
        self.add_date("decision_date", translate("Case", "Ngày quyết định"))
        self.add_line("issuer", translate("Case", "Cơ quan ban hành"), max_length=200)
        self.add_line("signer", translate("Case", "Người ký"), max_length=120)
        self.add_date("start_date", translate("Case", "Ngày bắt đầu"))
        # Court cases keep both dates (DOMAIN §1); the category says which one counts.
        self.add_date("judgment_date", translate("Case", "Ngày tuyên án sơ thẩm"))
        self.add_date("supervision_start", translate("Case", "Ngày bắt đầu giám sát"))
        self.add_int("term_months", translate("Case", "Thời hạn (tháng)"), 0, 600, 6)
        self.add_int("term_days", translate("Case", "Thời hạn (ngày)"), 0, 20000, 0)
        self.add_int("custody_days", translate("Case", "Số ngày tạm giữ, tạm giam (trừ 1 ngày = 3 ngày)"), 0, 20000, 0)
        self.add_line("helper_name", translate("Case", "Người giúp đỡ"), max_length=120)
        officers = self.add_combo("officer", translate("Case", "Cán bộ phụ trách"), [])
        officers.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        officers.setMinimumContentsLength(24)  # a full name, seen whole before the list is read
        self.add_line("supervising_org", translate("Case", "Cơ quan, tổ chức giám sát"), max_length=200)
        self.add_combo("sentence_kind", translate("Case", "Hình phạt chính (xóa án tích)"),
                       [("", None)] + [(translate("Vocab", SENTENCE_LABELS[s]), s.value) for s in SentenceKind])
        self.add_date("release_date", translate("Case", "Ngày chấp hành xong án phạt tù"))
        self.add_check("obligations_pending", translate("Case", "Chưa xong hình phạt bổ sung, nghĩa vụ dân sự"))
        self.add_check("national_security", translate("Case", "Tội xâm phạm an ninh quốc gia"))
        self.add_text("note", translate("Case", "Ghi chú"))
        self.add_override()
        self.fields["category"].currentIndexChanged.connect(self._category_changed)
        officer = case.officer if case is not None else ws.username
        self._set_officers([], officer)
        if case is not None:
            self._load(case)
        self._category_changed()
        # A date field always shows a date: one the case does not have is left out of the
        # correction unless the user changes it (no date written by opening and saving).
        self._shown_dates = {n: self.date(n) for n in self.DATES}
        self._dirty = False
        self.ops.query(lambda: [u for u in ws.users.list() if u.active], on_done=self._accounts_loaded)

    def _set_officers(self, accounts, chosen: str) -> None:
        """The chooser's items: each account by full name (login in the tooltip); `chosen` kept
        even if it is not an account here (a case pulled from another computer)."""
        combo = self.fields["officer"]
        dirty = self._dirty
        combo.blockSignals(True)
        combo.clear()
        names = [(u.full_name or u.username, u.username) for u in accounts]
        if chosen and chosen not in [login for _n, login in names]:
            names.insert(0, (chosen, chosen))
        for i, (name, login) in enumerate(names):
            combo.addItem(name, login)
            combo.setItemData(i, translate("Case", "Tên đăng nhập: {login}").format(login=login),
                              Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.setToolTip(translate("Case", "Tên đăng nhập: {login}").format(login=combo.currentData() or ""))
        combo.blockSignals(False)
        self._dirty = dirty

    def _accounts_loaded(self, accounts) -> None:
        if not isValid(self):
            return
        self._set_officers(accounts, self.data("officer") or "")

    def _load(self, c) -> None:
        self.fields["category"].setCurrentIndex(max(self.fields["category"].findData(c.category), 0))
        for k in ("decision_number", "issuer", "signer", "helper_name", "supervising_org"):
            self.fields[k].setText(getattr(c, k) or "")
        for k in self.DATES:
            if getattr(c, k):
                self.fields[k].setDate(_qdate(getattr(c, k)))
        self.fields["term_months"].setValue(c.term_months or 0)
        self.fields["term_days"].setValue(getattr(c, "term_days", None) or 0)
        self.fields["custody_days"].setValue(getattr(c, "custody_days", None) or 0)
        self.fields["obligations_pending"].setChecked(bool(getattr(c, "obligations_pending", False)))
        self.fields["national_security"].setChecked(bool(getattr(c, "national_security", False)))
        self.fields["sentence_kind"].setCurrentIndex(max(self.fields["sentence_kind"].findData(c.sentence_kind), 0))
        self.fields["note"].setPlainText(c.note or "")

    def _row_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.fields[name].parentWidget(), visible)

    def _category_changed(self, *_: Any) -> None:
        """The term inputs the law gives this category: none for ex-prisoners and community
        watch, days where it counts days, the court's two dates for court sentences."""
        cat = self.data("category")
        unit = self.ws.rules.get("term_unit", cat, dt.date.today()) or "months"
        court = cat in COURT_CATEGORIES
        self._row_visible("term_months", unit != "none")
        self._row_visible("term_days", unit == "months_days")
        self._row_visible("custody_days", cat == CaseCategory.NON_CUSTODIAL_REFORM)
        self._row_visible("start_date", not court)
        self._row_visible("judgment_date", court)
        self._row_visible("supervision_start", court)
        for name in ("release_date", "obligations_pending", "national_security"):
            self._row_visible(name, cat == CaseCategory.REINTEGRATION)
        # the main penalty counts for record clearing: court sentences and ex-prisoners only
        self._row_visible("sentence_kind", court or cat == CaseCategory.REINTEGRATION)

    def values(self) -> dict[str, Any]:
        cat = self.data("category")
        if cat is None:
            raise ValidationFailed([Problem("category", "required")])
        unit = self.ws.rules.get("term_unit", cat, dt.date.today()) or "months"
        court = cat in COURT_CATEGORIES
        v = {"person_id": self.person_id, "category": cat,
             "decision_number": self.text("decision_number"), "decision_date": self.date("decision_date"),
             "issuer": self.text("issuer"), "signer": self.text("signer"),
             "start_date": None if court else self.date("start_date"),
             "term_months": self.fields["term_months"].value() if unit != "none" else None,
             "helper_name": self.text("helper_name"), "supervising_org": self.text("supervising_org"),
             "officer": self.data("officer") or "",
             "sentence_kind": self.data("sentence_kind"), "note": self.text("note"),
             "_override": self.text("override_reason")}
        if unit == "months_days":
            v["term_days"] = self.fields["term_days"].value() or None
        if cat == CaseCategory.NON_CUSTODIAL_REFORM:
            v["custody_days"] = self.fields["custody_days"].value() or None
        if court:
            v["judgment_date"] = self.date("judgment_date")
            v["supervision_start"] = self.date("supervision_start")
        if cat == CaseCategory.REINTEGRATION:
            v["release_date"] = self.date("release_date")
            v["obligations_pending"] = self.fields["obligations_pending"].isChecked()
            v["national_security"] = self.fields["national_security"].isChecked()
        if self.case is not None:
            del v["person_id"]
            if court:
                del v["start_date"]  # a court case's start comes from its two dates (the core computes it)
            for k in self.DATES:
                if k in v and getattr(self.case, k, None) is None and v[k] == self._shown_dates[k]:
                    del v[k]
        return v

    def submit(self, values: dict[str, Any]):
        override = values.pop("_override") or None
        if self.case is not None:
            return self.ws.cases.update(self.case.id, values, override_reason=override)
        return self.ws.cases.open(values, override_reason=override)


class ContactDialog(FormDialog):
    """Record a home visit, check-in, call or self-report; or correct one (`record_id` and
    `record`, the core's ContactIn, given)."""

    def __init__(self, parent: QWidget | None, ws, ops, case_id: str, kind: str = "home_visit",
                 record_id: str | None = None, record=None):
        super().__init__(parent, translate("Contact", "Sửa thăm gặp") if record_id
                         else translate("Contact", "Ghi nhận thăm gặp"), ops)
        self.ws, self.case_id, self.record_id = ws, case_id, record_id
        self.add_combo("kind", translate("Contact", "Hình thức"), [(contact_label(k.value), k.value) for k in ContactKind])
        self.fields["kind"].setCurrentIndex(max(self.fields["kind"].findData(kind), 0))
        self.add_date("date", translate("Contact", "Ngày"))
        self.add_check("compliant", translate("Contact", "Chấp hành tốt"))
        self.fields["compliant"].setChecked(True)
        self.add_text("summary", translate("Contact", "Nội dung *"))
        if record is not None:
            self.fields["kind"].setCurrentIndex(max(self.fields["kind"].findData(_value(record.kind)), 0))
            self.fields["date"].setDate(_qdate(record.date))
            self.fields["compliant"].setChecked(record.compliant)
            self.fields["summary"].setPlainText(record.summary)
        self._dirty = False
        self.fields["summary"].setFocus()

    def values(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "kind": self.data("kind"), "date": self.date("date"),
                "compliant": self.fields["compliant"].isChecked(), "summary": self.text("summary")}

    def submit(self, values: dict[str, Any]):
        if self.record_id:
            return self.ws.visits.update_contact(self.record_id, values)
        return self.ws.visits.record_contact(values)


# The grades, explained where they are chosen (Circular 10/2024 for reintegration; the other
# categories' good/fair/poor map to A/B/C).
GRADE_LABELS = {
    "A": QT_TRANSLATE_NOOP("Evaluation", "A — Tốt: ổn định, chấp hành nghiêm"),
    "B": QT_TRANSLATE_NOOP("Evaluation", "B — Khá: chấp hành pháp luật, còn khó khăn"),
    "C": QT_TRANSLATE_NOOP("Evaluation", "C — Chưa tốt: không chấp hành, có nguy cơ vi phạm"),
    "D": QT_TRANSLATE_NOOP("Evaluation", "D — Đang bị tạm giữ, tạm giam"),
}


class EvaluationDialog(FormDialog):
    """A periodic assessment, or the correction of one (`record_id`, `record` given). Saving
    needs a comment or a grade (the core refuses an empty one beside "Đánh giá")."""

    def __init__(self, parent, ws, ops, case_id: str, period_start: dt.date | None = None,
                 period_kind: str = "month", record_id: str | None = None, record=None):
        super().__init__(parent, translate("Evaluation", "Sửa nhận xét, đánh giá") if record_id
                         else translate("Evaluation", "Nhận xét, đánh giá định kỳ"), ops)
        self.ws, self.case_id, self.record_id = ws, case_id, record_id
        if record is not None:
            period_start, period_kind = record.period_start, _value(record.period_kind)
        self.add_combo("period_kind", translate("Evaluation", "Kỳ"), [
            (translate("Evaluation", "Tháng"), PeriodKind.MONTH.value), (translate("Evaluation", "Quý"), PeriodKind.QUARTER.value),
            (translate("Evaluation", "6 tháng"), PeriodKind.HALF.value), (translate("Evaluation", "Năm"), PeriodKind.YEAR.value)])
        self.fields["period_kind"].setCurrentIndex(max(self.fields["period_kind"].findData(period_kind), 0))
        self.add_date("period_start", translate("Evaluation", "Từ ngày (đầu kỳ)"), _qdate(period_start))
        self.add_text("helper_comment", translate("Evaluation", "Nhận xét của người giúp đỡ"))
        self.add_text("police_assessment", translate("Evaluation", "Đánh giá của Công an xã"))
        self.add_combo("classification", translate("Evaluation", "Xếp loại"),
                       [(translate("Evaluation", "(chưa xếp loại)"), None)]
                       + [(translate("Evaluation", label), code) for code, label in GRADE_LABELS.items()])
        self.fields["classification"].setToolTip("\n".join(translate("Evaluation", t) for t in GRADE_LABELS.values()))
        self.add_check("self_report_received", translate("Evaluation", "Đã nhận bản tự nhận xét"))
        if record is not None:
            self.fields["helper_comment"].setPlainText(record.helper_comment)
            self.fields["police_assessment"].setPlainText(record.police_assessment)
            grade = _value(record.classification) if record.classification else None
            self.fields["classification"].setCurrentIndex(max(self.fields["classification"].findData(grade), 0))
            self.fields["self_report_received"].setChecked(record.self_report_received)
        self._dirty = False
        if record is None and period_start is None:
            # a new assessment is for the oldest period still missing, in its rule's kind
            ops.query(lambda: ws.cases.missing_periods(case_id), on_done=self._oldest_missing)

    def _oldest_missing(self, missing) -> None:
        if not isValid(self) or not missing or self.touched():
            return  # closed, nothing missing, or the person has started typing
        start, kind, _due = missing[0]
        self.fields["period_kind"].setCurrentIndex(max(self.fields["period_kind"].findData(kind), 0))
        self.fields["period_start"].setDate(_qdate(start))
        self.mark_unchanged()

    def values(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "period_kind": self.data("period_kind"),
                "period_start": self.date("period_start"), "helper_comment": self.text("helper_comment"),
                "police_assessment": self.text("police_assessment"),
                "classification": self.data("classification"),
                "self_report_received": self.fields["self_report_received"].isChecked()}

    def on_validation_failed(self, e: ValidationFailed) -> None:
        super().on_validation_failed(e)
        self.adjustSize()  # the message beside the field wraps and is seen whole

    def submit(self, values: dict[str, Any]):
        if self.record_id:
            return self.ws.visits.update_evaluation(self.record_id, values)
        return self.ws.visits.record_evaluation(values)


class AbsenceDialog(_OverrideMixin, FormDialog):
    def __init__(self, parent, ws, ops, case_id: str, record_id: str | None = None, record=None):
        super().__init__(parent, translate("Absence", "Sửa khai báo vắng mặt") if record_id
                         else translate("Absence", "Khai báo vắng mặt"), ops)
        self.ws, self.case_id, self.record_id = ws, case_id, record_id
        self.add_date("start", translate("Absence", "Từ ngày"))
        self.add_date("end", translate("Absence", "Đến ngày"))
        self.add_check("permitted", translate("Absence", "Được phép"))
        self.fields["permitted"].setChecked(True)
        self.add_line("reason", translate("Absence", "Lý do"), max_length=500)
        self.add_line("destination", translate("Absence", "Nơi đến"))
        self.add_override()
        if record is not None:
            self.fields["start"].setDate(_qdate(record.start))
            self.fields["end"].setDate(_qdate(record.end))
            self.fields["permitted"].setChecked(record.permitted)
            self.fields["reason"].setText(record.reason)
            self.fields["destination"].setText(record.destination)
        self._dirty = False

    def values(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "start": self.date("start"), "end": self.date("end"),
                "permitted": self.fields["permitted"].isChecked(), "reason": self.text("reason"),
                "destination": self.text("destination"), "_override": self.text("override_reason")}

    def submit(self, values: dict[str, Any]):
        override = values.pop("_override") or None
        if self.record_id:
            return self.ws.visits.update_absence(self.record_id, values, override_reason=override)
        return self.ws.visits.record_absence(values, override_reason=override)


class ViolationDialog(FormDialog):
    def __init__(self, parent, ws, ops, case_id: str, record_id: str | None = None, record=None):
        super().__init__(parent, translate("Violation", "Sửa vi phạm") if record_id
                         else translate("Violation", "Ghi nhận vi phạm"), ops)
        self.ws, self.case_id, self.record_id = ws, case_id, record_id
        self.add_date("date", translate("Violation", "Ngày"))
        self.add_line("act", translate("Violation", "Hành vi vi phạm *"), max_length=1000)
        self.add_line("record_number", translate("Violation", "Số biên bản"), max_length=60)
        self.add_line("handling", translate("Violation", "Hình thức xử lý"), max_length=1000)
        if record is not None:
            self.fields["date"].setDate(_qdate(record.date))
            for k in ("act", "record_number", "handling"):
                self.fields[k].setText(getattr(record, k))
        self._dirty = False

    def values(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "date": self.date("date"), "act": self.text("act"),
                "record_number": self.text("record_number"), "handling": self.text("handling")}

    def submit(self, values: dict[str, Any]):
        if self.record_id:
            return self.ws.visits.update_violation(self.record_id, values)
        return self.ws.visits.record_violation(values)


# The case's end and the court's decisions live beside (case_end.py); their names stay here too.
from desktop_app.ui.dialogs.case_end import EVENT_LABELS as EVENT_LABELS  # noqa: E402
from desktop_app.ui.dialogs.case_end import CloseCaseDialog as CloseCaseDialog  # noqa: E402
from desktop_app.ui.dialogs.case_end import EventDialog as EventDialog  # noqa: E402
from desktop_app.ui.dialogs.case_end import ReopenCaseDialog as ReopenCaseDialog  # noqa: E402
