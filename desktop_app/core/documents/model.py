"""The one data model every document template is bound to (issue 18).

A template names its values as `{{ person.full_name }}`, `{{ unit.police_upper }}`,
`{{ doc.date.words }}`, loops as `{%tr for r in timeline %}…{{ r.date }}…{%tr endfor %}`. The
names are the fields below, and nothing else: `check_placeholders` refuses a template naming a
value this model lacks. Every text field may be empty; rendering prints an empty value as the
visible line `BLANK` ("…………") to be filled by hand, never an empty space.

Dates come as a `DateText`: `.number` "05/12/2026", `.words` "ngày 05 tháng 12 năm 2026",
`.day`, `.month`, `.year`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict

from desktop_app.core.domain.dates import format_date

__all__ = ["BLANK", "DateText", "UnitData", "PersonData", "CaseData", "NamedData", "SignerData",
           "PeriodData", "SessionData", "TipData", "AbsenceData", "TimelineRow", "BreachRow",
           "AbsenceRow", "AttendeeRow", "DocMeta", "DocumentData", "date_text", "date_words",
           "render_context"]

BLANK = "…………"  # a value the register does not hold: a line to fill in by hand


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def date_words(d: dt.date) -> str:
    """"ngày 05 tháng 12 năm 2026" (Decree 30: day below 10 and months 1, 2 with a leading zero)."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


class DateText(_Frozen):
    number: str = ""  # "05/12/2026"
    words: str = ""  # "ngày 05 tháng 12 năm 2026"
    day: str = ""
    month: str = ""
    year: str = ""


def date_text(d: dt.date | None) -> DateText:
    if d is None:
        return DateText(words="ngày …… tháng …… năm ……")
    return DateText(number=format_date(d), words=date_words(d), day=f"{d.day:02d}",
                    month=f"{d.month:02d}" if d.month <= 2 else str(d.month), year=str(d.year))


class UnitData(_Frozen):
    """The commune-level unit issuing the document and its superior agency."""

    code: str = ""
    name: str = ""  # "Phường Hùng Vương"
    kind: str = ""  # "xã" | "phường" | "thị trấn" | "đặc khu"
    kind_upper: str = ""  # "PHƯỜNG"
    place: str = ""  # "Hùng Vương": the place of the date line
    police: str = ""  # "Công an phường Hùng Vương"
    police_upper: str = ""  # "CÔNG AN PHƯỜNG HÙNG VƯƠNG"
    committee: str = ""  # "Ủy ban nhân dân phường Hùng Vương"
    committee_upper: str = ""
    superior: str = ""  # "Công an tỉnh Phú Thọ"
    superior_upper: str = ""  # "CÔNG AN TỈNH PHÚ THỌ"
    chief_title: str = ""  # "Trưởng Công an phường"
    chief_title_upper: str = ""  # "TRƯỞNG CÔNG AN PHƯỜNG"


class PersonData(_Frozen):
    id: str = ""
    full_name: str = ""
    full_name_upper: str = ""
    family_name: str = ""
    middle_name: str = ""
    given_name: str = ""
    aliases: str = ""
    birth_date: str = ""  # as held: "1990", "03/1990", "05/03/1990"
    birth_year: str = ""
    age: str = ""
    minor: bool = False
    gender: str = ""  # "Nam" | "Nữ" | "Khác"
    cccd: str = ""
    permanent_address: str = ""
    current_address: str = ""
    occupation: str = ""
    phone: str = ""
    ethnicity: str = ""
    religion: str = ""


class CaseData(_Frozen):
    id: str = ""
    category: str = ""  # the key: community_education, suspended_sentence, …
    category_name: str = ""  # "Biện pháp giáo dục tại xã, phường, thị trấn"
    legal_basis: str = ""
    decision_number: str = ""
    decision_date: DateText = DateText()
    issuer: str = ""
    decision_signer: str = ""
    judgment_ref: str = ""
    judgment_date: DateText = DateText()
    supplementary_penalty: str = ""
    supervising_org: str = ""
    term: str = ""  # "06 tháng", "2 năm 6 tháng", "45 ngày"
    start: DateText = DateText()
    end: DateText = DateText()
    actual_end: DateText = DateText()
    status: str = ""  # Vietnamese
    classification: str = ""
    completion_cert_number: str = ""
    note: str = ""


