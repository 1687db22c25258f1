"""The people sheet: one person per row, and the case a row opens (category, decision, term…).
A person is found by CCCD; the same folded name and a compatible birth date without CCCD is
held as a possible duplicate."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from desktop_app.core.domain.cccd import check_cccd
from desktop_app.core.importing import values as V
from desktop_app.core.importing.headers import HeaderMap
from desktop_app.core.importing.matching import PersonRef, key_text
from desktop_app.core.importing.results import CREATED, DUPLICATE, ERROR, UNCHANGED, UPDATED, RowError, RowOutcome
from desktop_app.core.importing.rows import RowFailed, cell_parser, combine, differs, show_birth
from desktop_app.core.textvn import fold, normalize_name

if TYPE_CHECKING:
    from desktop_app.core.importing.engine import Importer

# -- people & cases --------------------------------------------------------------------
PERSON_FIELDS = {"full_name": "full_name", "family_name": "full_name", "middle_name": "full_name",
                 "given_name": "full_name", "birth_date": "birth_date", "gender": "gender",
                 "cccd": "cccd", "old_ids": "cccd", "permanent_address": "permanent_address",
                 "current_address": "current_address", "note": "note"}
CASE_FIELDS = {"category": "category", "decision_number": "decision_number",
               "decision_date": "decision_date", "issuer": "issuer", "start_date": "start_date",
               "term_months": "term_months", "officer": "officer", "helper_name": "helper_name",
               "note": "note", "person_id": "full_name", "effective_date": "decision_date",
               "term_days": "term_days", "judgment_date": "judgment_date",
               "supervision_start": "supervision_start", "custody_days": "custody_days",
               "sentence_kind": "sentence_kind", "release_date": "release_date",
               "obligations_pending": "obligations_pending",
               "obligations_done_date": "obligations_done_date",
               "national_security": "national_security"}

# The columns of a person's case (all but the person's own and the note, which is either's).
CASE_KEYS = ("category", "decision_number", "decision_date", "issuer", "start_date", "term_months",
             "term_days", "judgment_date", "supervision_start", "release_date", "obligations_done_date",
             "custody_days", "sentence_kind", "obligations_pending", "national_security", "officer",
             "helper_name", "override_reason")
_DATED = ("judgment_date", "supervision_start", "release_date", "obligations_done_date")


def person_row(imp: "Importer", sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
    # every parser of this sheet reads a blank cell as nothing
    get, errors, parse = cell_parser(sheet, hm, rownum, cells, blank_is_none=True)

    name = normalize_name(V.text(get("full_name")))
    if not name:
        errors.append(RowError(sheet, rownum, hm.headers.get("full_name"), "required"))
    birth = parse("birth_date", lambda v: V.partial_date(v, today=imp.today))
    birth_s = birth.to_storage() if birth else None
    gender = parse("gender", V.gender)
    number = parse("cccd", V.cccd)
    cccd = old_cmnd = None
    if number:
        if len(number) == 9 and number.isdigit():
            old_cmnd = number
        else:
            cccd = number
            for p in check_cccd(cccd, birth_year=None, gender=None):
                if p.severity == "error":
                    errors.append(RowError(sheet, rownum, hm.headers.get("cccd"), p.code, dict(p.params)))
    note = str(get("note")).strip() if not V.is_blank(get("note")) else ""
    # A row whose case columns are all blank (most rows: people without a case, their cells
    # ending before the case columns) reads as no case.
    case = None
    width = len(cells)
    for i in hm.indices(CASE_KEYS):
        if i >= width:
            break
        if not V.is_blank(cells[i]):
            case = _case_cells(imp, hm, get, parse, errors, sheet, rownum, note)
            break
    if errors:
        return RowOutcome(sheet, rownum, ERROR, name, errors=errors)

    person: dict[str, Any] = {"full_name": name}
    if birth_s:
        person["birth_date"] = birth_s
    if gender:
        person["gender"] = gender.value
    if cccd:
        person["cccd"] = cccd
    for key in ("permanent_address", "current_address"):
        v = V.text(get(key))
        if v:
            person[key] = v
    if note and case is None:
        person["note"] = note

    detail: dict[str, Any] = {}
    call: Callable[[Callable[[], Any]], Any] = lambda fn: imp.service_call(sheet, rownum, hm, fn, PERSON_FIELDS)  # noqa: E731
    match = imp.persons.by_cccd.get(cccd) if cccd else None
    pid: str
    if match is not None:
        if fold(match.full_name) != fold(name):
            raise RowFailed([RowError(sheet, rownum, hm.headers.get("cccd"),
                                       "cccd_repeated_in_file" if match.row else "cccd_duplicate",
                                       {"name": match.full_name, "other_row": match.row,
                                        "person_id": match.id})])
        pid = match.id
        imp.need_db(pid)
        current = imp.ws.persons.get(pid, audit=False)
        patch = {k: v for k, v in person.items() if k != "cccd" and differs(current, k, v)}
        if patch:
            call(lambda: imp.ws.persons.update(pid, patch))
            before = (match.full_name, match.birth_date, match.cccd)
            imp.persons.update(match, full_name=patch.get("full_name", match.full_name),
                                birth_date=patch.get("birth_date", match.birth_date), cccd=cccd)
            imp.undo.append(lambda: imp.persons.update(
                match, full_name=before[0], birth_date=before[1], cccd=before[2]))
            detail["person"] = UPDATED
        else:
            detail["person"] = UNCHANGED
        match.row, match.sheet = match.row or rownum, sheet
    else:
        similar = imp.persons.similar(name, birth_s)
        same = None
        if similar and not cccd and len(similar) == 1 and not similar[0].cccd:
            # The same record imported before (no CCCD either side): unchanged if it says
            # nothing different.
            imp.need_db(similar[0].id)
            cur = imp.ws.persons.get(similar[0].id, audit=False)
            if not any(differs(cur, k, v) for k, v in person.items()):
                same = similar[0]
        if same is not None:
            pid = same.id
            detail["person"] = UNCHANGED
        elif similar:
            first = similar[0]
            in_file = first.row is not None and first.sheet == sheet
            code = ("possible_duplicate_in_file" if in_file else
                    "possible_duplicate" if first.cccd else "possible_duplicate_no_cccd")
            params = {"name": first.full_name, "other_row": first.row,
                      "birth_date": show_birth(first.birth_date), "cccd": first.cccd or ""}
            # A code and its params: the report words them in its reader's language.
            return RowOutcome(sheet, rownum, DUPLICATE, name,
                              detail={"code": code, "params": params, "person": "held",
                                      **({"case": "held"} if case is not None else {})},
                              matches=[{"person_id": p.id, "full_name": p.full_name,
                                        "birth_date": p.birth_date, "cccd": p.cccd,
                                        "row": p.row if p.sheet == sheet else None}
                                       for p in similar])
        else:
            data = dict(person)
            if old_cmnd:
                data["old_ids"] = [{"kind": "cmnd", "number": old_cmnd}]
            if old_cmnd or (case is not None and imp.ws.cases.needs_register(case)):
                # written now: its old id documents, or a case whose checks read the register
                pid = call(lambda: imp.ws.persons.add(data)).created_id
            else:  # validated now, written with the next chunk's other new persons (and cases)
                pid = imp.queue_person(sheet, rownum, hm, data, PERSON_FIELDS)
            entry = PersonRef(pid, name, birth_s, cccd, rownum, sheet)
            imp.persons.add(entry)
            imp.undo.append(lambda: imp.persons.remove(entry))
            detail["person"] = CREATED
    detail["person_id"] = pid

    if case is not None:
        override = case.pop("override_reason")
        if case["officer"]:
            case["officer"] = imp.cache.officer(case["officer"])
        detail["case"], detail["case_id"] = _case(imp, sheet, hm, rownum, pid, detail["person"], case,
                                                  override=override, birth_s=birth_s)
    return RowOutcome(sheet, rownum, combine(detail.get("person"), detail.get("case")), name,
                      detail=detail)


def _case_cells(imp: "Importer", hm: HeaderMap, get: Callable[[str], Any],
                parse: Callable[[str, Callable[[Any], Any]], Any], errors: list[RowError], sheet: str,
                rownum: int, note: str) -> dict[str, Any] | None:
    """The case a row opens, from its case columns (problems go to `errors`): the fields for
    `_case` and its "override_reason"; None when the row names no category."""
    category = parse("category", V.category)
    decision_date = parse("decision_date", lambda v: V.full_date(v, today=imp.today))
    start_date = parse("start_date", lambda v: V.full_date(v, today=imp.today))
    term, term_days = parse("term_months", V.term) or (None, 0)
    extra_days = parse("term_days", V.days)
    if term_days and extra_days is not None:
        errors.append(RowError(sheet, rownum, hm.headers.get("term_days"), "term_days_twice"))
    term_days = term_days or extra_days
    dated = {k: parse(k, lambda v: V.full_date(v, today=imp.today)) for k in _DATED}
    custody = parse("custody_days", V.days)
    sentence = parse("sentence_kind", V.sentence)
    pending = parse("obligations_pending", V.flag)
    security = parse("national_security", V.flag)
    decision_number = V.text(get("decision_number"))
    issuer = V.text(get("issuer"))
    officer = V.text(get("officer"))
    helper = normalize_name(V.text(get("helper_name")))
    case_given = any((decision_number, issuer, officer, helper, decision_date, start_date,
                      term is not None, term_days, custody, sentence, pending, security,
                      *dated.values()))
    if category is None and case_given and V.is_blank(get("category")):
        errors.append(RowError(sheet, rownum, hm.headers.get("category") or "Loại đối tượng",
                               "case_fields_without_category"))
    if category is None:
        return None
    return {"category": category.value, "decision_number": decision_number,
            "decision_date": decision_date, "issuer": issuer, "start_date": start_date,
            "term_months": term, "officer": officer,
            "helper_name": helper, "note": note, "term_days": term_days or None,
            "custody_days": custody, "sentence_kind": sentence.value if sentence else None,
            "obligations_pending": pending or None, "national_security": security or None,
            **dated, "override_reason": V.text(get("override_reason")) or None}

def _case(imp: "Importer", sheet: str, hm: HeaderMap, rownum: int, pid: str, person_status: str,
          case: dict[str, Any], override: str | None = None, birth_s: str | None = None) -> tuple[str, str]:
    call: Callable[[Callable[[], Any]], Any] = lambda fn: imp.service_call(sheet, rownum, hm, fn, CASE_FIELDS)  # noqa: E731
    reads_register = imp.ws.cases.needs_register(case)
    if reads_register:
        imp.need_cases()  # the helper's load counts the cases queued before this row
    if person_status != CREATED:
        imp.need_db(pid)
    existing = [] if person_status == CREATED else imp.ws.cases.for_person(pid)
    key = key_text(case["decision_number"])
    match = next((c for c in existing if c.category == case["category"]
                  and key_text(c.decision_number) == key), None)
    if match is None:
        data = {k: v for k, v in case.items() if v not in (None, "")}
        # a person this row just wrote (or queued) is not read back: its unit and (normalised)
        # birth date are what persons.add stored
        written = {"unit_code": imp.unit, "birth_date": birth_s} if person_status == CREATED else None
        if reads_register:  # written now
            changes = call(lambda: imp.ws.cases.open({"person_id": pid, **data}, override_reason=override,
                                                     person=written))
            return CREATED, changes.created_id
        # checked now, written with the chunk's other new cases
        new = call(lambda: imp.ws.cases.prepare_open({"person_id": pid, **data}, override_reason=override,
                                                     person=written))
        return CREATED, imp.queue_case(new)
    patch = {k: v for k, v in case.items()
             if k not in ("category", "decision_number") and v not in (None, "")
             and getattr(match, k) != v}
    if "note" in patch and match.note.strip() == str(patch["note"]).strip():
        patch.pop("note")
    if not patch:
        return UNCHANGED, match.id
    call(lambda: imp.ws.cases.update(match.id, patch, override_reason=override))
    return UPDATED, match.id

