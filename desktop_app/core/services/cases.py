"""Supervision files (hồ sơ quản lý): open, edit, extend/reduce/transfer, close.

The computed end, the follow-up window end and the rule warnings all come from the rule table
(domain/rules.py). A warning (term outside the usual range, helper with too many persons, …)
refuses the write unless the user gives an override reason, which is kept on the case and in the
audit trail."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlmodel import col

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.dates import PartialDate
from desktop_app.core.domain.schemas import (
    CaseClose,
    CaseEventIn,
    CaseIn,
    CasePatch,
    CaseView,
    TimelineEntry,
    parse_input,
)
from desktop_app.core.domain.units import is_unit_code
from desktop_app.core.domain.vocab import (
    COURT_CATEGORIES,
    MEASURE_CATEGORIES,
    OPEN_STATUSES,
    CaseCategory,
    CaseStatus,
    EventKind,
    SentenceKind,
)
from desktop_app.core.errors import NotFound, Problem, ValidationFailed
from desktop_app.core.services.base import jsonable
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import (
    UNIFORM_HLC,
    Absence,
    AppUser,
    CaseEvent,
    CaseFile,
    Contact,
    Evaluation,
    Violation,
    field_hlc_map,
)

if TYPE_CHECKING:
    from desktop_app.core.services.base import Tx
    from desktop_app.core.services.workspace import Workspace

_OPEN = tuple(s.value for s in OPEN_STATUSES)


def edited_since_created(table: str, row: Any) -> bool:
    """Whether a row was corrected after it was written: its fields carry more than one clock
    (a new row stamps every field with one HLC, an edit stamps only the fields it changed)."""
    if row["field_hlc"] == UNIFORM_HLC:
        return False
    stamps = field_hlc_map(table, row["field_hlc"], row["updated_hlc"])
    stamps.pop("deleted", None)
    return len(set(stamps.values())) > 1


def settle(problems: list[Problem], override_reason: str | None) -> tuple[Problem, ...]:
    """Errors refuse; warnings refuse unless overridden with a reason. Returns the warnings
    that were overridden."""
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    if errors or (warnings and not (override_reason or "").strip()):
        raise ValidationFailed(errors + warnings)
    return tuple(warnings)


@dataclasses.dataclass(frozen=True)
class NewCase:
    """A case checked by `CaseService.prepare_open`, not yet written."""
    row: dict[str, Any]
    unit_code: str
    person_id: str
    overridden: tuple[Problem, ...]


class CaseService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    # -- helpers ---------------------------------------------------------------------------------
    def _row(self, case_id: str) -> dict[str, Any]:
        with self.ws._read() as conn:
            row = conn.execute(select(CaseFile.__table__).where(  # type: ignore[attr-defined]
                col(CaseFile.id) == case_id, col(CaseFile.deleted) == False)).mappings().first()  # noqa: E712
        scope = self.ws.scope_units()
        if row is None or (scope is not None and row["unit_code"] not in scope):
            raise NotFound("case", case_id)
        return dict(row)

    def _person(self, person_id: str) -> dict[str, Any]:
        return self.ws.persons._row(person_id)

    def _date_problems(self, d: dict[str, Any]) -> list[Problem]:
        today = self.ws.today()
        problems = []
        for f in ("decision_date", "effective_date", "judgment_date", "release_date",
                  "obligations_done_date"):
            if d.get(f) and d[f] > today:
                problems.append(Problem(f, "date_in_future", {"value": d[f].isoformat()}))
        if d.get("judgment_date") and d.get("supervision_start") and d["supervision_start"] < d["judgment_date"]:
            problems.append(Problem("supervision_start", "rule_supervision_before_judgment",
                                    {"judgment_date": d["judgment_date"].isoformat()}))
        if d.get("start_date") and d["start_date"] > today + dt.timedelta(days=366):
            problems.append(Problem("start_date", "date_too_far", {"value": d["start_date"].isoformat()}))
        if d.get("decision_date") and d.get("start_date") and d["start_date"] < d["decision_date"] - dt.timedelta(days=366 * 50):
            problems.append(Problem("start_date", "date_too_old"))
        if d.get("start_date") and d["start_date"].year < 1950:
            problems.append(Problem("start_date", "date_too_old", {"value": d["start_date"].isoformat()}))
        return problems

    def _helper_count(self, unit_code: str, helper: str, exclude: str | None = None) -> int:
        if not helper:
            return 0
        with self.ws._read() as conn:
            q = select(func.count()).select_from(CaseFile).where(
                col(CaseFile.unit_code) == unit_code, col(CaseFile.helper_name) == helper,
                col(CaseFile.deleted) == False, col(CaseFile.status).in_(_OPEN))  # noqa: E712
            if exclude:
                q = q.where(col(CaseFile.id) != exclude)
            return conn.execute(q).scalar_one()

    def _decision_day(self, d: dict[str, Any]) -> dt.date:
        """The day the rule in force is read for a term (DOMAIN §0): the decision or judgment."""
        return (d.get("decision_date") or d.get("judgment_date") or d.get("start_date")
                or d.get("supervision_start") or self.ws.today())

    def _rule_warnings(self, d: dict[str, Any], unit_code: str, exclude: str | None) -> list[Problem]:
        on = self._decision_day(d)
        problems = R.check_term_shape(d["category"], d.get("term_months"), d.get("term_days"),
                                      d.get("custody_days"), on, self.ws.rules)
        problems += R.check_term(d["category"], d.get("term_months"), on, self.ws.rules,
                                 term_days=d.get("term_days"))
        if d.get("helper_name") and d["category"] in (CaseCategory.COMMUNITY_EDUCATION,
                                                       CaseCategory.FAMILY_MANAGEMENT):
            problems += R.check_helper_load(self._helper_count(unit_code, d["helper_name"], exclude),
                                            on, self.ws.rules)
        return problems

    def _age_warnings(self, d: dict[str, Any], person: dict[str, Any]) -> list[Problem]:
        if not person.get("birth_date"):
            return []
        b = PartialDate.from_storage(person["birth_date"])
        return R.check_age(d["category"], b.earliest(), b.latest(), self._decision_day(d), self.ws.rules)

    @staticmethod
    def _court_dates(d: dict[str, Any]) -> None:
        """The start that counts (R.term_start) becomes start_date; an old-style start date
        that is not the counting one is kept as the start of supervision (DOMAIN §1)."""
        counted = R.term_start(d["category"], start_date=d.get("start_date"),
                               judgment_date=d.get("judgment_date"),
                               supervision_start=d.get("supervision_start"))
        given = d.get("start_date")
        if given and counted and given != counted and not d.get("supervision_start") \
                and d["category"] == CaseCategory.SUSPENDED_SENTENCE:
            d["supervision_start"] = given
        d["start_date"] = counted

    def _clearing(self, case: dict[str, Any], convictions: list[dt.date]) -> R.Clearing:
        """Record clearing of an ex-prisoner (from the release date) or of a completed court
        sentence (from its completion)."""
        completed = (case.get("release_date") or case.get("start_date")
                     if case["category"] == CaseCategory.REINTEGRATION else case.get("completion_date"))
        sentence = case.get("sentence_kind") or {
            CaseCategory.SUSPENDED_SENTENCE: SentenceKind.SUSPENDED,
            CaseCategory.NON_CUSTODIAL_REFORM: SentenceKind.NON_CUSTODIAL}.get(case["category"])
        return R.record_clearing(completed_on=completed, sentence=sentence, rules=self.ws.rules,
                                 obligations_pending=bool(case.get("obligations_pending")),
                                 obligations_done_on=case.get("obligations_done_date"),
                                 national_security=bool(case.get("national_security")),
                                 new_convictions=convictions)

    def recompute_clearing(self, tx: "Tx", case_id: str) -> None:
        conn = tx.conn
        case = dict(conn.execute(select(CaseFile.__table__).where(col(CaseFile.id) == case_id)).mappings().one())  # type: ignore[attr-defined]
        if case["category"] != CaseCategory.REINTEGRATION and not (
                case["status"] == CaseStatus.COMPLETED and case["category"] in COURT_CATEGORIES
                | {CaseCategory.REINTEGRATION}):
            return
        convictions = list(conn.execute(select(col(CaseEvent.date)).where(
            col(CaseEvent.case_id) == case_id, col(CaseEvent.deleted) == False,  # noqa: E712
            col(CaseEvent.kind) == EventKind.NEW_CONVICTION.value)).scalars())
        c = self._clearing(case, convictions)
        tx.update(CaseFile, case_id, {"followup_end": c.date, "clearing_state": c.state},
                  person_id=case["person_id"], audit=False)

    def recompute_end(self, tx: "Tx", case_id: str) -> None:
        """The one end-date rule (R.case_end): start + term months (+ extensions − the court's
        reductions) and days, unauthorised absence days that do not count (the education
        measure), custody deducted (non-custodial reform)."""
        conn = tx.conn
        case = conn.execute(select(CaseFile.__table__).where(col(CaseFile.id) == case_id)).mappings().one()  # type: ignore[attr-defined]
        if not case["start_date"] or (case["term_months"] is None and not case["term_days"]):
            end = None
        else:
            ext = red = ext_d = red_d = 0
            for kind, months, days in conn.execute(select(col(CaseEvent.kind), col(CaseEvent.months), col(CaseEvent.days)).where(
                    col(CaseEvent.case_id) == case_id, col(CaseEvent.deleted) == False)):  # noqa: E712
                if kind == EventKind.EXTENSION:
                    ext, ext_d = ext + months, ext_d + (days or 0)
                elif kind == EventKind.REDUCTION:
                    red, red_d = red + months, red_d + (days or 0)
            unauth = sum(((e - s).days + 1) for s, e in conn.execute(select(col(Absence.start), col(Absence.end)).where(
                col(Absence.case_id) == case_id, col(Absence.deleted) == False,  # noqa: E712
                col(Absence.counted_toward_term) == False)))  # noqa: E712
            end = R.case_end(case["start_date"], case["term_months"], term_days=case["term_days"] or 0,
                             extension_months=ext, reduction_months=red, extension_days=ext_d,
                             reduction_days=red_d, unauthorised_absence_days=unauth,
                             custody_days=case["custody_days"] or 0)
        tx.update(CaseFile, case_id, {"computed_end": end}, person_id=case["person_id"], audit=False)

    # -- writes ----------------------------------------------------------------------------------
    def open(self, data: CaseIn | dict[str, Any], *, override_reason: str | None = None,
             person: dict[str, Any] | None = None) -> Changes:
        """A new case. `person`: the person's `unit_code` and `birth_date` when the caller has
        just written that person in this transaction (an import), instead of reading it back."""
        new = self.prepare_open(data, override_reason=override_reason, person=person)
        with self.ws._write() as tx:
            cid = self.open_many_in(tx, [new])[0]
        return Changes(cases=True, persons=True, created_id=cid, overridden=new.overridden)

    def prepare_open(self, data: CaseIn | dict[str, Any], *, override_reason: str | None = None,
                     person: dict[str, Any] | None = None) -> NewCase:
        """Everything `open` checks and computes, nothing written: the row to insert (raises
        ValidationFailed as `open` does). A bulk writer (the import) writes a chunk of them
        with `open_many_in`."""
        inp = parse_input(CaseIn, data)
        person = person if person is not None else self._person(inp.person_id)
        unit_code = person["unit_code"]
        self.ws.check_unit(unit_code)
        d = inp.model_dump()
        self._court_dates(d)
        problems = self._date_problems(d)
        problems += self._rule_warnings(d, unit_code, None)
        problems += self._age_warnings(d, person)
        if d["category"] == CaseCategory.COMMUNITY_WATCH and not d.get("review_date") and d.get("start_date"):
            months = self.ws.rules.get("review_months", d["category"], d["start_date"]) or 6
            from desktop_app.core.domain.dates import add_months

            d["review_date"] = add_months(d["start_date"], int(months))
        overridden = settle(problems, override_reason)
        d = {k: (v.value if hasattr(v, "value") else v) for k, v in d.items()}
        d["override_reason"] = (override_reason or "").strip() if overridden else ""
        d["officer"] = d.get("officer") or self.ws.username
        if d.get("start_date") and (d.get("term_months") is not None or d.get("term_days")):
            d["computed_end"] = R.case_end(d["start_date"], d["term_months"], term_days=d.get("term_days") or 0,
                                           custody_days=d.get("custody_days") or 0)
        return NewCase(d, unit_code, inp.person_id, overridden)

    @staticmethod
    def needs_register(data: dict[str, Any]) -> bool:
        """Whether opening this case reads other cases of the register (the helper's load) or
        its own written row (an ex-prisoner's record clearing): such a case is prepared only
        once the cases before it are written."""
        return data.get("category") == CaseCategory.REINTEGRATION or bool(
            data.get("helper_name") and data.get("category") in (CaseCategory.COMMUNITY_EDUCATION,
                                                                 CaseCategory.FAMILY_MANAGEMENT))

    def open_many_in(self, tx: "Tx", cases: list[NewCase], ids: list[str] | None = None) -> list[str]:
        """Writes prepared cases in the caller's transaction: the rows (one `executemany`),
        their outbox entries, each one's "create" audit row (and "rule_override" when a reason
        overrode warnings), an ex-prisoner's record clearing. Returns the ids in order."""
        if not cases:
            return []
        cids = tx.insert_many(CaseFile, [c.row for c in cases], unit_code=[c.unit_code for c in cases],
                              ids=ids, audit_each=[c.person_id for c in cases])
        for cid, c in zip(cids, cases):
            if c.row["category"] == CaseCategory.REINTEGRATION:
                self.recompute_clearing(tx, cid)
        tx.audit_many([("rule_override", "case_file", cid, c.person_id,
                        {"reason": c.row["override_reason"], "warnings": [p.code for p in c.overridden]})
                       for cid, c in zip(cids, cases) if c.overridden])
        return cids

    def _officer_problems(self, officer: str | None) -> list[Problem]:
        """The officer in charge is one of the register's active accounts (by login)."""
        if not officer:
            return []
        with self.ws._read() as conn:
            found = conn.execute(select(col(AppUser.username)).where(
                col(AppUser.username) == officer, col(AppUser.active) == True)).first()  # noqa: E712
        return [] if found else [Problem("officer", "unknown_officer", {"value": officer})]

    def update(self, case_id: str, patch: CasePatch | dict[str, Any], *,
               override_reason: str | None = None) -> Changes:
        """Corrects any field of a case, closed or not (status changes go through close and
        reopen). The audit row keeps every old value."""
        inp = parse_input(CasePatch, patch)
        case = self._row(case_id)
        self.ws.check_unit(case["unit_code"])
        changes = {k: (v.value if hasattr(v, "value") else v)
                   for k, v in inp.model_dump(exclude_unset=True).items()}
        if changes.get("category") is None:
            changes.pop("category", None)  # a case always has one
        merged = {**case, **changes}
        if {"start_date", "judgment_date", "supervision_start"} & changes.keys():
            before = merged.get("start_date")
            if "start_date" not in changes:
                merged["start_date"] = None
            self._court_dates(merged)
            merged["start_date"] = merged["start_date"] or before
            for f in ("start_date", "supervision_start"):
                if merged.get(f) != case.get(f):
                    changes[f] = merged[f]
        problems = self._date_problems(changes)
        if changes.get("officer") and changes["officer"] != case["officer"]:
            problems += self._officer_problems(changes["officer"])
        if {"term_months", "term_days", "custody_days", "helper_name", "start_date", "judgment_date",
                "decision_date", "category"} & changes.keys():
            problems += self._rule_warnings(merged, case["unit_code"], case_id)
        overridden = settle(problems, override_reason)
        if overridden:
            changes["override_reason"] = (override_reason or "").strip()
        with self.ws._write() as tx:
            diff = tx.update(CaseFile, case_id, changes, person_id=case["person_id"])
            if {"term_months", "term_days", "custody_days", "start_date"} & diff.keys():
                self.recompute_end(tx, case_id)
            if {"release_date", "start_date", "sentence_kind", "obligations_pending",
                    "obligations_done_date", "national_security"} & diff.keys():
                self.recompute_clearing(tx, case_id)
        return Changes(cases=bool(diff), persons=bool(diff), overridden=overridden)

    def reopen(self, case_id: str, reason: str) -> Changes:
        """Puts a closed (completed, ended early, revoked, transferred…) case back under
        management: chief only, with a reason kept in the audit trail beside the old values."""
        from desktop_app.core.services import permissions as perm

        self.ws.require(perm.REOPEN_CASES)
        case = self._row(case_id)
        self.ws.check_unit(case["unit_code"])
        problems: list[Problem] = []
        if case["status"] in _OPEN:
            problems.append(Problem("status", "case_already_open", {"status": case["status"]}))
        if not (reason or "").strip():
            problems.append(Problem("reason", "required"))
        settle(problems, None)
        values = {"status": CaseStatus.ACTIVE.value, "actual_end": None, "completion_date": None,
                  "completion_cert_number": "", "followup_end": None}
        with self.ws._write() as tx:
            diff = tx.update(CaseFile, case_id, values, person_id=case["person_id"], audit=False)
            tx.audit("reopen", "case_file", case_id, case["person_id"],
                     {"reason": reason.strip(),
                      "changes": {k: [jsonable(o), jsonable(n)] for k, (o, n) in diff.items()}})
            self.recompute_end(tx, case_id)
            self.recompute_clearing(tx, case_id)
        return Changes(cases=True, persons=True)

    def add_event(self, data: CaseEventIn | dict[str, Any]) -> Changes:
        """Extension/reduction move the computed end (a reduction of a court sentence is the
        court's decision); exemption closes a court sentence as completed (Criminal Code
        Art. 73(4): exemption counts as completion); revocation closes it as revoked; transfer
        out closes the case here (the receiving commune opens it with transfer in); a new
        conviction restarts the record-clearing clock (Art. 73(2)); "obligations done" ends the
        deferral of clearing (Art. 70(2))."""
        inp = parse_input(CaseEventIn, data)
        case = self._row(inp.case_id)
        self.ws.check_unit(case["unit_code"])
        problems = []
        if inp.date > self.ws.today():
            problems.append(Problem("date", "date_in_future", {"value": inp.date.isoformat()}))
        if inp.kind in (EventKind.EXTENSION, EventKind.REDUCTION) and inp.months <= 0 and inp.days <= 0:
            problems.append(Problem("months", "must_be_positive"))
        if inp.kind == EventKind.EXTENSION and case["category"] in COURT_CATEGORIES:
            problems.append(Problem("kind", "rule_court_term_fixed", {"category": case["category"]}))
        if inp.kind in (EventKind.TRANSFER_OUT, EventKind.TRANSFER_IN) and not inp.other_unit_code:
            problems.append(Problem("other_unit_code", "required"))
        elif inp.other_unit_code and not is_unit_code(inp.other_unit_code):
            problems.append(Problem("other_unit_code", "unit_code_format", {"value": inp.other_unit_code}))
        closing = (EventKind.TRANSFER_OUT, EventKind.EXEMPTION, EventKind.REVOCATION)
        if inp.kind in closing and case["status"] not in _OPEN:
            problems.append(Problem("kind", "case_not_open", {"status": case["status"]}))
        settle(problems, None)
        pid = case["person_id"]
        with self.ws._write() as tx:
            eid = tx.insert(CaseEvent, {**inp.model_dump(), "kind": inp.kind.value},
                            unit_code=case["unit_code"], person_id=pid)
            if inp.kind in (EventKind.EXTENSION, EventKind.REDUCTION):
                self.recompute_end(tx, inp.case_id)
            elif inp.kind == EventKind.TRANSFER_OUT:
                tx.update(CaseFile, inp.case_id, {"status": CaseStatus.TRANSFERRED.value,
                                                   "actual_end": inp.date}, person_id=pid)
            elif inp.kind == EventKind.EXEMPTION:
                tx.update(CaseFile, inp.case_id, {"status": CaseStatus.COMPLETED.value, "actual_end": inp.date,
                                                   "completion_date": inp.date}, person_id=pid)
                self.recompute_clearing(tx, inp.case_id)
            elif inp.kind == EventKind.REVOCATION:
                tx.update(CaseFile, inp.case_id, {"status": CaseStatus.REVOKED.value, "actual_end": inp.date,
                                                   "followup_end": None}, person_id=pid)
            elif inp.kind == EventKind.OBLIGATIONS_DONE:
                tx.update(CaseFile, inp.case_id, {"obligations_pending": False,
                                                   "obligations_done_date": inp.date}, person_id=pid)
                self.recompute_clearing(tx, inp.case_id)
            elif inp.kind == EventKind.NEW_CONVICTION:
                self.recompute_clearing(tx, inp.case_id)
        return Changes(cases=True, visits=True, created_id=eid)

    def close(self, case_id: str, data: CaseClose | dict[str, Any], *,
              override_reason: str | None = None) -> Changes:
        """Completion, early termination, revocation, death. Sets the follow-up window end
        (never-applied date or record-clearing date) from the rules. Early termination is the
        education measure's alone: only the court shortens, exempts or revokes a court sentence
        (recorded as events)."""
        inp = parse_input(CaseClose, data)
        case = self._row(case_id)
        self.ws.check_unit(case["unit_code"])
        problems: list[Problem] = []
        if case["status"] not in _OPEN:
            problems.append(Problem("status", "case_not_open", {"status": case["status"]}))
        if inp.actual_end > self.ws.today():
            problems.append(Problem("actual_end", "date_in_future", {"value": inp.actual_end.isoformat()}))
        if case["start_date"] and inp.actual_end < case["start_date"]:
            problems.append(Problem("actual_end", "end_before_start",
                                    {"start": case["start_date"].isoformat()}))
        if inp.status == CaseStatus.TERMINATED_EARLY and case["category"] in COURT_CATEGORIES:
            problems.append(Problem("status", "rule_early_termination_court", {"category": case["category"]}))
        if (inp.status == CaseStatus.TERMINATED_EARLY and case["start_date"] and case["computed_end"]):
            frac = self.ws.rules.get("early_termination_min_fraction", case["category"], inp.actual_end)
            if frac:
                total = (case["computed_end"] - case["start_date"]).days
                served = (inp.actual_end - case["start_date"]).days
                if served * frac[1] < total * frac[0]:
                    problems.append(Problem("actual_end", "rule_early_termination_too_soon",
                                            {"served_days": served, "term_days": total}, "warning"))
        overridden = settle(problems, override_reason)
        person = self._person(case["person_id"])
        birth = PartialDate.from_storage(person["birth_date"]).latest() if person["birth_date"] else None
        minor = R.is_minor(birth, case["decision_date"] or case["start_date"] or inp.actual_end)
        followup, state = None, ""
        if inp.status == CaseStatus.COMPLETED:
            if case["category"] in MEASURE_CATEGORIES or case["category"] == CaseCategory.COMMUNITY_WATCH \
                    or case["category"] not in COURT_CATEGORIES | {CaseCategory.REINTEGRATION}:
                followup = R.followup_window_end(category=case["category"], completed_on=inp.actual_end,
                                                 minor=minor, sentence=case["sentence_kind"],
                                                 rules=self.ws.rules)
            elif case["category"] == CaseCategory.REINTEGRATION:
                followup, state = case["followup_end"], case["clearing_state"]
            else:
                with self.ws._read() as conn:
                    convictions = list(conn.execute(select(col(CaseEvent.date)).where(
                        col(CaseEvent.case_id) == case_id, col(CaseEvent.deleted) == False,  # noqa: E712
                        col(CaseEvent.kind) == EventKind.NEW_CONVICTION.value)).scalars())
                c = self._clearing({**case, "completion_date": inp.actual_end}, convictions)
                followup, state = c.date, c.state
        values = {"status": inp.status.value, "actual_end": inp.actual_end,
                  "completion_cert_number": inp.completion_cert_number,
                  "completion_date": inp.actual_end if inp.status == CaseStatus.COMPLETED else None,
                  "followup_end": followup, "clearing_state": state}
        if inp.note:
            values["note"] = (case["note"] + "\n" + inp.note).strip()
        if overridden:
            values["override_reason"] = (override_reason or "").strip()
        with self.ws._write() as tx:
            tx.update(CaseFile, case_id, values, person_id=case["person_id"])
        return Changes(cases=True, persons=True, overridden=overridden)

    def delete(self, case_id: str) -> Changes:
        from desktop_app.core.services import permissions as perm

        self.ws.require(perm.DELETE_RECORDS)
        case = self._row(case_id)
        with self.ws._write() as tx:
            tx.delete(CaseFile, case_id, person_id=case["person_id"])
        return Changes(cases=True, persons=True)

    # -- reads -----------------------------------------------------------------------------------
    def get(self, case_id: str) -> CaseView:
        return CaseView.model_validate(self._row(case_id))

    def for_person(self, person_id: str) -> list[CaseView]:
        self._person(person_id)  # scope check
        with self.ws._read() as conn:
            rows = conn.execute(select(CaseFile.__table__).where(  # type: ignore[attr-defined]
                col(CaseFile.person_id) == person_id, col(CaseFile.deleted) == False)  # noqa: E712
                .order_by(col(CaseFile.start_date).desc())).mappings().all()
        return [CaseView.model_validate(r) for r in rows]

    def missing_periods(self, case_id: str, on: dt.date | None = None) -> list[tuple[dt.date, str, dt.date]]:
        """Every assessment period of an open case with no assessment recorded, oldest first,
        as (period start, period kind, due date); each period by the rule in force in it. The
        periods run from the start of supervision to the period running `on` (or the end)."""
        case = self._row(case_id)
        start = max(d for d in (case["start_date"], case["supervision_start"]) if d) \
            if (case["start_date"] or case["supervision_start"]) else None
        if not start or case["status"] not in _OPEN:
            return []
        with self.ws._read() as conn:
            done = set(conn.execute(select(col(Evaluation.period_start)).where(
                col(Evaluation.case_id) == case_id, col(Evaluation.deleted) == False)).scalars())  # noqa: E712
        return R.missing_assessments(start=start, end=case["computed_end"], category=case["category"],
                                     assessed_periods=done, rules=self.ws.rules, today=on or self.ws.today())

    def next_assessment(self, case_id: str, on: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
        """(period start, due date) of the earliest period not assessed yet, gaps included."""
        missing = self.missing_periods(case_id, on)
        return (missing[0][0], missing[0][2]) if missing else None

    def timeline(self, case_id: str) -> list[TimelineEntry]:
        """Everything dated that happened in a case, newest first."""
        self._row(case_id)
        out: list[TimelineEntry] = []
        edited = edited_since_created
        with self.ws._read() as conn:
            def live(t: Any) -> Any:  # a model's live rows of this case
                return (t.case_id == case_id) & (t.deleted == False)  # noqa: E712
            for r in conn.execute(select(Contact.__table__).where(live(Contact))).mappings():  # type: ignore[attr-defined]
                out.append(TimelineEntry(kind="contact", subkind=r["kind"], id=r["id"], case_id=case_id,
                                         date=r["date"], summary=r["summary"], edited=edited("contact", r),
                                         data={"officer": r["officer"], "compliant": r["compliant"]}))
            for r in conn.execute(select(Evaluation.__table__).where(live(Evaluation))).mappings():  # type: ignore[attr-defined]
                out.append(TimelineEntry(kind="evaluation", subkind=r["period_kind"], id=r["id"],
                                         case_id=case_id, date=r["period_start"],
                                         summary=r["police_assessment"], edited=edited("evaluation", r),
                                         data={"classification": r["classification"],
                                               "helper_comment": r["helper_comment"]}))
            for r in conn.execute(select(Absence.__table__).where(live(Absence))).mappings():  # type: ignore[attr-defined]
                out.append(TimelineEntry(kind="absence", subkind="permitted" if r["permitted"] else "unauthorised",
                                         id=r["id"], case_id=case_id, date=r["start"], summary=r["reason"],
                                         edited=edited("absence", r),
                                         data={"end": r["end"].isoformat(), "destination": r["destination"]}))
            for r in conn.execute(select(Violation.__table__).where(live(Violation))).mappings():  # type: ignore[attr-defined]
                out.append(TimelineEntry(kind="violation", subkind="violation", id=r["id"], case_id=case_id,
                                         date=r["date"], summary=r["act"], edited=edited("violation", r),
                                         data={"record_number": r["record_number"], "handling": r["handling"]}))
            for r in conn.execute(select(CaseEvent.__table__).where(live(CaseEvent))).mappings():  # type: ignore[attr-defined]
                out.append(TimelineEntry(kind="event", subkind=r["kind"], id=r["id"], case_id=case_id,
                                         date=r["date"], summary=r["note"],
                                         data={"months": r["months"], "days": r["days"],
                                               "other_unit_code": r["other_unit_code"],
                                               "decision_number": r["decision_number"]}))
        out.sort(key=lambda e: (e.date, e.kind), reverse=True)
        return out
