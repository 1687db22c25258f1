"""Warning and education sessions (buổi gọi hỏi, răn đe, giáo dục) and their attendances. One
person at one session is one "lượt"; a minor's commitment needs a parent's co-signature."""

from __future__ import annotations

import builtins
import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select
from sqlmodel import col

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.cccd import normalize_cccd
from desktop_app.core.domain.dates import PartialDate
from desktop_app.core.domain.schemas import (
    AttendanceIn,
    AttendanceView,
    Page,
    PersonRow,
    SessionIn,
    SessionView,
    parse_input,
)
from desktop_app.core.errors import NotFound, Problem
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.cases import settle
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import Attendance, IdDocument, Person, WarningSession

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class SessionService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def _row(self, session_id: str) -> dict[str, Any]:
        with self.ws._read() as conn:
            row = conn.execute(select(WarningSession.__table__).where(  # type: ignore[attr-defined]
                col(WarningSession.id) == session_id, col(WarningSession.deleted) == False)).mappings().first()  # noqa: E712
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

    def _minor(self, person: dict[str, Any], session: dict[str, Any]) -> bool:
        birth = PartialDate.from_storage(person["birth_date"]).latest() if person["birth_date"] else None
        return R.is_minor(birth, session["date"])

    def _attending(self, session_id: str, person_ids: list[str]) -> dict[str, bool]:
        """{person id: deleted} of the attendance rows of these persons at the session, removed
        ones included (one row per person and session: a removed attendance is a tombstone)."""
        with self.ws._read() as conn:
            return {pid: bool(deleted) for pid, deleted in conn.execute(
                select(col(Attendance.person_id), col(Attendance.deleted)).where(
                    col(Attendance.session_id) == session_id, col(Attendance.person_id).in_(person_ids)))}

    def add_attendee(self, data: AttendanceIn | dict[str, Any]) -> Changes:
        inp = parse_input(AttendanceIn, data)
        session = self._row(inp.session_id)
        self.ws.check_unit(session["unit_code"])
        person = self.ws.persons._row(inp.person_id)
        minor = self._minor(person, session)
        problems = []
        dup = self._attending(inp.session_id, [inp.person_id])
        if dup:
            problems.append(Problem("person_id", "attendance_removed" if dup[inp.person_id] else "already_attending",
                                    {"person_id": inp.person_id, "name": person["full_name"]}))
        if inp.parent_cosigned and not minor:
            problems.append(Problem("parent_cosigned", "not_a_minor"))
        if inp.parent_cosigned and not inp.commitment_signed:
            problems.append(Problem("parent_cosigned", "commitment_not_signed"))
        settle(problems, None)
        with self.ws._write() as tx:
            aid = tx.insert(Attendance, {**inp.model_dump(), "minor": minor},
                            unit_code=session["unit_code"], person_id=inp.person_id)
        return Changes(sessions=True, created_id=aid)

    def add_attendees(self, session_id: str, person_ids: list[str]) -> Changes:
        """Many persons at once (one transaction, one audit row each). Persons already at the
        session are left as they are; one who was removed from it cannot be added again (the
        removal is a synced tombstone) and is refused, naming them, before anything is written."""
        session = self._row(session_id)
        self.ws.check_unit(session["unit_code"])
        ids = list(dict.fromkeys(person_ids))
        persons = {pid: self.ws.persons._row(pid) for pid in ids}
        present = self._attending(session_id, ids)
        removed = [pid for pid in ids if present.get(pid)]
        if removed:
            settle([Problem("person_id", "attendance_removed", {"person_id": pid,
                                                                "name": persons[pid]["full_name"]})
                    for pid in removed], None)
        new = [pid for pid in ids if pid not in present]
        if not new:
            return Changes(sessions=False, audit=False)
        with self.ws._write() as tx:
            for pid in new:
                tx.insert(Attendance, {"session_id": session_id, "person_id": pid,
                                       "minor": self._minor(persons[pid], session)},
                          unit_code=session["unit_code"], person_id=pid)
        return Changes(sessions=True)

    def find_by_cccds(self, text: str) -> tuple[list[PersonRow], list[str]]:
        """The persons whose CCCD (or an old identity number) is one of the numbers pasted in
        `text` (one a line; commas, semicolons, tabs also separate), in the order given, and
        the lines that named nobody in this user's units, as typed."""
        lines = [x.strip() for x in text.replace(",", "\n").replace(";", "\n").replace("\t", "\n").splitlines()]
        wanted = {line: normalize_cccd(line) for line in lines if line}
        numbers = sorted({n for n in wanted.values() if n})
        if not numbers:
            return [], [line for line in wanted if line]
        p = Person.__table__  # type: ignore[attr-defined]
        conds = [p.c.deleted == False]  # noqa: E712
        scope = self.ws.scope_units()
        if scope is not None:
            conds.append(p.c.unit_code.in_(scope))
        cols = [p.c.id, p.c.unit_code, p.c.full_name, p.c.birth_date, p.c.gender, p.c.cccd, p.c.current_address]
        with self.ws._read() as conn:
            by_number: dict[str, dict[str, Any]] = {}
            for r in conn.execute(select(*cols).where(*conds, p.c.cccd.in_(numbers))).mappings():
                by_number[r["cccd"]] = dict(r)
            old = conn.execute(select(col(IdDocument.number), *cols).join(Person, col(Person.id) == col(IdDocument.person_id))
                               .where(*conds, col(IdDocument.deleted) == False,  # noqa: E712
                                      col(IdDocument.number).in_(numbers))).mappings().all()
            for r in old:
                by_number.setdefault(r["number"], {k: r[k] for k in r.keys() if k != "number"})
        found: dict[str, PersonRow] = {}
        missing: list[str] = []
        for line, number in wanted.items():
            row = by_number.get(number)
            if row is None:
                missing.append(line)
            elif row["id"] not in found:
                found[row["id"]] = PersonRow.model_validate(row)
        return list(found.values()), missing

    def _attendance(self, attendance_id: str) -> dict[str, Any]:
        with self.ws._read() as conn:
            att = conn.execute(select(Attendance.__table__).where(  # type: ignore[attr-defined]
                col(Attendance.id) == attendance_id, col(Attendance.deleted) == False)).mappings().first()  # noqa: E712
        scope = self.ws.scope_units()
        if att is None or (scope is not None and att["unit_code"] not in scope):
            raise NotFound("attendance", attendance_id)
        return dict(att)

    def update_attendance(self, attendance_id: str, *, commitment_signed: bool, parent_cosigned: bool = False,
                          note: str | None = None) -> Changes:
        """Correct an attendance: the commitment, the parent's co-signature (a minor's only),
        the note. Audited with the old and new values, synced field by field."""
        att = self._attendance(attendance_id)
        self.ws.check_unit(att["unit_code"])
        problems = []
        if parent_cosigned and not att["minor"]:
            problems.append(Problem("parent_cosigned", "not_a_minor"))
        if parent_cosigned and not commitment_signed:
            problems.append(Problem("parent_cosigned", "commitment_not_signed"))
        values: dict[str, Any] = {"commitment_signed": commitment_signed, "parent_cosigned": parent_cosigned}
        if note is not None:
            if len(note.strip()) > 500:
                problems.append(Problem("note", "too_long", {"max": 500}))
            values["note"] = note.strip()
        settle(problems, None)
        with self.ws._write() as tx:
            diff = tx.update(Attendance, attendance_id, values, person_id=att["person_id"])
        return Changes(sessions=bool(diff), audit=bool(diff))

    def set_commitment(self, attendance_id: str, *, signed: bool, parent_cosigned: bool = False) -> Changes:
        return self.update_attendance(attendance_id, commitment_signed=signed, parent_cosigned=parent_cosigned)

    def remove_attendee(self, attendance_id: str) -> Changes:
        """Take a person off a session's list: a tombstone that syncs (the sync server takes
        deletions from a chief's device only, so only roles that may delete records may)."""
        self.ws.require(perm.DELETE_RECORDS)
        att = self._attendance(attendance_id)
        self.ws.check_unit(att["unit_code"])
        with self.ws._write() as tx:
            tx.delete(Attendance, attendance_id, person_id=att["person_id"])
        return Changes(sessions=True)

    def get(self, session_id: str) -> SessionView:
        return self._views([self._row(session_id)])[0]

    def _views(self, rows: list[dict[str, Any]]) -> list[SessionView]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        with self.ws._read() as conn:
            counts = {sid: (n, c) for sid, n, c in conn.execute(
                select(col(Attendance.session_id), func.count(),
                       func.sum(case((col(Attendance.commitment_signed) == True, 1), else_=0)))  # noqa: E712
                .where(col(Attendance.session_id).in_(ids), col(Attendance.deleted) == False)  # noqa: E712
                .group_by(col(Attendance.session_id)))}
        return [SessionView.model_validate({**r, "attendances": counts.get(r["id"], (0, 0))[0],
                                            "commitments": int(counts.get(r["id"], (0, 0))[1] or 0)})
                for r in rows]

    def list(self, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
             limit: int = 200, offset: int = 0) -> Page:
        t = WarningSession.__table__  # type: ignore[attr-defined]
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

    def attendees(self, session_id: str) -> builtins.list[AttendanceView]:  # `list`: the method above
        self._row(session_id)
        with self.ws._read() as conn:
            rows = conn.execute(
                select(col(Attendance.id), col(Attendance.session_id), col(Attendance.person_id), col(Person.full_name),
                       col(Person.birth_date), col(Person.cccd), col(Attendance.commitment_signed), col(Attendance.minor),
                       col(Attendance.parent_cosigned), col(Attendance.note))
                .join(Person, col(Person.id) == col(Attendance.person_id))
                .where(col(Attendance.session_id) == session_id, col(Attendance.deleted) == False)  # noqa: E712
                .order_by(col(Person.sort_key))).mappings().all()
        return [AttendanceView.model_validate(r) for r in rows]

    def for_person(self, person_id: str) -> builtins.list[SessionView]:
        """Sessions a person attended, newest first."""
        self.ws.persons._row(person_id)  # scope check
        with self.ws._read() as conn:
            rows = conn.execute(select(WarningSession.__table__).join(  # type: ignore[attr-defined]
                Attendance, col(Attendance.session_id) == col(WarningSession.id)).where(
                col(Attendance.person_id) == person_id, col(Attendance.deleted) == False,  # noqa: E712
                col(WarningSession.deleted) == False).order_by(col(WarningSession.date).desc())).mappings().all()  # noqa: E712
        return self._views([dict(r) for r in rows])
