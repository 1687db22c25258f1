"""Transfers between communes (DOMAIN §1: the commune police "transfer files"): a person who
changes residence goes to the commune they move to with their whole file. A transfer is a
synced change of `unit_code` on every row of the file; once synced, the rows leave the old
commune's scope (the server's `moved` entries) and arrive in the new one's.

    changes = ws.transfers.move_person(person_id, "25202", reason="Chuyển nơi cư trú")

The file of a person (the same set the server checks, sync_server/services/moves.py): the
person, their ID documents, cases (open and closed), contacts and attendances, and each case's
evaluations, absences, violations and events — every one, tombstones included, so that no row
is left behind pointing at a person or a case the commune no longer holds. Moving part of it
is refused here (`partial_move`) and by the server.

What happens to a case: it moves as it is. The supervision does not stop when the person
changes residence; the term keeps running, the officer of the new commune takes it over. Each
open case gets a "transfer in" event (chuyển đến) naming the commune it came from, the reason
and the decision number, so the receiving commune's history says where the file came from; its
officer in charge (an account of the old commune) is left empty for the new commune to assign.
(Handing over a case without the person — the paper route, `transfer_out` on the case — closes
it here as "transferred" instead, and the receiving commune opens its own.)

Attendances at warning sessions: an attendance joins the person to a session of the old
commune, which stays there with its other attendees. The attendance goes with the person and
names, in the new commune, a copy of its session (same date, place, chair, topic), so that each
register holds every row its rows point at (the laptop checks its foreign keys: `doctor`,
backups). The old commune's session no longer lists the person; the new commune's lists hold
the copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import select, update
from sqlmodel import col

from desktop_app.core.domain.units import is_unit_code
from desktop_app.core.domain.vocab import OPEN_STATUSES, EventKind
from desktop_app.core.errors import NotFound, Problem, ValidationFailed
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.base import Tx, canonical
from desktop_app.core.services.changes import TABLE_FLAGS, Changes
from desktop_app.core.services.person_search import build_search_text
from desktop_app.core.store.tables import (
    SYNCED_TABLES,
    Attendance,
    CaseEvent,
    CaseFile,
    IdDocument,
    Person,
    WarningSession,
    field_hlc_map,
)

if TYPE_CHECKING:
    from desktop_app.core.domain.schemas import UnitView
    from desktop_app.core.services.workspace import Workspace

# The rows of a person's file: tables holding `person_id`, and tables holding `case_id`.
PERSON_CHILDREN = ("id_document", "case_file", "contact", "attendance")
CASE_CHILDREN = ("contact", "evaluation", "absence", "violation", "case_event")
FILE_TABLES = frozenset(("person",) + PERSON_CHILDREN + CASE_CHILDREN)
# A transfer is pushed in one request (protocol.PUSH_BATCH ops; the push never splits it).
MAX_TRANSFER_ROWS = 1000
_OPEN = tuple(s.value for s in OPEN_STATUSES)
_SESSION_FIELDS = ("date", "place", "chair", "topic")


class TransferService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def destinations(self, person_unit: str | None = None) -> list[UnitView]:
        """The communes a person of `person_unit` (default: this register's unit) may be
        transferred to: the other communes of the same province this register knows (the
        province's list comes with each sync, or `wardbook units load`)."""
        unit = person_unit or self.ws.unit_code
        units = self.ws.units.list()
        prov = _province_of(unit, units, self.ws.unit_code)
        return [u for u in units if u.level == "commune" and u.code != unit and u.parent_code == prov]

    def file_rows(self, person_id: str) -> list[tuple[str, str]]:
        """(table, id) of every row of the person's file held in the person's unit, the person
        first. Raises NotFound for a person not here (or removed)."""
        person = self._person(person_id)
        with self.ws._read() as conn:
            return _file_rows(conn, person_id, person["unit_code"])

    def move_person(self, person_id: str, to_unit: str, *, reason: str, decision_number: str = "",
                    address: str | None = None) -> Changes:
        """Transfers a person and their whole file to the commune `to_unit`, in one transaction:
        each row a synced move (its own HLC) audited "transfer" {from, to}; the person's audit
        row also holds the reason and the number of rows; each open case gets a transfer-in
        event. `address`: the person's new current address, if known. The chief of the
        person's commune or the province admin; the destination another commune of the same
        province, known to this register."""
        ws = self.ws
        ws.require(perm.TRANSFER_RECORDS)
        person = self._person(person_id)
        from_unit = person["unit_code"]
        ws.check_unit(from_unit)
        to_unit = (to_unit or "").strip()
        problems: list[Problem] = []
        if not (reason or "").strip():
            problems.append(Problem("reason", "required"))
        if not to_unit:
            problems.append(Problem("to_unit", "required"))
        elif not (is_unit_code(to_unit) and len(to_unit) == 5):
            problems.append(Problem("to_unit", "unit_code_format", {"value": to_unit}))
        elif to_unit == from_unit:
            problems.append(Problem("to_unit", "transfer_same_unit", {"value": to_unit}))
        elif to_unit not in {u.code for u in self.destinations(from_unit)}:
            problems.append(Problem("to_unit", "transfer_unit_unknown", {"value": to_unit}))
        with ws._read() as conn:
            rows = _file_rows(conn, person_id, from_unit)
            open_cases = [cid for (cid,) in conn.exec_driver_sql(
                "SELECT id FROM case_file WHERE person_id = ? AND unit_code = ? AND deleted = 0 AND status IN "
                f"({','.join('?' for _ in _OPEN)}) ORDER BY id", (person_id, from_unit, *_OPEN))]
            attendances = [(aid, sid) for aid, sid in conn.exec_driver_sql(
                "SELECT a.id, a.session_id FROM attendance a JOIN warning_session s ON s.id = a.session_id "
                "WHERE a.person_id = ? AND a.unit_code = ? AND s.unit_code = ? ORDER BY a.id",
                (person_id, from_unit, from_unit))]
            old_numbers = list(conn.execute(select(col(IdDocument.number)).where(
                col(IdDocument.person_id) == person_id, col(IdDocument.deleted) == False)).scalars())  # noqa: E712
        count = len(rows) + len(open_cases) + len({sid for _, sid in attendances})
        if count > MAX_TRANSFER_ROWS:
            problems.append(Problem("person_id", "transfer_too_large", {"count": count, "max": MAX_TRANSFER_ROWS}))
        if problems:
            raise ValidationFailed(problems)
        reason = reason.strip()
        person_values: dict[str, Any] = {"current_unit_code": to_unit}
        if address is not None and address.strip():
            person_values["current_address"] = address.strip()
        person_values["search_text"] = build_search_text({**person, **person_values}, old_numbers)
        with ws._write() as tx:
            # In the old commune first (its own ops, which the server takes in its scope): the
            # new address and the transfer-in events; then the moves, the person's first and
            # the rest of the file in one run of the outbox (client/push.batch_end keeps it in
            # one push).
            tx.update(Person, person_id, person_values, person_id=person_id)
            for cid in open_cases:
                # the officer in charge is an account of the old commune: the new one assigns its own
                tx.update(CaseFile, cid, {"officer": ""}, person_id=person_id)
                eid = tx.insert(CaseEvent, {"case_id": cid, "kind": EventKind.TRANSFER_IN.value,
                                            "date": ws.today(), "months": 0, "days": 0,
                                            "other_unit_code": from_unit,
                                            "decision_number": (decision_number or "").strip()[:60],
                                            "note": reason[:1000]}, unit_code=from_unit, person_id=person_id)
                rows.append(("case_event", eid))
            # An attendance goes with a copy of its session (date, place, chair, topic): the
            # session itself is the old commune's, with its other attendees, and the new
            # commune's register must hold the session its attendance names.
            copies: dict[str, str] = {}
            for aid, sid in attendances:
                if sid not in copies:
                    session = tx.conn.execute(select(WarningSession.__table__).where(  # type: ignore[attr-defined]
                        col(WarningSession.id) == sid)).mappings().one()
                    copies[sid] = tx.insert(WarningSession, {k: session[k] for k in _SESSION_FIELDS},
                                            unit_code=from_unit)
                    rows.append(("warning_session", copies[sid]))
                tx.update(Attendance, aid, {"session_id": copies[sid]}, person_id=person_id)
            for table, row_id in rows:
                extra = {"reason": reason, "rows": len(rows)} if table == "person" else None
                _move_one(tx, SYNCED_TABLES[table], row_id, to_unit, person_id, extra)
        flags: dict[str, Any] = {TABLE_FLAGS[t]: True for t, _ in rows}
        return Changes(**flags)

    def move_rows(self, table: str, row_ids: Iterable[str], to_unit: str) -> Changes:
        """Moves rows of a synced table that belong to no person's file (a session, a tip, a
        security model) to another unit of this register's scope, in one transaction, each a
        synced change of `unit_code` audited "transfer". A row of a person's file moves only
        with the whole file (`move_person`): refused here as `partial_move`."""
        ws = self.ws
        ws.require(perm.DELETE_RECORDS)
        ws.check_unit(to_unit)
        if table in FILE_TABLES:
            raise ValidationFailed([Problem("table", "partial_move", {"table": table})])
        model = SYNCED_TABLES[table]
        with ws._write() as tx:
            for row_id in row_ids:
                _move_one(tx, model, row_id, to_unit, None, None)
        flag: dict[str, Any] = {TABLE_FLAGS[table]: True}
        return Changes(**flag)

    def _person(self, person_id: str) -> dict[str, Any]:
        with self.ws._read() as conn:
            row = conn.execute(select(Person.__table__).where(  # type: ignore[attr-defined]
                col(Person.id) == person_id, col(Person.deleted) == False)).mappings().first()  # noqa: E712
        if row is None:
            raise NotFound("person", person_id)
        return dict(row)


def _province_of(unit: str, units: list[UnitView], own: str) -> str | None:
    if len(unit) == 2:
        return unit
    for u in units:
        if u.code == unit and u.parent_code:
            return u.parent_code
    return own if len(own) == 2 else None


def _file_rows(conn: Any, person_id: str, unit: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("person", person_id)]
    seen = {person_id}
    for table in PERSON_CHILDREN:
        for (rid,) in conn.exec_driver_sql(
                f'SELECT id FROM "{table}" WHERE person_id = ? AND unit_code = ? ORDER BY id', (person_id, unit)):
            if rid not in seen:
                seen.add(rid)
                out.append((table, rid))
    cases = [rid for t, rid in out if t == "case_file"]
    for i in range(0, len(cases), 400):
        chunk = cases[i:i + 400]
        marks = ",".join("?" for _ in chunk)
        for table in CASE_CHILDREN:
            for (rid,) in conn.exec_driver_sql(
                    f'SELECT id FROM "{table}" WHERE case_id IN ({marks}) AND unit_code = ? ORDER BY id',
                    (*chunk, unit)):
                if rid not in seen:
                    seen.add(rid)
                    out.append((table, rid))
    return out


def _move_one(tx: Tx, model: Any, row_id: str, to_unit: str, person_id: str | None,
              extra: dict[str, Any] | None) -> None:
    table = model.__table__
    cur = tx.conn.execute(select(table.c.unit_code, table.c.version, table.c.field_hlc, table.c.updated_hlc)
                          .where(table.c.id == row_id)).first()
    if cur is None:
        raise NotFound(model.__tablename__, row_id)
    tx.ws.check_unit(cur.unit_code)
    if cur.unit_code == to_unit:
        return
    hlc = tx._hlc()
    field_hlc = field_hlc_map(model.__tablename__, cur.field_hlc, cur.updated_hlc)
    field_hlc["unit_code"] = hlc
    tx.conn.execute(update(table).where(table.c.id == row_id).values(
        unit_code=to_unit, updated_hlc=hlc, field_hlc=canonical(field_hlc),
        updated_by=tx.ws.username))
    tx._outbox(model.__tablename__, row_id, to_unit, "update", {"unit_code": to_unit}, hlc, cur.version)
    tx.audit("transfer", model.__tablename__, row_id, person_id,
             {"from": cur.unit_code, "to": to_unit, **(extra or {})})
