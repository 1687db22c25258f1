"""Supervision files (hồ sơ quản lý): open, edit, extend/reduce/transfer, close.

The computed end, the follow-up window end and the rule warnings all come from the rule table
(domain/rules.py). A warning (term outside the usual range, helper with too many persons, …)
refuses the write unless the user gives an override reason, which is kept on the case and in the
audit trail."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

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
from desktop_app.core.domain.vocab import OPEN_STATUSES, CaseCategory, CaseStatus, EventKind
from desktop_app.core.errors import NotFound, Problem, ValidationFailed
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import (
    Absence,
    CaseEvent,
    CaseFile,
    Contact,
    Evaluation,
    Violation,
)

if TYPE_CHECKING:
    from desktop_app.core.services.base import Tx
    from desktop_app.core.services.workspace import Workspace

_OPEN = tuple(s.value for s in OPEN_STATUSES)


def settle(problems: list[Problem], override_reason: str | None) -> tuple[Problem, ...]:
    """Errors refuse; warnings refuse unless overridden with a reason. Returns the warnings
    that were overridden."""
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    if errors or (warnings and not (override_reason or "").strip()):
        raise ValidationFailed(errors + warnings)
    return tuple(warnings)


class CaseService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    # -- helpers ---------------------------------------------------------------------------------
    def _row(self, case_id: str) -> dict[str, Any]:
        with self.ws._read() as conn:
            row = conn.execute(select(CaseFile.__table__).where(
                CaseFile.id == case_id, CaseFile.deleted == False)).mappings().first()  # noqa: E712
        scope = self.ws.scope_units()
        if row is None or (scope is not None and row["unit_code"] not in scope):
            raise NotFound("case", case_id)
        return dict(row)

    def _person(self, person_id: str) -> dict[str, Any]:
        return self.ws.persons._row(person_id)

    def _date_problems(self, d: dict[str, Any]) -> list[Problem]:
        today = self.ws.today()
        problems = []
        for f in ("decision_date", "effective_date"):
            if d.get(f) and d[f] > today:
                problems.append(Problem(f, "date_in_future", {"value": d[f].isoformat()}))
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
                CaseFile.unit_code == unit_code, CaseFile.helper_name == helper,
                CaseFile.deleted == False, CaseFile.status.in_(_OPEN))  # noqa: E712
            if exclude:
                q = q.where(CaseFile.id != exclude)
            return conn.execute(q).scalar_one()

    def _rule_warnings(self, d: dict[str, Any], unit_code: str, exclude: str | None) -> list[Problem]:
        on = d.get("start_date") or self.ws.today()
        problems = R.check_term(d["category"], d.get("term_months"), on, self.ws.rules)
        if d.get("helper_name") and d["category"] in (CaseCategory.COMMUNITY_EDUCATION,
                                                       CaseCategory.FAMILY_MANAGEMENT):
            problems += R.check_helper_load(self._helper_count(unit_code, d["helper_name"], exclude),
                                            on, self.ws.rules)
        return problems

    def recompute_end(self, tx: "Tx", case_id: str) -> None:
        """Start + term (+ extensions − reductions) + unauthorised absence days."""
        conn = tx.conn
        case = conn.execute(select(CaseFile.__table__).where(CaseFile.id == case_id)).mappings().one()
        if not case["start_date"] or case["term_months"] is None:
            end = None
        else:
            ext = red = 0
            for kind, months in conn.execute(select(CaseEvent.kind, CaseEvent.months).where(
                    CaseEvent.case_id == case_id, CaseEvent.deleted == False)):  # noqa: E712
                if kind == EventKind.EXTENSION:
                    ext += months
                elif kind == EventKind.REDUCTION:
                    red += months
            unauth = sum(((e - s).days + 1) for s, e in conn.execute(select(Absence.start, Absence.end).where(
                Absence.case_id == case_id, Absence.deleted == False,  # noqa: E712
                Absence.counted_toward_term == False)))  # noqa: E712
            end = R.case_end(case["start_date"], case["term_months"], extension_months=ext,
                             reduction_months=red, unauthorised_absence_days=unauth)
        tx.update(CaseFile, case_id, {"computed_end": end}, person_id=case["person_id"], audit=False)

    # -- writes ----------------------------------------------------------------------------------
    def open(self, data: CaseIn | dict[str, Any], *, override_reason: str | None = None) -> Changes:
        inp = parse_input(CaseIn, data)
        person = self._person(inp.person_id)
        unit_code = person["unit_code"]
        self.ws.check_unit(unit_code)
        d = inp.model_dump()
        problems = self._date_problems(d)
        problems += self._rule_warnings(d, unit_code, None)
        if d["category"] == CaseCategory.COMMUNITY_WATCH and not d.get("review_date") and d.get("start_date"):
            months = self.ws.rules.get("review_months", d["category"], d["start_date"]) or 6
            from desktop_app.core.domain.dates import add_months

            d["review_date"] = add_months(d["start_date"], int(months))
        overridden = settle(problems, override_reason)
        d = {k: (v.value if hasattr(v, "value") else v) for k, v in d.items()}
        d["override_reason"] = (override_reason or "").strip() if overridden else ""
        d["officer"] = d.get("officer") or self.ws.username
        if d.get("start_date") and d.get("term_months") is not None:
            d["computed_end"] = R.case_end(d["start_date"], d["term_months"])
        with self.ws._write() as tx:
            cid = tx.insert(CaseFile, d, unit_code=unit_code, person_id=inp.person_id)
            if overridden:
                tx.audit("rule_override", "case_file", cid, inp.person_id,
                         {"reason": d["override_reason"], "warnings": [p.code for p in overridden]})
        return Changes(cases=True, persons=True, created_id=cid, overridden=overridden)

    def update(self, case_id: str, patch: CasePatch | dict[str, Any], *,
               override_reason: str | None = None) -> Changes:
        inp = parse_input(CasePatch, patch)
        case = self._row(case_id)
        self.ws.check_unit(case["unit_code"])
        changes = {k: (v.value if hasattr(v, "value") else v)
                   for k, v in inp.model_dump(exclude_unset=True).items()}
        merged = {**case, **changes}
        problems = self._date_problems(changes)
        if {"term_months", "helper_name", "start_date"} & changes.keys():
            problems += self._rule_warnings(merged, case["unit_code"], case_id)
        overridden = settle(problems, override_reason)
        if overridden:
            changes["override_reason"] = (override_reason or "").strip()
        with self.ws._write() as tx:
            diff = tx.update(CaseFile, case_id, changes, person_id=case["person_id"])
            if {"term_months", "start_date"} & diff.keys():
                self.recompute_end(tx, case_id)
        return Changes(cases=bool(diff), overridden=overridden)

    def add_event(self, data: CaseEventIn | dict[str, Any]) -> Changes:
        """Extension/reduction move the computed end; transfer out closes the case here (the
        receiving commune opens it with transfer in); a new conviction restarts the record-
        clearing clock."""
        inp = parse_input(CaseEventIn, data)
        case = self._row(inp.case_id)
        self.ws.check_unit(case["unit_code"])
        problems = []
        if inp.date > self.ws.today():
            problems.append(Problem("date", "date_in_future", {"value": inp.date.isoformat()}))
        if inp.kind in (EventKind.EXTENSION, EventKind.REDUCTION) and inp.months <= 0:
            problems.append(Problem("months", "must_be_positive"))
        if inp.kind in (EventKind.TRANSFER_OUT, EventKind.TRANSFER_IN) and not inp.other_unit_code:
            problems.append(Problem("other_unit_code", "required"))
        elif inp.other_unit_code and not is_unit_code(inp.other_unit_code):
            problems.append(Problem("other_unit_code", "unit_code_format", {"value": inp.other_unit_code}))
        if inp.kind == EventKind.TRANSFER_OUT and case["status"] not in _OPEN:
            problems.append(Problem("kind", "case_not_open", {"status": case["status"]}))
        settle(problems, None)
        with self.ws._write() as tx:
            eid = tx.insert(CaseEvent, {**inp.model_dump(), "kind": inp.kind.value},
                            unit_code=case["unit_code"], person_id=case["person_id"])
            if inp.kind in (EventKind.EXTENSION, EventKind.REDUCTION):
                self.recompute_end(tx, inp.case_id)
            elif inp.kind == EventKind.TRANSFER_OUT:
                tx.update(CaseFile, inp.case_id, {"status": CaseStatus.TRANSFERRED.value,
                                                   "actual_end": inp.date}, person_id=case["person_id"])
            elif inp.kind == EventKind.NEW_CONVICTION and case["completion_date"]:
                tx.update(CaseFile, inp.case_id, {"followup_end": None}, person_id=case["person_id"])
        return Changes(cases=True, visits=True, created_id=eid)

    def close(self, case_id: str, data: CaseClose | dict[str, Any], *,
              override_reason: str | None = None) -> Changes:
        """Completion, early termination, revocation, death. Sets the follow-up window end
        (never-applied date or record-clearing date) from the rules."""
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
        followup = None
        if inp.status == CaseStatus.COMPLETED:
            followup = R.followup_window_end(category=case["category"], completed_on=inp.actual_end,
                                             minor=minor, sentence=case["sentence_kind"],
                                             rules=self.ws.rules)
        values = {"status": inp.status.value, "actual_end": inp.actual_end,
                  "completion_cert_number": inp.completion_cert_number,
                  "completion_date": inp.actual_end if inp.status == CaseStatus.COMPLETED else None,
                  "followup_end": followup}
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
            rows = conn.execute(select(CaseFile.__table__).where(
                CaseFile.person_id == person_id, CaseFile.deleted == False)  # noqa: E712
                .order_by(CaseFile.start_date.desc())).mappings().all()
        return [CaseView.model_validate(r) for r in rows]

    def next_assessment(self, case_id: str, on: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
        """(period start, due date) of the earliest period not assessed yet, gaps included."""
        case = self._row(case_id)
        rule = self.ws.rules.get("assessment", case["category"], case["start_date"] or on)
        if not rule or not case["start_date"] or case["status"] not in _OPEN:
            return None
        with self.ws._read() as conn:
            done = set(conn.execute(select(Evaluation.period_start).where(
                Evaluation.case_id == case_id, Evaluation.deleted == False)).scalars())  # noqa: E712
        return R.next_assessment_due(start=case["start_date"], end=case["computed_end"],
                                     assessed_periods=done, period=rule["period"],
                                     due_day=rule["due_day"], today=on or self.ws.today())

    def timeline(self, case_id: str) -> list[TimelineEntry]:
        """Everything dated that happened in a case, newest first."""
        self._row(case_id)
        out: list[TimelineEntry] = []
        with self.ws._read() as conn:
            live = lambda t: (t.case_id == case_id) & (t.deleted == False)  # noqa: E731,E712
            for r in conn.execute(select(Contact.__table__).where(live(Contact))).mappings():
                out.append(TimelineEntry(kind="contact", subkind=r["kind"], id=r["id"], case_id=case_id,
                                         date=r["date"], summary=r["summary"],
                                         data={"officer": r["officer"], "compliant": r["compliant"]}))
            for r in conn.execute(select(Evaluation.__table__).where(live(Evaluation))).mappings():
                out.append(TimelineEntry(kind="evaluation", subkind=r["period_kind"], id=r["id"],
                                         case_id=case_id, date=r["period_start"],
                                         summary=r["police_assessment"],
                                         data={"classification": r["classification"],
                                               "helper_comment": r["helper_comment"]}))
            for r in conn.execute(select(Absence.__table__).where(live(Absence))).mappings():
                out.append(TimelineEntry(kind="absence", subkind="permitted" if r["permitted"] else "unauthorised",
                                         id=r["id"], case_id=case_id, date=r["start"], summary=r["reason"],
                                         data={"end": r["end"].isoformat(), "destination": r["destination"]}))
            for r in conn.execute(select(Violation.__table__).where(live(Violation))).mappings():
                out.append(TimelineEntry(kind="violation", subkind="violation", id=r["id"], case_id=case_id,
                                         date=r["date"], summary=r["act"],
                                         data={"record_number": r["record_number"], "handling": r["handling"]}))
            for r in conn.execute(select(CaseEvent.__table__).where(live(CaseEvent))).mappings():
                out.append(TimelineEntry(kind="event", subkind=r["kind"], id=r["id"], case_id=case_id,
                                         date=r["date"], summary=r["note"],
                                         data={"months": r["months"], "other_unit_code": r["other_unit_code"]}))
        out.sort(key=lambda e: (e.date, e.kind), reverse=True)
        return out
