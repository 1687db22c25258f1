"""The due list: what an officer must do today (DOMAIN §1, issue "Due today").

One query per kind over indexed columns, then the rule table decides what is due:
- every assessment period with no record, oldest first, each by the rule in force in it;
- visits, cases ending (or past their end and still open), community-watch reviews;
- record clearing of ex-prisoners (Criminal Code Art. 70(2); national-security crimes by court
  decision, Art. 71) and of completed court sentences, the education measure's "được coi là chưa
  bị áp dụng" date: a date that comes ("đến hạn"), never one that is late;
- a request to the court to revoke a suspended sentence or conditional release after the second
  breach (Art. 65(5), 66(5))."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.dates import add_months
from desktop_app.core.domain.schemas import DueItem
from desktop_app.core.domain.vocab import (
    MEASURE_CATEGORIES,
    CaseCategory,
    CaseStatus,
    EventKind,
)
from desktop_app.core.store.tables import CaseEvent, CaseFile, Evaluation, Person, Violation

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

# Kinds whose date comes rather than falls due: shown "đến hạn", never "quá hạn".
DATE_COMES = frozenset({"record_clearing", "record_clearing_court", "never_applied"})
# An item's legal basis is a code of the catalogue's group "due_note" (desktop_app/vocabulary),
# worded by the app and the CLI in their language: record_clearing (Criminal Code Art. 70(2)),
# record_clearing_court (Art. 71), never_applied (Law on Handling Administrative Violations
# Art. 137), revocation_request / revocation_request_basis {basis} (the rule row's own note).


class _Memo:
    """The rule book with its answers kept for one due-list pass: every case of a category
    asks the same (key, category, period start) questions."""

    def __init__(self, rules: "R.RuleBook"):
        self.rules = rules
        self.seen: dict[tuple[str, str | None, dt.date | None], Any] = {}

    def get(self, key: str, category: str | None = None, on: dt.date | None = None) -> Any:
        k = (key, category, on)
        if k not in self.seen:
            self.seen[k] = self.rules.get(key, category, on)
        return self.seen[k]


class DueService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def list(self, *, on: dt.date | None = None, unit_code: str | None = None,
             officer: str | None = None, within_days: int | None = None) -> list[DueItem]:
        """Overdue and upcoming assessments (every missing period) and visits, cases ending
        soon, records due for clearing, revocation requests and community-watch reviews;
        sorted by date (most overdue first)."""
        on = on or self.ws.today()
        rules = self.ws.rules
        soon = within_days if within_days is not None else int(rules.get("due_soon_days", on=on) or 7)
        ending_days = int(rules.get("case_ending_days", on=on) or 30)
        clearing_days = int(rules.get("clearing_soon_days", on=on) or 30)
        horizon = on + dt.timedelta(days=soon)
        scope = self.ws.scope_units()
        units = [unit_code] if unit_code else scope
        if scope is not None and unit_code and unit_code not in scope:
            return []

        c, p = CaseFile.__table__, Person.__table__  # type: ignore[attr-defined]
        base = [c.c.deleted == False]  # noqa: E712
        if units is not None:
            base.append(c.c.unit_code.in_(units))
        if officer:
            base.append(c.c.officer == officer)
        cols = (c.c.id, c.c.person_id, p.c.full_name, c.c.category, c.c.officer, c.c.start_date,
                c.c.supervision_start, c.c.computed_end, c.c.last_contact_date,
                c.c.last_assessed_period, c.c.review_date, c.c.followup_end, c.c.clearing_state)
        items: list[DueItem] = []

        def item(kind: str, r: Any, due: dt.date, period: dt.date | None = None,
                 period_kind: str | None = None, note: str = "", note_params: dict[str, Any] | None = None
                 ) -> DueItem:
            return DueItem(kind=kind, case_id=r.id, person_id=r.person_id, full_name=r.full_name,
                           category=r.category, officer=r.officer, due_date=due,
                           days=(due - on).days, period_start=period, period_kind=period_kind,
                           note_code=note, note_params=note_params or {})

        clear_from = on - dt.timedelta(days=90)
        clear_to = on + dt.timedelta(days=clearing_days)
        with self.ws._read() as conn:
            active = conn.execute(select(*cols).join(p, p.c.id == c.c.person_id)
                                  .where(*base, c.c.status == CaseStatus.ACTIVE.value)).all()
            closed = conn.execute(select(*cols).join(p, p.c.id == c.c.person_id).where(
                *base, c.c.status == CaseStatus.COMPLETED.value,
                c.c.followup_end >= clear_from, c.c.followup_end <= clear_to)).all()
            e, v, k = Evaluation.__table__, Violation.__table__, CaseEvent.__table__  # type: ignore[attr-defined]
            live_active = select(c.c.id).where(*base, c.c.status == CaseStatus.ACTIVE.value)
            assessed: dict[str, set[dt.date]] = defaultdict(set)
            for cid, ps in conn.execute(select(e.c.case_id, e.c.period_start).where(
                    e.c.deleted == False, e.c.case_id.in_(live_active))):  # noqa: E712
                assessed[cid].add(ps)
            breaches: dict[str, list[dt.date]] = defaultdict(list)
            for cid, d in conn.execute(select(v.c.case_id, v.c.date).where(
                    v.c.deleted == False, v.c.case_id.in_(live_active)).order_by(v.c.date)):  # noqa: E712
                breaches[cid].append(d)
            requested = set(conn.execute(select(k.c.case_id).where(
                k.c.deleted == False, k.c.case_id.in_(live_active),  # noqa: E712
                k.c.kind.in_([EventKind.REVOCATION_REQUEST.value, EventKind.REVOCATION.value]))).scalars())

        memo = _Memo(rules)
        rule_cache: dict[tuple[str, str], object] = {}

        def rule(key: str, category: str) -> Any:
            kk = (key, category)
            if kk not in rule_cache:
                rule_cache[kk] = rules.get(key, category, on)
            return rule_cache[kk]

        def clearing_item(r: Any) -> None:
            if r.followup_end is None or not clear_from <= r.followup_end <= clear_to:
                return
            if r.category in MEASURE_CATEGORIES:
                items.append(item("never_applied", r, r.followup_end, note="never_applied"))
            elif r.clearing_state == "court_decision":
                items.append(item("record_clearing_court", r, r.followup_end, note="record_clearing_court"))
            else:
                items.append(item("record_clearing", r, r.followup_end, note="record_clearing"))

        for r in active:
            start = r.start_date
            if start is None or start > on:
                continue
            first = max(start, r.supervision_start) if r.supervision_start else start
            for ps, kind, due in R.missing_assessments(start=first, end=r.computed_end, category=r.category,
                                                       assessed_periods=assessed.get(r.id, set()),
                                                       rules=memo, today=horizon):  # type: ignore[arg-type]
                if due <= horizon:
                    items.append(item("assessment", r, due, ps, kind))
            interval = rule("visit_interval_days", r.category)
            if interval:
                due = (r.last_contact_date or first) + dt.timedelta(days=int(interval))
                if due <= horizon:
                    items.append(item("visit", r, due))
            # Ending within the horizon, or already past its end and still open (to be closed
            # with its completion certificate): the latter is the more urgent.
            if r.computed_end and r.computed_end <= on + dt.timedelta(days=ending_days):
                items.append(item("case_ending", r, r.computed_end))
            if r.category == CaseCategory.COMMUNITY_WATCH:
                review = r.review_date or add_months(start, 6)
                if review <= horizon:
                    items.append(item("review", r, review))
            if r.category == CaseCategory.REINTEGRATION:
                clearing_item(r)
            limit = rule("breaches_for_revocation", r.category)
            if limit and len(breaches.get(r.id, ())) >= int(limit) and r.id not in requested:
                basis = rules.row("breaches_for_revocation", r.category, on)
                items.append(item("revocation_request", r, breaches[r.id][int(limit) - 1],
                                  note="revocation_request_basis" if basis and basis.note else "revocation_request",
                                  note_params={"basis": basis.note} if basis and basis.note else None))
        for r in closed:
            clearing_item(r)
        items.sort(key=lambda i: (i.due_date, i.kind, i.full_name))
        return items
