"""The "Diễn biến hồ sơ" sheet: what happened inside a case (absences, violations,
evaluations, contacts, events, closing), each row finding its person and case."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from desktop_app.core.importing import values as V
from desktop_app.core.importing.headers import HeaderMap
from desktop_app.core.importing.matching import PersonRef, key_text
from desktop_app.core.importing.results import CREATED, ERROR, UNCHANGED, RowError, RowOutcome
from desktop_app.core.importing.rows import cell_parser, multiline
from desktop_app.core.textvn import normalize_name

if TYPE_CHECKING:
    from desktop_app.core.importing.engine import Importer

# -- what happened inside a case (issue 14) -------------------------------------------
ACTIVITY_FIELDS = {"start": "date", "end": "end", "date": "date", "period_start": "date",
                   "months": "months", "days": "days", "reason": "content", "act": "content",
                   "summary": "content", "kind": "activity", "status": "activity",
                   "actual_end": "date", "classification": "classification",
                   "decision_number": "event_number", "case_id": "full_name"}

def _activity_person(imp: "Importer", get: Callable[[str], Any]) -> tuple[PersonRef | None, str, dict[str, Any]]:
    number = V.cccd(get("cccd")) if not V.is_blank(get("cccd")) else None
    if number and number in imp.persons.by_cccd:
        return imp.persons.by_cccd[number], "", {}
    name = normalize_name(V.text(get("full_name")))
    birth = V.partial_date(get("birth_date"), today=imp.today)
    cands = imp.persons.similar(name, birth.to_storage() if birth else None)
    if len(cands) == 1:
        return cands[0], "", {}
    if not cands:
        return None, "person_not_found", {"value": name}
    return None, "person_ambiguous", {"value": name, "count": len(cands)}

def activity_row(imp: "Importer", sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
    from desktop_app.core.importing.activity import ActivityKind, activity_kind

    get, errors, parse = cell_parser(sheet, hm, rownum, cells)

    name = normalize_name(V.text(get("full_name")))
    what = parse("activity", activity_kind)
    date = parse("date", lambda v: V.full_date(v, today=imp.today))
    end = parse("end", lambda v: V.full_date(v, today=imp.today))
    permitted = parse("permitted", V.flag)
    months = parse("months", V.months) or 0
    days = parse("days", V.days) or 0
    category = parse("category", V.category)
    content = multiline(get("content"))
    number = V.text(get("event_number"))
    label = f"{name} {V.text(get('activity'))}".strip()
    for key, v in (("full_name", name), ("activity", what), ("date", date)):
        if not v and not any(e.column == hm.headers.get(key) for e in errors):
            errors.append(RowError(sheet, rownum, hm.headers.get(key), "required"))
    if errors:
        return RowOutcome(sheet, rownum, ERROR, label, errors=errors)
    try:
        person, code, params = _activity_person(imp, get)
    except V.CellError as e:
        return RowOutcome(sheet, rownum, ERROR, label, errors=[
            RowError(sheet, rownum, hm.headers.get("birth_date") or hm.headers.get("cccd"), e.code, e.params)])
    if person is None:
        return RowOutcome(sheet, rownum, ERROR, label, errors=[
            RowError(sheet, rownum, hm.headers.get("full_name"), code, params)])
    cases = imp.ws.cases.for_person(person.id)
    if category is not None:
        cases = [c for c in cases if c.category == category.value]
    key = key_text(V.text(get("decision_number")))
    if key:
        cases = [c for c in cases if key_text(c.decision_number) == key]
    if len(cases) > 1:
        open_ = [c for c in cases if c.status in ("active", "proposed", "suspended")]
        cases = open_ or cases
    if len(cases) != 1:
        return RowOutcome(sheet, rownum, ERROR, label, errors=[
            RowError(sheet, rownum, hm.headers.get("category") or hm.headers.get("full_name"),
                     "case_not_found" if not cases else "case_ambiguous",
                     {"value": name, "count": len(cases)})])
    case = cases[0]
    call: Callable[[Callable[[], Any]], Any] = lambda fn: imp.service_call(sheet, rownum, hm, fn, ACTIVITY_FIELDS)  # noqa: E731
    timeline = imp.ws.cases.timeline(case.id)
    kind, sub = what

    def seen(tl_kind: str, test: Callable[[Any], bool]) -> bool:
        return any(e.kind == tl_kind and test(e) for e in timeline)

    detail = {"case_id": case.id, "activity": kind.value}
    if kind == ActivityKind.ABSENCE:
        if permitted is None:
            permitted = sub != "unauthorised"
        stop = end or date
        if seen("absence", lambda e: e.date == date and e.data.get("end") == stop.isoformat()):
            return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
        call(lambda: imp.ws.visits.record_absence({"case_id": case.id, "start": date, "end": stop,
                                                    "permitted": permitted, "reason": content}))
    elif kind == ActivityKind.VIOLATION:
        act = content or "Vi phạm nghĩa vụ"
        if seen("violation", lambda e: e.date == date and e.summary == act):
            return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
        call(lambda: imp.ws.visits.record_violation({"case_id": case.id, "date": date, "act": act,
                                                      "record_number": number}))
    elif kind == ActivityKind.EVALUATION:
        cls = V.text(get("classification")).upper() or None
        from desktop_app.core.domain.rules import period_start

        if seen("evaluation", lambda e: e.date == period_start(date, e.subkind)):
            return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
        call(lambda: imp.ws.visits.record_evaluation({"case_id": case.id, "period_start": date,
                                                       "police_assessment": content,
                                                       "classification": cls}))
    elif kind == ActivityKind.CONTACT:
        if seen("contact", lambda e: e.date == date and e.subkind == sub):
            return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
        call(lambda: imp.ws.visits.record_contact({"case_id": case.id, "kind": sub, "date": date,
                                                    "summary": content}))
    elif kind == ActivityKind.CLOSE:
        if case.status == sub and case.actual_end == date:
            return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
        call(lambda: imp.ws.cases.close(case.id, {"status": sub, "actual_end": date,
                                                   "completion_cert_number": number, "note": content}))
    else:  # a case event
        if seen("event", lambda e: e.date == date and e.subkind == sub):
            return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
        call(lambda: imp.ws.cases.add_event({"case_id": case.id, "kind": sub, "date": date,
                                              "months": months, "days": days,
                                              "decision_number": number, "note": content}))
    return RowOutcome(sheet, rownum, CREATED, label, detail=detail)

