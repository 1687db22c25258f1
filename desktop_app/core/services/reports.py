"""Period figures (DOMAIN §7): the numbers a six-month report states. The report documents
(xlsx/pdf/docx) build on these figures."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, or_, select

from desktop_app.core.domain.vocab import (
    COURT_CATEGORIES,
    SAFE4_KINDS,
    CaseCategory,
    CaseStatus,
    EventKind,
)
from desktop_app.core.store.tables import (
    Attendance,
    CaseEvent,
    CaseFile,
    Contact,
    SecurityModel,
    Tip,
    Violation,
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

        def in_units(col: Any) -> list[Any]:
            return [] if units is None else [col.in_(units)]

        t, c, s, a, m = (Tip.__table__, CaseFile.__table__, WarningSession.__table__,  # type: ignore[attr-defined]
                         Attendance.__table__, SecurityModel.__table__)  # type: ignore[attr-defined]
        with self.ws._read() as conn:
            tips = conn.execute(select(func.count(), func.sum(case((t.c.valuable == True, 1), else_=0)))  # noqa: E712
                                .where(t.c.deleted == False, t.c.received_on.between(date_from, date_to),  # noqa: E712
                                       *in_units(t.c.unit_code))).one()
            live = [c.c.deleted == False, *in_units(c.c.unit_code)]  # noqa: E712
            opened: dict[str, int] = dict(conn.execute(select(c.c.category, func.count()).where(
                *live, c.c.start_date.between(date_from, date_to)).group_by(c.c.category)).all())
            closed: dict[str, int] = dict(conn.execute(select(c.c.category, func.count()).where(
                *live, c.c.actual_end.between(date_from, date_to),
                c.c.status.in_([CaseStatus.COMPLETED.value, CaseStatus.TERMINATED_EARLY.value,
                                CaseStatus.REVOKED.value, CaseStatus.DECEASED.value,
                                CaseStatus.TRANSFERRED.value])).group_by(c.c.category)).all())
            active_end: dict[str, int] = dict(conn.execute(select(c.c.category, func.count()).where(
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
            by_kind: dict[str, int] = dict(conn.execute(select(m.c.kind, func.count()).where(*mlive).group_by(m.c.kind)).all())
            areas = conn.execute(select(func.count(func.distinct(m.c.unit_code + "|" + m.c.area))).where(*mlive)).scalar_one()
            # -- added for the period report (issue 5) --------------------------------------
            att_persons = conn.execute(select(func.count(func.distinct(a.c.person_id)))
                                       .select_from(a.join(s, s.c.id == a.c.session_id))
                                       .where(sess_cond, a.c.deleted == False)).scalar_one()  # noqa: E712
            k = Contact.__table__  # type: ignore[attr-defined]
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
            # -- court sentences (issue 14): breaches, revocation requests, the court's
            # decisions, completions, records cleared; by category.
            court = [cat.value for cat in COURT_CATEGORIES]
            v, e = Violation.__table__, CaseEvent.__table__  # type: ignore[attr-defined]
            court_live = [c.c.category.in_(court), *live]
            breaches: dict[str, int] = dict(conn.execute(select(c.c.category, func.count()).select_from(
                v.join(c, c.c.id == v.c.case_id)).where(
                v.c.deleted == False, v.c.date.between(date_from, date_to), *court_live)  # noqa: E712
                .group_by(c.c.category)).all())
            events: dict[str, dict[str, int]] = {}
            for kind, cat, cnt in conn.execute(select(e.c.kind, c.c.category, func.count()).select_from(
                    e.join(c, c.c.id == e.c.case_id)).where(
                    e.c.deleted == False, e.c.date.between(date_from, date_to), *court_live,  # noqa: E712
                    e.c.kind.in_([EventKind.REVOCATION_REQUEST.value, EventKind.REVOCATION.value,
                                  EventKind.REDUCTION.value, EventKind.EXEMPTION.value]))
                    .group_by(e.c.kind, c.c.category)):
                events.setdefault(kind, {})[cat] = int(cnt)
            completed: dict[str, int] = dict(conn.execute(select(c.c.category, func.count()).where(
                *court_live, c.c.status == CaseStatus.COMPLETED.value,
                c.c.actual_end.between(date_from, date_to)).group_by(c.c.category)).all())
            cleared = conn.execute(select(func.count()).where(
                *live, c.c.category.in_([*court, CaseCategory.REINTEGRATION.value]),
                c.c.clearing_state == "", c.c.followup_end.between(date_from, date_to))).scalar_one()
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
            "court": {"breaches": {k: int(x) for k, x in breaches.items()},
                      "revocation_requests": events.get(EventKind.REVOCATION_REQUEST.value, {}),
                      "revocations": events.get(EventKind.REVOCATION.value, {}),
                      "shortened": events.get(EventKind.REDUCTION.value, {}),
                      "exemptions": events.get(EventKind.EXEMPTION.value, {}),
                      "completed": {k: int(x) for k, x in completed.items()},
                      "records_cleared": int(cleared)},
        }
