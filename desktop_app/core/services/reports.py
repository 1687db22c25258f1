"""Period figures (DOMAIN §7): the numbers a six-month report states. The report documents
(xlsx/pdf/docx) build on these figures."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, or_, select

from desktop_app.core.domain.vocab import SAFE4_KINDS, CaseStatus
from desktop_app.core.store.tables import (
    Attendance,
    CaseFile,
    Contact,
    SecurityModel,
    Tip,
    WarningSession,
)

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
            # -- added for the period report (issue 5) --------------------------------------
            att_persons = conn.execute(select(func.count(func.distinct(a.c.person_id)))
                                       .select_from(a.join(s, s.c.id == a.c.session_id))
                                       .where(sess_cond, a.c.deleted == False)).scalar_one()  # noqa: E712
            k = Contact.__table__
            contacts = conn.execute(select(func.count()).where(
                k.c.deleted == False, k.c.date.between(date_from, date_to),  # noqa: E712
                *in_units(k.c.unit_code))).scalar_one()
            # Cases under supervision at the end of the period whose last contact (up to that
            # day) is older than the category's visit interval: overdue at the end.
            last_contact = (select(func.max(k.c.date)).where(
                k.c.case_id == c.c.id, k.c.deleted == False, k.c.date <= date_to)  # noqa: E712
                .scalar_subquery())
            open_at_end = conn.execute(select(c.c.category, c.c.start_date, last_contact).where(
                *live, c.c.start_date <= date_to,
                or_(c.c.actual_end.is_(None), c.c.actual_end > date_to),
                c.c.status.in_([st.value for st in CaseStatus if st != CaseStatus.PROPOSED]))).all()
            overdue = 0
            intervals: dict[str, Any] = {}
            for cat, start, last in open_at_end:
                if cat not in intervals:
                    intervals[cat] = self.ws.rules.get("visit_interval_days", cat, date_to)
                if intervals[cat] and (last or start) + dt.timedelta(days=int(intervals[cat])) < date_to:
                    overdue += 1
            units_seen = sorted({u for tbl in (t, c, s, m) for (u,) in conn.execute(
                select(tbl.c.unit_code).distinct().where(tbl.c.deleted == False,  # noqa: E712
                                                         *in_units(tbl.c.unit_code)))})
        return {
            "period": {"from": date_from.isoformat(), "to": date_to.isoformat(), "unit_code": unit_code},
            "tips": {"received": int(tips[0] or 0), "valuable": int(tips[1] or 0)},
            "cases": {"opened": opened, "closed": closed, "active_at_end": active_end},
            "warnings": {"sessions": int(sessions), "attendances": int(att[0] or 0),
                         "commitments": int(att[1] or 0)},
            "models": {"by_kind": by_kind, "safe4_total": sum(v for k, v in by_kind.items() if k in SAFE4_KINDS),
                       "total": sum(by_kind.values()), "areas": int(areas)},
            # added for the period report (new top-level keys, existing ones untouched):
            "warning_persons": int(att_persons),  # distinct persons who attended a session
            "contacts": {"total": int(contacts), "overdue_at_end": overdue},
            "units": units_seen,  # unit codes in scope holding any record (per-commune breakdown)
        }
