"""The register's facts for one document, as the data model (model.DocumentData): the unit and
its superior agency, the person, the case, officer, signer and helper by full name, the period,
the session and its attendees, the tip, the latest absence, the timeline and the breaches."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop_app import vocabulary as V
from desktop_app.core.documents.model import (
    AbsenceData,
    AbsenceRow,
    AttendeeRow,
    BreachRow,
    CaseData,
    DocMeta,
    DocumentData,
    NamedData,
    PeriodData,
    PersonData,
    SessionData,
    SignerData,
    TimelineRow,
    TipData,
    UnitData,
    date_text,
    date_words,
)
from desktop_app.core.domain.dates import PartialDate, add_months, format_date
from desktop_app.core.domain.vocab import Role

if TYPE_CHECKING:
    from desktop_app.core.documents.templates import TemplateInfo
    from desktop_app.core.services.workspace import Workspace

__all__ = ["unit_data", "person_data", "case_data", "gather", "sample_data", "number_suffix", "number_symbol"]

_KINDS = ("thị trấn", "đặc khu", "phường", "xã")
# the unit part of a document's number symbol ("KH-CAP"): Công an phường / xã / thị trấn / đặc khu
_SUFFIX = {"phường": "CAP", "xã": "CAX", "thị trấn": "CATT", "đặc khu": "CAĐK"}


def _vi(group: str, code: str | None) -> str:
    return V.text(group, code, lang="vi", default=code) if code else ""


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def number_suffix(kind: str) -> str:
    return _SUFFIX.get(kind, "CAX")


def number_symbol(symbol: str, kind: str) -> str:
    """"KH" → "KH-CAP" (the police unit's suffix); a symbol with its own suffix ("GCN-UBND",
    a paper the People's Committee issues) stays as it is."""
    return symbol if "-" in symbol else f"{symbol}-{number_suffix(kind)}"


def unit_data(name: str, code: str = "", superior: str = "") -> UnitData:
    """"Phường Hùng Vương" → kind "phường", police "Công an phường Hùng Vương", …"""
    clean = " ".join(name.split())
    if clean.lower().startswith("công an "):
        clean = clean[8:]
    kind, place = "xã", clean
    for word in _KINDS:
        if clean.lower().startswith(word + " "):
            kind, place = word, clean[len(word) + 1:].strip()
            break
    police = f"Công an {kind} {place}" if place else ""
    committee = f"Ủy ban nhân dân {kind} {place}" if place else ""
    return UnitData(code=code, name=f"{_cap(kind)} {place}" if place else "", kind=kind, kind_upper=kind.upper(),
                    place=place, police=police, police_upper=police.upper(), committee=committee,
                    committee_upper=committee.upper(), superior=superior, superior_upper=superior.upper(),
                    chief_title=f"Trưởng Công an {kind}", chief_title_upper=f"TRƯỞNG CÔNG AN {kind.upper()}")


def _age(birth: str | None, on: dt.date) -> int | None:
    if not birth:
        return None
    try:
        p = PartialDate.from_storage(birth)
    except Exception:
        return None
    if p.is_full:
        b = p.earliest()
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
    return on.year - p.year


def person_data(p: Any, on: dt.date) -> PersonData:
    birth = ""
    if p.birth_date:
        try:
            birth = PartialDate.from_storage(p.birth_date).display()
        except Exception:
            birth = str(p.birth_date)
    age = _age(p.birth_date, on)
    return PersonData(id=p.id, full_name=p.full_name, full_name_upper=p.full_name.upper(),
                      family_name=p.family_name, middle_name=p.middle_name, given_name=p.given_name,
                      aliases=p.aliases, birth_date=birth, birth_year=str(p.birth_year or ""),
                      age="" if age is None else str(age), minor=age is not None and age < 18,
                      gender=_vi("gender", p.gender), cccd=p.cccd or "",
                      permanent_address=p.permanent_address, current_address=p.current_address,
                      occupation=p.occupation, phone=p.phone, ethnicity=p.ethnicity or "",
                      religion=p.religion or "")


def _term(c: Any) -> str:
    parts = []
    months = c.term_months or 0
    if months >= 12:
        parts.append(f"{months // 12} năm")
    if months % 12:
        parts.append(f"{months % 12:02d} tháng")
    if c.term_days:
        parts.append(f"{c.term_days} ngày")
    return " ".join(parts)


def case_data(c: Any) -> CaseData:
    return CaseData(id=c.id, category=c.category, category_name=_vi("category", c.category),
                    legal_basis=c.legal_basis, decision_number=c.decision_number,
                    decision_date=date_text(c.decision_date), issuer=c.issuer, decision_signer=c.signer,
                    judgment_ref=c.judgment_ref, judgment_date=date_text(c.judgment_date),
                    supplementary_penalty=c.supplementary_penalty, supervising_org=c.supervising_org,
                    term=_term(c), start=date_text(c.start_date), end=date_text(c.computed_end),
                    actual_end=date_text(c.actual_end), status=_vi("status", c.status),
                    classification=c.classification or "", completion_cert_number=c.completion_cert_number,
                    note=c.note)


def _period(on: dt.date, start: dt.date | None) -> PeriodData:
    """The month a review covers: `start`'s month (a due item's period), else the month before."""
    first = start.replace(day=1) if start else add_months(on.replace(day=1), -1)
    last = add_months(first, 1) - dt.timedelta(days=1)
    month = f"{first.month:02d}" if first.month <= 2 else str(first.month)
    return PeriodData(label=f"tháng {month} năm {first.year}", month=month, year=str(first.year),
                      start=date_text(first), end=date_text(last))


def _signer(ws: "Workspace", kind: str, name: str | None) -> SignerData:
    title = f"TRƯỞNG CÔNG AN {kind.upper()}"
    if name is None:
        if ws.role == Role.CHIEF:
            name = ws.full_name
        else:
            chiefs = [u for u in ws.users.list() if u.role == Role.CHIEF.value and u.active
                      and u.unit_code == ws.unit_code]
            name = chiefs[0].full_name if len(chiefs) == 1 else ""
    return SignerData(full_name=name, title=title)


def _pick_case(ws: "Workspace", person_id: str, template: "TemplateInfo | None") -> Any:
    cases = ws.cases.for_person(person_id)
    if not cases:
        return None
    from desktop_app.core.documents.templates import CASES_BY_TEMPLATE_CATEGORY

    wanted = CASES_BY_TEMPLATE_CATEGORY.get(template.category if template else "", frozenset())
    ranked = sorted(cases, key=lambda c: (c.category in wanted, c.status == "active",
                                          c.start_date or dt.date.min), reverse=True)
    return ranked[0]


def gather(ws: "Workspace", *, template: "TemplateInfo | None", on: dt.date, person_id: str | None = None,
           case_id: str | None = None, session_id: str | None = None, tip_id: str | None = None,
           period_start: dt.date | None = None, number: str = "", signer: str | None = None) -> DocumentData:
    """The facts of one document. Reading the person's file is audited as a view by the
    persons service; the caller audits the generation."""
    unit_code = ws.unit_code
    person = ws.persons.get(person_id, audit=False) if person_id else None
    case = ws.cases.get(case_id) if case_id else (
        _pick_case(ws, person_id, template) if person_id else None)
    if person is None and case is not None:
        person = ws.persons.get(case.person_id, audit=False)
    if person is not None:
        unit_code = person.unit_code
    # the person's commune (a province register holds many); its name unknown: lines to fill
    unit_name = ws.units.name(unit_code) or (ws.unit_name if unit_code == ws.unit_code else "")
    unit = unit_data(unit_name, unit_code, ws.units.superior_agency(unit_code))
    names = ws.users.full_names()
    officer = names.get(case.officer, case.officer) if case is not None and case.officer else ws.full_name
    session = ws.sessions.get(session_id) if session_id else None
    if session is None and person is not None and template is not None and "session" in template.needs:
        # a session's paper for a person without a session named: the last one the person attended
        attended = ws.sessions.for_person(person.id)
        session = attended[0] if attended else None
    tip = ws.tips.get(tip_id) if tip_id else None

    timeline: list[TimelineRow] = []
    breaches: list[BreachRow] = []
    absences: list[AbsenceRow] = []
    latest_absence: AbsenceData = AbsenceData()
    if case is not None:
        entries = sorted(ws.cases.timeline(case.id), key=lambda e: e.date)
        for e in entries:
            timeline.append(TimelineRow(no=str(len(timeline) + 1), date=format_date(e.date),
                                        kind=_vi("record_kind", e.kind), summary=e.summary))
            if e.kind == "violation":
                breaches.append(BreachRow(no=str(len(breaches) + 1), date=format_date(e.date), act=e.summary))
            if e.kind == "absence":
                a = ws.visits.record("absence", e.id)
                absences.append(AbsenceRow(no=str(len(absences) + 1), start=format_date(a.start),  # type: ignore[union-attr]
                                           end=format_date(a.end), destination=a.destination,  # type: ignore[union-attr]
                                           reason=a.reason,  # type: ignore[union-attr]
                                           permitted="Có phép" if a.permitted else "Không phép"))  # type: ignore[union-attr]
                latest_absence = AbsenceData(start=date_text(a.start), end=date_text(a.end),  # type: ignore[union-attr]
                                             days=str((a.end - a.start).days + 1),  # type: ignore[union-attr]
                                             destination=a.destination, reason=a.reason)  # type: ignore[union-attr]
    attendees: list[AttendeeRow] = []
    if session is not None:
        for att in ws.sessions.attendees(session.id):
            ap = ws.persons.get(att.person_id, audit=False) if att.person_id else None
            attendees.append(AttendeeRow(
                no=str(len(attendees) + 1), full_name=att.full_name,
                birth_date=person_data(ap, on).birth_date if ap else (att.birth_date or ""), cccd=att.cccd or "",
                address=ap.current_address or ap.permanent_address if ap else "", minor=att.minor,
                commitment="Đã ký" if att.commitment_signed else "Chưa ký",
                parent_cosigned=("Có" if att.parent_cosigned else "Không") if att.minor else ""))
    if not attendees and person is not None:
        pd = person_data(person, on)
        attendees.append(AttendeeRow(no="1", full_name=pd.full_name, birth_date=pd.birth_date, cccd=pd.cccd,
                                     address=pd.current_address or pd.permanent_address, minor=pd.minor))
    if tip is None and person is not None:
        # a tip's paper for a person without a tip named: the person is the one reporting
        pd = person_data(person, on)
        tip_data = TipData(reporter=pd.full_name, reporter_contact=pd.phone or pd.current_address)
    elif tip is not None:
        tip_data = TipData(id=tip.id, received_on=date_text(tip.received_on), channel=_vi("tip_channel", tip.channel),
                           reporter=tip.reporter_name or "", reporter_contact=tip.reporter_contact or "",
                           content=tip.content, result=tip.result)
    else:
        tip_data = TipData()
    title = template.title if template else ""
    symbol = number_symbol(template.symbol, unit.kind) if template else ""
    return DocumentData(
        doc=DocMeta(number=number, number_line=f"Số: {number}" if number else f"Số:        /{symbol}",
                    symbol=symbol, title=title, date=date_text(on),
                    place_date=f"{unit.place or '…………'}, {date_words(on)}",
                    basis=template.basis if template else ""),
        unit=unit, person=person_data(person, on) if person else PersonData(),
        case=case_data(case) if case else CaseData(),
        officer=NamedData(full_name=officer, full_name_upper=officer.upper(),
                          title=f"Cán bộ Công an {unit.kind}"),
        signer=_signer(ws, unit.kind, signer),
        helper=NamedData(full_name=case.helper_name, full_name_upper=case.helper_name.upper(),
                         title=case.supervising_org) if case is not None else NamedData(),
        period=_period(on, period_start),
        session=SessionData(id=session.id, date=date_text(session.date), place=session.place,
                            chair=session.chair, topic=session.topic) if session else SessionData(),
        tip=tip_data, absence=latest_absence, today=date_text(on), timeline=tuple(timeline), breaches=tuple(breaches),
        absences=tuple(absences), attendees=tuple(attendees))


def sample_data(ws: "Workspace", template: "TemplateInfo | None", on: dt.date) -> DocumentData:
    """A made-up person of this unit, for a template's preview (nothing read from the files)."""
    unit = unit_data(ws.unit_name, ws.unit_code, ws.units.superior_agency(ws.unit_code))
    person = PersonData(id="mau", full_name="Nguyễn Văn Mẫu", full_name_upper="NGUYỄN VĂN MẪU",
                        family_name="Nguyễn", middle_name="Văn", given_name="Mẫu", birth_date="05/03/1990",
                        birth_year="1990", age=str(on.year - 1990), gender="Nam", cccd="001090000001",
                        permanent_address=f"Tổ dân phố 1, {unit.name}", current_address=f"Tổ dân phố 1, {unit.name}",
                        occupation="Lao động tự do")
    start = add_months(on, -3)
    case = CaseData(id="mau", category="community_education", category_name=_vi("category", "community_education"),
                    decision_number="15/QĐ-UBND", decision_date=date_text(start - dt.timedelta(days=5)),
                    issuer=f"Chủ tịch {unit.committee}", term="06 tháng", start=date_text(start),
                    end=date_text(add_months(start, 6) - dt.timedelta(days=1)), status=_vi("status", "active"))
    symbol = number_symbol(template.symbol, unit.kind) if template else ""
    return DocumentData(
        doc=DocMeta(number=f"01.MAU/{symbol}", number_line=f"Số: 01.MAU/{symbol}", symbol=symbol,
                    title=template.title if template else "", date=date_text(on),
                    place_date=f"{unit.place}, {date_words(on)}", basis=template.basis if template else ""),
        unit=unit, person=person, case=case,
        officer=NamedData(full_name=ws.full_name, full_name_upper=ws.full_name.upper()),
        signer=_signer(ws, unit.kind, None), helper=NamedData(full_name="Trần Thị Giúp", full_name_upper="TRẦN THỊ GIÚP"),
        period=_period(on, None), today=date_text(on),
        session=SessionData(date=date_text(on), place=f"Hội trường {unit.police}", chair=ws.full_name,
                            topic="Răn đe, giáo dục thanh thiếu niên"),
        timeline=(TimelineRow(no="1", date=format_date(start), kind="Tiếp xúc", summary="Gặp gỡ, nhắc nhở"),),
        attendees=(AttendeeRow(no="1", full_name=person.full_name, birth_date=person.birth_date,
                               commitment="Đã ký"),))