class NamedData(_Frozen):
    full_name: str = ""
    full_name_upper: str = ""
    title: str = ""  # the officer's or helper's position, when known
    phone: str = ""


class SignerData(_Frozen):
    full_name: str = ""
    title: str = ""  # "TRƯỞNG CÔNG AN PHƯỜNG"
    authority: str = ""  # "KT. TRƯỞNG CÔNG AN PHƯỜNG" line above, when signing for


class PeriodData(_Frozen):
    """The period a review or report covers (the due item's, or the month before the date)."""

    label: str = ""  # "tháng 11 năm 2026"
    month: str = ""
    year: str = ""
    start: DateText = DateText()
    end: DateText = DateText()


class SessionData(_Frozen):
    id: str = ""
    date: DateText = DateText()
    place: str = ""
    chair: str = ""
    topic: str = ""


class TipData(_Frozen):
    id: str = ""
    received_on: DateText = DateText()
    channel: str = ""
    reporter: str = ""  # the reporter's name only to roles that may read it; else blank
    reporter_contact: str = ""
    content: str = ""
    result: str = ""


class AbsenceData(_Frozen):
    start: DateText = DateText()
    end: DateText = DateText()
    days: str = ""
    destination: str = ""
    reason: str = ""


class TimelineRow(_Frozen):
    no: str = ""
    date: str = ""
    kind: str = ""
    summary: str = ""


class BreachRow(_Frozen):
    no: str = ""
    date: str = ""
    act: str = ""


class AbsenceRow(_Frozen):
    no: str = ""
    start: str = ""
    end: str = ""
    destination: str = ""
    reason: str = ""
    permitted: str = ""  # "Có phép" | "Không phép"


class AttendeeRow(_Frozen):
    no: str = ""
    full_name: str = ""
    birth_date: str = ""
    cccd: str = ""
    address: str = ""
    minor: bool = False
    commitment: str = ""  # "Đã ký" | "Chưa ký"
    parent_cosigned: str = ""  # "Có" | "Không" | "" (adults)


class DocMeta(_Frozen):
    number: str = ""  # "12.3F2A1B/KH-CAP"
    number_line: str = ""  # "Số: 12.3F2A1B/KH-CAP"
    symbol: str = ""  # "KH-CAP"
    title: str = ""
    date: DateText = DateText()
    place_date: str = ""  # "Hùng Vương, ngày 05 tháng 12 năm 2026"
    basis: str = ""


class DocumentData(_Frozen):
    """Everything a template may name. One instance per document."""

    doc: DocMeta = DocMeta()
    unit: UnitData = UnitData()
    person: PersonData = PersonData()
    case: CaseData = CaseData()
    officer: NamedData = NamedData()
    signer: SignerData = SignerData()
    helper: NamedData = NamedData()
    period: PeriodData = PeriodData()
    session: SessionData = SessionData()
    tip: TipData = TipData()
    absence: AbsenceData = AbsenceData()
    today: DateText = DateText()
    timeline: tuple[TimelineRow, ...] = ()
    breaches: tuple[BreachRow, ...] = ()
    absences: tuple[AbsenceRow, ...] = ()
    attendees: tuple[AttendeeRow, ...] = ()


# The element model of each list field (templates loop over them).
LIST_ITEMS: dict[str, type[BaseModel]] = {
    "timeline": TimelineRow, "breaches": BreachRow, "absences": AbsenceRow, "attendees": AttendeeRow,
}


def _blanked(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _blanked(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_blanked(v) for v in value]
    if value is None or (isinstance(value, str) and not value.strip()):
        return BLANK
    return value


def render_context(data: DocumentData) -> dict[str, Any]:
    """The template's variables: the model as dicts, every empty text as `BLANK`, and an empty
    list as one row of blanks (a line to fill in by hand)."""
    out = _blanked(data.model_dump())
    for name, item in LIST_ITEMS.items():
        if not out[name]:
            out[name] = [_blanked(item().model_dump())]
    return out  # type: ignore[no-any-return]
