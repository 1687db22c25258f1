"""The warning sessions sheet: a session is found by its date and place; its attendees and
who signed a commitment are named as people of the register (or of the people sheet)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from desktop_app.core.domain.cccd import normalize_cccd
from desktop_app.core.domain.dates import format_date
from desktop_app.core.importing import values as V
from desktop_app.core.importing.headers import HeaderMap
from desktop_app.core.importing.matching import PersonRef, birth_compatible, key_text
from desktop_app.core.importing.results import CREATED, ERROR, UNCHANGED, UPDATED, RowError, RowOutcome
from desktop_app.core.importing.rows import getter, multiline
from desktop_app.core.textvn import fold, normalize_name

if TYPE_CHECKING:
    from desktop_app.core.importing.engine import Importer

# -- warning sessions ----------------------------------------------------------------------
SESSION_FIELDS = {"date": "date", "place": "place", "chair": "chair", "topic": "topic",
                  "person_id": "attendees", "commitment_signed": "commitments",
                  "parent_cosigned": "commitments"}

def _resolve(imp: "Importer", entry: str) -> tuple[PersonRef | None, str | None, dict[str, Any]]:
    """"Nguyễn Văn An (05/03/1990)", "Nguyễn Văn An", "001090000123" → the person."""
    digits = normalize_cccd(entry)
    if digits.isdigit() and len(digits) in (9, 12):
        p = imp.persons.by_cccd.get(digits)
        return (p, None, {}) if p else (None, "attendee_not_found", {"value": entry})
    m = re.fullmatch(r"(.*?)\s*[(\[]\s*([^)\]]*?)\s*[)\]]\s*", entry) or \
        re.fullmatch(r"(.*?)\s*[-–,]\s*(\d[\d/.\-]*\d)\s*", entry)
    name, born = (m[1], m[2]) if m else (entry, "")
    birth_s = None
    if born:
        try:
            pd = V.partial_date(born, today=imp.today)
            birth_s = pd.to_storage() if pd else None
        except V.CellError:
            digits = normalize_cccd(born)
            if digits.isdigit() and len(digits) == 12 and digits in imp.persons.by_cccd:
                return imp.persons.by_cccd[digits], None, {}
            return None, "attendee_not_found", {"value": entry}
    cands = [p for p in imp.persons.by_name.get(fold(normalize_name(name)), ())
             if birth_s is None or (p.birth_date and birth_compatible(p.birth_date, birth_s))]
    if len(cands) == 1:
        return cands[0], None, {}
    if not cands:
        return None, "attendee_not_found", {"value": entry}
    return None, "attendee_ambiguous", {"value": entry, "count": len(cands)}

def session_row(imp: "Importer", sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
    get = getter(hm, cells)
    errors: list[RowError] = []
    try:
        day = V.full_date(get("date"), today=imp.today)
        if day is None:
            errors.append(RowError(sheet, rownum, hm.headers.get("date"), "required"))
    except V.CellError as e:
        day = None
        errors.append(RowError(sheet, rownum, hm.headers.get("date"), e.code, e.params))
    place, chair = V.text(get("place")), normalize_name(V.text(get("chair")))
    topic = multiline(get("topic"))
    label = f"{format_date(day) if day else ''} {place}".strip()
    attendees: dict[str, PersonRef] = {}
    for col in ("attendees", "commitments"):
        entries = V.split_list(get(col))
        if col == "commitments" and len(entries) == 1:
            try:
                if V.flag(entries[0]) is not None:
                    continue  # "x" / "Có": everyone listed signed
            except V.CellError:
                pass
        seen: set[str] = set()
        for entry in entries:
            p, code, params = _resolve(imp, entry)
            if code:
                errors.append(RowError(sheet, rownum, hm.headers.get(col), code, params))
                continue
            assert p is not None  # resolved (no problem code): a person
            if p.id in seen:
                errors.append(RowError(sheet, rownum, hm.headers.get(col), "attendee_repeated",
                                       {"value": entry}))
            else:
                seen.add(p.id)
                attendees.setdefault(p.id, p)
    signed_all = False
    signed: set[str] = set()
    c_entries = V.split_list(get("commitments"))
    if len(c_entries) == 1:
        try:
            signed_all = bool(V.flag(c_entries[0]))
        except V.CellError:
            signed_all = False
    if not signed_all:
        for entry in c_entries:
            p, code, _ = _resolve(imp, entry)
            if p is not None:
                signed.add(p.id)
    if errors:
        return RowOutcome(sheet, rownum, ERROR, label, errors=errors)
    assert day is not None  # else a "required" error above
    call: Callable[[Callable[[], Any]], Any] = lambda fn: imp.service_call(sheet, rownum, hm, fn, SESSION_FIELDS)  # noqa: E731
    known = imp.cache.sessions_on(day)
    match = known.get(key_text(place))
    status = UNCHANGED
    if match is None:
        sid = call(lambda: imp.ws.sessions.create({"date": day, "place": place, "chair": chair,
                                                    "topic": topic})).created_id
        imp.remember(known, key_text(place), _SessionStub(sid))
        status = CREATED
        present: dict[str, Any] = {}
    else:
        sid = match.id
        present = {a.person_id: a for a in imp.ws.sessions.attendees(sid)}
    added = changed = 0
    for person_id in attendees:
        want = signed_all or person_id in signed
        if person_id not in present:
            call(lambda: imp.ws.sessions.add_attendee({"session_id": sid, "person_id": person_id,
                                                        "commitment_signed": want}))
            added += 1
        elif want and not present[person_id].commitment_signed:
            att = present[person_id]
            call(lambda: imp.ws.sessions.set_commitment(att.id, signed=True,
                                                         parent_cosigned=att.parent_cosigned))
            changed += 1
    if status != CREATED and (added or changed):
        status = UPDATED
    return RowOutcome(sheet, rownum, status, label,
                      detail={"session_id": sid, "attendees_added": added,
                              "commitments_set": changed})



@dataclass
class _SessionStub:
    id: str

