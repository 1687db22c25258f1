"""Period figures (DOMAIN §7): the numbers a six-month report states. The report documents
(xlsx/pdf/docx) build on these figures."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, or_, select

from desktop_app.core.domain.vocab import SAFE4_KINDS, CaseStatus
from desktop_app.core.store.tables import Attendance, CaseFile, SecurityModel, Tip, WarningSession

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class ReportService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def figures(self, date_from: dt.date, date_to: dt.date, *, unit_code: str | None = None) -> dict[str, Any]:
        """Counts over [date_from, date_to] (inclusive) for the units in scope."""
        scope = self.ws.scope_units()
        units = [unit_code] if unit_code else scope
        if scope is not None and unit_code and unit_code not in scope:
            units = []

        def in_units(col):
            return [] if units is None else [col.in_(units)]

        t, c, s, a, m = (Tip.__table__, CaseFile.__table__, WarningSession.__table__,
                         Attendance.__table__, SecurityModel.__table__)
        with self.ws._read() as conn:
            tips = conn.execute(select(func.count(), func.sum(case((t.c.valuable == True, 1), else_=0)))  # noqa: E712
                                .where(t.c.deleted == False, t.c.received_on.between(date_from, date_to),  # noqa: E712
                                       *in_units(t.c.unit_code))).one()
            live = [c.c.deleted == False, *in_units(c.c.unit_code)]  # noqa: E712
            opened = dict(conn.execute(select(c.c.category, func.count()).where(
                *live, c.c.start_date.between(date_from, date_to)).group_by(c.c.category)).all())
            closed = dict(conn.execute(select(c.c.category, func.count()).where(
                *live, c.c.actual_end.between(date_from, date_to),
                c.c.status.in_([CaseStatus.COMPLETED.value, CaseStatus.TERMINATED_EARLY.value,
                                CaseStatus.REVOKED.value, CaseStatus.DECEASED.value,
                                CaseStatus.TRANSFERRED.value])).group_by(c.c.category)).all())
            active_end = dict(conn.execute(select(c.c.category, func.count()).where(
                *live, c.c.start_date <= date_to,
                or_(c.c.actual_end.is_(None), c.c.actual_end > date_to),
                c.c.status.in_([CaseStatus.ACTIVE.value, CaseStatus.SUSPENDED.value,
                                CaseStatus.COMPLETED.value, CaseStatus.TERMINATED_EARLY.value,
                                CaseStatus.REVOKED.value, CaseStatus.DECEASED.value,
                                CaseStatus.TRANSFERRED.value])).group_by(c.c.category)).all())
            sess_cond = and_(s.c.deleted == False, s.c.date.between(date_from, date_to),  # noqa: E712
                             *in_units(s.c.unit_code))
            sessions = conn.execute(select(func.count()).where(sess_cond)).scalar_one()
            att = conn.execute(select(func.count(), func.sum(case((a.c.commitment_signed == True, 1), else_=0)))  # noqa: E712
                               .select_from(a.join(s, s.c.id == a.c.session_id))
                               .where(sess_cond, a.c.deleted == False)).one()  # noqa: E712
            mlive = [m.c.deleted == False, m.c.status == "active", *in_units(m.c.unit_code),  # noqa: E712
                     or_(m.c.established_on.is_(None), m.c.established_on <= date_to)]
            by_kind = dict(conn.execute(select(m.c.kind, func.count()).where(*mlive).group_by(m.c.kind)).all())
            areas = conn.execute(select(func.count(func.distinct(m.c.unit_code + "|" + m.c.area))).where(*mlive)).scalar_one()
        return {
            "period": {"from": date_from.isoformat(), "to": date_to.isoformat(), "unit_code": unit_code},
            "tips": {"received": int(tips[0] or 0), "valuable": int(tips[1] or 0)},
            "cases": {"opened": opened, "closed": closed, "active_at_end": active_end},
            "warnings": {"sessions": int(sessions), "attendances": int(att[0] or 0),
                         "commitments": int(att[1] or 0)},
            "models": {"by_kind": by_kind, "safe4_total": sum(v for k, v in by_kind.items() if k in SAFE4_KINDS),
                       "total": sum(by_kind.values()), "areas": int(areas)},
        }
