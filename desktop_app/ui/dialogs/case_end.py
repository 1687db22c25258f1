"""The end of a case and the court's decisions: case events (extension, the court's shortening,
exemption, revocation, transfer…), closing a case (asked first: only the chief reopens) and
reopening one (chief only, with a reason)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.core.domain.vocab import (
    COURT_CATEGORIES,
    CaseCategory,
    CaseStatus,
    EventKind,
    status_label_vi,
)
from desktop_app.core.errors import Problem, ValidationFailed
from desktop_app.ui.dialogs.form import FormDialog, ask_then
from desktop_app.ui.dialogs.record_base import _OverrideMixin
from desktop_app.ui.texts import category_label, date_text, translate

EVENT_LABELS = {
    EventKind.EXTENSION: QT_TRANSLATE_NOOP("Vocab", "Gia hạn"),
    EventKind.REDUCTION: QT_TRANSLATE_NOOP("Vocab", "Rút ngắn thời hạn"),
    EventKind.EXEMPTION: QT_TRANSLATE_NOOP("Vocab", "Miễn chấp hành"),
    EventKind.TRANSFER_OUT: QT_TRANSLATE_NOOP("Vocab", "Chuyển đi"),
    EventKind.TRANSFER_IN: QT_TRANSLATE_NOOP("Vocab", "Nhận chuyển đến"),
    EventKind.NEW_CONVICTION: QT_TRANSLATE_NOOP("Vocab", "Bị kết án mới"),
    EventKind.REVOCATION_REQUEST: QT_TRANSLATE_NOOP("Vocab", "Đề nghị Tòa án buộc chấp hành án phạt tù"),
    EventKind.REVOCATION: QT_TRANSLATE_NOOP("Vocab", "Tòa án buộc chấp hành án phạt tù"),
    EventKind.OBLIGATIONS_DONE: QT_TRANSLATE_NOOP("Vocab", "Đã chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự"),
}


class EventDialog(FormDialog):
    def __init__(self, parent, ws, ops, case_id: str, kind: str = "extension"):
        super().__init__(parent, translate("Event", "Biến động hồ sơ"), ops)
        self.ws, self.case_id = ws, case_id
        kinds = dict(EVENT_LABELS)
        if ws.cases.get(case_id).category in COURT_CATEGORIES:
            # The court fixes the term: only its decisions (shortening, exemption, revocation).
            kinds.pop(EventKind.EXTENSION)
        self.add_combo("kind", translate("Event", "Loại"), [(translate("Vocab", v), k.value) for k, v in kinds.items()])
        self.fields["kind"].setCurrentIndex(max(self.fields["kind"].findData(kind), 0))
        self.add_date("date", translate("Event", "Ngày"))
        self.add_int("months", translate("Event", "Số tháng"), 0, 600, 0)
        self.add_int("days", translate("Event", "Số ngày"), 0, 20000, 0)
        self.add_unit("other_unit_code", translate("Event", "Xã, phường chuyển đến/đi"), ws)
        self.add_line("decision_number", translate("Event", "Số quyết định"), max_length=60)
        self.add_line("note", translate("Event", "Ghi chú"), max_length=1000)
        self._dirty = False

    def values(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "kind": self.data("kind"), "date": self.date("date"),
                "months": self.fields["months"].value(), "days": self.fields["days"].value(),
                "other_unit_code": self.fields["other_unit_code"].code(),
                "decision_number": self.text("decision_number"), "note": self.text("note")}

    def submit(self, values: dict[str, Any]):
        return self.ws.cases.add_event(values)


class _ConfirmFirst:
    """Saving asks first (a question naming the person and what will happen; Enter keeps the
    safe answer): `confirmation()` gives (title, text, yes, no)."""

    def confirmation(self) -> tuple[str, str, str, str]:
        raise NotImplementedError

    def save(self) -> None:
        if self._saving:  # type: ignore[attr-defined]
            return
        try:
            self.values()  # type: ignore[attr-defined]
        except ValidationFailed as e:
            self.on_validation_failed(e)  # type: ignore[attr-defined]
            return
        title, text, yes, no = self.confirmation()
        self._question = ask_then(self, title, text, yes, no, lambda: FormDialog.save(self))  # type: ignore[arg-type]


def _case_words(case, person_name: str) -> dict[str, str]:
    return {"category": category_label(case.category) if case is not None else "",
            "name": person_name or translate("Case", "đối tượng"),
            "end": date_text(case.computed_end) if case is not None and case.computed_end else ""}


class CloseCaseDialog(_ConfirmFirst, _OverrideMixin, FormDialog):
    """Completion, early termination, revocation, death. Asks before closing: a closed case is
    reopened only by the chief."""

    def __init__(self, parent, ws, ops, case_id: str, case=None, person_name: str = ""):
        super().__init__(parent, translate("Case", "Kết thúc hồ sơ"), ops)
        self.ws, self.case_id, self.case, self.person_name = ws, case_id, case, person_name
        closing = [s for s in CaseStatus if s not in (CaseStatus.PROPOSED, CaseStatus.ACTIVE, CaseStatus.SUSPENDED,
                                                      CaseStatus.TRANSFERRED)]
        category = ws.cases.get(case_id).category
        if category != CaseCategory.COMMUNITY_EDUCATION:
            # Early termination is the education measure's alone (DOMAIN §1).
            closing.remove(CaseStatus.TERMINATED_EARLY)
        if category in COURT_CATEGORIES:
            # The court's shortening, exemption and revocation are recorded as events.
            closing.remove(CaseStatus.REVOKED)
        self.add_combo("status", translate("Case", "Hình thức kết thúc"),
                       [(translate("Vocab", status_label_vi(category, s.value)), s.value) for s in closing])
        self.add_date("actual_end", translate("Case", "Ngày kết thúc"))
        self.add_line("completion_cert_number", translate("Case", "Số giấy chứng nhận"), max_length=60)
        self.add_line("note", translate("Case", "Ghi chú"), max_length=2000)
        self.add_override()
        self._dirty = False

    def confirmation(self) -> tuple[str, str, str, str]:
        w = _case_words(self.case, self.person_name)
        how = self.fields["status"].currentText()
        on = date_text(self.date("actual_end"))
        if w["end"]:
            text = translate("Case", "Kết thúc hồ sơ {category} của {name} (dự kiến đến {end})? "
                             "Hình thức: {how}, ngày {on}. Hồ sơ đã kết thúc chỉ Trưởng Công an mở lại được.")
        else:
            text = translate("Case", "Kết thúc hồ sơ {category} của {name}? Hình thức: {how}, ngày {on}. "
                             "Hồ sơ đã kết thúc chỉ Trưởng Công an mở lại được.")
        return (translate("Case", "Kết thúc hồ sơ"), text.format(how=how, on=on, **w),
                translate("Case", "Kết thúc hồ sơ"), translate("Case", "Không kết thúc"))

    def values(self) -> dict[str, Any]:
        return {"status": self.data("status"), "actual_end": self.date("actual_end"),
                "completion_cert_number": self.text("completion_cert_number"), "note": self.text("note"),
                "_override": self.text("override_reason")}

    def submit(self, values: dict[str, Any]):
        override = values.pop("_override") or None
        return self.ws.cases.close(self.case_id, values, override_reason=override)


class ReopenCaseDialog(_ConfirmFirst, FormDialog):
    """Puts a closed case back under management (chief only; the reason is kept in the audit
    trail). Asks first, naming the person."""

    def __init__(self, parent, ws, ops, case, person_name: str = ""):
        super().__init__(parent, translate("Case", "Mở lại hồ sơ"), ops)
        self.ws, self.case, self.person_name = ws, case, person_name
        self.add_line("reason", translate("Case", "Lý do mở lại *"), max_length=500,
                      placeholder=translate("Case", "Ví dụ: kết thúc nhầm, có quyết định hủy"))
        self._dirty = False
        self.fields["reason"].setFocus()

    def confirmation(self) -> tuple[str, str, str, str]:
        w = _case_words(self.case, self.person_name)
        text = translate("Case", "Mở lại hồ sơ {category} của {name}? Hồ sơ trở lại trạng thái đang quản lý; "
                         "lý do được ghi vào nhật ký.").format(**w)
        return (translate("Case", "Mở lại hồ sơ"), text, translate("Case", "Mở lại hồ sơ"),
                translate("Case", "Không mở lại"))

    def values(self) -> dict[str, Any]:
        if not self.text("reason"):  # the core's own answer, before anything is asked
            raise ValidationFailed([Problem("reason", "required")])
        return {"reason": self.text("reason")}

    def submit(self, values: dict[str, Any]):
        return self.ws.cases.reopen(self.case.id, values["reason"])
