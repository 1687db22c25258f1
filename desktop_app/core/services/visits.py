"""What happens inside a case: contacts (visits, check-ins, calls, self-reports), periodic
evaluations, absences, violations — recorded, corrected and removed.

A correction writes only the fields that changed (an "edit" audit row keeps the old and new
values, the outbox sends the changed fields); a removal is a tombstone (chief only, like every
deletion: the sync server refuses deletions from an officer's device). Either way the case's
marks (last contact, last assessed period, grade, computed end) follow."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlmodel import col

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.schemas import AbsenceIn, ContactIn, EvaluationIn, ViolationIn, parse_input
from desktop_app.core.domain.vocab import PeriodKind
from desktop_app.core.errors import NotFound, Problem
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.base import jsonable
from desktop_app.core.services.cases import settle
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import SYNC_COLUMNS, Absence, CaseFile, Contact, Evaluation, SyncColumns, Violation
from desktop_app.vocabulary import text

if TYPE_CHECKING:
    from desktop_app.core.services.base import Tx
    from desktop_app.core.services.workspace import Workspace

# The records of a case that can be corrected and removed, by the timeline's kind.
RECORDS: dict[str, type[SyncColumns]] = {"contact": Contact, "evaluation": Evaluation, "absence": Absence, "violation": Violation}
_INPUTS: dict[str, type[ContactIn | EvaluationIn | AbsenceIn | ViolationIn]] = {
    "contact": ContactIn, "evaluation": EvaluationIn, "absence": AbsenceIn, "violation": ViolationIn}


class VisitService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def _case(self, case_id: str) -> dict[str, Any]:
        case = self.ws.cases._row(case_id)
        self.ws.check_unit(case["unit_code"])
        return case

    def _not_future(self, field: str, d: dt.date) -> list[Problem]:
        if d > self.ws.today():
            return [Problem(field, "date_in_future", {"value": d.isoformat()})]
        return []

    def record_contact(self, data: ContactIn | dict[str, Any]) -> Changes:
        inp = parse_input(ContactIn, data)
        case = self._case(inp.case_id)
        settle(self._contact_problems(inp), None)
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
        settle(self._evaluation_problems(inp, start, None), None)
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
        policy = self._absence_policy(case, inp)
        overridden = settle(self._absence_problems(inp, case, None), override_reason)
        not_counted = policy == "not_counted" and not inp.permitted
        row = {**inp.model_dump(), "counted_toward_term": not not_counted,
               "override_reason": (override_reason or "").strip() if overridden else ""}
        breach = policy == "breach" and not inp.permitted
        with self.ws._write() as tx:
            aid = tx.insert(Absence, row, unit_code=case["unit_code"], person_id=case["person_id"])
            if not_counted:
                self.ws.cases.recompute_end(tx, inp.case_id)
            if breach:
                self._record_breach(tx, case, inp)
            if overridden:
                tx.audit("rule_override", "absence", aid, case["person_id"],
                         {"reason": row["override_reason"], "warnings": [p.code for p in overridden]})
        return Changes(visits=True, cases=not_counted or breach, created_id=aid, overridden=overridden)

    def _record_breach(self, tx: "Tx", case: dict[str, Any], inp: AbsenceIn) -> None:
        """An unauthorised absence of a suspended sentence or a conditional release is a breach
        of obligations (Criminal Code Art. 65(5), 66(5)): recorded as a violation."""
        basis = self.ws.rules.row("absence_policy", case["category"], inp.start)
        tx.insert(Violation, {
            "case_id": inp.case_id, "date": inp.start,
            # the act is the record's content, kept in the register's language (Vietnamese,
            # like the documents), worded by the catalogue from the code and its params
            "act": text("record", "breach_absence_basis" if basis and basis.note else "breach_absence",
                        {"start": inp.start, "end": inp.end, "basis": basis.note if basis else ""},
                        lang="vi"),
            "record_number": "", "handling": ""},
            unit_code=case["unit_code"], person_id=case["person_id"])

    def breaches(self, case_id: str) -> list[dt.date]:
        """Dates of the case's violations (breaches of obligations), oldest first."""
        self._case(case_id)
        with self.ws._read() as conn:
            return list(conn.execute(select(col(Violation.date)).where(
                col(Violation.case_id) == case_id, col(Violation.deleted) == False)  # noqa: E712
                .order_by(col(Violation.date))).scalars())

    def record_violation(self, data: ViolationIn | dict[str, Any]) -> Changes:
        inp = parse_input(ViolationIn, data)
        case = self._case(inp.case_id)
        settle(self._not_future("date", inp.date), None)
        with self.ws._write() as tx:
            vid = tx.insert(Violation, inp.model_dump(), unit_code=case["unit_code"],
                            person_id=case["person_id"])
        return Changes(visits=True, created_id=vid)

    # -- checks shared by recording and correcting -----------------------------------------------
    def _contact_problems(self, inp: ContactIn) -> list[Problem]:
        problems = self._not_future("date", inp.date)
        if not inp.summary:  # a contact says what was seen or said
            problems.append(Problem("summary", "required"))
        return problems

    def _evaluation_problems(self, inp: EvaluationIn, start: dt.date, exclude: str | None) -> list[Problem]:
        problems = self._not_future("period_start", start)
        if not (inp.helper_comment or inp.police_assessment or inp.classification):
            problems.append(Problem("police_assessment", "evaluation_empty"))
        with self.ws._read() as conn:
            q = select(func.count()).select_from(Evaluation).where(
                col(Evaluation.case_id) == inp.case_id, col(Evaluation.period_start) == start,
                col(Evaluation.deleted) == False)  # noqa: E712
            if exclude:
                q = q.where(col(Evaluation.id) != exclude)
            dup = conn.execute(q).scalar_one()
        if dup:
            problems.append(Problem("period_start", "evaluation_exists", {"period_start": start.isoformat()}))
        return problems

    def _absence_policy(self, case: dict[str, Any], inp: AbsenceIn) -> str:
        """What an absence means for the case's category (DOMAIN §1): "breach" (a suspended
        sentence, a conditional release: an unauthorised absence is a violation), "not_counted"
        (the education measure: unauthorised days do not count toward the term), "note" (free
        citizens: a temporary-absence note only), "record"."""
        return self.ws.rules.get("absence_policy", case["category"], inp.start) or "record"

    def _absence_problems(self, inp: AbsenceIn, case: dict[str, Any], exclude: str | None) -> list[Problem]:
        policy = self._absence_policy(case, inp)
        problems: list[Problem] = []
        if inp.end < inp.start:
            problems.append(Problem("end", "end_before_start", {"start": inp.start.isoformat()}))
        if not inp.reason and inp.permitted and policy != "note":
            problems.append(Problem("reason", "required"))
        if not problems and case["start_date"] and policy != "note":
            with self.ws._read() as conn:
                q = select(col(Absence.start), col(Absence.end)).where(
                    col(Absence.case_id) == inp.case_id, col(Absence.deleted) == False)  # noqa: E712
                if exclude:
                    q = q.where(col(Absence.id) != exclude)
                others = conn.execute(q).all()
            other_days = sum((e - s).days + 1 for s, e in others)
            problems += R.check_absence(category=case["category"], start=inp.start, end=inp.end,
                                        term_start=case["start_date"], term_months=case["term_months"],
                                        other_absence_days=other_days, rules=self.ws.rules)
        return problems

    # -- corrections -----------------------------------------------------------------------------
    def _existing(self, kind: str, record_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """(the live row, its case), scope checked; NotFound for a removed or unknown one."""
        model = RECORDS.get(kind)
        if model is None:
            raise NotFound(kind, record_id)
        with self.ws._read() as conn:
            row = conn.execute(select(model.__table__).where(  # type: ignore[attr-defined]
                col(model.id) == record_id, col(model.deleted) == False)).mappings().first()  # noqa: E712
        if row is None:
            raise NotFound(kind, record_id)
        try:
            case = self._case(row["case_id"])
        except NotFound:
            raise NotFound(kind, record_id) from None
        return dict(row), case

    def record(self, kind: str, record_id: str) -> ContactIn | EvaluationIn | AbsenceIn | ViolationIn:
        """A recorded contact, evaluation, absence or violation as its input form (what the
        dialog shows to correct it)."""
        row, _case = self._existing(kind, record_id)
        model = _INPUTS[kind]
        return model.model_validate({k: row[k] for k in model.model_fields if k in row})

    def _refresh_case_marks(self, tx: "Tx", case: dict[str, Any]) -> None:
        """The case's last contact date, last assessed period and grade, read again from its
        live records after a correction or removal."""
        conn, cid = tx.conn, case["id"]
        last_contact = conn.execute(select(func.max(col(Contact.date))).where(
            col(Contact.case_id) == cid, col(Contact.deleted) == False)).scalar_one()  # noqa: E712
        last_period = conn.execute(select(func.max(col(Evaluation.period_start))).where(
            col(Evaluation.case_id) == cid, col(Evaluation.deleted) == False)).scalar_one()  # noqa: E712
        graded = conn.execute(select(col(Evaluation.classification)).where(
            col(Evaluation.case_id) == cid, col(Evaluation.deleted) == False,  # noqa: E712
            col(Evaluation.classification).is_not(None)).order_by(col(Evaluation.period_start).desc()).limit(1)).scalar()
        marks: dict[str, Any] = {"last_contact_date": last_contact, "last_assessed_period": last_period}
        if graded:
            marks["classification"] = graded
        tx.update(CaseFile, cid, marks, person_id=case["person_id"], audit=False)

    def update_contact(self, contact_id: str, data: ContactIn | dict[str, Any]) -> Changes:
        inp = parse_input(ContactIn, data)
        row, case = self._existing("contact", contact_id)
        inp = inp.model_copy(update={"case_id": row["case_id"]})  # a record stays in its case
        settle(self._contact_problems(inp), None)
        values = {"kind": inp.kind.value, "date": inp.date, "summary": inp.summary,
                  "compliant": inp.compliant, "officer": inp.officer or row["officer"]}
        with self.ws._write() as tx:
            diff = tx.update(Contact, contact_id, values, person_id=case["person_id"])
            if "date" in diff:
                self._refresh_case_marks(tx, case)
        return Changes(visits=bool(diff), cases="date" in diff)

    def update_evaluation(self, evaluation_id: str, data: EvaluationIn | dict[str, Any]) -> Changes:
        inp = parse_input(EvaluationIn, data)
        row, case = self._existing("evaluation", evaluation_id)
        inp = inp.model_copy(update={"case_id": row["case_id"]})
        if "period_kind" not in inp.model_fields_set:
            inp = inp.model_copy(update={"period_kind": PeriodKind(row["period_kind"])})
        start = R.period_start(inp.period_start, inp.period_kind)
        settle(self._evaluation_problems(inp, start, evaluation_id), None)
        values = {"period_kind": inp.period_kind.value, "period_start": start,
                  "helper_comment": inp.helper_comment, "police_assessment": inp.police_assessment,
                  "classification": inp.classification.value if inp.classification else None,
                  "self_report_received": inp.self_report_received}
        with self.ws._write() as tx:
            diff = tx.update(Evaluation, evaluation_id, values, person_id=case["person_id"])
            if {"period_start", "classification"} & diff.keys():
                self._refresh_case_marks(tx, case)
        return Changes(visits=bool(diff), cases=bool({"period_start", "classification"} & diff.keys()))

    def update_absence(self, absence_id: str, data: AbsenceIn | dict[str, Any], *,
                       override_reason: str | None = None) -> Changes:
        inp = parse_input(AbsenceIn, data)
        row, case = self._existing("absence", absence_id)
        inp = inp.model_copy(update={"case_id": row["case_id"]})
        overridden = settle(self._absence_problems(inp, case, absence_id), override_reason)
        policy = self._absence_policy(case, inp)
        not_counted = policy == "not_counted" and not inp.permitted
        # corrected to unauthorised: for a court's probation that is a breach, recorded once
        breach = policy == "breach" and row["permitted"] and not inp.permitted
        values = {"start": inp.start, "end": inp.end, "permitted": inp.permitted,
                  "counted_toward_term": not not_counted, "reason": inp.reason,
                  "destination": inp.destination}
        if overridden:
            values["override_reason"] = (override_reason or "").strip()
        with self.ws._write() as tx:
            diff = tx.update(Absence, absence_id, values, person_id=case["person_id"])
            moves_end = bool({"start", "end", "counted_toward_term"} & diff.keys()) and not (
                row["counted_toward_term"] and not not_counted)  # only days not counted move the end
            if moves_end:
                self.ws.cases.recompute_end(tx, row["case_id"])
            if breach:
                self._record_breach(tx, case, inp)
            if overridden:
                tx.audit("rule_override", "absence", absence_id, case["person_id"],
                         {"reason": values["override_reason"], "warnings": [p.code for p in overridden]})
        return Changes(visits=bool(diff), cases=moves_end or breach, overridden=overridden)

    def update_violation(self, violation_id: str, data: ViolationIn | dict[str, Any]) -> Changes:
        inp = parse_input(ViolationIn, data)
        row, case = self._existing("violation", violation_id)
        settle(self._not_future("date", inp.date), None)
        values = {"date": inp.date, "act": inp.act, "record_number": inp.record_number,
                  "handling": inp.handling}
        with self.ws._write() as tx:
            diff = tx.update(Violation, violation_id, values, person_id=case["person_id"])
        return Changes(visits=bool(diff))

    def remove(self, kind: str, record_id: str) -> Changes:
        """Removes a contact, evaluation, absence or violation (a tombstone that syncs; the
        audit row names it). Chief only, like every deletion."""
        self.ws.require(perm.DELETE_RECORDS)
        row, case = self._existing(kind, record_id)
        with self.ws._write() as tx:
            kept = {k: jsonable(v) for k, v in row.items()
                    if k not in SYNC_COLUMNS and k not in ("case_id", "person_id") and v not in ("", None)}
            tx.delete(RECORDS[kind], record_id, person_id=case["person_id"], detail={"fields": kept})
            if kind in ("contact", "evaluation"):
                self._refresh_case_marks(tx, case)
            elif kind == "absence" and not row["counted_toward_term"]:
                self.ws.cases.recompute_end(tx, row["case_id"])
        return Changes(visits=True, cases=kind != "violation")
