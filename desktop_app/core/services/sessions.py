"""Warning and education sessions (buổi gọi hỏi, răn đe, giáo dục) and their attendances. One
person at one session is one "lượt"; a minor's commitment needs a parent's co-signature."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.dates import PartialDate
from desktop_app.core.domain.schemas import (
    AttendanceIn,
    AttendanceView,
    Page,
    SessionIn,
    SessionView,
    parse_input,
)
from desktop_app.core.errors import NotFound, Problem
from desktop_app.core.services.cases import settle
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import Attendance, Person, WarningSession

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class SessionService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def _row(self, session_id: str) -> dict[str, Any]:
        with self.ws._read() as conn:
            row = conn.execute(select(WarningSession.__table__).where(
                WarningSession.id == session_id, WarningSession.deleted == False)).mappings().first()  # noqa: E712
        scope = self.ws.scope_units()
        if row is None or (scope is not None and row["unit_code"] not in scope):
            raise NotFound("session", session_id)
        return dict(row)

    def create(self, data: SessionIn | dict[str, Any], *, unit_code: str | None = None) -> Changes:
        inp = parse_input(SessionIn, data)
        unit_code = unit_code or self.ws.default_unit()
        self.ws.check_unit(unit_code)
        problems = []
        if inp.date > self.ws.today() + dt.timedelta(days=366):
            problems.append(Problem("date", "date_too_far", {"value": inp.date.isoformat()}))
        settle(problems, None)
        with self.ws._write() as tx:
            sid = tx.insert(WarningSession, inp.model_dump(), unit_code=unit_code)
        return Changes(sessions=True, created_id=sid)

    def add_attendee(self, data: AttendanceIn | dict[str, Any]) -> Changes:
        inp = parse_input(AttendanceIn, data)
        session = self._row(inp.session_id)
        self.ws.check_unit(session["unit_code"])
        person = self.ws.persons._row(inp.person_id)
        birth = PartialDate.from_storage(person["birth_date"]).latest() if person["birth_date"] else None
        minor = R.is_minor(birth, session["date"])
        problems = []
        with self.ws._read() as conn:
            dup = conn.execute(select(Attendance.id).where(
                Attendance.session_id == inp.session_id, Attendance.person_id == inp.person_id)).first()
        if dup:
            problems.append(Problem("person_id", "already_attending", {"person_id": inp.person_id}))
        if inp.parent_cosigned and not minor:
            problems.append(Problem("parent_cosigned", "not_a_minor"))
        if inp.parent_cosigned and not inp.commitment_signed:
            problems.append(Problem("parent_cosigned", "commitment_not_signed"))
        settle(problems, None)
        with self.ws._write() as tx:
            aid = tx.insert(Attendance, {**inp.model_dump(), "minor": minor},
                            unit_code=session["unit_code"], person_id=inp.person_id)
        return Changes(sessions=True, created_id=aid)

    def set_commitment(self, attendance_id: str, *, signed: bool, parent_cosigned: bool = False) -> Changes:
        with self.ws._read() as conn:
            att = conn.execute(select(Attendance.__table__).where(
                Attendance.id == attendance_id, Attendance.deleted == False)).mappings().first()  # noqa: E712
        if att is None:
            raise NotFound("attendance", attendance_id)
        self.ws.check_unit(att["unit_code"])
        problems = []
        if parent_cosigned and not att["minor"]:
            problems.append(Problem("parent_cosigned", "not_a_minor"))
        if parent_cosigned and not signed:
            problems.append(Problem("parent_cosigned", "commitment_not_signed"))
        settle(problems, None)
        with self.ws._write() as tx:
            tx.update(Attendance, attendance_id, {"commitment_signed": signed,
                                                  "parent_cosigned": parent_cosigned},
                      person_id=att["person_id"])
        return Changes(sessions=True)

    def remove_attendee(self, attendance_id: str) -> Changes:
        with self.ws._read() as conn:
            att = conn.execute(select(Attendance.unit_code, Attendance.person_id).where(
                Attendance.id == attendance_id, Attendance.deleted == False)).first()  # noqa: E712
        if att is None:
            raise NotFound("attendance", attendance_id)
        self.ws.check_unit(att.unit_code)
        with self.ws._write() as tx:
            tx.delete(Attendance, attendance_id, person_id=att.person_id)
        return Changes(sessions=True)

    def get(self, session_id: str) -> SessionView:
        return self._views([self._row(session_id)])[0]

    def _views(self, rows: list[dict[str, Any]]) -> list[SessionView]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        with self.ws._read() as conn:
            counts = {sid: (n, c) for sid, n, c in conn.execute(
                select(Attendance.session_id, func.count(),
                       func.sum(case((Attendance.commitment_signed == True, 1), else_=0)))  # noqa: E712
                .where(Attendance.session_id.in_(ids), Attendance.deleted == False)  # noqa: E712
                .group_by(Attendance.session_id))}
        return [SessionView.model_validate({**r, "attendances": counts.get(r["id"], (0, 0))[0],
                                            "commitments": int(counts.get(r["id"], (0, 0))[1] or 0)})
                for r in rows]

    def list(self, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
             limit: int = 200, offset: int = 0) -> Page:
        t = WarningSession.__table__
        conds = [t.c.deleted == False]  # noqa: E712
        scope = self.ws.scope_units()
        if scope is not None:
            conds.append(t.c.unit_code.in_(scope))
        if date_from:
            conds.append(t.c.date >= date_from)
        if date_to:
            conds.append(t.c.date <= date_to)
        with self.ws._read() as conn:
            rows = conn.execute(select(t).where(*conds).order_by(t.c.date.desc())
                                .limit(limit).offset(offset)).mappings().all()
            total = conn.execute(select(func.count()).select_from(t).where(*conds)).scalar_one()
        return Page(rows=tuple(self._views([dict(r) for r in rows])), total=total, offset=offset, limit=limit)

    def attendees(self, session_id: str) -> list[AttendanceView]:
        self._row(session_id)
        with self.ws._read() as conn:
            rows = conn.execute(
                select(Attendance.id, Attendance.session_id, Attendance.person_id, Person.full_name,
                       Person.birth_date, Attendance.commitment_signed, Attendance.minor,
                       Attendance.parent_cosigned)
                .join(Person, Person.id == Attendance.person_id)
                .where(Attendance.session_id == session_id, Attendance.deleted == False)  # noqa: E712
                .order_by(Person.sort_key)).mappings().all()
        return [AttendanceView.model_validate(r) for r in rows]

    def for_person(self, person_id: str) -> list[SessionView]:
        """Sessions a person attended, newest first."""
        self.ws.persons._row(person_id)  # scope check
        with self.ws._read() as conn:
            rows = conn.execute(select(WarningSession.__table__).join(
                Attendance, Attendance.session_id == WarningSession.id).where(
                Attendance.person_id == person_id, Attendance.deleted == False,  # noqa: E712
                WarningSession.deleted == False).order_by(WarningSession.date.desc())).mappings().all()  # noqa: E712
        return self._views([dict(r) for r in rows])
