"""The figures of the Overview page: active cases by category, due and overdue work, tips
received vs valuable per month, warning attendances per month."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select

from desktop_app.core.domain.dates import add_months
from desktop_app.core.domain.vocab import CaseStatus
from desktop_app.core.services.due import DATE_COMES
from desktop_app.core.store.tables import Attendance, CaseFile, Tip, WarningSession

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


@dataclass(frozen=True)
class Overview:
    on: dt.date
    active_by_category: dict[str, int]
    due_overdue: int
    due_upcoming: int
    months: list[str]  # "2026-05", oldest first
    tips_received: list[int]
    tips_valuable: list[int]
    attendances: list[int]


class OverviewService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def get(self, *, on: dt.date | None = None, months: int = 12) -> Overview:
        on = on or self.ws.today()
        first = add_months(on.replace(day=1), -(months - 1))
        keys = [add_months(first, i).strftime("%Y-%m") for i in range(months)]
        scope = self.ws.scope_units()

        def in_scope(col: Any) -> list[Any]:
            return [] if scope is None else [col.in_(scope)]

        c, t, s, a = CaseFile.__table__, Tip.__table__, WarningSession.__table__, Attendance.__table__  # type: ignore[attr-defined]
        with self.ws._read() as conn:
            active: dict[str, int] = dict(conn.execute(select(c.c.category, func.count()).where(
                c.c.deleted == False, c.c.status == CaseStatus.ACTIVE.value, *in_scope(c.c.unit_code))  # noqa: E712
                .group_by(c.c.category)).all())
            month = func.strftime("%Y-%m", t.c.received_on)
            tips = {m: (n, v) for m, n, v in conn.execute(
                select(month, func.count(), func.sum(case((t.c.valuable == True, 1), else_=0)))  # noqa: E712
                .where(t.c.deleted == False, t.c.received_on >= first, t.c.received_on <= on,  # noqa: E712
                       *in_scope(t.c.unit_code)).group_by(month))}
            smonth = func.strftime("%Y-%m", s.c.date)
            att: dict[str, int] = dict(conn.execute(select(smonth, func.count()).select_from(a.join(s, s.c.id == a.c.session_id))
                                    .where(a.c.deleted == False, s.c.deleted == False, s.c.date >= first,  # noqa: E712
                                           s.c.date <= on, *in_scope(s.c.unit_code)).group_by(smonth)).all())
        due = self.ws.due.list(on=on)
        return Overview(
            on=on, active_by_category=active,
            # A record-clearing or "never applied" date comes; it is never late (issue 14).
            due_overdue=sum(1 for i in due if i.days < 0 and i.kind not in DATE_COMES),
            due_upcoming=sum(1 for i in due if i.days >= 0 or i.kind in DATE_COMES),
            months=keys,
            tips_received=[int(tips.get(k, (0, 0))[0]) for k in keys],
            tips_valuable=[int(tips.get(k, (0, 0))[1] or 0) for k in keys],
            attendances=[int(att.get(k, 0)) for k in keys])
