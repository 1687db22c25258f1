"""`import_workbook`: Excel/CSV registers into the Workspace, every row accounted for.

Each data row ends as exactly one of
  created    – a new record was written (a person, a case, a tip, a session, a model);
  updated    – an existing record was found (a person by CCCD, a case by person + category +
               decision number, a tip by date + content, a session by date + place, a model by
               name + kind + area) and some of its values changed;
  unchanged  – found, and the row says nothing new (re-importing a file changes nothing);
  duplicate  – a person with the same folded name and birth date but a different or missing
               CCCD is already in the register (or earlier in the file): held, nothing written,
               for someone to confirm;
  error      – with sheet, row (as Excel numbers it), column header, a problem code and params,
               and a Vietnamese message; nothing of that row is written.
Blank rows between data rows are counted as skipped_blank; a column-number row under the
header ("(1) (2) (3)") is skipped and counted too.

All writes go through the Workspace services; rule warnings (CCCD against birth year, term out
of the usual range, helper overloaded, age) are reported as errors naming the rule, so the user
fixes the sheet, or, for a case, gives a reason in the "Lý do vẫn lưu" column (kept on the case,
as the app's override field does).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from desktop_app.core.domain.cccd import check_cccd, normalize_cccd
from desktop_app.core.domain.dates import PartialDate, format_date
from desktop_app.core.errors import NotFound, PermissionDenied, Problem, ValidationFailed
from desktop_app.core.importing import values as V
from desktop_app.core.importing.headers import (
    HEADER_SCAN_ROWS,
    HeaderMap,
    SheetKind,
    find_header,
)
from desktop_app.core.importing.messages import message_vi
from desktop_app.core.importing.reader import RawSheet, ReadError, read_file
from desktop_app.core.textvn import fold, normalize_name

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

__all__ = ["import_workbook", "ImportResult", "SheetResult", "RowOutcome", "RowError", "Progress"]

Progress = Callable[[str, int, int], None]
CHECKPOINT_ROWS = 2000  # a real import commits every so many rows

CREATED, UPDATED, UNCHANGED, DUPLICATE, ERROR = "created", "updated", "unchanged", "duplicate", "error"


# -------------------------------------------------------------------------------------------
# Result types


@dataclass
class RowError:
    sheet: str
    row: int | None
    column: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return message_vi(self.code, self.params)

    def describe(self) -> str:
        """"Trang “Đối tượng”, dòng 7, cột “Số CCCD”: số CCCD phải có 12 chữ số (đã nhập 11)"."""
        where = [f"Trang “{self.sheet}”"]
        if self.row is not None:
            where.append(f"dòng {self.row}")
        if self.column:
            where.append(f"cột “{self.column}”")
        return ", ".join(where) + ": " + self.message

    def to_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "message": self.message, "code": self.code,
                "params": {k: _jsonable(v) for k, v in self.params.items()}}


@dataclass
class RowOutcome:
    sheet: str
    row: int
    status: str  # created | updated | unchanged | duplicate | error
    label: str = ""  # what the row is about (a name, a date and place, …) for a preview table
    detail: dict[str, Any] = field(default_factory=dict)  # e.g. {"person": "created", "case": …}
    errors: list[RowError] = field(default_factory=list)
    matches: list[dict[str, Any]] = field(default_factory=list)  # for duplicates

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"sheet": self.sheet, "row": self.row, "status": self.status,
                               "label": self.label, **({"detail": self.detail} if self.detail else {})}
        if self.errors:
            out["errors"] = [e.to_json() for e in self.errors]
        if self.matches:
            out["matches"] = self.matches
        return out


@dataclass
class SheetResult:
    name: str
    kind: SheetKind | None = None
    header_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # key → header text in the sheet
    ignored_columns: list[str] = field(default_factory=list)
    skipped_blank: int = 0
    outcomes: list[RowOutcome] = field(default_factory=list)
    sheet_errors: list[RowError] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def rows(self) -> int:
        return len(self.outcomes)

    @property
    def errors(self) -> list[RowError]:
        return self.sheet_errors + [e for o in self.outcomes for e in o.errors]

    @property
    def duplicates(self) -> list[dict[str, Any]]:
        out = []
        for o in self.outcomes:
            if o.status == DUPLICATE:
                out.append({"sheet": self.name, "row": o.row, "label": o.label,
                            "message": o.detail.get("message", ""), "matches": o.matches})
        return out

    def to_json(self, *, rows: bool = False) -> dict[str, Any]:
        out = {"kind": self.kind.value if self.kind else None, "header_row": self.header_row,
               "rows": self.rows, "created": self.count(CREATED), "updated": self.count(UPDATED),
               "unchanged": self.count(UNCHANGED), "skipped_blank": self.skipped_blank,
               "duplicates": self.duplicates,
               "errors": [e.to_json() for e in self.errors],
               "error_rows": self.count(ERROR),
               "ignored_columns": list(self.ignored_columns)}
        if rows:
            out["outcomes"] = [o.to_json() for o in self.outcomes]
        return out


@dataclass
class ImportResult:
    path: str
    dry_run: bool
    sheets: list[SheetResult] = field(default_factory=list)
    file_errors: list[RowError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def outcomes(self) -> list[RowOutcome]:
        return [o for s in self.sheets for o in s.outcomes]

    @property
    def errors(self) -> list[RowError]:
        return self.file_errors + [e for s in self.sheets for e in s.errors]

    @property
    def ok(self) -> bool:
        """Nothing needs the user: no error, no held duplicate."""
        return not self.errors and not any(s.duplicates for s in self.sheets)

    def totals(self) -> dict[str, int]:
        keys = ("rows", "created", "updated", "unchanged", "skipped_blank")
        out = {k: 0 for k in keys}
        for s in self.sheets:
            j = s.to_json()
            for k in keys:
                out[k] += j[k]
        out["duplicates"] = sum(len(s.duplicates) for s in self.sheets)
        out["error_rows"] = sum(s.count(ERROR) for s in self.sheets)
        out["errors"] = len(self.errors)
        return out

    def to_json(self, *, rows: bool = False) -> dict[str, Any]:
        """{"file", "dry_run", "sheets": {sheet name: {"kind", "rows", "created", "updated",
        "unchanged", "skipped_blank", "duplicates": [...], "errors": [{"sheet", "row",
        "column", "message", "code"}], …}}, "totals", "errors" (file level)}; `rows=True` adds
        every row's outcome (a preview table)."""
        return {"file": self.path, "dry_run": self.dry_run,
                "sheets": {s.name: s.to_json(rows=rows) for s in self.sheets},
                "totals": self.totals(),
                "errors": [e.to_json() for e in self.file_errors]}


