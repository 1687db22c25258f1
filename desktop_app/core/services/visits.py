"""What happens inside a case: contacts (visits, check-ins, calls, self-reports), periodic
evaluations, absences, violations."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.dates import format_date
from desktop_app.core.domain.schemas import AbsenceIn, ContactIn, EvaluationIn, ViolationIn, parse_input
from desktop_app.core.domain.vocab import PeriodKind
from desktop_app.core.errors import Problem
from desktop_app.core.services.cases import settle
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import Absence, CaseFile, Contact, Evaluation, Violation

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class VisitService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def _case(self, case_id: str) -> dict[str, Any]:
        case = self.ws.cases._row(case_id)
        self.ws.check_unit(case["unit_code"])
        return case

    def _not_future(self, field: str, d) -> list[Problem]:
        if d > self.ws.today():
            return [Problem(field, "date_in_future", {"value": d.isoformat()})]
        return []

    def record_contact(self, data: ContactIn | dict[str, Any]) -> Changes:
        inp = parse_input(ContactIn, data)
        case = self._case(inp.case_id)
        settle(self._not_future("date", inp.date), None)
        row = {**inp.model_dump(), "kind": inp.kind.value, "person_id": case["person_id"],
               "officer": inp.officer or self.ws.username}
        with self.ws._write() as tx:
            cid = tx.insert(Contact, row, unit_code=case["unit_code"], person_id=case["person_id"])
            if case["last_contact_date"] is None or inp.date > case["last_contact_date"]:
                tx.update(CaseFile, inp.case_id, {"last_contact_date": inp.date},
                          person_id=case["person_id"], audit=False)
        return Changes(visits=True, cases=True, created_id=cid)

    def record_evaluation(self, data: EvaluationIn | dict[str, Any]) -> Changes:
        """One evaluation per case and period; the period start is normalised (any day of the
        month → the 1st)."""
        inp = parse_input(EvaluationIn, data)
        case = self._case(inp.case_id)
        if "period_kind" not in inp.model_fields_set:
            # Not given: the category's assessment period (quarterly for reintegration, …), so
            # the evaluation lands on the period start that next_assessment looks for.
            rule = self.ws.rules.get("assessment", case["category"], inp.period_start)
            if rule:
                inp = inp.model_copy(update={"period_kind": PeriodKind(rule["period"])})
        start = R.period_start(inp.period_start, inp.period_kind)
        problems = self._not_future("period_start", start)
        with self.ws._read() as conn:
            dup = conn.execute(select(func.count()).select_from(Evaluation).where(
                Evaluation.case_id == inp.case_id, Evaluation.period_start == start,
                Evaluation.deleted == False)).scalar_one()  # noqa: E712
        if dup:
            problems.append(Problem("period_start", "evaluation_exists", {"period_start": start.isoformat()}))
        settle(problems, None)
        row = {**inp.model_dump(), "period_kind": inp.period_kind.value, "period_start": start,
               "classification": inp.classification.value if inp.classification else None}
        with self.ws._write() as tx:
            eid = tx.insert(Evaluation, row, unit_code=case["unit_code"], person_id=case["person_id"])
            upd: dict[str, Any] = {}
            if case["last_assessed_period"] is None or start > case["last_assessed_period"]:
                upd["last_assessed_period"] = start
            if inp.classification:
                upd["classification"] = inp.classification.value
            if upd:
                tx.update(CaseFile, inp.case_id, upd, person_id=case["person_id"], audit=False)
        return Changes(visits=True, cases=True, created_id=eid)

    def record_absence(self, data: AbsenceIn | dict[str, Any], *, override_reason: str | None = None) -> Changes:
        """An absence, by the category's rule (DOMAIN §2, rule "absence_policy"):
        - "breach" (suspended sentence, conditional release): the probation is fixed by the
          court; an unauthorised absence is recorded with a violation (a breach; two or more lead
          to a request to revoke, Criminal Code Art. 65(5), 66(5)); the end never moves;
        - "not_counted" (education measure): an unauthorised absence does not count toward the
          term and pushes the computed end back;
        - "note" (ex-prisoners, community watch, drug management: free citizens): only a
          temporary-absence note (Residence Law Art. 31), no limit, no effect;
        - "record": kept, no effect on the term.
        Limits (≤ 60 days each, ≤ 1/3 of the term) are warned only where a rule row sets them."""
        inp = parse_input(AbsenceIn, data)
        case = self._case(inp.case_id)
        policy = self.ws.rules.get("absence_policy", case["category"], inp.start) or "record"
        problems: list[Problem] = []
        if inp.end < inp.start:
            problems.append(Problem("end", "end_before_start", {"start": inp.start.isoformat()}))
        if not inp.reason and inp.permitted and policy != "note":
            problems.append(Problem("reason", "required"))
        if not problems and case["start_date"] and policy != "note":
            with self.ws._read() as conn:
                others = conn.execute(select(Absence.start, Absence.end).where(
                    Absence.case_id == inp.case_id, Absence.deleted == False)).all()  # noqa: E712
            other_days = sum((e - s).days + 1 for s, e in others)
            problems += R.check_absence(category=case["category"], start=inp.start, end=inp.end,
                                        term_start=case["start_date"], term_months=case["term_months"],
                                        other_absence_days=other_days, rules=self.ws.rules)
        overridden = settle(problems, override_reason)
        not_counted = policy == "not_counted" and not inp.permitted
        row = {**inp.model_dump(), "counted_toward_term": not not_counted,
               "override_reason": (override_reason or "").strip() if overridden else ""}
        breach = policy == "breach" and not inp.permitted
        with self.ws._write() as tx:
            aid = tx.insert(Absence, row, unit_code=case["unit_code"], person_id=case["person_id"])
            if not_counted:
                self.ws.cases.recompute_end(tx, inp.case_id)
            if breach:
                basis = self.ws.rules.row("absence_policy", case["category"], inp.start)
                tx.insert(Violation, {
                    "case_id": inp.case_id, "date": inp.start,
                    "act": (f"Vắng mặt tại nơi cư trú không được phép từ {format_date(inp.start)} "
                            f"đến {format_date(inp.end)}"
                            + (f" ({basis.note})" if basis and basis.note else "")),
                    "record_number": "", "handling": ""},
                    unit_code=case["unit_code"], person_id=case["person_id"])
            if overridden:
                tx.audit("rule_override", "absence", aid, case["person_id"],
                         {"reason": row["override_reason"], "warnings": [p.code for p in overridden]})
        return Changes(visits=True, cases=not_counted or breach, created_id=aid, overridden=overridden)

    def breaches(self, case_id: str) -> list[dt.date]:
        """Dates of the case's violations (breaches of obligations), oldest first."""
        self._case(case_id)
        with self.ws._read() as conn:
            return list(conn.execute(select(Violation.date).where(
                Violation.case_id == case_id, Violation.deleted == False)  # noqa: E712
                .order_by(Violation.date)).scalars())

    def record_violation(self, data: ViolationIn | dict[str, Any]) -> Changes:
        inp = parse_input(ViolationIn, data)
        case = self._case(inp.case_id)
        settle(self._not_future("date", inp.date), None)
        with self.ws._write() as tx:
            vid = tx.insert(Violation, inp.model_dump(), unit_code=case["unit_code"],
                            person_id=case["person_id"])
        return Changes(visits=True, created_id=vid)
