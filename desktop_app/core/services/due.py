"""The due list: what an officer must do today (DOMAIN §1, issue "Due today").

One query per kind over indexed columns (the case row carries its last contact date and last
assessed period, kept by the core on every write), then the rule table decides what is due."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.dates import add_months
from desktop_app.core.domain.schemas import DueItem
from desktop_app.core.domain.vocab import CaseCategory, CaseStatus
from desktop_app.core.store.tables import CaseFile, Person

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class DueService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def list(self, *, on: dt.date | None = None, unit_code: str | None = None,
             officer: str | None = None, within_days: int | None = None) -> list[DueItem]:
        """Overdue and upcoming assessments and visits, cases ending soon, records due for
        clearing and community-watch reviews; sorted by urgency (most overdue first)."""
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

        c, p = CaseFile.__table__, Person.__table__
        base = [c.c.deleted == False]  # noqa: E712
        if units is not None:
            base.append(c.c.unit_code.in_(units))
        if officer:
            base.append(c.c.officer == officer)
        cols = (c.c.id, c.c.person_id, p.c.full_name, c.c.category, c.c.officer, c.c.start_date,
                c.c.computed_end, c.c.last_contact_date, c.c.last_assessed_period, c.c.review_date,
                c.c.followup_end)
        items: list[DueItem] = []

        def item(kind: str, r, due: dt.date, period: dt.date | None = None) -> DueItem:
            return DueItem(kind=kind, case_id=r.id, person_id=r.person_id, full_name=r.full_name,
                           category=r.category, officer=r.officer, due_date=due,
                           days=(due - on).days, period_start=period)

        with self.ws._read() as conn:
            active = conn.execute(select(*cols).join(p, p.c.id == c.c.person_id)
                                  .where(*base, c.c.status == CaseStatus.ACTIVE.value)).all()
            closed = conn.execute(select(*cols).join(p, p.c.id == c.c.person_id).where(
                *base, c.c.status == CaseStatus.COMPLETED.value,
                c.c.followup_end >= on - dt.timedelta(days=90),
                c.c.followup_end <= on + dt.timedelta(days=clearing_days))).all()

        rule_cache: dict[tuple[str, str], object] = {}

        def rule(key: str, category: str):
            k = (key, category)
            if k not in rule_cache:
                rule_cache[k] = rules.get(key, category, on)
            return rule_cache[k]

        for r in active:
            start = r.start_date
            if start is None or start > on:
                continue
            a = rule("assessment", r.category)
            if a:
                period = a["period"]
                nxt = (R.next_period(r.last_assessed_period, period) if r.last_assessed_period
                       else R.period_start(start, period))
                if r.computed_end is None or nxt <= r.computed_end:
                    due = R.assessment_due_date(nxt, period, a["due_day"])
                    if due <= horizon:
                        items.append(item("assessment", r, due, nxt))
            interval = rule("visit_interval_days", r.category)
            if interval:
                due = (r.last_contact_date or start) + dt.timedelta(days=int(interval))
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
        for r in closed:
            items.append(item("record_clearing", r, r.followup_end))
        items.sort(key=lambda i: (i.due_date, i.kind, i.full_name))
        return items