def _jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    return str(v)


# -------------------------------------------------------------------------------------------
# Lookups over what is already in the register (public service reads only)


def birth_compatible(a: str | None, b: str | None) -> bool:
    """Two stored partial dates that may denote the same birth: unknown matches anything, a
    year alone matches any date in that year."""
    if not a or not b:
        return True
    pa, pb = a.split("-"), b.split("-")
    return all(x == y for x, y in zip(pa, pb))


@dataclass
class _P:
    id: str
    full_name: str
    birth_date: str | None
    cccd: str | None
    row: int | None = None  # the row of this import that created or matched it
    sheet: str | None = None


class PersonIndex:
    """Persons in scope by CCCD and by folded name, loaded once through `ws.persons.list` and
    kept up to date with what this import writes."""

    def __init__(self, ws: "Workspace"):
        self.by_cccd: dict[str, _P] = {}
        self.by_name: dict[str, list[_P]] = {}
        offset, page = 0, 2000
        while True:
            res = ws.persons.list(limit=page, offset=offset)
            for r in res.rows:
                self.add(_P(r.id, r.full_name, r.birth_date, r.cccd))
            offset += page
            if offset >= res.total or not res.rows:
                break

    def add(self, p: _P) -> None:
        if p.cccd:
            self.by_cccd[p.cccd] = p
        self.by_name.setdefault(fold(p.full_name), []).append(p)

    def remove(self, p: _P) -> None:
        if p.cccd and self.by_cccd.get(p.cccd) is p:
            del self.by_cccd[p.cccd]
        same = self.by_name.get(fold(p.full_name), [])
        if p in same:
            same.remove(p)

    def update(self, p: _P, *, full_name: str, birth_date: str | None, cccd: str | None) -> None:
        if fold(full_name) != fold(p.full_name):
            self.by_name[fold(p.full_name)].remove(p)
            self.by_name.setdefault(fold(full_name), []).append(p)
        if cccd and cccd != p.cccd:
            self.by_cccd.pop(p.cccd or "", None)
            self.by_cccd[cccd] = p
        p.full_name, p.birth_date, p.cccd = full_name, birth_date, cccd or p.cccd

    def similar(self, full_name: str, birth_date: str | None) -> list[_P]:
        return [p for p in self.by_name.get(fold(full_name), ())
                if birth_compatible(p.birth_date, birth_date)]


class _Cache:
    """Per-import lookups of tips by date, sessions by date, models by kind, officers."""

    def __init__(self, ws: "Workspace"):
        self.ws = ws
        self._tips: dict[dt.date, dict[str, Any]] = {}
        self._sessions: dict[dt.date, dict[str, Any]] = {}
        self._models: dict[str, dict[tuple[str, str], Any]] = {}
        self._officers: dict[str, str] | None = None

    def tips_on(self, d: dt.date) -> dict[str, Any]:
        if d not in self._tips:
            found: dict[str, Any] = {}
            offset = 0
            while True:
                page = self.ws.tips.list(date_from=d, date_to=d, limit=500, offset=offset)
                for t in page.rows:
                    found.setdefault(_key_text(t.content), t)
                offset += 500
                if offset >= page.total or not page.rows:
                    break
            self._tips[d] = found
        return self._tips[d]

    def sessions_on(self, d: dt.date) -> dict[str, Any]:
        if d not in self._sessions:
            page = self.ws.sessions.list(date_from=d, date_to=d, limit=1000)
            self._sessions[d] = {_key_text(s.place): s for s in page.rows}
        return self._sessions[d]

    def models_of(self, kind: str) -> dict[tuple[str, str], Any]:
        if kind not in self._models:
            found: dict[tuple[str, str], Any] = {}
            offset = 0
            while True:
                page = self.ws.models.list(kind=kind, limit=500, offset=offset)
                for m in page.rows:
                    found.setdefault((_key_text(m.name), _key_text(m.area)), m)
                offset += 500
                if offset >= page.total or not page.rows:
                    break
            self._models[kind] = found
        return self._models[kind]

    def officer(self, raw: str) -> str:
        """A username when the text names an account (its user name or full name), else the
        text as written."""
        if self._officers is None:
            self._officers = {}
            try:
                for u in self.ws.users.list():
                    self._officers[fold(u.username)] = u.username
                    if u.full_name:
                        self._officers.setdefault(fold(u.full_name), u.username)
            except Exception:  # noqa: BLE001 - listing accounts may be refused to a role
                pass
        key = fold(re.sub(r"^\s*(đ/c|Đ/c|đ/c\.|đồng chí|Đồng chí|dc|DC|Đ/C)\s+", "", raw))
        return self._officers.get(key) or self._officers.get(fold(raw)) or raw


def _key_text(s: str | None) -> str:
    return fold(s or "")


# -------------------------------------------------------------------------------------------
# The importer


class _RowFailed(Exception):
    def __init__(self, errors: list[RowError]):
        self.errors = errors


class _Importer:
    def __init__(self, ws: "Workspace", batch: Any, progress: Progress | None):
        self.ws = ws
        self.batch = batch
        self.progress = progress
        self.today = ws.today()
        self.persons = PersonIndex(ws)
        self.cache = _Cache(ws)
        self.done = 0
        self.total = 0
        self.undo: list[Callable[[], None]] = []  # reverts this row's index/cache changes

    # -- errors ----------------------------------------------------------------------------
    def _problems_to_errors(self, sheet: str, row: int, hm: HeaderMap, problems: list[Problem],
                            field_map: dict[str, str]) -> list[RowError]:
        out = []
        for p in problems:
            base = p.field.split(".")[0]
            key = field_map.get(p.field) or field_map.get(base) or base
            out.append(RowError(sheet, row, hm.headers.get(key), p.code, dict(p.params)))
        return out

    def _service_call(self, sheet: str, row: int, hm: HeaderMap, fn: Callable[[], Any],
                      field_map: dict[str, str]) -> Any:
        try:
            return fn()
        except ValidationFailed as e:
            raise _RowFailed(self._problems_to_errors(sheet, row, hm, e.problems, field_map)) from e
        except PermissionDenied as e:
            raise _RowFailed([RowError(sheet, row, None, "permission_denied",
                                       {"unit": self.ws.default_unit(), "action": e.action})]) from e
        except NotFound as e:
            raise _RowFailed([RowError(sheet, row, None, "not_found",
                                       {"kind": e.kind, "value": e.ident})]) from e

    # -- sheets ----------------------------------------------------------------------------
    def run_sheet(self, raw: RawSheet, hm: HeaderMap | None, result: SheetResult) -> None:
        nonblank = [r for r in raw.rows if any(not V.is_blank(v) for v in r[1])]
        if hm is None:
            if nonblank:
                result.sheet_errors.append(RowError(raw.name, None, None, "sheet_not_recognised",
                                                    {"rows": HEADER_SCAN_ROWS}))
            return
        result.kind = hm.kind
        result.header_row = hm.row
        result.columns = dict(hm.headers)
        result.ignored_columns = list(hm.ignored)
        data = [r for r in raw.rows if r[0] > hm.row]
        last = max((i for i, (_, cells) in enumerate(data)
                    if any(not V.is_blank(v) for v in cells)), default=-1)
        handler = {SheetKind.PERSONS: self.person_row, SheetKind.TIPS: self.tip_row,
                   SheetKind.SESSIONS: self.session_row, SheetKind.MODELS: self.model_row,
                   SheetKind.ACTIVITY: self.activity_row}[hm.kind]
        for i, (rownum, cells) in enumerate(data[:last + 1]):
            if all(V.is_blank(v) for v in cells):
                result.skipped_blank += 1
                continue
            if i == 0 and _is_numbering_row(cells):
                result.skipped_blank += 1
                self.done += 1
                continue
            outcome = self._one_row(handler, raw.name, hm, rownum, cells)
            result.outcomes.append(outcome)
            self.done += 1
            if self.done % CHECKPOINT_ROWS == 0:
                self.batch.checkpoint()
            if self.progress and self.done % 100 == 0:
                self.progress(raw.name, self.done, self.total)
        if self.progress:
            self.progress(raw.name, self.done, self.total)

    def _one_row(self, handler: Callable[..., RowOutcome], sheet: str, hm: HeaderMap, rownum: int,
                 cells: list[Any]) -> RowOutcome:
        self.undo = []
        try:
            with self.batch.row():
                return handler(sheet, hm, rownum, cells)
        except _RowFailed as e:
            for fn in reversed(self.undo):
                fn()
            return RowOutcome(sheet, rownum, ERROR, _label(hm, cells), errors=e.errors)
        finally:
            self.undo = []

    def _remember(self, table: dict, key: Any, value: Any) -> None:
        """table[key] = value, undone if the row fails later."""
        had, old = key in table, table.get(key)
        table[key] = value
        self.undo.append(lambda: table.__setitem__(key, old) if had else table.pop(key, None))

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

    def person_row(self, sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
        get = _getter(hm, cells)
        errors: list[RowError] = []

        def parse(key: str, fn: Callable[[Any], Any]) -> Any:
            try:
                return fn(get(key))
            except V.CellError as e:
                errors.append(RowError(sheet, rownum, hm.headers.get(key), e.code, e.params))
                return None

        name = normalize_name(V.text(get("full_name")))
        if not name:
            errors.append(RowError(sheet, rownum, hm.headers.get("full_name"), "required"))
        birth = parse("birth_date", lambda v: V.partial_date(v, today=self.today))
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
        category = parse("category", V.category)
        decision_date = parse("decision_date", lambda v: V.full_date(v, today=self.today))
        start_date = parse("start_date", lambda v: V.full_date(v, today=self.today))
        term, term_days = parse("term_months", V.term) or (None, 0)
        extra_days = parse("term_days", V.days)
        if term_days and extra_days is not None:
            errors.append(RowError(sheet, rownum, hm.headers.get("term_days"), "term_days_twice"))
        term_days = term_days or extra_days
        dated = {k: parse(k, lambda v: V.full_date(v, today=self.today))
                 for k in ("judgment_date", "supervision_start", "release_date", "obligations_done_date")}
        custody = parse("custody_days", V.days)
        sentence = parse("sentence_kind", V.sentence)
        pending = parse("obligations_pending", V.flag)
        security = parse("national_security", V.flag)
        decision_number = V.text(get("decision_number"))
        issuer = V.text(get("issuer"))
        officer = V.text(get("officer"))
        helper = normalize_name(V.text(get("helper_name")))
        note = str(get("note")).strip() if not V.is_blank(get("note")) else ""
        case_given = any((decision_number, issuer, officer, helper, decision_date, start_date,
                          term is not None, term_days, custody, sentence, pending, security,
                          *dated.values()))
        if category is None and case_given and V.is_blank(get("category")):
            errors.append(RowError(sheet, rownum, hm.headers.get("category") or "Loại đối tượng",
                                   "case_fields_without_category"))
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
        if note and category is None:
            person["note"] = note

        detail: dict[str, Any] = {}
        call = lambda fn: self._service_call(sheet, rownum, hm, fn, self.PERSON_FIELDS)  # noqa: E731
        match = self.persons.by_cccd.get(cccd) if cccd else None
        pid: str
        if match is not None:
            if fold(match.full_name) != fold(name):
                raise _RowFailed([RowError(sheet, rownum, hm.headers.get("cccd"),
                                           "cccd_repeated_in_file" if match.row else "cccd_duplicate",
                                           {"name": match.full_name, "other_row": match.row,
                                            "person_id": match.id})])
            pid = match.id
            current = self.ws.persons.get(pid, audit=False)
            patch = {k: v for k, v in person.items() if k != "cccd" and _differs(current, k, v)}
            if patch:
                call(lambda: self.ws.persons.update(pid, patch))
                before = (match.full_name, match.birth_date, match.cccd)
                self.persons.update(match, full_name=patch.get("full_name", match.full_name),
                                    birth_date=patch.get("birth_date", match.birth_date), cccd=cccd)
                self.undo.append(lambda: self.persons.update(
                    match, full_name=before[0], birth_date=before[1], cccd=before[2]))
                detail["person"] = UPDATED
            else:
                detail["person"] = UNCHANGED
            match.row, match.sheet = match.row or rownum, sheet
        else:
            similar = self.persons.similar(name, birth_s)
            same = None
            if similar and not cccd and len(similar) == 1 and not similar[0].cccd:
                # The same record imported before (no CCCD either side): unchanged if it says
                # nothing different.
                cur = self.ws.persons.get(similar[0].id, audit=False)
                if not any(_differs(cur, k, v) for k, v in person.items()):
                    same = similar[0]
            if same is not None:
                pid = same.id
                detail["person"] = UNCHANGED
            elif similar:
                first = similar[0]
                in_file = first.row is not None and first.sheet == sheet
                code = "possible_duplicate_in_file" if in_file else "possible_duplicate"
                params = {"name": first.full_name, "other_row": first.row,
                          "birth_date": _show_birth(first.birth_date),
                          "cccd_note": f", CCCD {first.cccd}" if first.cccd else ", chưa có CCCD"}
                msg = message_vi(code, params)
                if category is not None:
                    msg += "; " + message_vi("person_held")
                return RowOutcome(sheet, rownum, DUPLICATE, name,
                                  detail={"message": msg, "code": code, "person": "held",
                                          **({"case": "held"} if category else {})},
                                  matches=[{"person_id": p.id, "full_name": p.full_name,
                                            "birth_date": p.birth_date, "cccd": p.cccd,
                                            "row": p.row if p.sheet == sheet else None}
                                           for p in similar])
            else:
                data = dict(person)
                if old_cmnd:
                    data["old_ids"] = [{"kind": "cmnd", "number": old_cmnd}]
                changes = call(lambda: self.ws.persons.add(data))
                pid = changes.created_id
                entry = _P(pid, name, birth_s, cccd, rownum, sheet)
                self.persons.add(entry)
                self.undo.append(lambda: self.persons.remove(entry))
                detail["person"] = CREATED
        detail["person_id"] = pid

        if category is not None:
            detail["case"], detail["case_id"] = self._case(sheet, hm, rownum, pid, detail["person"], {
                "category": category.value, "decision_number": decision_number,
                "decision_date": decision_date, "issuer": issuer, "start_date": start_date,
                "term_months": term, "officer": self.cache.officer(officer) if officer else "",
                "helper_name": helper, "note": note, "term_days": term_days or None,
                "custody_days": custody, "sentence_kind": sentence.value if sentence else None,
                "obligations_pending": pending or None, "national_security": security or None,
                **dated}, override=V.text(get("override_reason")) or None)
        return RowOutcome(sheet, rownum, _combine(detail.get("person"), detail.get("case")), name,
                          detail=detail)

    def _case(self, sheet: str, hm: HeaderMap, rownum: int, pid: str, person_status: str,
              case: dict[str, Any], override: str | None = None) -> tuple[str, str]:
        call = lambda fn: self._service_call(sheet, rownum, hm, fn, self.CASE_FIELDS)  # noqa: E731
        existing = [] if person_status == CREATED else self.ws.cases.for_person(pid)
        key = _key_text(case["decision_number"])
        match = next((c for c in existing if c.category == case["category"]
                      and _key_text(c.decision_number) == key), None)
        if match is None:
            data = {k: v for k, v in case.items() if v not in (None, "")}
            changes = call(lambda: self.ws.cases.open({"person_id": pid, **data}, override_reason=override))
            return CREATED, changes.created_id
        patch = {k: v for k, v in case.items()
                 if k not in ("category", "decision_number") and v not in (None, "")
                 and getattr(match, k) != v}
        if "note" in patch and match.note.strip() == str(patch["note"]).strip():
            patch.pop("note")
        if not patch:
            return UNCHANGED, match.id
        call(lambda: self.ws.cases.update(match.id, patch, override_reason=override))
        return UPDATED, match.id

    # -- what happened inside a case (issue 14) -------------------------------------------
    ACTIVITY_FIELDS = {"start": "date", "end": "end", "date": "date", "period_start": "date",
                       "months": "months", "days": "days", "reason": "content", "act": "content",
                       "summary": "content", "kind": "activity", "status": "activity",
                       "actual_end": "date", "classification": "classification",
                       "decision_number": "event_number", "case_id": "full_name"}

    def _activity_person(self, get: Callable[[str], Any]) -> tuple[_P | None, str, dict[str, Any]]:
        number = V.cccd(get("cccd")) if not V.is_blank(get("cccd")) else None
        if number and number in self.persons.by_cccd:
            return self.persons.by_cccd[number], "", {}
        name = normalize_name(V.text(get("full_name")))
        birth = V.partial_date(get("birth_date"), today=self.today)
        cands = self.persons.similar(name, birth.to_storage() if birth else None)
        if len(cands) == 1:
            return cands[0], "", {}
        if not cands:
            return None, "person_not_found", {"value": name}
        return None, "person_ambiguous", {"value": name, "count": len(cands)}

    def activity_row(self, sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
        from desktop_app.core.importing.activity import ActivityKind, activity_kind

        get = _getter(hm, cells)
        errors: list[RowError] = []

        def parse(key: str, fn: Callable[[Any], Any]) -> Any:
            try:
                return fn(get(key))
            except V.CellError as e:
                errors.append(RowError(sheet, rownum, hm.headers.get(key), e.code, e.params))
                return None

        name = normalize_name(V.text(get("full_name")))
        what = parse("activity", activity_kind)
        date = parse("date", lambda v: V.full_date(v, today=self.today))
        end = parse("end", lambda v: V.full_date(v, today=self.today))
        permitted = parse("permitted", V.flag)
        months = parse("months", V.months) or 0
        days = parse("days", V.days) or 0
        category = parse("category", V.category)
        content = _multiline(get("content"))
        number = V.text(get("event_number"))
        label = f"{name} {V.text(get('activity'))}".strip()
        for key, v in (("full_name", name), ("activity", what), ("date", date)):
            if not v and not any(e.column == hm.headers.get(key) for e in errors):
                errors.append(RowError(sheet, rownum, hm.headers.get(key), "required"))
        if errors:
            return RowOutcome(sheet, rownum, ERROR, label, errors=errors)
        try:
            person, code, params = self._activity_person(get)
        except V.CellError as e:
            return RowOutcome(sheet, rownum, ERROR, label, errors=[
                RowError(sheet, rownum, hm.headers.get("birth_date") or hm.headers.get("cccd"), e.code, e.params)])
        if person is None:
            return RowOutcome(sheet, rownum, ERROR, label, errors=[
                RowError(sheet, rownum, hm.headers.get("full_name"), code, params)])
        cases = self.ws.cases.for_person(person.id)
        if category is not None:
            cases = [c for c in cases if c.category == category.value]
        key = _key_text(V.text(get("decision_number")))
        if key:
            cases = [c for c in cases if _key_text(c.decision_number) == key]
        if len(cases) > 1:
            open_ = [c for c in cases if c.status in ("active", "proposed", "suspended")]
            cases = open_ or cases
        if len(cases) != 1:
            return RowOutcome(sheet, rownum, ERROR, label, errors=[
                RowError(sheet, rownum, hm.headers.get("category") or hm.headers.get("full_name"),
                         "case_not_found" if not cases else "case_ambiguous",
                         {"value": name, "count": len(cases)})])
        case = cases[0]
        call = lambda fn: self._service_call(sheet, rownum, hm, fn, self.ACTIVITY_FIELDS)  # noqa: E731
        timeline = self.ws.cases.timeline(case.id)
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
            call(lambda: self.ws.visits.record_absence({"case_id": case.id, "start": date, "end": stop,
                                                        "permitted": permitted, "reason": content}))
        elif kind == ActivityKind.VIOLATION:
            act = content or "Vi phạm nghĩa vụ"
            if seen("violation", lambda e: e.date == date and e.summary == act):
                return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
            call(lambda: self.ws.visits.record_violation({"case_id": case.id, "date": date, "act": act,
                                                          "record_number": number}))
        elif kind == ActivityKind.EVALUATION:
            cls = V.text(get("classification")).upper() or None
            from desktop_app.core.domain.rules import period_start

            if seen("evaluation", lambda e: e.date == period_start(date, e.subkind)):
                return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
            call(lambda: self.ws.visits.record_evaluation({"case_id": case.id, "period_start": date,
                                                           "police_assessment": content,
                                                           "classification": cls}))
        elif kind == ActivityKind.CONTACT:
            if seen("contact", lambda e: e.date == date and e.subkind == sub):
                return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
            call(lambda: self.ws.visits.record_contact({"case_id": case.id, "kind": sub, "date": date,
                                                        "summary": content}))
        elif kind == ActivityKind.CLOSE:
            if case.status == sub and case.actual_end == date:
                return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
            call(lambda: self.ws.cases.close(case.id, {"status": sub, "actual_end": date,
                                                       "completion_cert_number": number, "note": content}))
        else:  # a case event
            if seen("event", lambda e: e.date == date and e.subkind == sub):
                return RowOutcome(sheet, rownum, UNCHANGED, label, detail=detail)
            call(lambda: self.ws.cases.add_event({"case_id": case.id, "kind": sub, "date": date,
                                                  "months": months, "days": days,
                                                  "decision_number": number, "note": content}))
        return RowOutcome(sheet, rownum, CREATED, label, detail=detail)

    # -- tips --------------------------------------------------------------------------------
    TIP_FIELDS = {"received_on": "received_on", "channel": "channel", "reporter_name": "reporter",
                  "reporter_contact": "reporter", "anonymous": "reporter", "content": "content",
                  "valuable": "valuable", "result": "result"}
    _ANONYMOUS = {"nac danh", "an danh", "giau ten", "khong ro", "khong ro nguoi bao",
                  "khong", "khong ro danh tinh", "dau ten", "anonymous"}

    def tip_row(self, sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
        get = _getter(hm, cells)
        errors: list[RowError] = []

        def parse(key: str, fn: Callable[[Any], Any]) -> Any:
            try:
                return fn(get(key))
            except V.CellError as e:
                errors.append(RowError(sheet, rownum, hm.headers.get(key), e.code, e.params))
                return None

        received = parse("received_on", lambda v: V.full_date(v, today=self.today))
        if received is None and not any(e.column == hm.headers.get("received_on") for e in errors):
            errors.append(RowError(sheet, rownum, hm.headers.get("received_on"), "required"))
        channel = parse("channel", V.tip_channel)
        valuable = parse("valuable", V.flag)
        content = _multiline(get("content"))
        if not content:
            errors.append(RowError(sheet, rownum, hm.headers.get("content"), "required"))
        reporter = V.text(get("reporter"))
        result = _multiline(get("result"))
        label = f"{format_date(received)} {content[:40]}" if received else content[:40]
        if errors:
            return RowOutcome(sheet, rownum, ERROR, label, errors=errors)
        anonymous = not reporter or fold(reporter).strip(" .") in self._ANONYMOUS
        call = lambda fn: self._service_call(sheet, rownum, hm, fn, self.TIP_FIELDS)  # noqa: E731
        known = self.cache.tips_on(received)
        match = known.get(_key_text(content))
        if match is None:
            data = {"received_on": received, "channel": channel.value, "anonymous": anonymous,
                    "reporter_name": "" if anonymous else reporter, "content": content,
                    "valuable": valuable, "result": result}
            changes = call(lambda: self.ws.tips.add(data))
            self._remember(known, _key_text(content), _TipStub(changes.created_id, valuable, result))
            return RowOutcome(sheet, rownum, CREATED, label, detail={"tip_id": changes.created_id})
        new_valuable = match.valuable if valuable is None else valuable
        new_result = match.result if not result else result
        if new_valuable == match.valuable and new_result == match.result:
            return RowOutcome(sheet, rownum, UNCHANGED, label, detail={"tip_id": match.id})
        call(lambda: self.ws.tips.mark(match.id, valuable=new_valuable, result=new_result))
        self._remember(known, _key_text(content), _TipStub(match.id, new_valuable, new_result))
        return RowOutcome(sheet, rownum, UPDATED, label, detail={"tip_id": match.id})

    # -- warning sessions ----------------------------------------------------------------------
    SESSION_FIELDS = {"date": "date", "place": "place", "chair": "chair", "topic": "topic",
                      "person_id": "attendees", "commitment_signed": "commitments",
                      "parent_cosigned": "commitments"}

    def _resolve(self, entry: str) -> tuple[_P | None, str | None, dict[str, Any]]:
        """"Nguyễn Văn An (05/03/1990)", "Nguyễn Văn An", "001090000123" → the person."""
        digits = normalize_cccd(entry)
        if digits.isdigit() and len(digits) in (9, 12):
            p = self.persons.by_cccd.get(digits)
            return (p, None, {}) if p else (None, "attendee_not_found", {"value": entry})
        m = re.fullmatch(r"(.*?)\s*[(\[]\s*([^)\]]*?)\s*[)\]]\s*", entry) or \
            re.fullmatch(r"(.*?)\s*[-–,]\s*(\d[\d/.\-]*\d)\s*", entry)
        name, born = (m[1], m[2]) if m else (entry, "")
        birth_s = None
        if born:
            try:
                pd = V.partial_date(born, today=self.today)
                birth_s = pd.to_storage() if pd else None
            except V.CellError:
                digits = normalize_cccd(born)
                if digits.isdigit() and len(digits) == 12 and digits in self.persons.by_cccd:
                    return self.persons.by_cccd[digits], None, {}
                return None, "attendee_not_found", {"value": entry}
        cands = [p for p in self.persons.by_name.get(fold(normalize_name(name)), ())
                 if birth_s is None or (p.birth_date and birth_compatible(p.birth_date, birth_s))]
        if len(cands) == 1:
            return cands[0], None, {}
        if not cands:
            return None, "attendee_not_found", {"value": entry}
        return None, "attendee_ambiguous", {"value": entry, "count": len(cands)}

    def session_row(self, sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
        get = _getter(hm, cells)
        errors: list[RowError] = []
        try:
            day = V.full_date(get("date"), today=self.today)
            if day is None:
                errors.append(RowError(sheet, rownum, hm.headers.get("date"), "required"))
        except V.CellError as e:
            day = None
            errors.append(RowError(sheet, rownum, hm.headers.get("date"), e.code, e.params))
        place, chair = V.text(get("place")), normalize_name(V.text(get("chair")))
        topic = _multiline(get("topic"))
        label = f"{format_date(day) if day else ''} {place}".strip()
        attendees: dict[str, _P] = {}
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
                p, code, params = self._resolve(entry)
                if code:
                    errors.append(RowError(sheet, rownum, hm.headers.get(col), code, params))
                elif p.id in seen:
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
                p, code, _ = self._resolve(entry)
                if p is not None:
                    signed.add(p.id)
        if errors:
            return RowOutcome(sheet, rownum, ERROR, label, errors=errors)
        call = lambda fn: self._service_call(sheet, rownum, hm, fn, self.SESSION_FIELDS)  # noqa: E731
        known = self.cache.sessions_on(day)
        match = known.get(_key_text(place))
        status = UNCHANGED
        if match is None:
            sid = call(lambda: self.ws.sessions.create({"date": day, "place": place, "chair": chair,
                                                        "topic": topic})).created_id
            self._remember(known, _key_text(place), _SessionStub(sid))
            status = CREATED
            present: dict[str, Any] = {}
        else:
            sid = match.id
            present = {a.person_id: a for a in self.ws.sessions.attendees(sid)}
        added = changed = 0
        for person_id in attendees:
            want = signed_all or person_id in signed
            if person_id not in present:
                call(lambda: self.ws.sessions.add_attendee({"session_id": sid, "person_id": person_id,
                                                            "commitment_signed": want}))
                added += 1
            elif want and not present[person_id].commitment_signed:
                att = present[person_id]
                call(lambda: self.ws.sessions.set_commitment(att.id, signed=True,
                                                             parent_cosigned=att.parent_cosigned))
                changed += 1
        if status != CREATED and (added or changed):
            status = UPDATED
        return RowOutcome(sheet, rownum, status, label,
                          detail={"session_id": sid, "attendees_added": added,
                                  "commitments_set": changed})

    # -- security models -------------------------------------------------------------------------
    MODEL_FIELDS = {"name": "name", "kind": "kind", "area": "area", "established_on": "established_on",
                    "status": "status"}

    def model_row(self, sheet: str, hm: HeaderMap, rownum: int, cells: list[Any]) -> RowOutcome:
        get = _getter(hm, cells)
        errors: list[RowError] = []

        def parse(key: str, fn: Callable[[Any], Any]) -> Any:
            try:
                return fn(get(key))
            except V.CellError as e:
                errors.append(RowError(sheet, rownum, hm.headers.get(key), e.code, e.params))
                return None

        name = V.text(get("name"))
        if not name:
            errors.append(RowError(sheet, rownum, hm.headers.get("name"), "required"))
        kind = parse("kind", V.model_kind)
        area = V.text(get("area"))
        established = parse("established_on", lambda v: V.full_date(v, today=self.today))
        status = parse("status", V.model_status)
        if errors:
            return RowOutcome(sheet, rownum, ERROR, name, errors=errors)
        call = lambda fn: self._service_call(sheet, rownum, hm, fn, self.MODEL_FIELDS)  # noqa: E731
        known = self.cache.models_of(kind.value)
        match = known.get((_key_text(name), _key_text(area)))
        data = {"name": name, "kind": kind.value, "area": area, "established_on": established,
                "status": status.value}
        if match is None:
            mid = call(lambda: self.ws.models.add(data)).created_id
            self._remember(known, (_key_text(name), _key_text(area)),
                           _ModelStub(mid, name, area, established, status.value))
            return RowOutcome(sheet, rownum, CREATED, name, detail={"model_id": mid})
        new = {**data, "name": match.name, "area": match.area,
               "established_on": established or match.established_on}
        if new["established_on"] == match.established_on and new["status"] == match.status:
            return RowOutcome(sheet, rownum, UNCHANGED, name, detail={"model_id": match.id})
        call(lambda: self.ws.models.update(match.id, new))
        self._remember(known, (_key_text(name), _key_text(area)),
                       _ModelStub(match.id, match.name, match.area, new["established_on"], new["status"]))
        return RowOutcome(sheet, rownum, UPDATED, name, detail={"model_id": match.id})


@dataclass
class _TipStub:
    id: str
    valuable: bool | None
    result: str


@dataclass
class _SessionStub:
    id: str


@dataclass
class _ModelStub:
    id: str
    name: str
    area: str
    established_on: dt.date | None
    status: str


def _getter(hm: HeaderMap, cells: list[Any]) -> Callable[[str], Any]:
    def get(key: str) -> Any:
        i = hm.columns.get(key)
        if i is None or i >= len(cells):
            return None
        return cells[i]
    return get


def _label(hm: HeaderMap, cells: list[Any]) -> str:
    get = _getter(hm, cells)
    for key in ("full_name", "name", "content", "place", "date", "received_on"):
        v = V.text(get(key))
        if v:
            return v[:60]
    return ""


def _multiline(v: Any) -> str:
    if V.is_blank(v):
        return ""
    if not isinstance(v, str):
        return V.text(v)
    lines = [" ".join(line.split()) for line in v.strip().splitlines()]
    return "\n".join(line for line in lines if line)


def _is_numbering_row(cells: list[Any]) -> bool:
    """"(1) (2) (3) …" or "1 2 3 …" under the header of a printed form."""
    vals = [V.text(v) for v in cells if not V.is_blank(v)]
    if len(vals) < 3:
        return False
    nums = []
    for v in vals:
        m = re.fullmatch(r"\(?(\d{1,2})\)?", v)
        if not m:
            return False
        nums.append(int(m[1]))
    return nums == sorted(nums) and len(set(nums)) == len(nums)


def _differs(current: Any, key: str, value: Any) -> bool:
    old = getattr(current, key, None)
    if key == "full_name":
        return old != value
    if isinstance(old, str) and isinstance(value, str):
        return " ".join(old.split()) != " ".join(value.split())
    return old != value


def _show_birth(s: str | None) -> str:
    if not s:
        return "?"
    try:
        return PartialDate.from_storage(s).display()
    except ValidationFailed:
        return s


def _combine(person: str | None, case: str | None) -> str:
    states = {person, case}
    if CREATED in states:
        return CREATED
    if UPDATED in states:
        return UPDATED
    return UNCHANGED


# -------------------------------------------------------------------------------------------
# Entry point


def import_workbook(ws: "Workspace", path: Path | str, *, dry_run: bool,
                    progress: Progress | None = None) -> ImportResult:
    """Imports an .xlsx workbook (any of its four sheets, recognised by name or headers) or a
    .csv file. With `dry_run` the very same writes run inside a transaction that is rolled back,
    so the outcomes are exactly those a real import would have, and nothing is kept.
    `progress(sheet_name, rows_done, rows_total)` is called every 100 rows. A real import is
    audit-logged ("import", with the file's name, SHA-256 and the totals)."""
    path = Path(path)
    started = time.perf_counter()
    result = ImportResult(str(path), dry_run)
    try:
        sheets = read_file(path)
    except ReadError as e:
        result.file_errors.append(RowError(path.name, None, None, e.code, e.params))
        return result
    headers = [find_header(s.rows, s.name) for s in sheets]
    with ws.batch(rollback=dry_run) as batch:
        imp = _Importer(ws, batch, progress)
        imp.total = sum(1 for s, hm in zip(sheets, headers) if hm for r, cells in s.rows
                        if r > hm.row and any(not V.is_blank(v) for v in cells))
        # People first: sessions name their attendees, who may be on the people sheet.
        # What happened inside cases last: it names cases the people sheet may open.
        rank = {SheetKind.PERSONS: 0, SheetKind.ACTIVITY: 2}
        order = sorted(range(len(sheets)), key=lambda i: rank.get(headers[i].kind, 1) if headers[i] else 1)
        result.sheets = [SheetResult(s.name) for s in sheets]
        for i in order:
            imp.run_sheet(sheets[i], headers[i], result.sheets[i])
    result.seconds = time.perf_counter() - started
    if not dry_run:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        ws.audit.record("import", entity="import", detail={
            "file": path.name, "sha256": digest, "totals": result.totals()})
    return result

